package org.regkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

/** The command-line contract: exit codes, problem lines, atomic output. */
class MainTest {
    @TempDir
    Path tmp;

    @Test
    void validateCleanFileExitsZero() {
        Cli r = Cli.run("validate", TestFiles.SEED_XML.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("valid (35 provisions)"), r.out());
    }

    @Test
    void validateReportsAllProblemsOfAllFilesAsFileLineColumn() {
        // a numbering regkit cannot follow and a Num of another shape are warnings; an element the
        // vocabulary does not have is an error
        Path bad = TestFiles.write(tmp, "bad.xml", TestFiles.text(TestFiles.SEED_XML)
                .replace("<ArticleTitle>第２条</ArticleTitle>", "<ArticleTitle>第９条</ArticleTitle>")
                .replace("<Item Num=\"5\">", "<Item Num=\"five\">")
                .replace("<Item Num=\"6\">", "<Item Num=\"6\"><Bogus/>"));
        Cli r = Cli.run("validate", TestFiles.SEED_XML.toString(), bad.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        String[] lines = r.err().strip().split("\n");
        assertTrue(lines.length >= 3, r.err());
        for (String line : lines) {
            assertTrue(line.matches(".*bad\\.xml:\\d+:\\d+: (error|warning): .+"), line);
        }
        assertTrue(r.err().contains("第９条 does not match") && r.err().contains("'five'") && r.err().contains("error: "), r.err());
    }

    @Test
    void hostileXmlExitsThreeWithAClearMessage() {
        Path xxe = TestFiles.write(tmp, "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Law [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Law>&x;</Law>\n");
        Cli r = Cli.run("validate", xxe.toString());
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("xxe.xml:2:"), r.err());
        assertTrue(r.err().contains("DOCTYPE declarations are not allowed"), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace for a user error");
    }

    @Test
    void missingFileExitsThree() {
        Cli r = Cli.run("validate", tmp.resolve("nope.xml").toString());
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, Cli.run("validate").code());
        assertEquals(ExitCode.USAGE, Cli.run("frobnicate").code());
        assertEquals(ExitCode.USAGE, Cli.run("import", "text", "x.txt").code(), "-o is required");
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
        Cli top = Cli.run("--help");
        assertEquals(ExitCode.OK, top.code());
        RegkitCommand.SUBCOMMANDS.forEach((name, command) -> {
            assertEquals(name, command.getAnnotation(picocli.CommandLine.Command.class).name(), "the name a run is found by is its own");
            assertTrue(top.out().contains("  " + name + " "), name + " in\n" + top.out());
        });
        Cli typo = Cli.run("valdate", "x.xml");
        assertTrue(typo.err().contains("validate"), "a typo's usage lists the commands: " + typo.err());
        Cli one = Cli.run("validate", "--help");
        assertEquals(ExitCode.OK, one.code());
        assertTrue(one.out().contains("Usage: regkit validate"), one.out());
        var cl = Main.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "cite", "x.xml", "art_1");
        assertEquals(java.util.Set.of("cite"), cl.getSubcommands().keySet());
    }

    @Test
    void aJapaneseLocaleGetsMessagesAndHelpInJapanese() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.JAPAN);
            Cli ok = Cli.run("validate", TestFiles.SEED_XML.toString());
            assertTrue(ok.out().contains("：誤りなし（35 規定）"), ok.out());
            Cli missing = Cli.run("validate", tmp.resolve("nope.xml").toString());
            assertEquals(ExitCode.IO, missing.code());
            assertTrue(missing.err().contains("nope.xml: error: ファイル又はフォルダがありません"), missing.err());
            Cli unknown = Cli.run("refs", "--bogus", TestFiles.SEED_XML.toString());
            assertEquals(ExitCode.USAGE, unknown.code());
            assertTrue(unknown.err().startsWith("regkit: 知らないオプションです：--bogus\n使い方: regkit refs"), unknown.err());
            Cli choice = Cli.run("render", "--format", "doc", "-o", "x", TestFiles.SEED_XML.toString());
            assertTrue(choice.err().startsWith("regkit: --format：doc は html, pdf, fo のいずれでもありません"), choice.err());
            Cli unresolved = Cli.run("cite", TestFiles.SEED_XML.toString(), "第99条");
            assertTrue(unresolved.err().contains("この規程に第99条はありません（最も近い規定：第７条（art_7））"), unresolved.err());
            Cli help = Cli.run("render", "--help");
            assertTrue(help.out().startsWith("使い方: regkit render") && help.out().contains("出力ファイル"), help.out());
            String words = help.out().replaceAll("--?[\\w-]+(=[\\w.]+)?", ""); // option names aside
            assertFalse(words.matches("(?s).*\\b(the|or|of|and|output|file|default)\\b.*"), "no English words in the Japanese help:\n" + words);
        } finally {
            java.util.Locale.setDefault(before);
        }
        Cli english = Cli.run("refs", "--bogus", TestFiles.SEED_XML.toString());
        assertTrue(english.err().startsWith("regkit: unknown option: --bogus\nUsage: regkit refs"), english.err());
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.JAPAN)) {
                java.util.Locale.setDefault(locale);
                java.util.List<String> undescribed = new java.util.ArrayList<>();
                undescribed(Main.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                        new java.io.PrintWriter(java.io.Writer.nullWriter())), undescribed);
                assertEquals(java.util.List.of(), undescribed, locale.toString());
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static void undescribed(picocli.CommandLine cl, java.util.List<String> out) {
        var spec = cl.getCommandSpec();
        String name = spec.qualifiedName(" ");
        if (String.join("", spec.usageMessage().description()).isBlank()) {
            out.add(name);
        }
        for (var a : spec.args()) {
            if (String.join("", a.description()).isBlank()) {
                out.add(name + " " + (a instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel()));
            }
        }
        cl.getSubcommands().values().stream().filter(sub -> sub.getParent() == cl).forEach(sub -> undescribed(sub, out));
    }

    @Test
    void citeResolvesEveryProvisionACitationNames() {
        Cli r = Cli.run("cite", TestFiles.SEED_XML.toString(), "第３条第１項第２号ア及びイ");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("art_3__para_1__item_2__subitem1_1\n第３条第１項第２号ア\n"), r.out());
        assertTrue(r.out().contains("\n\nart_3__para_1__item_2__subitem1_2\n第３条第１項第２号イ\n"), r.out());
        Cli bad = Cli.run("cite", TestFiles.SEED_XML.toString(), "第５条、第３条第１項第１２号");
        assertEquals(ExitCode.FINDINGS, bad.code());
        assertEquals("", bad.out(), "nothing printed when one part does not resolve");
    }

    @Test
    void importWritesXmlThatValidates() {
        Path out = tmp.resolve("seed.xml");
        Cli r = Cli.run("import", "text", TestFiles.SEED_TEXT.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(ExitCode.OK, Cli.run("validate", out.toString()).code());
    }

    @Test
    void failedImportLeavesAnExistingOutputUntouched() throws Exception {
        Path out = TestFiles.write(tmp, "out.xml", "previous content");
        Path bad = TestFiles.write(tmp, "bad.txt", "○題名\n令和７年１月１日\n訓令第１号\n第１章 総則\n迷子の文。\n第１条 本文。\n");
        Cli r = Cli.run("import", "text", bad.toString(), "-o", out.toString());
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("bad.txt:5:1: error: cannot place this text"), r.err());
        assertEquals("previous content", Files.readString(out));
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outputFilesAreReadableByOthers() throws Exception {
        Path out = tmp.resolve("seed.xml");
        assertEquals(ExitCode.OK, Cli.run("import", "text", TestFiles.SEED_TEXT.toString(), "-o", out.toString()).code());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void importRefusesToOverwriteItsInput() throws Exception {
        Path copy = Files.copy(TestFiles.SEED_TEXT, tmp.resolve("seed.txt"));
        Cli r = Cli.run("import", "text", copy.toString(), "-o", copy.toString());
        assertEquals(ExitCode.IO, r.code());
        assertEquals(TestFiles.text(TestFiles.SEED_TEXT), Files.readString(copy));
    }

    @Test
    void citePrintsIdentifierLabelAndText() {
        Cli r = Cli.run("cite", TestFiles.SEED_XML.toString(), "第三条第一項第二号イ");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("art_3__para_1__item_2__subitem1_2", lines[0]);
        assertEquals("第３条第１項第２号イ", lines[1]);
        assertTrue(lines[2].startsWith("イ　アに掲げるもののほか、システム総括責任者"), lines[2]);
    }

    @Test
    void citeOfAnArticlePrintsItsWholeText() {
        Cli r = Cli.run("cite", TestFiles.SEED_XML.toString(), "第５条");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().contains("（システム総括責任者の責務）\n第５条　警察本部に、システム総括責任者を置き"), r.out());
        assertTrue(r.out().contains("\n２　システム総括責任者は、"), r.out());
    }

    @Test
    void unknownCitationExitsOneNamingTheNearestProvision() {
        Cli r = Cli.run("cite", TestFiles.SEED_XML.toString(), "第３条第１項第１２号");
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("nearest existing provision: 第３条第１項第11号 (art_3__para_1__item_11)"), r.err());
    }

    @Test
    void exportTextToFileAndStdout() throws Exception {
        Cli r = Cli.run("export", "text", TestFiles.SEED_XML.toString());
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().startsWith("埼玉県警察における情報システムの整備及び管理に関する訓令\n"));
        Path out = tmp.resolve("seed.txt");
        assertEquals(ExitCode.OK, Cli.run("export", "text", TestFiles.SEED_XML.toString(), "-o", out.toString()).code());
        assertEquals(r.out(), Files.readString(out));
    }

    @Test
    void demoValidatesAndExportsTheBundledRegulation() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("demo", "--home", ".", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/2024-06-01.txt")));
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/2024-06-01.imported.xml")));
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/2024-06-01.html")));
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/2024-06-01.pdf")));
        Path egov = out.resolve("saitama-police-info-systems/2024-06-01.egov.xml");
        assertTrue(Files.exists(egov));
        assertEquals(ExitCode.OK, Cli.run("import", "egov", egov.toString(), "-o", tmp.resolve("back.xml").toString()).code(),
                "the e-Gov export imports again");
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/dossier.pdf")));
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/register.xlsx")), "the bound register as a workbook");
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/dossier-from-xlsx.html")), "the dossier of the workbook");
        assertTrue(r.out().contains("imported again and bound (the same 7 findings)"), r.out());
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/diff-2024-06-01-2025-04-01.html")));
        assertTrue(Files.exists(out.resolve("saitama-police-info-systems/diff-2024-06-01-2025-04-01.pdf")));
        assertTrue(r.out().contains("新旧対照表 2024-06-01.xml → 2025-04-01.xml: 10 changes, impact on 30 citations"), r.out());
    }
}
