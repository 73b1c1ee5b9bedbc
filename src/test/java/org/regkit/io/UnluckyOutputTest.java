package org.regkit.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;
import org.regkit.cli.Cli;
import org.regkit.cli.ExitCode;
import org.regkit.cli.Main;

/** Every file a command reads is an input; outputs go through what is not a regular file; nothing is left behind. */
class UnluckyOutputTest {
    static final String SEED = TestFiles.SEED_XML.toString();
    static final String AMENDED = TestFiles.SEED_DIR.resolve("2025-04-01.xml").toString();

    @TempDir
    Path tmp;

    private static void assertRefused(Cli r, Path kept, byte[] before) throws Exception {
        assertEquals(ExitCode.IO, r.code(), r.err());
        assertTrue(r.err().contains("it is an input of this command"), r.err());
        assertArrayEquals(before, Files.readAllBytes(kept), "the input is left as it was");
    }

    @Test
    void theRegisterADiffReadsIsAnInput() throws Exception {
        Path register = Files.copy(TestFiles.SEED_DIR.resolve("register.xml"), tmp.resolve("register.xml"));
        byte[] before = Files.readAllBytes(register);
        assertRefused(Cli.run("diff", SEED, AMENDED, "--register", register.toString(), "-q", "-o", register.toString()), register, before);
        // the same file by another name: a hard link, a symlink, a path with ..
        Path link = Files.createLink(tmp.resolve("hard.xml"), register);
        assertRefused(Cli.run("diff", SEED, AMENDED, "--register", register.toString(), "-q", "-o", link.toString()), register, before);
        Path sym = Files.createSymbolicLink(tmp.resolve("sym.xml"), register);
        assertRefused(Cli.run("diff", SEED, AMENDED, "--register", register.toString(), "-q", "-o", sym.toString()), register, before);
        Files.createDirectories(tmp.resolve("sub"));
        assertRefused(Cli.run("diff", SEED, AMENDED, "--register", register.toString(), "-q", "-o",
                tmp.resolve("sub/../register.xml").toString()), register, before);
    }

    @Test
    void theVersionAFolderGivesIsAnInput() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("versions"));
        Path older = Files.copy(TestFiles.SEED_XML, folder.resolve("2024-06-01.xml"));
        Path newer = Files.copy(Path.of(AMENDED), folder.resolve("2025-04-01.xml"));
        byte[] before = Files.readAllBytes(newer);
        assertRefused(Cli.run("render", folder.toString(), "--as-of", "2025-04-02", "--format", "html", "-o", newer.toString()),
                newer, before);
        assertTrue(Files.exists(older));
    }

    @Test
    void aFontIsAnInput() throws Exception {
        Path font = Files.copy(Path.of(org.regkit.render.FontLocatorTestAccess.mincho()), tmp.resolve("font.ttf"));
        byte[] before = Files.readAllBytes(font);
        assertRefused(Cli.run("render", SEED, "--format", "pdf", "--font", font.toString(), "-o", font.toString()), font, before);
        Path config = TestFiles.write(tmp, "fonts.properties", "body=" + font + "\n");
        byte[] conf = Files.readAllBytes(config);
        assertRefused(Cli.run("render", SEED, "--format", "pdf", "--font-config", config.toString(), "-o", config.toString()), config, conf);
    }

    @Test
    void aFifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (var in = Files.newInputStream(fifo)) {
                in.transferTo(read);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        Cli r = Cli.run("export", "text", SEED, "-o", fifo.toString());
        reader.join(10_000);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(read.toString(StandardCharsets.UTF_8).contains("第５条"), "the text went through the pipe");
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void aSymlinkKeepsPointingAtItsTarget() throws Exception {
        Path real = TestFiles.write(tmp, "real.txt", "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), real);
        assertEquals(ExitCode.OK, Cli.run("export", "text", SEED, "-o", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(real).contains("第５条"), "its target was replaced");
    }

    @Test
    void aFullDiskIsExitThreeWithTheReason() throws Exception {
        Cli file = Cli.run("render", SEED, "--format", "html", "-o", "/dev/full");
        assertEquals(ExitCode.IO, file.code(), file.err());
        assertTrue(file.err().contains("No space left on device"), file.err());
        assertEquals(1, file.err().strip().lines().count(), "one line, no trace: " + file.err());
        for (List<String> args : List.of(List.of("export", "text", SEED), List.of("refs", SEED), List.of("cite", SEED, "第５条"),
                List.of("diff", SEED, AMENDED))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), true, StandardCharsets.UTF_8)) {
                code = Main.run(full, new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
            }
            assertEquals(ExitCode.IO, code, args + ": " + err);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write to standard output"), err.toString());
        }
    }

    @Test
    void aParentThatIsAFileIsSaidSo() throws Exception {
        Path file = TestFiles.write(tmp, "file", "x");
        Cli r = Cli.run("export", "text", SEED, "-o", file.resolve("out.txt").toString());
        assertEquals(ExitCode.IO, r.code());
        assertTrue(r.err().contains("cannot make the folder") && r.err().contains("a file is in the way"), r.err());
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneFollowsTheUmask() throws Exception {
        Path secret = TestFiles.write(tmp, "secret.txt", "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        assertEquals(ExitCode.OK, Cli.run("export", "text", SEED, "-o", secret.toString()).code());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        Path fresh = tmp.resolve("fresh.txt");
        Process p = new ProcessBuilder("sh", "-c", "umask 077 && exec \"$0\" -cp \"$1\" org.regkit.cli.Main export text \"$2\" -o \"$3\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"), SEED,
                fresh.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aLongOutputNameFits() throws Exception {
        String name = "a".repeat(251) + ".txt"; // 255 bytes: the longest name a file system allows
        Cli r = Cli.run("export", "text", SEED, "-o", tmp.resolve(name).toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.exists(tmp.resolve(name)));
    }

    @Test
    void temporaryFilesNeverPileUp() throws Exception {
        Path stale = TestFiles.write(tmp, ".regkit-deadbeef.tmp", "left by a killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));
        Path fresh = TestFiles.write(tmp, ".regkit-0badf00d.tmp", "another run, still writing");
        Path someoneElses = TestFiles.write(tmp, ".other.tmp", "not ours");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minusSeconds(7200)));
        assertEquals(ExitCode.OK, Cli.run("export", "text", SEED, "-o", tmp.resolve("out.txt").toString()).code());
        assertFalse(Files.exists(stale), "a stale temporary file of ours is removed");
        assertTrue(Files.exists(fresh) && Files.exists(someoneElses), "a young one and anyone else's are left alone");
        // a failing writer leaves neither output nor temporary file
        Path out = tmp.resolve("failed.txt");
        assertEquals(ExitCode.IO, Cli.run("render", SEED, "--format", "pdf", "--font", tmp.resolve("missing.ttf").toString(),
                "-o", out.toString()).code());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().matches("\\.regkit-(?!0badf00d).*")).toList());
        }
        assertFalse(Files.exists(out));
    }
}
