package org.regkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * One provision of a regulation (a grouping, article, paragraph, item, sub-item or 附則) in the
 * tree {@link RegulationReader} derives from the XML. The XML element stays the source of truth;
 * this view adds the identifier, the parent and the plain text.
 */
public final class Provision {
    private final ProvisionKind kind;
    private final String num;
    private final ProvisionId id;
    private final String title;
    private final String caption;
    private final String text;
    private final Element element;
    private final Provision parent;
    private final List<Provision> children = new ArrayList<>();
    private final List<Provision> readOnlyChildren = Collections.unmodifiableList(children);

    Provision(ProvisionKind kind, String num, ProvisionId id, String title, String caption,
              String text, Element element, Provision parent) {
        this.kind = kind;
        this.num = num;
        this.id = id;
        this.title = title;
        this.caption = caption;
        this.text = text;
        this.element = element;
        this.parent = parent;
    }

    public ProvisionKind kind() {
        return kind;
    }

    /** The machine number: 3, 3_2, 38:84; the ordinal for 附則. */
    public String num() {
        return num;
    }

    public ProvisionId id() {
        return id;
    }

    /** The display number or title as the source writes it: 第３条, ２, (1), ア, 第１章　総則, 附　則. */
    public String title() {
        return title;
    }

    /** The caption （目的）, or null. */
    public String caption() {
        return caption;
    }

    /** The provision's own sentences as plain text (columns joined by a full-width space). */
    public String text() {
        return text;
    }

    public Element element() {
        return element;
    }

    /** The enclosing provision, or null at the top. */
    public Provision parent() {
        return parent;
    }

    public List<Provision> children() {
        return readOnlyChildren;
    }

    void add(Provision child) {
        children.add(child);
    }

    /** True for a provision whose whole text is 削除 (deleted, number kept). */
    public boolean deleted() {
        return "削除".equals(text) || children.size() == 1 && kind == ProvisionKind.ARTICLE
                && children.get(0).deleted();
    }

    /** The children of the given kind. */
    public List<Provision> children(ProvisionKind k) {
        // a plain loop: comparing two versions asks this of every provision for every kind
        if (children.isEmpty()) {
            return List.of();
        }
        List<Provision> out = new ArrayList<>();
        for (Provision c : children) {
            if (c.kind == k) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Where each provision of a list stands in it (by identity): indexOf over a law's articles, once per article, was quadratic. */
    public static java.util.Map<Provision, Integer> positions(List<Provision> list) {
        java.util.Map<Provision, Integer> at = new java.util.IdentityHashMap<>(2 * list.size());
        for (int i = 0; i < list.size(); i++) {
            at.putIfAbsent(list.get(i), i);
        }
        return at;
    }

    /** The kinds of the children of any of these provisions, in the order of the kinds. */
    public static Set<ProvisionKind> childKinds(Provision... provisions) {
        Set<ProvisionKind> kinds = EnumSet.noneOf(ProvisionKind.class);
        for (Provision p : provisions) {
            for (Provision c : p.children) {
                kinds.add(c.kind);
            }
        }
        return kinds;
    }

    /** True when this provision is {@code other} or lies inside it. */
    public boolean isWithin(Provision other) {
        for (Provision p = this; p != null; p = p.parent) {
            if (p == other) {
                return true;
            }
        }
        return false;
    }

    /** The nearest ancestor of the given kind, or null. */
    public Provision ancestor(ProvisionKind k) {
        for (Provision p = parent; p != null; p = p.parent) {
            if (p.kind == k) {
                return p;
            }
        }
        return null;
    }

    /** The first number of a machine number (3 for 3_2, 38 for 38:84). */
    public int leadingNumber() {
        return leadingNumber(num);
    }

    /** The same for a machine number written out: 3 for 3_2, 38 for the range 38:84, 0 for none. */
    public static int leadingNumber(String num) {
        int end = 0;
        while (end < num.length() && Character.isDigit(num.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : end > 9 ? Integer.MAX_VALUE : Integer.parseInt(num.substring(0, end));
    }

    @Override
    public String toString() {
        return id.value();
    }
}
