package org.regkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkit.l10n.Messages;

/**
 * A parsed Japanese citation such as 第３条第１項第２号ア, 第三条第一項第二号イ, 第3条の2第2項,
 * 附則第２項 or 第１章第２節, or an identifier such as {@code art_3__para_1}.
 *
 * <p>Numbers may be half-width, full-width or kanji. Sub-items are kept as the letters written
 * (ア, (ア), ａ), since their machine number depends on the list's kana order.
 */
public record Citation(String text, boolean suppl, List<Step> steps) {
    private static final String N = Numerals.NUMBER;
    private static final Pattern SPACES = Pattern.compile("[\\s　]+");
    private static final Pattern NUMBERED = Pattern.compile(
            "第?(" + N + ")(編|章|節|款|目|条|項|号)((?:[のノ]" + N + ")*)"); // 3条1項: registers leave out 第; older laws write ノ
    private static final Pattern SUBITEM = Pattern.compile(
            "[（(][^（）()]{1,4}[）)]|[ア-ン]|[a-zａ-ｚ]");

    /**
     * One step of a citation. {@code num} is the machine number (3, 3_2) for counted kinds;
     * for sub-items it is null and {@code label} holds the letter as written.
     */
    public record Step(ProvisionKind kind, String num, String label) {
    }

    /** Parses a citation; throws IllegalArgumentException with a message saying what is wrong. */
    public static Citation parse(String input) {
        String text = SPACES.matcher(input).replaceAll("");
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("citation.empty"));
        }
        List<ProvisionId.Step> idSteps = ProvisionId.parse(text);
        if (idSteps != null) {
            return fromId(text, idSteps);
        }
        boolean suppl = text.startsWith("附則");
        int pos = suppl ? 2 : 0;
        List<Step> steps = new ArrayList<>();
        ProvisionKind last = null;
        while (pos < text.length()) {
            Matcher m = NUMBERED.matcher(text).region(pos, text.length());
            if (m.lookingAt()) {
                ProvisionKind kind = ProvisionKind.ofCounter(m.group(2));
                if (last != null && kind.ordinal() <= last.ordinal()) {
                    throw new IllegalArgumentException(Messages.text("citation.unexpected", m.group(), text.substring(0, pos), input));
                }
                steps.add(new Step(kind, Numerals.machineNumber(m.group(1), m.group(3)), null));
                last = kind;
                pos = m.end();
                continue;
            }
            Matcher s = SUBITEM.matcher(text).region(pos, text.length());
            if (s.lookingAt() && (last == ProvisionKind.ARTICLE || last == ProvisionKind.PARAGRAPH)
                    && TitleNumbers.list(s.group(), null) != null && s.group().matches("[（(].*")) {
                // 第３条第１項（２）: an item by the title it is printed with, as registers write it
                steps.add(new Step(ProvisionKind.ITEM, TitleNumbers.list(s.group(), null), null));
                last = ProvisionKind.ITEM;
                pos = s.end();
                continue;
            }
            if (s.lookingAt() && last != null && (last == ProvisionKind.ITEM || last.isSubitem())) {
                ProvisionKind kind = last.nextListLevel();
                if (kind == null) {
                    throw new IllegalArgumentException(Messages.text("citation.too-deep", input));
                }
                steps.add(new Step(kind, null, s.group()));
                last = kind;
                pos = s.end();
                continue;
            }
            throw new IllegalArgumentException(Messages.text("citation.unreadable", text.substring(pos), input));
        }
        if (steps.isEmpty() && !suppl) {
            throw new IllegalArgumentException(Messages.text("citation.no-provision", input));
        }
        return new Citation(text, suppl, List.copyOf(steps));
    }

    private static Citation fromId(String text, List<ProvisionId.Step> idSteps) {
        List<Step> steps = new ArrayList<>();
        boolean suppl = false;
        for (ProvisionId.Step s : idSteps) {
            if (s.kind() == ProvisionKind.SUPPL) {
                suppl = true;
                steps.add(new Step(ProvisionKind.SUPPL, s.num(), null));
            } else {
                steps.add(new Step(s.kind(), s.num(), null));
            }
        }
        return new Citation(text, suppl, List.copyOf(steps));
    }

    /** True when the citation was written as an identifier. */
    public boolean isIdentifier() {
        return ProvisionId.looksLikeId(text);
    }


    /** A sub-item letter normalised for comparison: （ア）→(ア), ａ→a. */
    public static String normaliseLetter(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.strip().toCharArray()) {
            if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            } else if (c >= 'ａ' && c <= 'ｚ') {
                c = (char) ('a' + (c - 'ａ'));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                c = (char) ('A' + (c - 'Ａ'));
            } else if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            b.append(c);
        }
        return b.toString();
    }
}
