package org.regkit.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.ProvisionId;
import org.regkit.model.Regulation;
import org.regkit.io.Severity;

class BindingTest {
    @TempDir
    Path tmp;

    private Binding bind(String rules, String officials, String systems) throws Exception {
        return Regkit.bind(Registers.seed(), Regkit.loadRegister(Registers.write(tmp, rules, officials, systems)), Registers.AS_OF);
    }

    /** The kinds of the findings, leaving out the checks a test's partial rules did not ask for. */
    private static List<FindingKind> kinds(Binding b) {
        return b.findings().stream().map(Finding::kind).filter(k -> k != FindingKind.CHECK_NOT_RUN).toList();
    }

    @Test
    void theCommandLineSpeaksItsLocalesLanguageFromTheSameCatalogue() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.JAPAN);
            Binding ja = bind("", "", Registers.system("A", Registers.cite("第３条第１項第１２号", "complies-with")));
            assertTrue(ja.problems().get(0).toString().contains("根拠規定「第３条第１項第１２号」に当たる規定がありません（最も近い規定：第３条第１項第11号）"),
                    ja.problems().toString());
            java.util.Locale.setDefault(java.util.Locale.US);
            Binding en = bind("", "", Registers.system("A", Registers.cite("第３条第１項第１２号", "complies-with")));
            assertTrue(en.problems().get(0).message().startsWith("system A: unresolved citation 第３条第１項第１２号"), en.problems().toString());
            assertEquals(ja.findings().get(0).japanese(), en.findings().get(0).japanese(), "the dossier's words do not depend on the locale");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aRuleNamingNoProvisionIsSaidInJapaneseForTheDossier() throws Exception {
        Binding b = bind("<rules classification=\"第９条\"/>", "", Registers.system("A", Registers.cite("第３条第１項第１号", "classified-under")));
        Finding f = b.findings().stream().filter(x -> x.kind() == FindingKind.UNRESOLVED_CITATION).findFirst().orElseThrow();
        assertEquals("規則の区分規定（第９条）に当たる規定がありません。規則を訂正してください", f.japanese());
        assertTrue(f.message().startsWith("rules/@classification (区分規定): unresolved citation"), f.message());
    }

    @Test
    void aCheckWhoseRuleIsNotGivenIsSaidNotToHaveRun() throws Exception {
        Binding b = bind("", "", Registers.system("A", Registers.cite("第３条第１項第１号", "classified-under")));
        List<String> notRun = b.findings().stream().filter(f -> f.kind() == FindingKind.CHECK_NOT_RUN).map(Finding::message).toList();
        assertEquals(3, notRun.size(), notRun.toString());
        assertTrue(notRun.get(0).startsWith("the category check was not run: the register does not say which provision it rests on"),
                notRun.toString());
        assertTrue(notRun.get(2).contains("監査規定"), "named as the spreadsheet's 規則 sheet names it: " + notRun);
        assertFalse(b.hasErrors(), "a warning: the register is usable");
    }

    @Test
    void everyCitationFormResolves() throws Exception {
        Binding b = bind("", "", Registers.system("A",
                Registers.cite("第３条第１項第２号ア", null), Registers.cite("第三条第一項第二号イ", null),
                Registers.cite("第3条第1項第1号", null), Registers.cite("第４条第２号", null),
                Registers.cite("art_5__para_2", null), Registers.cite("第６条", null), Registers.cite("附則", null)));
        assertFalse(b.hasErrors(), b.problems().toString());
        assertEquals(List.of("art_3__para_1__item_2__subitem1_1", "art_3__para_1__item_2__subitem1_2",
                "art_3__para_1__item_1", "art_4__para_1__item_2", "art_5__para_2", "art_6", "suppl_1"),
                b.cites().stream().map(c -> c.provision().id().value()).toList());
    }

    @Test
    void unresolvedCitationsAreLocatedErrorsNamingTheNearestProvision() throws Exception {
        Binding b = bind("", "", Registers.system("A", Registers.cite("第３条第１項第１２号", "complies-with"))
                + Registers.system("B", Registers.cite("第９条", null)));
        assertTrue(b.hasErrors());
        assertEquals(List.of(FindingKind.UNRESOLVED_CITATION, FindingKind.UNRESOLVED_CITATION), kinds(b));
        var p = b.problems().get(0);
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.toString().matches(".*register\\.xml:3:\\d+: error: system A: unresolved citation 第３条第１項第１２号: .*"), p.toString());
        assertTrue(p.message().contains("nearest existing provision: 第３条第１項第11号"), p.message());
        assertNull(b.cites().get(0).provision());
    }

    @Test
    void ambiguousCitationsAreErrors() throws Exception {
        String twoParagraphsWithItems = TestFiles.text(TestFiles.SEED_XML).replace(
                "<ParagraphSentence>\n            <Sentence Num=\"1\">警察情報システムを構成する各システム等の運用管理に関し必要な事項は、別に定める。</Sentence>\n          </ParagraphSentence>",
                "<ParagraphSentence>\n            <Sentence Num=\"1\">警察情報システムを構成する各システム等の運用管理に関し必要な事項は、別に定める。</Sentence>\n          </ParagraphSentence>"
                        + "<Item Num=\"1\"><ItemTitle>(1)</ItemTitle><ItemSentence><Sentence>追加の号</Sentence></ItemSentence></Item>");
        assertTrue(twoParagraphsWithItems.contains("追加の号"));
        Regulation reg = Regkit.load(TestFiles.write(tmp, "reg.xml", twoParagraphsWithItems));
        Binding b = Regkit.bind(reg, Regkit.loadRegister(Registers.write(tmp, "", "",
                Registers.system("A", Registers.cite("第３条第１号", null)))), Registers.AS_OF);
        assertEquals(List.of(FindingKind.AMBIGUOUS_CITATION), kinds(b));
        assertTrue(b.findings().get(0).message().contains("第３条第１項 and 第３条第２項"), b.findings().get(0).message());
        assertEquals(Severity.ERROR, b.findings().get(0).severity());
    }

    @Test
    void theIndexGoesBothWays() throws Exception {
        Binding b = Registers.bindSample();
        var item2 = new ProvisionId("art_3__para_1__item_2__subitem1_1");
        assertEquals(List.of("SYS-003", "SYS-014"), b.byProvision().get(item2).stream().map(c -> c.system().id).toList());
        assertEquals(List.of("art_3__para_1__item_1__subitem1_1", "art_4__para_1__item_2", "art_6"),
                b.bySystem().get("SYS-001").stream().map(c -> c.provision().id().value()).toList());
        var art3 = b.regulation().find(new ProvisionId("art_3"));
        assertTrue(b.citesWithin(art3).size() >= 13, "citations within 第３条");
        assertEquals(14, b.bySystem().size(), "every system, cited or not");
    }

    @Test
    void theSampleRegisterHasItsDeliberateGaps() throws Exception {
        Binding b = Registers.bindSample();
        assertFalse(b.hasErrors(), b.problems().toString());
        List<String> found = b.findings().stream().map(f -> f.kind().key() + " " + (f.systemId() == null ? "" : f.systemId())
                + " " + (f.provision() == null ? "" : f.provision().id())).toList();
        assertEquals(List.of(
                "not-classified SYS-013 art_3__para_1",
                "empty-category  art_3__para_1__item_3",
                "empty-category  art_3__para_1__item_9",
                "empty-category  art_3__para_1__item_11",
                "audit-overdue SYS-005 art_6",
                "audit-failed SYS-007 art_6",
                "audit-missing SYS-012 art_6"), found);
    }

    @Test
    void multipleAndOutsideClassificationsAreFound() throws Exception {
        Binding b = bind("<rules classification=\"第３条第１項\"/>", "",
                Registers.system("A", Registers.cite("第３条第１項第１号", "classified-under"), Registers.cite("第３条第１項第２号ア", "classified-under"))
                + Registers.system("B", Registers.cite("第５条", "classified-under"), Registers.cite("第３条第１項第４号", "classified-under"))
                + Registers.system("C", Registers.cite("第３条第１項第１号ア", "classified-under"), Registers.cite("第３条第１項第１号イ", "classified-under")));
        List<FindingKind> k = kinds(b);
        assertEquals(1, k.stream().filter(x -> x == FindingKind.MULTIPLY_CLASSIFIED).count(), "A only: C's two sub-items are one category");
        assertEquals(1, k.stream().filter(x -> x == FindingKind.CLASSIFIED_OUTSIDE).count(), "B's 第５条");
        assertFalse(k.contains(FindingKind.NOT_CLASSIFIED), "B still falls under 第４号");
    }

    @Test
    void theGeneralManagerMustBeAssigned() throws Exception {
        String rules = "<rules generalManager=\"第５条\"/>";
        Binding missing = bind(rules, "", Registers.system("A"));
        assertEquals(List.of(FindingKind.OFFICIAL_MISSING), kinds(missing));
        assertTrue(missing.findings().stream().filter(f -> f.kind() == FindingKind.OFFICIAL_MISSING).findFirst().orElseThrow()
                .message().contains("第５条"));
        Binding wrongProvision = bind(rules, "<official role=\"general-manager\" provision=\"第６条\"><post>総務部長</post></official>",
                Registers.system("A"));
        assertEquals(List.of(FindingKind.OFFICIAL_MISSING), kinds(wrongProvision));
        Binding assigned = bind(rules, "<official role=\"general-manager\" provision=\"第５条第１項\"><post>総務部長</post></official>",
                Registers.system("A"));
        assertEquals(List.of(), kinds(assigned));
    }

    @Test
    void theAuditPeriodIsConfigurableAndJudgedOnTheAsOfDay() throws Exception {
        String audited = "<system id=\"A\"><name>A</name><audit date=\"2023-10-18\" result=\"passed\"/></system>";
        assertEquals(List.of(FindingKind.AUDIT_OVERDUE), kinds(bind("<rules audit=\"第６条\"/>", "", audited)));
        assertEquals(List.of(), kinds(bind("<rules audit=\"第６条\" auditPeriod=\"P2Y\"/>", "", audited)));
        Binding earlier = Regkit.bind(Registers.seed(), Regkit.loadRegister(Registers.write(tmp, "<rules audit=\"第６条\"/>", "", audited)),
                LocalDate.of(2024, 6, 1));
        assertEquals(List.of(), kinds(earlier), "judged in 2024 the audit is recent");
        assertEquals(List.of(FindingKind.UNRESOLVED_CITATION), kinds(bind("<rules audit=\"第６条\" auditPeriod=\"PT5H\"/>", "",
                "<system id=\"A\"><name>A</name><audit date=\"2025-03-01\" result=\"passed\"/></system>")));
    }

    @Test
    void rulesThatCiteNothingAreErrors() throws Exception {
        Binding b = bind("<rules classification=\"第３０条\"/>", "", Registers.system("A"));
        assertTrue(b.hasErrors());
        assertTrue(b.findings().get(0).message().contains("rules/@classification"), b.findings().get(0).message());
    }
}
