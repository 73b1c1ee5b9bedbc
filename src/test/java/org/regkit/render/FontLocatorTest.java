package org.regkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkit.TestFiles;

class FontLocatorTest {
    static final Path MINCHO = Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    static final Path GOTHIC = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    @Test
    void findsIpaexWhereDebianInstallsIt() throws IOException {
        FontSet fonts = FontLocator.locate(FontLocator.Request.DEFAULT, List.of("/nope.ttf", MINCHO.toString()),
                List.of(GOTHIC.toString()), List.of());
        assertEquals(MINCHO, fonts.body());
        assertEquals(GOTHIC, fonts.heading());
        assertNull(fonts.supplementary());
    }

    @Test
    void saysExactlyWhatToInstallWhenNoJapaneseFontIsFound() {
        IOException e = assertThrows(IOException.class, () -> FontLocator.locate(FontLocator.Request.DEFAULT,
                List.of("/nope/a.ttf"), List.of("/nope/b.ttf"), List.of()));
        assertTrue(e.getMessage().contains("apt-get install -y fonts-ipaexfont"), e.getMessage());
        assertTrue(e.getMessage().contains("--font"), e.getMessage());
    }

    @Test
    void aGivenFontIsUsedForBodyAndHeadings(@TempDir Path tmp) throws IOException {
        Path font = Files.copy(MINCHO, tmp.resolve("my.ttf"));
        FontSet fonts = FontLocator.locate(new FontLocator.Request(font, null, null), List.of(), List.of(GOTHIC.toString()), List.of());
        assertEquals(font.toAbsolutePath(), fonts.body());
        assertEquals(font.toAbsolutePath(), fonts.heading(), "one font named: it sets headings too");
    }

    @Test
    void aConfigFileNamesTheFonts(@TempDir Path tmp) throws IOException {
        Path config = TestFiles.write(tmp, "fonts.properties", "body=" + GOTHIC + "\nheading=" + MINCHO + "\n");
        FontSet fonts = FontLocator.locate(new FontLocator.Request(null, null, config), List.of(), List.of(), List.of());
        assertEquals(GOTHIC, fonts.body());
        assertEquals(MINCHO, fonts.heading());
    }

    @Test
    void collectionsMissingFilesAndNonFontsAreRefused(@TempDir Path tmp) throws IOException {
        Path ttc = Files.copy(MINCHO, tmp.resolve("NotoSansCJK-Regular.ttc"));
        IOException e = assertThrows(IOException.class,
                () -> FontLocator.locate(new FontLocator.Request(ttc, null, null)));
        assertTrue(e.getMessage().contains("TrueType collection"), e.getMessage());
        e = assertThrows(IOException.class,
                () -> FontLocator.locate(new FontLocator.Request(tmp.resolve("missing.ttf"), null, null)));
        assertTrue(e.getMessage().contains("font file not found"), e.getMessage());
        Path txt = TestFiles.write(tmp, "font.txt", "x");
        e = assertThrows(IOException.class, () -> FontLocator.locate(new FontLocator.Request(txt, null, null)));
        assertTrue(e.getMessage().contains("not a TrueType"), e.getMessage());
        e = assertThrows(IOException.class,
                () -> FontLocator.locate(new FontLocator.Request(null, null, tmp.resolve("none.properties"))));
        assertTrue(e.getMessage().contains("font configuration not found"), e.getMessage());
    }
}
