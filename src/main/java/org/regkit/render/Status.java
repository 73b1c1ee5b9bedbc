package org.regkit.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.regkit.model.JapaneseDates;
import org.regkit.model.Regulation;

/** Whether a version is in force on the day a document is made, as a stylesheet parameter. */
final class Status {
    private Status() {
    }

    /** {@code not-in-force-from}: the day the version takes effect when that is after {@code asOf}, else empty. */
    static Map<QName, XdmValue> parameters(Regulation regulation, LocalDate asOf) {
        Map<QName, XdmValue> p = new HashMap<>();
        LocalDate effective = regulation.effectiveDate();
        p.put(new QName("not-in-force-from"), new XdmAtomicValue(
                effective != null && asOf != null && effective.isAfter(asOf) ? JapaneseDates.format(effective) : ""));
        return p;
    }
}
