package org.regkit.model;

import java.util.Locale;

/**
 * The kinds of provision, each with its e-Gov element name, the prefix of its identifier and
 * the counter word used in citations (第３<b>条</b>第１<b>項</b>).
 */
public enum ProvisionKind {
    /** 編. */
    PART("Part", "part", "編"),
    /** 章. */
    CHAPTER("Chapter", "chap", "章"),
    /** 節. */
    SECTION("Section", "sec", "節"),
    /** 款. */
    SUBSECTION("Subsection", "subsec", "款"),
    /** 目. */
    DIVISION("Division", "div", "目"),
    /** 条. */
    ARTICLE("Article", "art", "条"),
    /** 項. */
    PARAGRAPH("Paragraph", "para", "項"),
    /** 号. */
    ITEM("Item", "item", "号"),
    /** 号の細分 (ア). */
    SUBITEM1("Subitem1", "subitem1", ""),
    /** 細分の細分 ((ア)). */
    SUBITEM2("Subitem2", "subitem2", ""),
    SUBITEM3("Subitem3", "subitem3", ""),
    SUBITEM4("Subitem4", "subitem4", ""),
    SUBITEM5("Subitem5", "subitem5", ""),
    SUBITEM6("Subitem6", "subitem6", ""),
    SUBITEM7("Subitem7", "subitem7", ""),
    SUBITEM8("Subitem8", "subitem8", ""),
    SUBITEM9("Subitem9", "subitem9", ""),
    SUBITEM10("Subitem10", "subitem10", ""),
    /** 附則. */
    SUPPL("SupplProvision", "suppl", "");

    private final String element;
    private final String prefix;
    private final String counter;

    ProvisionKind(String element, String prefix, String counter) {
        this.element = element;
        this.prefix = prefix;
        this.counter = counter;
    }

    /** The kind a counter word names (編 章 節 款 目 条 項 号), or null for another word. */
    public static ProvisionKind ofCounter(String counter) {
        for (ProvisionKind k : values()) {
            if (!k.counter.isEmpty() && k.counter.equals(counter)) {
                return k;
            }
        }
        return null;
    }

    /** The e-Gov element name: {@code Article}, {@code Subitem1}. */
    public String element() {
        return element;
    }

    /** The identifier prefix: {@code art}, {@code subitem1}. */
    public String prefix() {
        return prefix;
    }

    /** The counter word in a citation (条, 項, 号), empty for sub-items and 附則. */
    public String counter() {
        return counter;
    }

    /** The element that holds the display number or title: ArticleTitle, ItemTitle, Subitem1Title. */
    public String titleElement() {
        return switch (this) {
            case PARAGRAPH -> "ParagraphNum";
            case SUPPL -> "SupplProvisionLabel";
            default -> element + "Title";
        };
    }

    /** The element that holds the provision's own sentences, or null when it has none. */
    public String sentenceElement() {
        return switch (this) {
            case PARAGRAPH -> "ParagraphSentence";
            case ITEM, SUBITEM1, SUBITEM2, SUBITEM3, SUBITEM4, SUBITEM5, SUBITEM6, SUBITEM7,
                    SUBITEM8, SUBITEM9, SUBITEM10 -> element + "Sentence";
            default -> null;
        };
    }

    /** True for 編 章 節 款 目, which group articles. */
    public boolean isGrouping() {
        return ordinal() <= DIVISION.ordinal();
    }

    /** True for Subitem1 … Subitem10. */
    public boolean isSubitem() {
        return ordinal() >= SUBITEM1.ordinal() && ordinal() <= SUBITEM10.ordinal();
    }

    /** The kind one level below an item or sub-item (Item → Subitem1), or null at the bottom. */
    public ProvisionKind nextListLevel() {
        if (this == ITEM) {
            return SUBITEM1;
        }
        return isSubitem() && this != SUBITEM10 ? values()[ordinal() + 1] : null;
    }

    /** The sub-item depth: 1 for Subitem1, 0 for Item. */
    public int listDepth() {
        return this == ITEM ? 0 : ordinal() - SUBITEM1.ordinal() + 1;
    }

    /** The kind whose e-Gov element is {@code name}, or null. */
    public static ProvisionKind ofElement(String name) {
        for (ProvisionKind k : values()) {
            if (k.element.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The kind whose identifier prefix is {@code prefix}, or null. */
    public static ProvisionKind ofPrefix(String prefix) {
        for (ProvisionKind k : values()) {
            if (k.prefix.equals(prefix.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
