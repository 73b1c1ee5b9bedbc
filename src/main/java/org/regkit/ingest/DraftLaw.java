package org.regkit.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The whole regulation as recognised from text: header facts, main provision and 附則. */
final class DraftLaw {
    String title;
    int titleLine;
    String dateText;
    LocalDate date;
    String eraName;
    int eraYear;
    String lawNum;
    int number;
    String issuer;
    String promulgationStatement;
    boolean titleRepeated;
    final List<String> enactStatements = new ArrayList<>();
    /** The amendments a 例規集 lists under the number (改正　令和７年３月25日警察本部訓令第９号), in order. */
    final List<String> amendments = new ArrayList<>();
    /** The 目次, when the text has one. */
    TocReader.Toc toc;
    /** Pseudo-provision holding the main provision's chapters, articles or paragraphs. */
    final Draft main = new Draft(null, "", "", 0);
    final List<Draft> suppls = new ArrayList<>();
    /** 別表, 別記, 様式 after the 附則. */
    final List<DraftAppendix> appendices = new ArrayList<>();
}
