package org.regkit.register;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Locator;

/**
 * Changes to a register made in its own text, so that the file reads as before except where it
 * changed (comments, order, indentation and quoting kept) and the result can be reviewed as a diff:
 * an attribute of an element set or added in its start tag, found by the position JAXB recorded.
 */
public final class RegisterEdit {
    private final LoadedRegister register;
    private final List<Change> changes = new ArrayList<>();

    private record Change(Located element, String attribute, String value) {
    }

    public RegisterEdit(LoadedRegister register) {
        this.register = register;
    }

    /** Sets {@code attribute} of a bound element to {@code value} (added when it is absent). */
    public RegisterEdit set(Object element, String attribute, String value) {
        changes.add(new Change((Located) element, attribute, value));
        return this;
    }

    /**
     * The edited file, or null when it cannot be edited in place (a register built in memory, one not
     * in UTF-8, or an element whose start tag is not where JAXB said): the caller then writes it anew.
     */
    public byte[] apply() {
        if (register.source() == null) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(register.source())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        List<int[]> tags = new ArrayList<>();
        for (Change c : changes) {
            int[] tag = startTag(text, c.element().locator());
            if (tag == null) {
                return null;
            }
            tags.add(tag);
        }
        // from the end of the file backwards, so that earlier positions still hold
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> tags.get(i)[0]).reversed());
        StringBuilder b = new StringBuilder(text);
        for (int i : order) {
            int[] tag = tags.get(i);
            Change c = changes.get(i);
            String start = b.substring(tag[0], tag[1]);
            b.replace(tag[0], tag[1], withAttribute(start, c.attribute(), c.value()));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** [start, end) of the start tag that ends where the locator points (SAX reports the end of a start tag). */
    private static int[] startTag(String text, Locator at) {
        if (at == null) {
            return null;
        }
        int offset = 0;
        for (int line = 1; line < at.getLineNumber(); line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        int end = offset + at.getColumnNumber() - 1;
        if (end <= 0 || end > text.length() || text.charAt(end - 1) != '>') {
            return null;
        }
        int start = text.lastIndexOf('<', end - 1);
        return start < 0 ? null : new int[] {start, end};
    }

    private static String withAttribute(String tag, String name, String value) {
        String escaped = value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        Matcher m = Pattern.compile("(\\s" + Pattern.quote(name) + "\\s*=\\s*)([\"'])(.*?)\\2", Pattern.DOTALL).matcher(tag);
        if (m.find()) {
            return tag.substring(0, m.start()) + m.group(1) + "\"" + escaped + "\"" + tag.substring(m.end());
        }
        int close = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        return tag.substring(0, close) + " " + name + "=\"" + escaped + "\"" + tag.substring(close);
    }
}
