package org.regkit.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.regkit.refs.DefinedTerm;
import org.regkit.refs.DefinedTerms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.regkit.xml.OutputDocument;

/**
 * The input of the dossier stylesheets: one document holding the register as bound (systems, their
 * resolved citations, audits, findings), the summary, the traceability matrix's columns, the
 * glossary, and the regulation itself (with identifiers), so that XSLT only lays out.
 */
public final class DossierXml {
    public static final String NS = "urn:regkit:dossier";

    private final Binding binding;
    private final OutputDocument out;
    private final Document doc;
    private final Regulation regulation;

    private DossierXml(Binding binding, OutputDocument out) {
        this.out = out;
        this.binding = binding;
        this.doc = out.document();
        this.regulation = binding.regulation();
    }

    /** Builds the dossier document; {@code annotatedLaw} is the regulation with rk:id on every provision. */
    public static Document build(Binding binding, Document annotatedLaw, LocalDate asOf) {
        OutputDocument out = new OutputDocument(NS, "d");
        new DossierXml(binding, out).fill(annotatedLaw, asOf);
        return out.document();
    }

    private void fill(Document law, LocalDate asOf) {
        RegisterDoc r = binding.register().register();
        Element root = out.root("dossier");
        Element meta = add(root, "meta");
        meta.setAttribute("title", r.title == null ? "" : r.title);
        meta.setAttribute("organisation", r.organisation == null ? "" : r.organisation);
        meta.setAttribute("asOf", asOf.toString());
        meta.setAttribute("asOfText", JapaneseDates.format(asOf));
        meta.setAttribute("regulationTitle", regulation.title());
        meta.setAttribute("lawNum", regulation.lawNum());
        if (regulation.effectiveDate() != null) {
            meta.setAttribute("version", regulation.effectiveDate().toString());
            meta.setAttribute("versionText", JapaneseDates.format(regulation.effectiveDate()));
        }
        meta.setAttribute("register", binding.register().file());
        officials(root, r.officials);
        summary(root);
        systems(root);
        findings(add(root, "findings"), binding.findings());
        matrix(root);
        glossary(root);
        root.appendChild(doc.importNode(law.getDocumentElement(), true));
    }

    private void officials(Element root, List<RegisterDoc.Official> officials) {
        Element list = add(root, "officials");
        for (RegisterDoc.Official o : officials) {
            official(list, o);
        }
    }

    private void official(Element parent, RegisterDoc.Official o) {
        Element e = add(parent, "official");
        e.setAttribute("role", o.role);
        attr(e, "post", o.post);
        attr(e, "name", o.name);
        attr(e, "provision", o.provision);
    }

    /** Systems per category of the classification provision, and findings per kind. */
    private void summary(Element root) {
        Element summary = add(root, "summary");
        Map<Provision, Integer> perCategory = new LinkedHashMap<>();
        RegisterDoc.Rules rules = binding.register().register().rules;
        Provision classification = rules == null || rules.classification == null ? null
                : new org.regkit.model.CitationResolver(regulation).resolve(rules.classification).provision();
        if (classification != null) {
            summary.setAttribute("classification", classification.id().value());
            summary.setAttribute("classificationLabel", label(classification));
            List<Provision> categories = DerivedChecks.categories(classification);
            categories.forEach(p -> perCategory.put(p, 0));
            for (SystemEntry s : binding.register().register().systems) {
                Provision c = category(s, categories);
                if (c != null) {
                    perCategory.merge(c, 1, Integer::sum);
                }
            }
        }
        perCategory.forEach((p, n) -> {
            Element c = add(summary, "category");
            c.setAttribute("provision", p.id().value());
            c.setAttribute("label", label(p));
            c.setAttribute("title", p.title());
            c.setAttribute("term", firstColumn(p));
            c.setAttribute("systems", Integer.toString(n));
        });
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (FindingKind k : FindingKind.values()) {
            kinds.put(k.key(), 0);
        }
        binding.findings().forEach(f -> kinds.merge(f.kind().key(), 1, Integer::sum));
        kinds.forEach((k, n) -> {
            Element e = add(summary, "count");
            e.setAttribute("kind", k);
            e.setAttribute("n", Integer.toString(n));
        });
        summary.setAttribute("systems", Integer.toString(binding.register().register().systems.size()));
    }

    /** The first category a system is classified under (the checks report systems with none or several). */
    private Provision category(SystemEntry s, List<Provision> categories) {
        for (BoundCite c : binding.bySystem().get(s.id)) {
            if (DerivedChecks.CLASSIFIED_UNDER.equals(c.cite().role) && c.provision() != null) {
                Provision p = DerivedChecks.categoryOf(c.provision(), categories);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private void systems(Element root) {
        Element list = add(root, "systems");
        Map<String, List<Finding>> findingsBySystem = new LinkedHashMap<>();
        binding.findings().forEach(f -> {
            if (f.systemId() != null) {
                findingsBySystem.computeIfAbsent(f.systemId(), k -> new ArrayList<>()).add(f);
            }
        });
        for (SystemEntry s : binding.register().register().systems) {
            Element e = add(list, "system");
            e.setAttribute("id", s.id);
            e.setAttribute("name", s.name);
            attr(e, "builder", s.builder);
            if (s.personalInformationFiles != null) {
                e.setAttribute("personalInformationFiles", s.personalInformationFiles.toString());
            }
            if (s.description != null) {
                add(e, "description").setTextContent(s.description);
            }
            for (SystemEntry.Connection c : s.connections) {
                Element conn = add(e, "connection");
                conn.setAttribute("type", c.type);
                conn.setTextContent(c.to);
            }
            s.officials.forEach(o -> official(e, o));
            for (BoundCite c : binding.bySystem().get(s.id)) {
                Element cite = add(e, "cite");
                cite.setAttribute("ref", c.cite().ref);
                cite.setAttribute("role", c.role());
                if (c.provision() != null) {
                    cite.setAttribute("provision", c.provision().id().value());
                    cite.setAttribute("label", label(c.provision()));
                }
                if (c.cite().statement != null && !c.cite().statement.isBlank()) {
                    cite.setTextContent(c.cite().statement.strip());
                }
            }
            for (SystemEntry.Audit a : s.audits) {
                Element audit = add(e, "audit");
                audit.setAttribute("date", a.date);
                audit.setAttribute("dateText", JapaneseDates.format(LocalDate.parse(a.date)));
                audit.setAttribute("result", a.result);
                a.findings.forEach(x -> add(audit, "finding").setTextContent(x));
            }
            findings(e, findingsBySystem.getOrDefault(s.id, List.of()));
        }
    }

    private void findings(Element parent, List<Finding> findings) {
        for (Finding f : findings) {
            Element e = add(parent, "finding");
            e.setAttribute("kind", f.kind().key());
            e.setAttribute("severity", f.severity().word());
            attr(e, "system", f.systemId());
            if (f.provision() != null) {
                e.setAttribute("provision", f.provision().id().value());
                e.setAttribute("label", label(f.provision()));
            }
            e.setTextContent(f.japanese()); // the dossier is a Japanese document: the catalogue's Japanese words
        }
    }

    /** The traceability matrix's columns: every article any system cites, in document order. */
    private void matrix(Element root) {
        Element matrix = add(root, "matrix");
        for (Provision p : regulation.all()) {
            if (p.kind() == ProvisionKind.ARTICLE && !binding.citesWithin(p).isEmpty()) {
                Element col = add(matrix, "column");
                col.setAttribute("provision", p.id().value());
                col.setAttribute("label", label(p));
            }
        }
    }

    private void glossary(Element root) {
        Element glossary = add(root, "glossary");
        for (DefinedTerm t : DefinedTerms.find(regulation)) {
            Element e = add(glossary, "term");
            e.setAttribute("term", t.term());
            e.setAttribute("provision", t.provision().id().value());
            e.setAttribute("label", label(t.provision()));
            e.setTextContent(t.definition());
        }
    }

    private String label(Provision p) {
        return Labels.of(p, regulation.style());
    }

    private static String firstColumn(Provision p) {
        int sep = p.text().indexOf('\u3000');
        return sep > 0 ? p.text().substring(0, sep) : "";
    }

    private Element add(Element parent, String name) {
        return out.add(parent, name);
    }

    private static void attr(Element e, String name, String value) {
        if (value != null && !value.isBlank()) {
            e.setAttribute(name, value.strip());
        }
    }
}
