package org.regkit.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.l10n.Messages;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionId;
import org.regkit.model.Regulation;
import org.regkit.io.Problem;
import org.regkit.io.Severity;

/**
 * A register bound to one regulation version: every citation resolved, the two-way index, and the
 * findings of the derived checks. Immutable once built by {@link #bind}.
 */
public final class Binding {
    private final Regulation regulation;
    private final LoadedRegister register;
    private final List<BoundCite> cites;
    private final Map<ProvisionId, List<BoundCite>> byProvision;
    private final Map<String, List<BoundCite>> bySystem;
    private final List<Finding> findings;
    private final List<Problem> warnings;

    private Binding(Regulation regulation, LoadedRegister register, List<BoundCite> cites, List<Finding> findings,
                    List<Problem> warnings) {
        this.regulation = regulation;
        this.register = register;
        this.cites = List.copyOf(cites);
        Map<ProvisionId, List<BoundCite>> byP = new LinkedHashMap<>();
        Map<String, List<BoundCite>> byS = new LinkedHashMap<>();
        for (SystemEntry s : register.register().systems) {
            byS.put(s.id, new ArrayList<>());
        }
        for (BoundCite c : cites) {
            byS.get(c.system().id).add(c);
            if (c.provision() != null) {
                byP.computeIfAbsent(c.provision().id(), k -> new ArrayList<>()).add(c);
            }
        }
        this.byProvision = freeze(byP);
        this.bySystem = freeze(byS);
        this.findings = List.copyOf(findings);
        this.warnings = List.copyOf(warnings);
    }

    private static <K> Map<K, List<BoundCite>> freeze(Map<K, List<BoundCite>> m) {
        Map<K, List<BoundCite>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Options of the derived checks: the day they are judged on. */
    public record Options(java.time.LocalDate asOf) {
    }

    /** Resolves every citation and runs the derived checks. */
    public static Binding bind(Regulation regulation, LoadedRegister register, Options options) {
        CitationResolver resolver = new CitationResolver(regulation);
        Map<String, CitationResolver.Resolution> cache = new HashMap<>();
        List<BoundCite> cites = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (SystemEntry s : register.register().systems) {
            for (SystemEntry.Cite c : s.cites) {
                CitationResolver.Resolution r = cache.computeIfAbsent(c.ref.strip(), resolver::resolve);
                cites.add(new BoundCite(s, c, r.provision()));
                if (!r.resolved()) {
                    FindingKind kind = r.ambiguous() ? FindingKind.AMBIGUOUS_CITATION : FindingKind.UNRESOLVED_CITATION;
                    FindingText.Text text = FindingText.of(kind.key(), s.id, s.name, r.error(), c.ref,
                            r.nearest() == null ? null : resolver.label(r.nearest()));
                    findings.add(new Finding(kind, Severity.ERROR, s.id, r.nearest(), text.local(), text.japanese(),
                            register.problem(c, Severity.ERROR, text.local())));
                } else {
                    for (String note : r.notes()) {
                        String message = Messages.text("register.cite-note", s.id, c.ref, note);
                        warnings.add(register.problem(c, Severity.WARNING, message));
                    }
                }
            }
        }
        Binding partial = new Binding(regulation, register, cites, findings, warnings);
        findings.addAll(new DerivedChecks(partial, resolver, options).run());
        return new Binding(regulation, register, cites, findings, warnings);
    }

    public Regulation regulation() {
        return regulation;
    }

    public LoadedRegister register() {
        return register;
    }

    /** Every citation of every system, in register order. */
    public List<BoundCite> cites() {
        return cites;
    }

    /** Provision → the citations of it (only provisions cited at least once). */
    public Map<ProvisionId, List<BoundCite>> byProvision() {
        return byProvision;
    }

    /** System id → its citations, for every system (possibly none). */
    public Map<String, List<BoundCite>> bySystem() {
        return bySystem;
    }

    /** The citations of a provision or of anything inside it. */
    public List<BoundCite> citesWithin(Provision p) {
        List<BoundCite> out = new ArrayList<>();
        String prefix = p.id().value();
        for (Map.Entry<ProvisionId, List<BoundCite>> e : byProvision.entrySet()) {
            String id = e.getKey().value();
            if (id.equals(prefix) || id.startsWith(prefix + "__")) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings as located problem lines, then the warnings about how citations were read. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>(findings.stream().map(Finding::problem).toList());
        out.addAll(warnings);
        return out;
    }

    /** True when a citation did not resolve (or was ambiguous): the register needs fixing. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
