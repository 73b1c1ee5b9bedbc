package org.regkit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regkit.Regkit;
import org.regkit.cli.Main;
import org.regkit.model.ProvisionKind;
import org.regkit.refs.Reference;
import org.xmlunit.builder.DiffBuilder;

/**
 * Issue 11's corpus run: every law of a folder of e-Gov law XML (one snapshot of a bulk-data
 * archive, laid out by {@code egov-corpus/extract}) through import → validate → export (checked
 * lossless against the published file) → render html → render pdf (the largest laws and a random
 * sample) → diff of consecutive versions of the same law (files named LAWID_YYYYMMDD_AMENDID.xml),
 * each command run in this JVM through the command line's own entry point, on every core. Writes a
 * table to target/bench/corpus.md: outcomes per stage, warning classes, the share of references that
 * resolve, laws per second, the slowest laws, and one line per failing law with its first problem.
 *
 * <p>{@code mvn -Pbench verify -Dit.test=CorpusBenchmark -Dregkit.corpus=DIR}; optional
 * {@code -Dregkit.corpus.pdfLargest=50 -Dregkit.corpus.pdfRandom=200 -Dregkit.corpus.limit=N}, and
 * {@code -Dregkit.egovXsd=FILE} (the official XSD) to check that every law valid against it exports valid.
 */
@Tag("bench")
class CorpusBenchmark {
    static final Path DIR = Path.of("target/bench");
    static final int THREADS = Runtime.getRuntime().availableProcessors();

    /** One law through one stage: the exit code, the seconds it took, its first problem line. */
    record Outcome(Path law, int code, double seconds, String firstProblem, String err) {
    }

    /** One stage over all laws. */
    record Stage(String name, List<Outcome> outcomes, double wallSeconds) {
        long failures(java.util.function.Predicate<Outcome> failed) {
            return outcomes.stream().filter(failed).count();
        }
    }

    @Test
    void everyLawOfACorpus() throws Exception {
        String corpusProperty = System.getProperty("regkit.corpus");
        Assumptions.assumeTrue(corpusProperty != null, "-Dregkit.corpus=DIR names the folder of e-Gov law XML");
        Path corpus = Path.of(corpusProperty);
        List<Path> laws;
        try (Stream<Path> s = Files.list(corpus)) {
            laws = s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(Long.getLong("regkit.corpus.limit", Long.MAX_VALUE)).toList();
        }
        Path work = DIR.resolve("corpus-work");
        deleteTree(work);
        for (String d : List.of("imported", "exported", "html", "pdf", "diff")) {
            Files.createDirectories(work.resolve(d));
        }
        StringBuilder report = new StringBuilder("# Corpus run: " + corpus + "\n\n" + laws.size() + " laws, " + THREADS
                + " threads, one JVM (-Xmx from the bench profile).\n\n");
        List<Stage> stages = new ArrayList<>();

        Stage imports = stage("import egov", laws, law -> cli("import", "egov", law.toString(), "-o", imported(work, law)));
        stages.add(imports);
        Stage validates = stage("validate", laws, law -> cli("validate", "-q", imported(work, law)));
        stages.add(validates);
        AtomicInteger lossless = new AtomicInteger();
        List<String> lossy = Collections.synchronizedList(new ArrayList<>());
        Stage exports = stage("export egov (lossless)", laws, law -> {
            String out = work.resolve("exported").resolve(law.getFileName()).toString();
            String[] r = cli("export", "egov", imported(work, law), "-o", out);
            if (!"0".equals(r[0])) {
                return r;
            }
            var d = DiffBuilder.compare(law.toFile()).withTest(Path.of(out).toFile()).checkForIdentical().build();
            if (d.hasDifferences()) {
                lossy.add(law.getFileName() + ": " + d.getDifferences().iterator().next());
                return new String[] {"9", "export differs from the published file: " + d.getDifferences().iterator().next()};
            }
            lossless.incrementAndGet();
            Files.deleteIfExists(Path.of(out));
            return r;
        });
        stages.add(exports);
        Stage html = stage("render html", laws, law -> deleting(work.resolve("html/out.html").resolveSibling(law.getFileName() + ".html"),
                out -> cli("render", imported(work, law), "--format", "html", "-q", "-o", out)));
        stages.add(html);
        List<Path> pdfSample = pdfSample(laws);
        Stage pdf = stage("render pdf (" + pdfSample.size() + " laws)", pdfSample, law -> deleting(
                work.resolve("pdf").resolve(law.getFileName() + ".pdf"),
                out -> cli("render", imported(work, law), "--format", "pdf", "-q", "-o", out)));
        stages.add(pdf);
        List<Path[]> pairs = versionPairs(laws);
        List<Path> pairKeys = pairs.stream().map(p -> p[1]).toList();
        Map<Path, Path> previous = new ConcurrentHashMap<>();
        pairs.forEach(p -> previous.put(p[1], p[0]));
        Stage diffs = stage("diff of consecutive versions (" + pairs.size() + " pairs)", pairKeys, law -> deleting(
                work.resolve("diff").resolve(law.getFileName() + ".json"),
                out -> cli("diff", imported(work, previous.get(law)), imported(work, law), "-q", "-o", out)));
        stages.add(diffs);

        String previousSnapshot = System.getProperty("regkit.corpus.previous");
        String serialisation = "";
        if (previousSnapshot != null) {
            // the same file (law and revision) in an earlier snapshot: where only e-Gov's serialisation
            // differs (attributes, indentation), the diff must find nothing
            List<Path> same = new ArrayList<>();
            Map<Path, Path> earlier = new ConcurrentHashMap<>();
            for (Path law : laws) {
                Path before = Path.of(previousSnapshot).resolve(law.getFileName());
                if (Files.exists(before)) {
                    earlier.put(law, before);
                    if (signature(before).equals(signature(law))) {
                        same.add(law);
                    }
                }
            }
            Stage snapshots = stage("diff across snapshots, serialisation only (" + same.size() + " pairs)", same, law -> deleting(
                    work.resolve("diff").resolve(law.getFileName() + ".s.json"),
                    out -> cli("diff", earlier.get(law).toString(), law.toString(), "-q", "-o", out)));
            stages.add(snapshots);
            serialisation = String.format("%nSnapshots: %,d files are in both %s and this one; %,d of them differ only in serialisation "
                    + "(same elements, numbers and text once whitespace is left out); regkit's diff finds no change in %,d of those.%n",
                    earlier.size(), previousSnapshot, same.size(), snapshots.failures(o -> o.code() == 0));
        }

        report.append("| stage | laws | exit 0 | exit 1 | failed (exit ≥ 2) | wall | laws/s |\n|---|---|---|---|---|---|---|\n");
        for (Stage st : stages) {
            long ok = st.failures(o -> o.code() == 0);
            long one = st.failures(o -> o.code() == 1);
            long bad = st.failures(o -> o.code() >= 2);
            report.append(String.format("| %s | %,d | %,d | %,d | %,d | %.0f s | %.1f |%n", st.name(), st.outcomes().size(), ok, one, bad,
                    st.wallSeconds(), st.outcomes().size() / Math.max(0.001, st.wallSeconds())));
        }
        report.append(String.format("%nExit 1 means: validate found an error; diff found differences (expected). Lossless export: %,d of %,d "
                + "imported laws export XMLUnit-identical to the published file.%n", lossless.get(), laws.size()));
        lossy.stream().limit(20).forEach(l -> report.append("- not lossless: ").append(l).append('\n'));
        report.append(serialisation);

        warningClasses(validates, report);
        references(laws, report);
        officialSchema(laws, work, report);
        slowest(stages, report);
        failing(stages, report);
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("corpus.md"), report);
        System.out.println(report);
        deleteTree(work);
    }

    private static String imported(Path work, Path law) {
        return work.resolve("imported").resolve(law.getFileName()).toString();
    }

    /** The command line's own entry point in this JVM: {exit code, stderr}. */
    static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    interface Step {
        String[] run(Path law) throws Exception;
    }

    private static String[] deleting(Path out, Function<String, String[]> run) throws IOException {
        try {
            return run.apply(out.toString());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Runs a step over every law on all cores, timing each. */
    static Stage stage(String name, List<Path> laws, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Path law : laws) {
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                String[] r;
                try {
                    r = step.run(law);
                } catch (Throwable e) {
                    r = new String[] {"99", "the benchmark itself failed: " + e};
                }
                String first = r[1].lines().filter(l -> !l.isBlank() && !l.contains(": warning: ")).findFirst()
                        .orElse(r[1].lines().findFirst().orElse(""));
                return new Outcome(law, Integer.parseInt(r[0]), (System.nanoTime() - t) / 1e9, first,
                        r[1].length() > 200_000 ? r[1].substring(0, 200_000) : r[1]);
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        Stage st = new Stage(name, outcomes, (System.nanoTime() - start) / 1e9);
        System.out.printf("corpus: %s: %,d laws in %.0f s%n", name, laws.size(), st.wallSeconds());
        return st;
    }

    /** Elements, their numbers and the text without whitespace: what a law says, whatever its serialisation. */
    static String signature(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        var f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newSAXParser().parse(file.toFile(), new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts) {
                b.append('<').append(qName);
                if (atts.getValue("Num") != null && !qName.equals("Law")) {
                    b.append(' ').append(atts.getValue("Num"));
                }
                b.append('>');
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                b.append("</>");
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                for (int i = start; i < start + length; i++) {
                    if (!Character.isWhitespace(ch[i])) {
                        b.append(ch[i]);
                    }
                }
            }
        });
        return b.toString();
    }

    /** The largest laws by file size and a random sample of the rest (seeded: the same sample each run). */
    static List<Path> pdfSample(List<Path> laws) throws IOException {
        int largest = Integer.getInteger("regkit.corpus.pdfLargest", 50);
        int random = Integer.getInteger("regkit.corpus.pdfRandom", 200);
        Map<Path, Long> size = new ConcurrentHashMap<>();
        for (Path p : laws) {
            size.put(p, Files.size(p));
        }
        List<Path> bySize = new ArrayList<>(laws);
        bySize.sort(Comparator.comparing(size::get).reversed());
        List<Path> sample = new ArrayList<>(bySize.subList(0, Math.min(largest, bySize.size())));
        List<Path> rest = new ArrayList<>(bySize.subList(sample.size(), bySize.size()));
        Collections.shuffle(rest, new Random(11));
        sample.addAll(rest.subList(0, Math.min(random, rest.size())));
        return sample;
    }

    /** Consecutive versions of one law: files named LAWID_YYYYMMDD_AMENDID.xml with the same law id. */
    static List<Path[]> versionPairs(List<Path> laws) {
        Map<String, List<Path>> byLaw = new TreeMap<>();
        for (Path p : laws) {
            String name = p.getFileName().toString();
            if (name.matches("[0-9A-Za-z]{15}_\\d{8}_[0-9A-Za-z]{15}.*\\.xml")) {
                byLaw.computeIfAbsent(name.substring(0, 15), k -> new ArrayList<>()).add(p);
            }
        }
        List<Path[]> pairs = new ArrayList<>();
        for (List<Path> versions : byLaw.values()) {
            for (int i = 1; i < versions.size(); i++) {
                pairs.add(new Path[] {versions.get(i - 1), versions.get(i)});
            }
        }
        return pairs;
    }

    /** Warning classes: each message with its quoted words, numbers and provisions left out. */
    private static void warningClasses(Stage validates, StringBuilder report) {
        Map<String, long[]> classes = new ConcurrentHashMap<>();
        for (Outcome o : validates.outcomes()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String line : o.err().split("\n")) {
                int at = line.indexOf(": warning: ");
                if (at < 0) {
                    continue;
                }
                String k = line.substring(at + 2).replaceAll("「[^」]*」", "「…」").replaceAll("'[^']*'", "'…'")
                        .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("（[^）]*）", "").replaceAll(" in \\S+ ", " in … ")
                        .replaceAll("[0-9０-９一二三四五六七八九十百千〇]+", "N").replaceAll("\\(.*$", "");
                k = k.length() > 120 ? k.substring(0, 120) + "…" : k;
                long[] c = classes.computeIfAbsent(k, x -> new long[2]);
                synchronized (c) {
                    c[0]++;
                    if (seen.add(k)) {
                        c[1]++;
                    }
                }
            }
        }
        report.append("\n## Warning classes (validate)\n\n| warnings | laws | class |\n|---|---|---|\n");
        classes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(30)
                .forEach(e -> report.append(String.format("| %,d | %,d | %s |%n", e.getValue()[0], e.getValue()[1], e.getKey().replace("|", "\\|"))));
    }

    /** The share of internal references in main provisions that resolve, and the forms that still fail. */
    private static void references(List<Path> laws, StringBuilder report) throws Exception {
        AtomicLong internal = new AtomicLong();
        AtomicLong resolved = new AtomicLong();
        AtomicLong external = new AtomicLong();
        AtomicLong amending = new AtomicLong();
        Map<String, AtomicLong> forms = new ConcurrentHashMap<>();
        Map<String, String> examples = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (Path law : laws) {
            futures.add(pool.submit(() -> {
                var reg = Regkit.check(law).regulation();
                for (Reference r : Regkit.references(reg)) {
                    switch (r.kind()) {
                        case EXTERNAL -> external.incrementAndGet();
                        case AMENDING_ACT -> amending.incrementAndGet();
                        default -> {
                            if (r.source().kind() == ProvisionKind.SUPPL || r.source().ancestor(ProvisionKind.SUPPL) != null) {
                                continue;
                            }
                            internal.incrementAndGet();
                            if (r.dangling()) {
                                String form = r.kind().word() + " " + r.text().replaceAll("[0-9０-９一二三四五六七八九十百千〇]+", "N");
                                forms.computeIfAbsent(form, k -> new AtomicLong()).incrementAndGet();
                                examples.putIfAbsent(form, law.getFileName() + " " + r.source().id());
                            } else {
                                resolved.incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        report.append(String.format("%n## References%n%nIn main provisions, %,d internal references (absolute and relative); %,d resolve: "
                        + "**%.2f%%**. Also %,d references to other laws and %,d to an amending act's own articles (in its 附則). "
                        + "Found in %.0f s.%n%nForms that still fail most often:%n%n| count | form | example |%n|---|---|---|%n",
                internal.get(), resolved.get(), 100.0 * resolved.get() / Math.max(1, internal.get()), external.get(), amending.get(),
                (System.nanoTime() - start) / 1e9));
        forms.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(20)
                .forEach(e -> report.append(String.format("| %,d | %s | %s |%n", e.getValue().get(), e.getKey(), examples.get(e.getKey()))));
    }

    /** With -Dregkit.egovXsd: every law valid against the official schema exports valid against it. */
    private static void officialSchema(List<Path> laws, Path work, StringBuilder report) throws Exception {
        String xsd = System.getProperty("regkit.egovXsd");
        if (xsd == null) {
            return;
        }
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of(xsd).toFile());
        AtomicInteger valid = new AtomicInteger();
        AtomicInteger stillValid = new AtomicInteger();
        Stage st = stage("official schema", laws, law -> {
            if (!valid(schema, law)) {
                return new String[] {"0", ""};
            }
            valid.incrementAndGet();
            Path out = work.resolve("exported").resolve("official-" + law.getFileName());
            String[] r = cli("export", "egov", imported(work, law), "-o", out.toString());
            boolean ok = "0".equals(r[0]) && valid(schema, out);
            Files.deleteIfExists(out);
            if (ok) {
                stillValid.incrementAndGet();
            }
            return ok ? r : new String[] {"9", "valid against the official XSD, but its export is not"};
        });
        report.append(String.format("%nOfficial XSD (%s): %,d laws are valid against it as published; %,d of them export valid (%.0f s).%n",
                xsd, valid.get(), stillValid.get(), st.wallSeconds()));
    }

    private static boolean valid(javax.xml.validation.Schema schema, Path file) {
        try {
            schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(file.toFile()));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void slowest(List<Stage> stages, StringBuilder report) {
        report.append("\n## Slowest laws\n\n| stage | law | seconds |\n|---|---|---|\n");
        for (Stage st : stages) {
            st.outcomes().stream().sorted(Comparator.comparingDouble(Outcome::seconds).reversed()).limit(10)
                    .forEach(o -> report.append(String.format("| %s | %s | %.2f |%n", st.name(), o.law().getFileName(), o.seconds())));
        }
    }

    private static void failing(List<Stage> stages, StringBuilder report) {
        report.append("\n## Failing laws (exit ≥ 2, or an error in validate)\n\n");
        int n = 0;
        for (Stage st : stages) {
            for (Outcome o : st.outcomes()) {
                boolean failed = o.code() >= 2 || st.name().equals("validate") && o.code() == 1;
                if (failed) {
                    n++;
                    report.append("- ").append(st.name()).append(": ").append(o.law().getFileName()).append(" (exit ").append(o.code())
                            .append("): ").append(o.firstProblem()).append('\n');
                }
            }
        }
        if (n == 0) {
            report.append("None.\n");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
