package org.regkit.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regkit.ingest.ProvisionText;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.Dom;
import org.regkit.model.JapaneseDates;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An amending rule applied to the text in force (溶け込み): every sentence in order, then the rule's
 * 附則 appended, labelled with its date and number (附　則（令和８年３月31日警察本部訓令第４号）), and
 * the metadata brought up to date (the day it takes effect, the amendment in the 改正 history).
 * One sentence that cannot be applied is an error at its line, and nothing is returned.
 */
public final class Amending {
    private Amending() {
    }

    /** The next version's XML, and warnings about the amendment at its lines. */
    public record Result(Document document, List<Problem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** The next version; {@code file} names the amendment in problems. */
    public static Result apply(Regulation base, Amendment amendment, String file) throws InputException {
        Document doc = (Document) base.document().cloneNode(true);
        Applier applier = new Applier(doc, base.style());
        List<Problem> warnings = new ArrayList<>();
        for (Amendment.Sentence s : amendment.sentences()) {
            for (Edit e : s.edits()) {
                try {
                    applier.apply(e);
                } catch (Applier.Failure f) {
                    throw new InputException(Problem.error(file, s.line(), 1, Messages.text("apply.cannot", cut(s.text()), f.getMessage())), false);
                }
                applier.notes().forEach(n -> warnings.add(Problem.warning(file, s.line(), 1, n)));
                applier.notes().clear();
            }
        }
        if (!amendment.suppl().isEmpty()) {
            suppl(doc, amendment, applier, file);
        }
        meta(doc, amendment, new Drafting(base.style()));
        return new Result(doc, warnings);
    }

    private static void suppl(Document doc, Amendment a, Applier applier, String file) throws InputException {
        Element body = Dom.child(doc.getDocumentElement(), "LawBody");
        Element s = doc.createElementNS(null, "SupplProvision");
        if (a.label() != null) {
            s.setAttribute("AmendLawNum", a.label());
        }
        if (a.excerpt()) {
            s.setAttribute("Extract", "true");
        }
        Element label = doc.createElementNS(null, "SupplProvisionLabel");
        label.setTextContent("附\u3000則");
        s.appendChild(label);
        boolean articles = a.suppl().stream().anyMatch(l -> l.matches("第[0-9０-９〇一二三四五六七八九十百千]+条.*"));
        try {
            for (Element e : ProvisionText.read(a.suppl(), articles ? ProvisionKind.ARTICLE : ProvisionKind.PARAGRAPH,
                    applier.kana(), doc)) {
                s.appendChild(e);
            }
        } catch (ProvisionText.Unreadable u) {
            throw new InputException(Problem.error(file, 0, 0, Messages.text("apply.suppl-unreadable", u.getMessage())), false);
        }
        Node after = null;
        for (Element e : Dom.children(body)) {
            if (e.getLocalName().equals("SupplProvision") || e.getLocalName().equals("MainProvision")) {
                after = e;
            }
        }
        body.insertBefore(s, after == null ? null : after.getNextSibling());
    }

    /** The day it takes effect and the amendment in the 改正 history; the source it was imported from no longer applies. */
    private static void meta(Document doc, Amendment a, Drafting drafting) {
        Element meta = Dom.rkChild(doc.getDocumentElement(), "Meta");
        if (meta == null) {
            return;
        }
        Element source = Dom.rkChild(meta, "Source");
        if (source != null) {
            meta.removeChild(source);
        }
        if (a.effective() != null) {
            Element effective = Dom.rkChild(meta, "EffectiveDate");
            if (effective == null) {
                effective = doc.createElementNS(Dom.RK, "rk:EffectiveDate");
                Element promulgation = Dom.rkChild(meta, "PromulgationDate");
                Node before = promulgation != null ? promulgation.getNextSibling() : firstAfter(meta, "RegulationId", "Kind", "Status");
                meta.insertBefore(effective, before);
            }
            effective.setAttribute("date", a.effective().toString());
            effective.setTextContent(drafting.date(a.effective()));
        }
        LocalDate made = a.date() == null ? null : JapaneseDates.parseExact(a.date());
        if (a.label() != null && made != null) {
            Element amended = doc.createElementNS(Dom.RK, "rk:AmendedBy");
            amended.setAttribute("date", made.toString());
            amended.setTextContent(a.label());
            meta.appendChild(amended);
        }
    }

    /** The node after the last child of {@code meta} with one of the names (where a later element goes). */
    private static Node firstAfter(Element meta, String... names) {
        Node after = null;
        for (Element e : Dom.children(meta)) {
            if (List.of(names).contains(e.getLocalName())) {
                after = e;
            }
        }
        return after == null ? meta.getFirstChild() : after.getNextSibling();
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The order of katakana in the regulation's sub-items (ア イ ウ or イ ロ ハ), for reading 改め文 that name them. */
    public static org.regkit.model.KanaSequence kana(Regulation r) {
        return new Applier(r.document(), r.style()).kana(); // reads it only
    }

    /** Every line of a text file or page, for {@link AmendmentReader}. */
    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\r?\n", -1)));
    }
}
