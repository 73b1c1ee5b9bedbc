package org.regkit.render;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference PDF/A and PDF/UA validator, run in-process on a PDF held in memory. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** The rules a PDF fails for a flavour ({@code 2b}, {@code 2a}, {@code 3b}, {@code ua1}), with how often; empty when it complies. */
    static Map<String, Integer> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), f)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false);
            ValidationResult r = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion t : r.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " "
                            + t.getMessage().replaceAll("\\s+", " "), 1, Integer::sum);
                }
            }
            if (!r.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant", 1);
            }
            return failed;
        }
    }
}
