package org.regkit.register;

import java.util.ArrayList;
import java.util.List;
import org.regkit.io.Severity;
import org.regkit.model.CitationResolver;
import org.regkit.model.Provision;

/** What a derived check works with: the binding, the regulation's citations, the day, and where findings go. */
final class Checking {
    final Binding binding;
    final CitationResolver resolver;
    final Binding.Options options;
    final LoadedRegister register;
    private final List<Finding> findings = new ArrayList<>();

    Checking(Binding binding, CitationResolver resolver, Binding.Options options) {
        this.binding = binding;
        this.resolver = resolver;
        this.options = options;
        this.register = binding.register();
    }

    RegisterDoc.Rules rules() {
        return register.register().rules;
    }

    List<SystemEntry> systems() {
        return register.register().systems;
    }

    /** A finding, located at {@code at} (a register element) and worded from the catalogue. */
    void add(FindingKind kind, Severity severity, String systemId, Provision provision, Object at, FindingText.Text text) {
        findings.add(new Finding(kind, severity, systemId, provision, text.local(), text.japanese(),
                register.problem(at, severity, text.local())));
    }

    List<Finding> findings() {
        return findings;
    }
}
