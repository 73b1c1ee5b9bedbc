package org.regkit.render;

/** The stylesheets regkit ships, one per document and output format. */
public enum Stylesheet {
    REGULATION_HTML("/xslt/html/regulation.xsl"),
    REGULATION_FO("/xslt/fo/regulation.xsl"),
    DOSSIER_HTML("/xslt/dossier/html.xsl"),
    DOSSIER_FO("/xslt/dossier/fo.xsl"),
    COMPARISON_HTML("/xslt/diff/html.xsl"),
    COMPARISON_FO("/xslt/diff/fo.xsl"),
    AMENDMENT_HTML("/xslt/amend/html.xsl"),
    AMENDMENT_FO("/xslt/amend/fo.xsl");

    private final String resource;

    Stylesheet(String resource) {
        this.resource = resource;
    }

    /** Its class-path resource. */
    public String resource() {
        return resource;
    }

    /** Starts compiling it on another thread, so that a command loads its input meanwhile. */
    public void preload() {
        Stylesheets.preload(resource);
    }
}
