package org.regkit.diff;

/** A small JSON writer: objects and arrays built with explicit calls, strings escaped per RFC 8259. */
final class Json {
    private final StringBuilder b = new StringBuilder();
    private boolean first = true;
    private int depth;

    Json open(char bracket) {
        comma();
        b.append(bracket);
        depth++;
        first = true;
        return this;
    }

    Json close(char bracket) {
        depth--;
        newline();
        b.append(bracket);
        first = false;
        return this;
    }

    Json key(String k) {
        comma();
        string(k).b.append(':');
        first = true;
        return this;
    }

    Json value(Object v) {
        comma();
        if (v == null) {
            b.append("null");
        } else if (v instanceof Boolean || v instanceof Number) {
            b.append(v);
        } else {
            string(v.toString());
        }
        first = false;
        return this;
    }

    Json field(String k, Object v) {
        return key(k).value(v);
    }

    private Json string(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
        return this;
    }

    private void comma() {
        if (!first) {
            b.append(',');
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
            newline();
        }
        first = false;
    }

    private void newline() {
        b.append('\n').append("  ".repeat(Math.max(depth, 0)));
    }

    @Override
    public String toString() {
        return b.toString().strip() + "\n";
    }
}
