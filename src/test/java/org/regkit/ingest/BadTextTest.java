package org.regkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkit.io.InputException;
import org.regkit.io.Problem;

/** Text the importer cannot place is an error with its line number, never silently dropped. */
class BadTextTest {
    private static final String HEADER = "○テスト規程\n令和７年１月10日\n警察本部訓令第１号\n";

    private static List<Problem> problems(String text) {
        InputException e = assertThrows(InputException.class, () -> TextImporter.importText(
                text.getBytes(StandardCharsets.UTF_8), "bad.txt", new ImportOptions(null, null)));
        return e.problems();
    }

    @Test
    void textAfterAChapterHeadingCannotBePlaced() {
        List<Problem> p = problems(HEADER + "第１章 総則\nこの文は条に属していない。\n第１条 本文。\n");
        assertEquals(5, p.get(0).line());
        assertTrue(p.get(0).message().contains("cannot place this text"), p.get(0).message());
        assertTrue(p.get(0).message().contains("第１章　総則"), p.get(0).message());
    }

    @Test
    void provisionOutOfSequenceAfterAFinishedSentenceIsAnError() {
        List<Problem> p = problems(HEADER + "第１条 本文である。\n３ 第２項を飛ばした。\n");
        assertEquals(5, p.get(0).line());
        assertTrue(p.get(0).message().contains("out of sequence"), p.get(0).message());
    }

    @Test
    void itemOutOfSequenceIsAnError() {
        List<Problem> p = problems(HEADER + "第１条 次に掲げる。\n(1) 一つ目。\n(3) 三つ目。\n");
        assertEquals(6, p.get(0).line());
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        List<Problem> p = problems(HEADER + "第１章 総則\n迷子の文一。\n第１条 本文。\n第２章 雑則\n迷子の文二。\n第２条 本文。\n");
        assertEquals(List.of(5, 8), p.stream().map(Problem::line).toList());
    }

    @Test
    void missingDateAndNumberAreReported() {
        List<Problem> p = problems("○テスト規程\n第１条 本文。\n");
        assertTrue(p.get(0).message().contains("promulgation date"), p.get(0).message());
        assertEquals(1, p.get(0).line());
    }

    @Test
    void emptyFileIsAnError() {
        List<Problem> p = problems("\n\n");
        assertFalse(p.isEmpty());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("no title line")));
    }

    @Test
    void captionWithoutArticleIsAnError() {
        List<Problem> p = problems(HEADER + "第１条 本文。\n（見出し）\n");
        assertTrue(p.stream().anyMatch(x -> x.message().contains("（見出し）")), p.toString());
    }
}
