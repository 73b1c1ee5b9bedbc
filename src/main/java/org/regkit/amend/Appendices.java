package org.regkit.amend;

import org.regkit.model.Dom;
import org.regkit.model.PlainText;
import org.w3c.dom.Element;

/** Appendices as 改め文 name them: by the title they print, without what follows it (別表第１（第２条関係） → 別表第１). */
final class Appendices {
    private Appendices() {
    }

    /** 別表第一, 別記, 様式第二号: the appendix's printed title up to its parenthesis or space. */
    static String title(Element appendix) {
        Element title = Dom.children(appendix).stream().filter(c -> c.getLocalName().endsWith("Title")).findFirst().orElse(null);
        String t = title == null ? "" : PlainText.of(title).strip();
        int cut = t.length();
        for (String stop : new String[] {"（", "(", "\u3000", " "}) {
            int at = t.indexOf(stop);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return t.substring(0, cut);
    }
}
