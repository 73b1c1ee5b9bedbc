package org.regkit.amend;

/** Machine numbers compared as provisions are ordered: 3 < 3_2 < 3_10 < 4. */
final class Numbers {
    private Numbers() {
    }

    static int compare(String a, String b) {
        // a range (38:84, deleted articles) sorts by its first number
        String[] x = a.split(":")[0].split("_");
        String[] y = b.split(":")[0].split("_");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
