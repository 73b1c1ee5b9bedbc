package org.regkit.l10n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Every word regkit says to a person, by key, from one catalogue: {@code xslt/l10n/ja.xml} (the
 * command line in a Japanese locale, and every Japanese document, whose stylesheets read the same
 * file) and {@code xslt/l10n/en.xml} (the command line in any other locale). A message's
 * {@code {0}}, {@code {1}} … are replaced by its arguments, as given; nothing else in it is special.
 * A key the catalogue lacks is a bug in regkit (a test checks every key the code names).
 */
public final class Messages {
    private static final Map<String, String> JA = load("ja");
    private static final Map<String, String> EN = load("en");

    private Messages() {
    }

    /** The message {@code key} in the command line's language: Japanese in a Japanese locale, else English. */
    public static String text(String key, Object... args) {
        return format(japaneseLocale() ? JA : EN, key, args);
    }

    /** The message or document word {@code key} in Japanese, whatever the locale (the documents are Japanese). */
    public static String japanese(String key, Object... args) {
        return format(JA, key, args);
    }

    /** The message {@code key} in the language of {@code locale}. */
    public static String in(Locale locale, String key, Object... args) {
        return format(isJapanese(locale) ? JA : EN, key, args);
    }

    /** Whether the command line speaks Japanese: the default locale's language is Japanese. */
    public static boolean japaneseLocale() {
        return isJapanese(Locale.getDefault());
    }

    /** Whether {@code key} is in the catalogue of {@code language} ({@code ja} or {@code en}). */
    public static boolean has(String language, String key) {
        return ("ja".equals(language) ? JA : EN).containsKey(key);
    }

    /** The keys beginning with {@code prefix} in the command line's language. */
    public static java.util.Set<String> keys(String prefix) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String key : (japaneseLocale() ? JA : EN).keySet()) {
            if (key.startsWith(prefix)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Every key of the catalogue of {@code language} ({@code ja} or {@code en}). */
    public static java.util.Set<String> keysOf(String language) {
        return ("ja".equals(language) ? JA : EN).keySet();
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

    private static Map<String, String> load(String language) {
        String resource = "/xslt/l10n/" + language + ".xml";
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in regkit's jar");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // the catalogue is regkit's own file: still, no DTD and no entities from outside
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("text")) {
                    String key = r.getAttributeValue(null, "key");
                    out.put(key, r.getElementText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(resource + " does not read: " + e.getMessage(), e);
        }
        return Map.copyOf(out);
    }
}
