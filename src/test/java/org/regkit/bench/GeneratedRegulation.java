package org.regkit.bench;

import java.util.List;
import java.util.Random;
import org.regkit.model.Numerals;

/**
 * Writes a large regulation for benchmarks and scale tests: chapters of 25 articles, each article
 * with a caption, one or two paragraphs, sometimes items and sub-items, sentences built from the
 * seed's own phrases: about 1.15 KB of XML per article, the density of a real code (the Civil Code:
 * some 1,400 articles in 1.6 MB). Deterministic for a given seed. Never committed.
 */
public final class GeneratedRegulation {
    private static final List<String> PHRASES = List.of(
            "警察情報システムの整備及び管理に関する基本的事項を定め", "埼玉県警察が整備する情報システム",
            "警察庁又は他の都道府県警察が整備する情報システムであって", "電磁的記録である行政文書",
            "個人情報ファイルに該当する電子公文書", "システム総括責任者及びシステム運用責任者が協議して",
            "警察業務の効率化又は高度化を図るため", "電気通信回線及びこれらに附帯する機器",
            "その利用実態を適切に把握しつつ", "重複する機能の排除及び取り扱うデータの効果的な活用",
            "情報の保護及び継続性の確保の重要性に鑑み", "警察情報管理業務監査を実施する");
    private static final String KANA = "アイウエオカキクケコ";

    private GeneratedRegulation() {
    }

    /** A regulation of {@code articles} articles as regulation XML. */
    public static String xml(int articles, long seed) {
        return xml(articles, seed, 1);
    }

    /**
     * As {@link #xml(int, long)}, with sentences {@code density} times as long: 1,400 articles at
     * density 2 are about the 1.6 MB of the Civil Code.
     */
    public static String xml(int articles, long seed, int density) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(articles * 900);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Law xmlns:rk=\"urn:regkit:regulation\" Era=\"Reiwa\" Year=\"7\" Num=\"99\" PromulgateMonth=\"4\" ")
                .append("PromulgateDay=\"1\" LawType=\"Misc\" Lang=\"ja\">\n")
                .append("  <rk:Meta><rk:RegulationId>generated</rk:RegulationId>")
                .append("<rk:EffectiveDate date=\"2025-04-01\">令和７年４月１日</rk:EffectiveDate></rk:Meta>\n")
                .append("  <LawNum>警察本部訓令第99号</LawNum>\n  <LawBody>\n    <LawTitle>生成された訓令（")
                .append(articles).append("条）</LawTitle>\n    <MainProvision>\n");
        int perChapter = 25;
        for (int a = 1; a <= articles; a++) {
            if ((a - 1) % perChapter == 0) {
                int chap = (a - 1) / perChapter + 1;
                if (chap > 1) {
                    b.append("      </Chapter>\n");
                }
                b.append("      <Chapter Num=\"").append(chap).append("\"><ChapterTitle>第").append(Numerals.fullWidth(chap))
                        .append("章　").append(PHRASES.get(chap % PHRASES.size()), 0, 8).append("</ChapterTitle>\n");
            }
            b.append("        <Article Num=\"").append(a).append("\"><ArticleCaption>（")
                    .append(PHRASES.get(r.nextInt(PHRASES.size())), 0, 6).append("）</ArticleCaption><ArticleTitle>第")
                    .append(Numerals.fullWidth(a)).append("条</ArticleTitle>\n");
            int paras = 1 + r.nextInt(2);
            for (int p = 1; p <= paras; p++) {
                b.append("          <Paragraph Num=\"").append(p).append("\"><ParagraphNum>")
                        .append(p == 1 ? "" : Numerals.fullWidth(p)).append("</ParagraphNum><ParagraphSentence><Sentence Num=\"1\">")
                        .append(reference(r, a, p)).append(sentence(r, density)).append("</Sentence></ParagraphSentence>\n");
                if (r.nextInt(10) < 2) {
                    int items = 2 + r.nextInt(3);
                    for (int i = 1; i <= items; i++) {
                        b.append("            <Item Num=\"").append(i).append("\"><ItemTitle>(").append(i)
                                .append(")</ItemTitle><ItemSentence><Sentence Num=\"1\">").append(sentence(r))
                                .append("</Sentence></ItemSentence>");
                        if (r.nextInt(10) < 2) {
                            int subs = 2 + r.nextInt(3);
                            for (int s = 1; s <= subs; s++) {
                                b.append("<Subitem1 Num=\"").append(s).append("\"><Subitem1Title>").append(KANA.charAt(s - 1))
                                        .append("</Subitem1Title><Subitem1Sentence><Sentence Num=\"1\">").append(sentence(r))
                                        .append("</Sentence></Subitem1Sentence></Subitem1>");
                            }
                        }
                        b.append("</Item>\n");
                    }
                }
                b.append("          </Paragraph>\n");
            }
            b.append("        </Article>\n");
        }
        b.append("      </Chapter>\n    </MainProvision>\n    <SupplProvision><SupplProvisionLabel>附　則</SupplProvisionLabel>")
                .append("<Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">")
                .append("この訓令は、令和７年４月１日から施行する。</Sentence></ParagraphSentence></Paragraph></SupplProvision>\n")
                .append("  </LawBody>\n</Law>\n");
        return b.toString();
    }

    /**
     * A later version of a generated regulation with {@code changes} scattered amendments: every
     * third one a text edit, every third an inserted 第N条の２, every third an article emptied to 削除.
     */
    public static String amended(String xml, int changes) {
        String s = xml;
        int articles = 0;
        for (int i = s.indexOf("<Article Num=\""); i >= 0; i = s.indexOf("<Article Num=\"", i + 1)) {
            articles++;
        }
        int step = Math.max(1, articles / (changes + 1));
        for (int c = 0; c < changes; c++) {
            int n = (c + 1) * step;
            String open = "        <Article Num=\"" + n + "\">";
            int start = s.indexOf(open);
            int end = s.indexOf("</Article>", start) + "</Article>".length();
            String article = s.substring(start, end);
            String replaced = switch (c % 3) {
                case 0 -> article.replaceFirst("ものとする。", "ものとし、その結果を記録しなければならない。");
                case 1 -> article + "\n        <Article Num=\"" + n + "_2\"><ArticleTitle>第" + Numerals.fullWidth(n)
                        + "条の２</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/><ParagraphSentence><Sentence Num=\"1\">"
                        + "前条の規定による措置は、毎年度見直すものとする。</Sentence></ParagraphSentence></Paragraph></Article>";
                default -> open + "<ArticleTitle>第" + Numerals.fullWidth(n) + "条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
                        + "<ParagraphSentence><Sentence Num=\"1\">削除</Sentence></ParagraphSentence></Paragraph></Article>";
            };
            s = s.substring(0, start) + replaced + s.substring(end);
        }
        return s.replace("<rk:EffectiveDate date=\"2025-04-01\">令和７年４月１日</rk:EffectiveDate>",
                "<rk:EffectiveDate date=\"2026-04-01\">令和８年４月１日</rk:EffectiveDate>");
    }

    /**
     * The cross-reference a paragraph of a real code often opens with (第５条第１項の規定により, 前条の規定にかかわらず,
     * 前項の場合において, a law cited with its number), so that benchmarks resolve references as on real text.
     */
    private static String reference(Random r, int article, int paragraph) {
        return switch (r.nextInt(8)) {
            case 0 -> article > 1 ? "第" + Numerals.fullWidth(1 + r.nextInt(article - 1)) + "条第１項の規定により、" : "";
            case 1 -> article > 1 ? "前条の規定にかかわらず、" : "";
            case 2 -> paragraph > 1 ? "前項の場合において、" : "";
            case 3 -> "行政機関の保有する情報の公開に関する法律（平成11年法律第42号）第５条の規定により、";
            default -> "";
        };
    }

    private static String sentence(Random r) {
        return sentence(r, 1);
    }

    private static String sentence(Random r, int density) {
        StringBuilder s = new StringBuilder();
        int n = density * (1 + r.nextInt(2));
        for (int i = 0; i < n; i++) {
            s.append(PHRASES.get(r.nextInt(PHRASES.size()))).append(i + 1 < n ? "、" : "ものとする。");
        }
        return s.toString();
    }
}
