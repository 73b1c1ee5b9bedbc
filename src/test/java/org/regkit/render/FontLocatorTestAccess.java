package org.regkit.render;

/** The IPAex Mincho file this machine has, for tests outside the package. */
public final class FontLocatorTestAccess {
    private FontLocatorTestAccess() {
    }

    public static String mincho() {
        return FontLocator.MINCHO.stream().filter(p -> java.nio.file.Files.isReadable(java.nio.file.Path.of(p))).findFirst().orElseThrow();
    }
}
