package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.io.InputException;
import org.regkit.io.Problem;

class RegisterLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleRegisterHasAtLeastTwelveSystemsOverTheCategories() throws Exception {
        RegisterDoc r = Regkit.loadRegister(Registers.SAMPLE).register();
        assertTrue(r.systems.size() >= 12, "systems: " + r.systems.size());
        assertEquals("第３条第１項", r.rules.classification);
        assertEquals("general-manager", r.officials.get(0).role);
        SystemEntry first = r.systems.get(0);
        assertEquals("SYS-001", first.id);
        assertEquals("npa", first.builder);
        assertEquals(Boolean.TRUE, first.personalInformationFiles);
        assertEquals("terminal", first.connections.get(0).type);
        assertEquals("classified-under", first.cites.get(0).role);
        assertEquals("passed", first.audits.get(0).result);
    }

    @Test
    void aRegisterOfOnlyIdsNamesAndCitationsIsValid() throws Exception {
        Path f = Registers.write(tmp, "", "", Registers.system("A", Registers.cite("第１条", null)));
        RegisterDoc r = Regkit.loadRegister(f).register();
        assertEquals("A", r.systems.get(0).id);
        assertEquals(1, r.systems.get(0).cites.size());
    }

    @Test
    void schemaProblemsAreAllReportedWithLines() {
        Path f = TestFiles.write(tmp, "bad.xml", """
                <register xmlns="urn:regkit:register">
                  <system id="A"><cite ref="第１条"/></system>
                  <system id="A"><name>dup</name></system>
                  <system id="has space"><name>x</name><colour>red</colour></system>
                </register>
                """);
        InputException e = assertThrows(InputException.class, () -> Regkit.loadRegister(f));
        List<Integer> lines = e.problems().stream().map(Problem::line).toList();
        assertTrue(lines.contains(2), "missing name: " + e.problems());
        assertTrue(lines.contains(3), "duplicate id: " + e.problems());
        assertTrue(lines.contains(4), "bad id and unknown element: " + e.problems());
        assertTrue(e.problems().stream().allMatch(p -> p.file().endsWith("bad.xml") && p.isError()));
    }

    @Test
    void hostileAndForeignFilesAreRefused() {
        Path xxe = TestFiles.write(tmp, "xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<register xmlns=\"urn:regkit:register\">&x;</register>");
        InputException e = assertThrows(InputException.class, () -> Regkit.loadRegister(xxe));
        assertTrue(e.isUnreadable());
        assertTrue(e.problems().get(0).message().contains("DOCTYPE"));
        InputException notRegister = assertThrows(InputException.class, () -> Regkit.loadRegister(TestFiles.SEED_XML));
        assertTrue(notRegister.problems().get(0).message().contains("not a register"), notRegister.problems().toString());
    }
}
