package org.regkit.ingest;

/** Orders machine numbers the way provisions follow each other: 3 < 3_2 < 3_2_1 < 3_3 < 4 < 5:9 < 10. */
final class NumberOrder {
    private NumberOrder() {
    }

    static int compare(String a, String b) {
        int[] x = parts(a);
        int[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? x[i] : -1;
            int q = i < y.length ? y[i] : -1;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /** The numbers of the last part of a range (38:84 compares as 84 when it is passed, as 38 when met). */
    private static int[] parts(String num) {
        String s = num.contains(":") ? num.substring(num.indexOf(':') + 1) : num;
        String[] p = s.split("_");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }
}
