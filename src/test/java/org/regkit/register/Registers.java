package org.regkit.register;

import java.nio.file.Path;
import java.time.LocalDate;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/** Test helpers: the sample register, and small registers written on the fly. */
final class Registers {
    static final Path SAMPLE = TestFiles.SEED_DIR.resolve("register.xml");
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private Registers() {
    }

    static Regulation seed() throws Exception {
        return Regkit.load(TestFiles.SEED_XML);
    }

    static Binding bindSample() throws Exception {
        return Regkit.bind(seed(), Regkit.loadRegister(SAMPLE), AS_OF);
    }

    /** A register file with the given rules, officials and systems (XML fragments). */
    static Path write(Path dir, String rules, String officials, String systems) {
        return TestFiles.write(dir, "register.xml", "<register xmlns=\"urn:regkit:register\">\n" + rules + "\n"
                + (officials.isEmpty() ? "" : "<officials>" + officials + "</officials>\n") + systems + "\n</register>\n");
    }

    static String system(String id, String... cites) {
        StringBuilder b = new StringBuilder("<system id=\"" + id + "\"><name>" + id + "</name>");
        for (String c : cites) {
            b.append(c);
        }
        return b.append("</system>\n").toString();
    }

    static String cite(String ref, String role) {
        return "<cite ref=\"" + ref + "\"" + (role == null ? "" : " role=\"" + role + "\"") + "/>";
    }
}
