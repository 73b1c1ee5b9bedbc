package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;
import org.regkit.io.InputException;
import org.xmlunit.builder.DiffBuilder;

class EgovXmlTest {
    static final Path SINK = TestFiles.resource("render/kitchen-sink.xml");

    @TempDir
    Path tmp;

    private static String bareLaw() {
        return TestFiles.text(SINK).replaceFirst("<!--[^>]*-->\\s*", "");
    }

    @Test
    void importExportImportIsLossless() throws Exception {
        Imported first = EgovXml.importLaw(bareLaw().getBytes(StandardCharsets.UTF_8), "law.xml", "sink");
        assertEquals(java.util.List.of(), first.warnings());
        Path imported = Files.write(tmp.resolve("imported.xml"), first.xml());
        byte[] exported = org.regkit.export.EgovExport.of(Regkit.load(imported).document());
        assertFalse(new String(exported, StandardCharsets.UTF_8).contains("urn:regkit:regulation"), "strict e-Gov: no rk:*");
        assertFalse(DiffBuilder.compare(bareLaw()).withTest(exported).ignoreWhitespace().checkForIdentical().build().hasDifferences());
        Imported again = EgovXml.importLaw(exported, "law.xml", "sink");
        assertFalse(DiffBuilder.compare(first.xml()).withTest(again.xml()).ignoreWhitespace()
                .withNodeFilter(n -> !"Source".equals(n.getLocalName())).checkForIdentical().build().hasDifferences());
        assertEquals(provisions(Regkit.load(SINK)), provisions(Regkit.load(imported)), "the same provisions, word for word");
    }

    @Test
    void thePublishedFileComesBackAsItWas() throws Exception {
        // e-Gov's bulk data declares utf-8 in lower case and carries attributes its own schema lacks
        String published = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + bareLaw().replaceFirst("<\\?xml[^>]*>\\s*", "")
                .replaceFirst("<Law ", "<Law DataInfo=\"201001e80k80m01\" AmendmentId=\"502M60000800098\" ");
        Path source = TestFiles.write(tmp, "415CO0000000088_20200401_502CO0000000050.xml", published);
        Path imported = tmp.resolve("imported.xml");
        assertEquals(ExitCode.OK, Cli.run("import", "egov", source.toString(), "-o", imported.toString()).code());
        Path exported = tmp.resolve("exported.xml");
        Cli export = Cli.run("export", "egov", imported.toString(), "-o", exported.toString());
        assertEquals(ExitCode.OK, export.code(), export.err());
        String back = Files.readString(exported, StandardCharsets.UTF_8);
        assertTrue(back.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\""), back.substring(0, 60));
        // identical: whitespace, attributes and the declaration included
        var d = DiffBuilder.compare(source.toFile()).withTest(exported.toFile()).checkForIdentical().build();
        assertFalse(d.hasDifferences(), d.toString());
        // a file declared Shift_JIS goes back out in Shift_JIS
        Path sjis = tmp.resolve("sjis.xml");
        Files.write(sjis, published.replace("encoding=\"utf-8\"", "encoding=\"Shift_JIS\"").getBytes("Windows-31J"));
        assertEquals(ExitCode.OK, Cli.run("import", "egov", sjis.toString(), "-o", imported.toString()).code());
        assertEquals(ExitCode.OK, Cli.run("export", "egov", imported.toString(), "-o", exported.toString()).code());
        assertFalse(DiffBuilder.compare(sjis.toFile()).withTest(exported.toFile()).checkForIdentical().build().hasDifferences());
    }

    private static java.util.List<String> provisions(org.regkit.model.Regulation reg) {
        return reg.all().stream().map(p -> p.id() + " " + p.title() + " " + p.text()).toList();
    }

    @Test
    void theApiV2EnvelopeGivesTheRevisionAndTheEnforcementDate() throws Exception {
        String envelope = "<law_data_response><law_info><law_id>345AC0000000012</law_id></law_info><revision_info>"
                + "<law_revision_id>345AC0000000012_20250401_507AC0000000010</law_revision_id>"
                + "<amendment_enforcement_date>2025-04-01</amendment_enforcement_date></revision_info><law_full_text>"
                + bareLaw().replaceFirst("<\\?xml[^>]*\\?>", "") + "</law_full_text></law_data_response>";
        Imported r = EgovXml.importLaw(envelope.getBytes(StandardCharsets.UTF_8), "response.xml", null);
        Path f = Files.write(tmp.resolve("r.xml"), r.xml());
        var reg = Regkit.load(f);
        assertEquals(java.time.LocalDate.of(2025, 4, 1), reg.effectiveDate());
        String xml = new String(r.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("revision=\"345AC0000000012_20250401_507AC0000000010\""), xml.substring(0, 600));
        assertTrue(xml.contains("<rk:PromulgationDate date=\"1970-04-01\">"));
    }

    @Test
    void dataThatBreaksTheSchemaIsImportedWithAWarning() throws Exception {
        String broken = bareLaw().replace("<ParagraphSentence><Sentence Num=\"1\">第二項である。</Sentence></ParagraphSentence>",
                "<ParagraphSentence><Sentence Num=\"1\">第二項である。</Sentence></ParagraphSentence>"
                        + "<List><ListSentence><Sentence>列記</Sentence></ListSentence></List>"
                        + "<Item Num=\"1\"><ItemTitle>一</ItemTitle><ItemSentence><Sentence>後の号</Sentence></ItemSentence></Item>");
        assertTrue(broken.contains("後の号"));
        Path in = TestFiles.write(tmp, "broken.xml", broken);
        Path out = tmp.resolve("out.xml");
        Cli r = Cli.run("import", "egov", in.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("broken.xml:") && r.err().contains(": warning: the children of 'Paragraph' are not in the schema's order"),
                r.err());
        assertTrue(Files.readString(out).contains("後の号"), "nothing lost");
        Cli v = Cli.run("validate", out.toString());
        assertEquals(ExitCode.OK, v.code(), "loads, with the same warning: " + v.err());
        assertTrue(v.err().contains("warning: the children of 'Paragraph'"), v.err());
        assertEquals(ExitCode.FINDINGS, Cli.run("validate", "--strict", out.toString()).code(), "--strict: not valid e-Gov XML");
        assertEquals(ExitCode.OK, Cli.run("validate", "--strict", TestFiles.SEED_XML.toString()).code());
        Cli export = Cli.run("export", "egov", out.toString());
        assertEquals(ExitCode.OK, export.code(), export.err());
        assertTrue(export.out().contains("後の号") && export.err().contains("warning: the children of 'Paragraph'"),
                "exported as it stands, and said so: " + export.err());
    }

    @Test
    void hostileAndForeignInputIsRefused() {
        InputException xxe = assertThrows(InputException.class, () -> EgovXml.importLaw(
                "<?xml version=\"1.0\"?><!DOCTYPE Law [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Law>&x;</Law>".getBytes(StandardCharsets.UTF_8),
                "x.xml", null));
        assertTrue(xxe.problems().get(0).message().contains("DOCTYPE"));
        InputException other = assertThrows(InputException.class,
                () -> EgovXml.importLaw("<html/>".getBytes(StandardCharsets.UTF_8), "x.xml", null));
        assertTrue(other.problems().get(0).message().contains("not e-Gov law XML"));
    }

    @Test
    void exportEgovFromTheCommandLine() {
        Cli r = Cli.run("export", "egov", TestFiles.SEED_XML.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("<LawNum>警察本部訓令第27号</LawNum>"));
        assertFalse(r.out().contains("rk:"), "regkit's metadata stripped");
    }
}
