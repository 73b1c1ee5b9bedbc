package org.regkit.ingest;

import java.util.ArrayList;
import java.util.List;
import org.regkit.model.ProvisionKind;

/**
 * A provision as the recogniser assembles it, before it is written as XML: its kind, numbers,
 * titles and the raw text gathered from one or more source lines.
 */
final class Draft {
    final ProvisionKind kind;
    final String num;
    final String title;
    final int line;
    final List<Draft> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    String caption;
    /** 附則 only: the amending rule's number written in the label, and whether it is an extract (抄). */
    String amendLawNum;
    boolean extract;
    /** Items set out in an amendment: every ideographic space separates two columns, as regkit writes them. */
    boolean columnsAtSpaces;

    Draft(ProvisionKind kind, String num, String title, int line) {
        this.kind = kind;
        this.num = num;
        this.title = title;
        this.line = line;
    }

    Draft add(Draft child) {
        children.add(child);
        return child;
    }

    List<Draft> children(ProvisionKind k) {
        return children.stream().filter(c -> c.kind == k).toList();
    }

    Draft last(ProvisionKind k) {
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i).kind == k) {
                return children.get(i);
            }
        }
        return null;
    }
}
