package org.regkit.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regkit.model.Provision;
import org.regkit.model.ProvisionKind;
import org.regkit.model.Regulation;

/**
 * Pairs the provisions of two versions by what they are. Within each list of siblings (the
 * articles of a 本則 or 附則, the paragraphs of an article, the items of a paragraph …): first a
 * longest common subsequence of content keys (title and number left out, so a renumbered provision
 * still matches), anchored on the contents that occur once on each side; then, between two anchors,
 * the remaining provisions paired in order by text similarity (bigram Dice ≥ {@value #THRESHOLD}).
 * Paired provisions are aligned the same way below; those that read the same, child by child.
 */
final class Aligner {
    static final double THRESHOLD = 0.45;

    private final Map<Provision, Provision> oldToNew;
    private final Map<Provision, Provision> newToOld;
    private final Map<Provision, String> keys;
    /** Each key's character bigrams, sorted, for the provisions compared by similarity. */
    private final Map<Provision, int[]> bigrams = new IdentityHashMap<>();

    /** Sized for the two versions' provisions: growing tables of 10,000 entries step by step cost more than the pairing. */
    private Aligner(int provisions) {
        oldToNew = new IdentityHashMap<>(provisions);
        newToOld = new IdentityHashMap<>(provisions);
        keys = new IdentityHashMap<>(2 * provisions);
    }

    /** The provisions of two versions paired. */
    static Aligner of(Regulation a, Regulation b) {
        Aligner aligner = new Aligner(Math.max(a.all().size(), b.all().size()));
        aligner.align(a, b);
        return aligner;
    }

    Map<Provision, Provision> oldToNew() {
        return oldToNew;
    }

    Map<Provision, Provision> newToOld() {
        return newToOld;
    }

    /**
     * The content of a provision and everything under it, without its own title or number. Each child
     * is closed, so that an item with a sub-item イ and an item followed by an item イ never read alike.
     */
    String key(Provision p) {
        String k = keys.get(p);
        if (k == null) {
            StringBuilder b = new StringBuilder();
            b.append(p.caption() == null ? "" : p.caption()).append('\u0001').append(p.text());
            for (Provision c : p.children()) {
                b.append('\u0002').append(c.title()).append('\u0003').append(key(c)).append('\u0004');
            }
            k = b.toString();
            keys.put(p, k);
        }
        return k;
    }

    private void align(Regulation a, Regulation b) {
        alignLists(a.mainArticles(), b.mainArticles());
        alignLists(a.mainParagraphs(), b.mainParagraphs());
        alignSuppls(a.suppls(), b.suppls());
        // 編 章 節 款 目 (their articles were paired above, wherever they moved): first by name, so that
        // 第３章　管理体制 that became 第４章 when a new 第３章 came before it is one chapter renumbered;
        // then by identifier, so that a chapter keeps its number when only its name changed (章名を改める)
        List<Provision> olds = a.all().stream().filter(p -> p.kind().isGrouping()).toList();
        List<Provision> news = b.all().stream().filter(p -> p.kind().isGrouping()).toList();
        Map<String, java.util.Deque<Provision>> byName = new HashMap<>();
        for (Provision n : news) {
            byName.computeIfAbsent(n.kind() + " " + name(n), k -> new java.util.ArrayDeque<>()).add(n);
        }
        for (Provision o : olds) {
            java.util.Deque<Provision> same = name(o).isEmpty() ? null : byName.get(o.kind() + " " + name(o));
            if (same != null && !same.isEmpty()) {
                link(o, same.poll());
            }
        }
        for (Provision o : olds) {
            Provision n = oldToNew.containsKey(o) ? null : b.find(o.id());
            if (n != null && n.kind() == o.kind() && !newToOld.containsKey(n)) {
                link(o, n);
            }
        }
    }

    /**
     * An amending 附則 is the amending law's: it is known by its {@code AmendLawNum}, wherever it
     * stands, so one inserted among the others shifts none of them. One whose number e-Gov wrote
     * anew (／総理府／文部省／ → 総理府・文部省) is still paired when it reads the same; two 附則 of
     * different laws that merely read alike (この政令は、公布の日から施行する。) never are. Those without
     * a number (the original 附則) are aligned by content, as siblings are.
     */
    private void alignSuppls(List<Provision> a, List<Provision> b) {
        Map<String, Provision> byLaw = new HashMap<>();
        for (Provision n : b) {
            String law = amendLaw(n);
            if (!law.isEmpty()) {
                byLaw.putIfAbsent(law, n);
            }
        }
        List<Provision> restA = new ArrayList<>();
        for (Provision o : a) {
            Provision n = byLaw.remove(amendLaw(o));
            if (n != null) {
                pair(o, n);
            } else {
                restA.add(o);
            }
        }
        List<Provision> restB = b.stream().filter(n -> !newToOld.containsKey(n)).toList();
        for (Provision o : restA) {
            if (amendLaw(o).isEmpty()) {
                continue;
            }
            for (Provision n : restB) {
                if (!newToOld.containsKey(n) && !amendLaw(n).isEmpty() && key(n).equals(key(o))) {
                    pairAlike(o, n);
                    break;
                }
            }
        }
        alignLists(restA.stream().filter(o -> amendLaw(o).isEmpty()).toList(),
                restB.stream().filter(n -> amendLaw(n).isEmpty()).toList());
    }

    /** The number of the law a 附則 came with ("" for the original one). */
    static String amendLaw(Provision suppl) {
        return SPACES.matcher(suppl.element().getAttribute("AmendLawNum")).replaceAll("");
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]");
    private static final Pattern GROUPING_NUMBER = Pattern.compile("^第[^編章節款目]*[編章節款目](の[0-9０-９〇一二三四五六七八九十百千]+)*");

    /** Records a pair, both ways, without aligning what is below. */
    private void link(Provision o, Provision n) {
        oldToNew.put(o, n);
        newToOld.put(n, o);
    }

    /** A grouping's name without its number: 管理体制 for 第２章　管理体制. */
    private static String name(Provision grouping) {
        return SPACES.matcher(GROUPING_NUMBER.matcher(grouping.title()).replaceFirst("")).replaceAll("");
    }

    /** Aligns two lists of siblings, then the children of every pair. */
    private void alignLists(List<Provision> a, List<Provision> b) {
        int n = a.size();
        int m = b.size();
        int lo = 0;
        // pairs found by equal keys are paired alike at once: pair would compare the keys again
        while (lo < n && lo < m && key(a.get(lo)).equals(key(b.get(lo)))) {
            pairAlike(a.get(lo), b.get(lo));
            lo++;
        }
        int hiA = n;
        int hiB = m;
        while (hiA > lo && hiB > lo && key(a.get(hiA - 1)).equals(key(b.get(hiB - 1)))) {
            pairAlike(a.get(--hiA), b.get(--hiB));
        }
        List<Provision> ma = a.subList(lo, hiA);
        List<Provision> mb = b.subList(lo, hiB);
        List<int[]> anchors = lcs(ma, mb);
        int i = 0;
        int j = 0;
        for (int[] p : anchors) {
            similar(ma.subList(i, p[0]), mb.subList(j, p[1]));
            pairAlike(ma.get(p[0]), mb.get(p[1])); // an anchor's keys are equal
            i = p[0] + 1;
            j = p[1] + 1;
        }
        similar(ma.subList(i, ma.size()), mb.subList(j, mb.size()));
    }

    /**
     * Index pairs of a longest common subsequence of equal keys. Provisions whose content occurs once
     * on each side anchor it first (the longest run of them in the same order, as patience diff does),
     * and the gaps between anchors are filled by dynamic programming: an amended law is mostly
     * unchanged, and the table over its whole middle (900 × 900 articles for the Civil Code) was the
     * larger part of aligning it.
     */
    private List<int[]> lcs(List<Provision> a, List<Provision> b) {
        List<int[]> anchors = uniqueAnchors(a, b);
        if (anchors.isEmpty()) {
            return lcsTable(a, b);
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] p : anchors) {
            lcsBetween(a, b, i, p[0], j, p[1], out);
            out.add(p);
            i = p[0] + 1;
            j = p[1] + 1;
        }
        lcsBetween(a, b, i, a.size(), j, b.size(), out);
        return out;
    }

    /** Adds the index pairs of the table's subsequence of {@code a[i, toA)} and {@code b[j, toB)}, as indices of the whole lists. */
    private void lcsBetween(List<Provision> a, List<Provision> b, int i, int toA, int j, int toB, List<int[]> out) {
        for (int[] q : lcsTable(a.subList(i, toA), b.subList(j, toB))) {
            out.add(new int[] {i + q[0], j + q[1]});
        }
    }

    /** Pairs of provisions whose key occurs once in each list, the longest run of them in the same order on both sides. */
    private List<int[]> uniqueAnchors(List<Provision> a, List<Provision> b) {
        Map<String, int[]> seen = new HashMap<>(); // key -> {count in a, count in b, index in a, index in b}
        for (int i = 0; i < a.size(); i++) {
            int[] s = seen.computeIfAbsent(key(a.get(i)), k -> new int[4]);
            s[0]++;
            s[2] = i;
        }
        for (int j = 0; j < b.size(); j++) {
            int[] s = seen.get(key(b.get(j)));
            if (s != null) {
                s[1]++;
                s[3] = j;
            }
        }
        List<int[]> unique = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int[] s = seen.get(key(a.get(i)));
            if (s[0] == 1 && s[1] == 1) {
                unique.add(new int[] {i, s[3]});
            }
        }
        // longest increasing run of b's indices, by patience sorting
        int[] tails = new int[unique.size()];
        int[] previous = new int[unique.size()];
        int length = 0;
        for (int k = 0; k < unique.size(); k++) {
            int j = unique.get(k)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (unique.get(tails[mid])[1] < j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        int[][] run = new int[length][];
        for (int k = length == 0 ? -1 : tails[length - 1], at = length - 1; k >= 0; k = previous[k], at--) {
            run[at] = unique.get(k);
        }
        return java.util.Arrays.asList(run);
    }

    /** Index pairs of the longest common subsequence of equal keys, by dynamic programming. */
    private List<int[]> lcsTable(List<Provision> a, List<Provision> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> out = new ArrayList<>();
        if (n == 0 || m == 0) {
            return out;
        }
        String[] ka = a.stream().map(this::key).toArray(String[]::new);
        String[] kb = b.stream().map(this::key).toArray(String[]::new);
        int[] ha = new int[n];
        int[] hb = new int[m];
        for (int i = 0; i < n; i++) {
            ha[i] = ka[i].hashCode();
        }
        for (int j = 0; j < m; j++) {
            hb[j] = kb[j].hashCode();
        }
        int[][] l = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i][j] = ha[i] == hb[j] && ka[i].equals(kb[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (ha[i] == hb[j] && ka[i].equals(kb[j])) {
                out.add(new int[] {i, j});
                i++;
                j++;
            } else if (l[i + 1][j] >= l[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /**
     * Pairs the provisions of a gap in order, by text similarity (best total, each at least
     * THRESHOLD); then those left over that keep their number, since an article rewritten under its
     * own number (第七百七十二条を次のように改める) is that article, however little of it is left.
     */
    private void similar(List<Provision> a, List<Provision> b) {
        bySimilarity(a, b);
        int j = 0;
        for (Provision o : a) {
            if (oldToNew.containsKey(o)) {
                continue;
            }
            for (int k = j; k < b.size(); k++) {
                Provision n = b.get(k);
                if (newToOld.containsKey(n)) {
                    j = k + 1; // keep the order: nothing before a paired one
                } else if (n.kind() == o.kind() && n.num().equals(o.num())) {
                    pair(o, n);
                    j = k + 1;
                    break;
                }
            }
        }
    }

    private void bySimilarity(List<Provision> a, List<Provision> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return;
        }
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = a.get(i).kind() != b.get(j).kind() ? 0 : deletedInPlace(a.get(i), b.get(j)) ? 1
                        : dice(a.get(i), b.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double take = sim[i][j] >= THRESHOLD ? sim[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (sim[i][j] >= THRESHOLD && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
                pair(a.get(i), b.get(j));
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** Pairs two provisions found alike in some other way (similar text, the same law, the same number). */
    private void pair(Provision o, Provision n) {
        if (key(o).equals(key(n))) {
            pairAlike(o, n);
        } else {
            link(o, n);
            alignChildren(o, n);
        }
    }

    /** Aligns the children of a pair, kind by kind. */
    private void alignChildren(Provision o, Provision n) {
        for (ProvisionKind kind : Provision.childKinds(o, n)) {
            if (!kind.isGrouping()) { // articles inside a 附則's chapters are aligned through the article lists
                alignLists(o.children(kind), n.children(kind));
            }
        }
    }

    /**
     * Pairs two provisions that read the same, and their children one by one, as aligning them would:
     * equal keys mean equal children, in order (most of an amended law is unchanged, and aligning it
     * list by list was most of a diff's time). Children whose kinds do not follow each other alike
     * are aligned after all.
     */
    private void pairAlike(Provision o, Provision n) {
        link(o, n);
        List<Provision> co = o.children();
        List<Provision> cn = n.children();
        boolean alike = co.size() == cn.size();
        for (int k = 0; alike && k < co.size(); k++) {
            alike = co.get(k).kind() == cn.get(k).kind();
        }
        if (!alike) {
            alignChildren(o, n);
            return;
        }
        for (int k = 0; k < co.size(); k++) {
            if (!co.get(k).kind().isGrouping()) { // as in pair: articles in a 附則's chapters go through the article lists
                pairAlike(co.get(k), cn.get(k));
            }
        }
    }

    /** 第７条 that became 第７条　削除: the same provision, emptied with its number kept. */
    private static boolean deletedInPlace(Provision o, Provision n) {
        return o.num().equals(n.num()) && n.deleted() != o.deleted();
    }

    /**
     * Dice coefficient of the character bigrams of two provisions' keys (1 for equal texts, near 0 for
     * unrelated ones): common bigrams counted with their multiplicity, from each key's bigrams sorted once.
     */
    private double dice(Provision a, Provision b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        int[] p = bigrams.computeIfAbsent(a, k -> sortedBigrams(x));
        int[] q = bigrams.computeIfAbsent(b, k -> sortedBigrams(y));
        int common = 0;
        for (int i = 0, j = 0; i < p.length && j < q.length; ) {
            if (p[i] == q[j]) {
                common++;
                i++;
                j++;
            } else if (p[i] < q[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length() - 1 + y.length() - 1);
    }

    private static int[] sortedBigrams(String s) {
        int[] out = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            out[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
