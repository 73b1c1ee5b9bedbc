package org.regkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.regkit.ingest.EgovXml;
import org.regkit.io.InputException;
import org.regkit.io.Problem;
import org.regkit.l10n.Messages;
import org.regkit.model.Labels;
import org.regkit.model.Regulation;
import org.regkit.model.RegulationReader;
import org.regkit.refs.Reference;
import org.regkit.refs.References;
import org.regkit.validate.SemanticValidator;
import org.regkit.xml.Locations;
import org.regkit.xml.Schemas;
import org.regkit.xml.XmlLoader;

/** Loading a regulation and judging it: the schema, the reading, and regkit's own analysis (warnings only). */
final class Checker {
    private Checker() {
    }

    /**
     * Loads a regulation; with {@code analysis}, also runs regkit's own reading of it (numbering,
     * references), whose findings are warnings only, so a command that just uses the text skips it.
     */
    static Regkit.Checked check(byte[] bytes, String name, boolean analysis) throws InputException {
        // the law is judged where it stands: the file's root, or inside an e-Gov API response
        XmlLoader.Loaded loaded = new XmlLoader(Schemas.regulation()).toleratingOrder(Schemas.regulationModels())
                .validatingOnly("Law").load(bytes, name);
        if (EgovXml.isResponse(loaded.document().getDocumentElement())) {
            EgovXml.unwrap(loaded.document(), name, bytes);
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        String root = loaded.document().getDocumentElement().getLocalName();
        if (!"Law".equals(root)) {
            problems.add(Problem.error(name, 1, 1, Messages.text("check.not-law", root)));
            return new Regkit.Checked(null, List.copyOf(problems));
        }
        RegulationReader.Result read = RegulationReader.read(loaded.document(), name);
        problems.addAll(read.problems());
        if (analysis) {
            problems.addAll(SemanticValidator.check(read.regulation()));
            problems.addAll(danglingReferences(read.regulation(), name));
        }
        return new Regkit.Checked(read.regulation(), List.copyOf(problems));
    }

    private static List<Problem> danglingReferences(Regulation regulation, String name) {
        List<Problem> out = new ArrayList<>();
        for (Reference r : References.find(regulation)) {
            if (r.dangling()) {
                out.add(Locations.warning(name, r.source().element(),
                        Messages.text("reference.dangling", r.text(), Labels.of(r.source(), regulation.style()))));
            }
        }
        return out;
    }

    /** Two versions loaded at once, the second on another thread: on two cores the pair takes little more than one. */
    static Regulation[] loadBoth(Path oldVersion, Path newVersion) throws InputException {
        FutureTask<Regulation> second = new FutureTask<>(() -> Regkit.load(newVersion));
        Thread t = new Thread(second, "load " + newVersion.getFileName());
        t.setDaemon(true);
        t.start();
        Regulation first = Regkit.load(oldVersion);
        try {
            return new Regulation[] {first, second.get()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
