package org.regkit.diff;

import java.nio.file.Path;
import org.regkit.Regkit;
import org.regkit.TestFiles;
import org.regkit.model.Regulation;

/** The seed, its amended version, and variants written for one alignment case each. */
final class Versions {
    static final Path AMENDED = TestFiles.SEED_DIR.resolve("2025-04-01.xml");
    static final String SEED = TestFiles.text(TestFiles.SEED_XML);

    private Versions() {
    }

    static Regulation seed() throws Exception {
        return Regkit.load(TestFiles.SEED_XML);
    }

    static Regulation amended() throws Exception {
        return Regkit.load(AMENDED);
    }

    static Regulation variant(Path dir, String name, String xml) throws Exception {
        return Regkit.load(TestFiles.write(dir, name, xml));
    }

    /** The seed with 第６条 removed (削る) and 第７条 moved up to 第６条 (繰上げ). */
    static String withArticle6Removed() {
        String s = SEED;
        int start = s.indexOf("      <Article Num=\"6\">");
        int end = s.indexOf("      <Article Num=\"7\">");
        s = s.substring(0, start) + s.substring(end);
        return s.replace("<Article Num=\"7\">", "<Article Num=\"6\">").replace("<ArticleTitle>第７条</ArticleTitle>",
                "<ArticleTitle>第６条</ArticleTitle>");
    }

    /** The seed with 第６条 emptied to 削除, its number kept. */
    static String withArticle6Deleted() {
        String s = SEED;
        int start = s.indexOf("      <Article Num=\"6\">");
        int end = s.indexOf("      <Article Num=\"7\">");
        return s.substring(0, start) + "      <Article Num=\"6\"><ArticleTitle>第６条</ArticleTitle><Paragraph Num=\"1\"><ParagraphNum/>"
                + "<ParagraphSentence><Sentence Num=\"1\">削除</Sentence></ParagraphSentence></Paragraph></Article>\n" + s.substring(end);
    }

    /** The seed serialised differently: on one line, attributes reordered, Delete="false" spelled out. */
    static String reserialised() {
        return SEED.replaceAll(">\\s+<", "><").replace("<Article Num=\"", "<Article Delete=\"false\" Num=\"")
                .replace("<Law Era=\"Reiwa\" Year=\"6\" Num=\"27\" PromulgateMonth=\"5\" PromulgateDay=\"30\" LawType=\"Misc\" Lang=\"ja\"",
                        "<Law Lang=\"ja\" LawType=\"Misc\" PromulgateDay=\"30\" PromulgateMonth=\"5\" Num=\"27\" Year=\"6\" Era=\"Reiwa\"");
    }
}
