package org.regkit.render;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.regkit.Regkit;
import org.regkit.model.Regulation;

/** Renders test regulations in-process with the real Saxon and FOP. */
public final class Rendered {
    private Rendered() {
    }

    public static byte[] html(Regulation reg) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Regkit.renderHtml(reg, java.time.LocalDate.now(), out);
        return out.toByteArray();
    }

    public static byte[] pdf(Regulation reg, PdfProfile profile) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var r = Regkit.renderPdf(reg, java.time.LocalDate.now(), new org.regkit.render.PdfOptions(FontLocator.Request.DEFAULT, profile), out);
        if (!r.isEmpty()) {
            throw new AssertionError("FOP warned: " + r);
        }
        return out.toByteArray();
    }

    public static Regulation load(Path xml) throws Exception {
        return Regkit.load(xml);
    }
}
