package org.regkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.diff.Migration;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.model.Regulation;
import org.regkit.render.PdfOptions;
import org.regkit.render.RenderException;
import org.w3c.dom.Element;

/** The library's door, used as another program would: results carry their problems, failures are regkit's own. */
class RegkitTest {
    private static final Path NEW = TestFiles.SEED_DIR.resolve("2025-04-01.xml");

    @Test
    void citeReturnsEveryProvisionTheCitationNames() throws Exception {
        Regulation reg = Regkit.load(TestFiles.SEED_XML);
        List<Regkit.Cited> cited = Regkit.cite(reg, "第３条第１項第１号及び第２号");
        assertEquals(List.of("art_3__para_1__item_1", "art_3__para_1__item_2"), cited.stream().map(Regkit.Cited::id).toList());
        assertEquals("第３条第１項第１号", cited.get(0).label());
        assertFalse(cited.get(0).text().isEmpty());
        assertTrue(cited.get(0).text().get(0).startsWith("(1)　警察庁情報管理システム"), cited.get(0).text().get(0));
    }

    @Test
    void anUnresolvedCitationIsAnInputErrorAboutTheRegulation() throws Exception {
        Regulation reg = Regkit.load(TestFiles.SEED_XML);
        InputException e = assertThrows(InputException.class, () -> Regkit.cite(reg, "第３条第１項第１号及び第99号"));
        Problem p = e.problems().get(0);
        assertTrue(p.isError());
        assertEquals(TestFiles.SEED_XML.toString(), p.file());
        assertTrue(p.message().startsWith("unresolved citation"), p.message());
        assertEquals(TestFiles.SEED_XML + ": error: " + p.message(), p.toString(), "no made-up 0:0 for a whole-file problem");
    }

    @Test
    void theFoIsTheOneBehindThePdfStatusIncluded() throws Exception {
        Regulation later = Regkit.load(NEW);
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        Regkit.renderFo(later, later.effectiveDate().minusDays(1), PdfOptions.DEFAULT, before);
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        Regkit.renderFo(later, later.effectiveDate(), PdfOptions.DEFAULT, after);
        assertTrue(before.toString(StandardCharsets.UTF_8).contains("未施行（"), "labelled before it takes effect");
        assertFalse(after.toString(StandardCharsets.UTF_8).contains("未施行（"), "not labelled once in force");
    }

    @Test
    void aStylesheetFailureIsARenderExceptionNamingWhatFailed() throws Exception {
        Regulation reg = Regkit.load(TestFiles.SEED_XML);
        Element main = (Element) reg.document().getElementsByTagName("MainProvision").item(0);
        main.appendChild(reg.document().createElementNS(null, "Bogus"));
        RenderException e = assertThrows(RenderException.class,
                () -> Regkit.renderPdf(reg, LocalDate.now(), PdfOptions.DEFAULT, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("Bogus"), e.getMessage());
        assertFalse(e.getMessage().matches(".*(?:[a-z]+\\.)+[A-Z]\\w*Exception.*"), "no Java class name: " + e.getMessage());
    }

    @Test
    void migrationRewritesRenumberedCitationsAndFlagsTheRest(@TempDir Path tmp) throws Exception {
        var register = Regkit.loadRegister(TestFiles.SEED_DIR.resolve("register.xml"));
        Regulation[] both = Regkit.loadBoth(TestFiles.SEED_XML, NEW);
        Migration m = Regkit.migrateRegister(register, Regkit.diff(both[0], both[1]));
        assertTrue(m.migrated() > 0, "renumbered citations rewritten");
        assertFalse(m.flagged().isEmpty(), "the seed amendment changes provisions the register cites");
        assertTrue(m.flagged().stream().allMatch(p -> !p.isError() && p.line() > 0), "each flag is a warning at its line");
        Path out = Files.write(tmp.resolve("migrated.xml"), m.register());
        var migrated = Regkit.loadRegister(out);
        assertEquals(both[1].effectiveDate().toString(), migrated.register().version);
    }

    @Test
    void importsReadFilesAndReportTheirEncoding(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("r.csv"), "id,name,cites\nS1,システム,第３条第１項\n", StandardCharsets.UTF_8);
        var register = Regkit.importRegister(csv, null);
        assertTrue(new String(register.xml(), StandardCharsets.UTF_8).contains("システム"));
        var text = Regkit.importText(TestFiles.SEED_TEXT, new org.regkit.ingest.ImportOptions(null, "seed"));
        assertEquals("UTF-8", text.encoding());
        assertThrows(UnsupportedOperationException.class, () -> text.warnings().add(null), "results are immutable");
    }
}
