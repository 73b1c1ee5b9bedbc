package org.regkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.ingest.EgovXml;
import org.regkit.ingest.HtmlImporter;
import org.regkit.ingest.ImportOptions;
import org.regkit.model.CitationList;
import org.regkit.model.CitationResolver;
import org.regkit.model.Labels;
import org.regkit.model.Provision;
import org.regkit.model.Regulation;
import org.regkit.register.RegisterCsv;
import org.regkit.register.RegisterLoader;
import org.regkit.io.InputException;

/**
 * Fuzz targets for every door hostile bytes come through: the text, HTML, e-Gov and CSV importers,
 * the regulation loader and the citation parser. The property is the same for each: an input is
 * either read or refused with problems (an {@link InputException}); anything else that escapes — a
 * runtime exception, a stack overflow — is a bug. What an importer writes must load again.
 *
 * <p>In {@code mvn test} each target replays its seeds and every crash kept in
 * {@code src/test/resources/org/regkit/fuzz/RegkitFuzzTestInputs/<target>/} (regression mode). To fuzz one
 * target: {@code mvn -Pfuzz test -Dtest=RegkitFuzzTest#textImport -Djazzer.max_duration=30m}; a crash is saved
 * there, to be kept as a regression test once fixed.
 */
class RegkitFuzzTest {
    private static final ImportOptions OPTIONS = new ImportOptions(null, "fuzz");
    private static Regulation seed;

    private static Regulation seed() throws InputException {
        if (seed == null) {
            seed = Regkit.load(TestFiles.SEED_XML);
        }
        return seed;
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void textImport(byte[] data) throws Exception {
        try {
            loadsAgain(Regkit.importText(data, "fuzz.txt", OPTIONS).xml());
        } catch (InputException refused) {
            // refused with its problems: what should happen to bytes that are no regulation
        }
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void htmlImport(byte[] data) throws Exception {
        try {
            loadsAgain(HtmlImporter.importHtml(data, "fuzz.html", OPTIONS).xml());
        } catch (InputException refused) {
            // refused with its problems
        }
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void egovImport(byte[] data) throws Exception {
        try {
            byte[] xml = EgovXml.importLaw(data, "fuzz.xml", "fuzz").xml();
            Regkit.check(xml, "imported.xml"); // published data breaking the schema may be refused, but never crash
        } catch (InputException refused) {
            // refused with its problems
        }
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void csvImport(byte[] data) throws Exception {
        byte[] xml;
        try {
            xml = RegisterCsv.toXml(data, "fuzz.csv", null);
        } catch (InputException refused) {
            return;
        }
        registerLoadsAgain(xml);
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void xlsxImport(byte[] data) throws Exception {
        byte[] xml;
        try {
            xml = org.regkit.register.RegisterXlsx.toXml(data, "fuzz.xlsx", warning -> { });
        } catch (InputException refused) {
            return; // not a workbook, a damaged one, a zip bomb, a bad cell: refused with its problems
        }
        registerLoadsAgain(xml);
    }

    /** A register regkit wrote, regkit reads: refusing it is a bug. */
    private static void registerLoadsAgain(byte[] xml) throws Exception {
        Path file = java.nio.file.Files.createTempFile("fuzz", ".xml");
        try {
            java.nio.file.Files.write(file, xml);
            RegisterLoader.load(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void regulationLoader(byte[] data) throws Exception {
        try {
            Regkit.Checked c = Regkit.check(data, "fuzz.xml");
            if (c.valid()) {
                Regulation reg = c.regulation();
                for (Provision p : reg.all()) {
                    Labels.of(p, reg.style());
                }
                Regkit.exportText(reg);
                org.regkit.export.EgovExport.of(reg.document());
                Regkit.terms(reg);
            }
        } catch (InputException refused) {
            // refused with its problems
        }
    }

    @FuzzTest(maxDuration = "4h", maxExecutions = 1_000_000)
    void citation(byte[] data) throws Exception {
        String text = new String(data, StandardCharsets.UTF_8);
        CitationResolver resolver = Regkit.citations(seed());
        try {
            for (String one : CitationList.split(text)) {
                resolver.resolve(one);
            }
        } catch (IllegalArgumentException unreadable) {
            // a citation regkit cannot read is said so
        }
        resolver.resolve(text);
    }

    /** What an importer wrote loads again without an error. */
    private static void loadsAgain(byte[] xml) throws InputException {
        Regkit.Checked c = Regkit.check(xml, "imported.xml");
        if (!c.valid()) {
            throw new AssertionError("regkit refuses what it imported: " + c.problems());
        }
    }
}
