package org.regkit.l10n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word regkit says to a person, by key, from one catalogue: {@code xslt/l10n/ja.xml} (the
 * command line in a Japanese locale, and every Japanese document, whose stylesheets read the same
 * file) and {@code xslt/l10n/en.xml} (the command line in any other locale). A message's
 * {@code {0}}, {@code {1}} … are replaced by its arguments, as given; nothing else in it is special.
 * A key the catalogue lacks is a bug in regkit (a test checks every key the code names).
 */
public final class Messages {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("<text key=\"([^\"]+)\">([^<]*)</text>");

    /** Each language's catalogue is read when it is first needed: a command line in English never reads the Japanese one. */
    private static final class Ja {
        static final Map<String, String> MAP = load("ja");
    }

    private static final class En {
        static final Map<String, String> MAP = load("en");
    }

    private Messages() {
    }

    /** The message {@code key} in the command line's language: Japanese in a Japanese locale, else English. */
    public static String text(String key, Object... args) {
        return format(catalogue(japaneseLocale() ? "ja" : "en"), key, args);
    }

    /** The message or document word {@code key} in Japanese, whatever the locale (the documents are Japanese). */
    public static String japanese(String key, Object... args) {
        return format(Ja.MAP, key, args);
    }

    /** The message {@code key} in the language of {@code locale}. */
    public static String in(Locale locale, String key, Object... args) {
        return format(catalogue(isJapanese(locale) ? "ja" : "en"), key, args);
    }

    /**
     * A code (a finding kind, a verdict) as the command line's reader calls it: in Japanese, the
     * documents' word for it ({@code prefix + code}, 監査期限超過); in English, the code itself.
     */
    public static String named(String prefix, String code) {
        return japaneseLocale() ? japanese(prefix + code) : code;
    }

    /** Whether the command line speaks Japanese: the default locale's language is Japanese. */
    public static boolean japaneseLocale() {
        return isJapanese(Locale.getDefault());
    }

    /** Whether {@code key} is in the catalogue of {@code language} ({@code ja} or {@code en}). */
    public static boolean has(String language, String key) {
        return catalogue(language).containsKey(key);
    }

    /** The keys beginning with {@code prefix} in the command line's language. */
    public static java.util.Set<String> keys(String prefix) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String key : keysOf(japaneseLocale() ? "ja" : "en")) {
            if (key.startsWith(prefix)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Every key of the catalogue of {@code language} ({@code ja} or {@code en}). */
    public static java.util.Set<String> keysOf(String language) {
        return catalogue(language).keySet();
    }

    private static Map<String, String> catalogue(String language) {
        return "ja".equals(language) ? Ja.MAP : En.MAP;
    }

    private static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    private static String format(Map<String, String> catalogue, String key, Object... args) {
        String pattern = catalogue.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no message '" + key + "' in the catalogue");
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder b = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 1) - '0' < args.length) {
                b.append(args[pattern.charAt(i + 1) - '0']);
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reads a catalogue without an XML parser: it is regkit's own file, of one simple shape
     * ({@code <text key="…">…</text>}, comments, the five predefined entities), and a command's
     * start should not pay for setting up a parser to read it. A test holds this reader to what an
     * XML parser reads from the same file.
     */
    static Map<String, String> load(String language) {
        String resource = "/xslt/l10n/" + language + ".xml";
        String xml;
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in regkit's jar");
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        Matcher m = ENTRY.matcher(COMMENT.matcher(xml).replaceAll(""));
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2)));
        }
        return Map.copyOf(out);
    }

    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
