package org.regkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several citations written in one place, as a spreadsheet cell lists them: 第３条第１項第２号ア、第５条,
 * 第３条第１項第２号及び第３号, 第４条・第６条. Each part after the first that starts below an article
 * (第３号, 第２項, イ) is read in the place of the part before it, as the words mean:
 * 第３条第１項第２号及び第３号 is 第３条第１項第２号 and 第３条第１項第３号.
 */
public final class CitationList {
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;／/・\\n\\r]+|及び|並びに|又は|若しくは");
    private static final String N = Numerals.NUMBER;
    /** The part of a citation up to and including a counter: 第３条(の２), 第１項, 第２号(の２). */
    private static final Pattern LEVEL = Pattern.compile("第" + N + "(条|項|号)(?:の" + N + ")*");

    private CitationList() {
    }

    /** The citations one text holds, each whole; a text with one citation gives it back alone. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String part : SEPARATOR.split(text)) {
            String p = part.strip().replace("\u3000", "");
            if (p.isEmpty()) {
                continue;
            }
            String whole = previous == null ? p : inPlaceOf(previous, p);
            out.add(whole);
            previous = whole;
        }
        return out;
    }

    /** {@code part} completed with the levels of {@code previous} above its own first level. */
    private static String inPlaceOf(String previous, String part) {
        if (part.startsWith("附則") || part.matches("^第" + N + "条.*") || ProvisionId.looksLikeId(part)) {
            return part;
        }
        Matcher first = LEVEL.matcher(part);
        int rank = first.lookingAt() ? rank(first.group(1)) : rank("細分"); // ア, (ア): below the item
        StringBuilder prefix = new StringBuilder(previous.startsWith("附則") ? "附則" : "");
        Matcher m = LEVEL.matcher(previous);
        int from = prefix.length();
        while (m.find(from) && m.start() == from && rank(m.group(1)) < rank) {
            prefix.append(m.group());
            from = m.end();
        }
        return prefix + part;
    }

    private static int rank(String counter) {
        return switch (counter) {
            case "条" -> 0;
            case "項" -> 1;
            case "号" -> 2;
            default -> 3;
        };
    }
}
