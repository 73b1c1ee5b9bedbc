package org.regkit.bench;

import java.util.List;
import java.util.Random;

/**
 * Writes a large register for benchmarks: systems with one classification and four more
 * citations each (of the seed directive), an operation manager and one or two audits.
 * Deterministic for a given seed. Never committed.
 */
public final class GeneratedRegister {
    private static final List<String> CATEGORIES = List.of("第３条第１項第１号ア", "第３条第１項第２号ア", "第３条第１項第２号イ",
            "第３条第１項第４号", "第３条第１項第５号", "第３条第１項第６号", "第３条第１項第７号", "第３条第１項第８号", "第３条第１項第１０号");
    private static final List<String> OTHERS = List.of("第４条第１号", "第４条第２号", "第５条第２項", "第６条", "第２条", "第３条第２項",
            "第三条第一項第十一号", "art_1");
    private static final List<String> BUILDERS = List.of("prefecture", "npa", "other-prefecture");

    private GeneratedRegister() {
    }

    public static String xml(int systems, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(systems * 700);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<register xmlns=\"urn:regkit:register\" organisation=\"生成された組織\" ")
                .append("regulation=\"saitama-police-info-systems\" version=\"2024-06-01\" asOf=\"2025-03-31\">\n")
                .append("  <title>生成された台帳（").append(systems).append("件）</title>\n")
                .append("  <rules classification=\"第３条第１項\" generalManager=\"第５条\" audit=\"第６条\" auditPeriod=\"P1Y\"/>\n")
                .append("  <officials><official role=\"general-manager\" provision=\"第５条第１項\"><post>総務部長</post></official></officials>\n");
        for (int i = 1; i <= systems; i++) {
            b.append("  <system id=\"GEN-").append(String.format("%05d", i)).append("\"><name>生成システム").append(i)
                    .append("</name><builder>").append(BUILDERS.get(r.nextInt(BUILDERS.size()))).append("</builder>")
                    .append("<personalInformationFiles>").append(r.nextBoolean()).append("</personalInformationFiles>")
                    .append("<official role=\"operation-manager\"><post>総務部長</post></official>")
                    .append("<cite ref=\"").append(CATEGORIES.get(r.nextInt(CATEGORIES.size()))).append("\" role=\"classified-under\"/>");
            for (int c = 0; c < 4; c++) {
                b.append("<cite ref=\"").append(OTHERS.get(r.nextInt(OTHERS.size()))).append("\" role=\"complies-with\">")
                        .append("対策").append(c + 1).append("を実施している。</cite>");
            }
            int year = 2023 + r.nextInt(3);
            b.append("<audit date=\"").append(year).append("-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(10))
                    .append("\" result=\"").append(r.nextInt(10) == 0 ? "failed" : "passed").append("\"/></system>\n");
        }
        return b.append("</register>\n").toString();
    }
}
