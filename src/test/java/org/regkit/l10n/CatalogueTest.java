package org.regkit.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regkit.diff.Verdict;
import org.regkit.register.FindingKind;

/**
 * The catalogue is whole: every key the code names is in it, in both languages where the command
 * line may speak either, and the two languages have the same messages with the same arguments.
 */
class CatalogueTest {
    /**
     * A key as the code writes it, in a call to Messages or as one branch of a choice between keys; a
     * literal followed by {@code +} is the prefix of a key the code builds (checked below).
     */
    private static final Pattern KEY_IN_CALL = Pattern.compile(
            "Messages\\.(text|japanese|in)\\((?:[^\"()]*?,\\s*)?(?:[^\"]*\\?\\s*)?\"([a-z][\\w.-]*)\"(?!\\s*\\+)(?:\\s*:\\s*\"([a-z][\\w.-]*)\")?");

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher m = KEY_IN_CALL.matcher(text);
            while (m.find()) {
                for (String key : new String[] {m.group(2), m.group(3)}) {
                    if (key == null) {
                        continue;
                    }
                    seen++;
                    if (!Messages.has("ja", key)) {
                        missing.add(file.getFileName() + ": " + key + " (ja)");
                    }
                    if (!m.group(1).equals("japanese") && !Messages.has("en", key)) {
                        missing.add(file.getFileName() + ": " + key + " (en)");
                    }
                }
            }
        }
        assertTrue(seen > 250, "the scan finds the code's keys: " + seen);
        assertEquals(List.of(), missing);
    }

    @Test
    void keysTheCodeBuildsAreInTheCatalogue() {
        List<String> keys = new ArrayList<>();
        for (FindingKind k : FindingKind.values()) {
            keys.add("finding." + k.key());
            assertTrue(Messages.has("ja", "kind-" + k.key()), "the dossier's name of " + k);
        }
        for (Verdict v : Verdict.values()) {
            assertTrue(Messages.has("ja", "verdict-" + v.key()), "the name of " + v);
        }
        for (String check : List.of("classification", "generalManager", "audit")) {
            keys.add("finding.check." + check);
        }
        for (String what : List.of("article", "part", "chapter", "section", "subsection", "division", "item", "sub-item")) {
            keys.add("numbering." + what);
        }
        for (String key : keys) {
            assertTrue(Messages.has("ja", key) && Messages.has("en", key), key);
        }
    }

    @Test
    void bothLanguagesHaveTheSameMessagesWithTheSameArguments() {
        Set<String> ja = messageKeys("ja");
        Set<String> en = messageKeys("en");
        assertEquals(en, ja, "a message (a key with a dot) is in both languages; the documents' words (no dot) in Japanese only");
        List<String> differ = new ArrayList<>();
        for (String key : en) {
            // a finding's two wordings may use different arguments (the Japanese says more)
            if (!key.startsWith("finding.") && !arguments(Messages.in(Locale.ENGLISH, key)).equals(arguments(Messages.in(Locale.JAPANESE, key)))) {
                differ.add(key);
            }
        }
        assertEquals(List.of(), differ, "messages whose two wordings take different arguments");
    }

    @Test
    void theCataloguesOwnReaderReadsWhatAnXmlParserReads() throws Exception {
        for (String language : List.of("ja", "en")) {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            org.w3c.dom.NodeList texts = f.newDocumentBuilder().parse(Path.of("xslt/l10n/" + language + ".xml").toFile())
                    .getElementsByTagName("text");
            java.util.Map<String, String> parsed = new java.util.HashMap<>();
            for (int i = 0; i < texts.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) texts.item(i);
                assertEquals(null, parsed.put(e.getAttribute("key"), e.getTextContent()), "one entry per key: " + e.getAttribute("key"));
            }
            assertTrue(parsed.size() > 300, language + ": " + parsed.size());
            assertEquals(parsed, Messages.load(language), language);
        }
    }

    @Test
    void argumentsAreFilledInAndNothingElseIsSpecial() {
        assertEquals("{0} --format pdf needs -o OUT", "{0} " + Messages.in(Locale.ENGLISH, "cli.needs-output", "pdf"));
        assertEquals("--format pdf には -o 出力ファイル が必要です", Messages.in(Locale.JAPANESE, "cli.needs-output", "pdf"));
        // an apostrophe or a brace in a message or an argument is written as it stands
        assertEquals("element 'a{1}' lacks its b", Messages.in(Locale.ENGLISH, "order.lacks", "a{1}", "b"));
    }

    @Test
    void theCommandLineSpeaksItsLocalesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertTrue(Messages.japaneseLocale());
            assertEquals("標準出力に書き込めません", Messages.text("cli.stdout-lost"));
            Locale.setDefault(Locale.FRANCE);
            assertFalse(Messages.japaneseLocale());
            assertEquals("cannot write to standard output", Messages.text("cli.stdout-lost"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> messageKeys(String language) {
        Set<String> out = new TreeSet<>();
        Messages.keysOf(language).stream().filter(k -> k.contains(".")).forEach(out::add);
        return out;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d\\}").matcher(pattern);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
