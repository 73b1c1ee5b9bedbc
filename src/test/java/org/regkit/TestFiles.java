package org.regkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the project's files and test fixtures (tests run with the project root as working directory). */
public final class TestFiles {
    public static final Path SEED_DIR = Path.of("regulations/saitama-police-info-systems");
    public static final Path SEED_XML = SEED_DIR.resolve("2024-06-01.xml");
    public static final Path SEED_TEXT = SEED_DIR.resolve("source/2024-06-01.txt");

    private TestFiles() {
    }

    /** A fixture under src/test/resources. */
    public static Path resource(String path) {
        return Path.of("src/test/resources").resolve(path);
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    /** Writes a temporary file holding {@code content} (UTF-8) and returns its path. */
    /** A small cabinet order as e-Gov publishes one (平成十五年政令第八十八号), its 本則 the given elements. */
    public static String cabinetOrder(String mainProvision) {
        return """
                <Law Era="Heisei" Year="15" Num="88" LawType="CabinetOrder" Lang="ja">
                  <LawNum>平成十五年政令第八十八号</LawNum>
                  <LawBody><LawTitle>試験施行令</LawTitle><MainProvision>
                    %s
                  </MainProvision></LawBody>
                </Law>
                """.formatted(mainProvision);
    }

    public static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with all whitespace (ASCII and ideographic) and a leading ○ removed: the fidelity bar's view. */
    public static String fidelityView(String text) {
        return text.replaceAll("[\\s\u3000]", "").replaceFirst("^[○◯]", "");
    }
}
