package org.regkit.bench;

import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

/**
 * What issue 7 measures regkit against, each run as its own process: a bare JAXP schema validation
 * ({@code validate SCHEMA FILE}) and XMLUnit's DiffBuilder with an element selector on Num
 * ({@code diff OLD NEW}), which gives only raw node differences.
 */
public final class Baselines {
    private Baselines() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "validate" -> {
                // every problem reported, as regkit does, not only the first
                var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new File(args[1])).newValidator();
                int[] problems = {0};
                validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                    @Override
                    public void error(org.xml.sax.SAXParseException e) {
                        problems[0]++;
                    }
                });
                validator.validate(new StreamSource(new File(args[2])));
                System.out.println(problems[0] + " problems");
            }
            case "diff" -> {
                var d = DiffBuilder.compare(new File(args[1])).withTest(new File(args[2]))
                        .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("Num")))
                        .ignoreWhitespace().checkForSimilar().build();
                int n = 0;
                for (var x : d.getDifferences()) {
                    n++;
                }
                System.out.println(n + " differences");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
