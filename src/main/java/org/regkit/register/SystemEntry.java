package org.regkit.register;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** {@code <system>}: one information system of the register. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "description", "builder", "personalInformationFiles", "connections", "officials",
        "cites", "audits"})
public class SystemEntry extends Located {
    @XmlAttribute(required = true)
    public String id;
    @XmlElement(required = true)
    public String name;
    @XmlElement
    public String description;
    /** prefecture, npa, other-prefecture or other. */
    @XmlElement
    public String builder;
    @XmlElement
    public Boolean personalInformationFiles;
    @XmlElement(name = "connection")
    public List<Connection> connections = new ArrayList<>();
    @XmlElement(name = "official")
    public List<RegisterDoc.Official> officials = new ArrayList<>();
    @XmlElement(name = "cite")
    public List<Cite> cites = new ArrayList<>();
    @XmlElement(name = "audit")
    public List<Audit> audits = new ArrayList<>();

    /** {@code <cite ref="第３条第１項第２号" role="classified-under">how it complies</cite>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Cite extends Located {
        @XmlAttribute(required = true)
        public String ref;
        @XmlAttribute
        public String role;
        /** Set by migrate-register on a citation a person must look at: review, orphaned or unresolved. */
        @XmlAttribute
        public String review;
        @XmlValue
        public String statement;

        public Cite() {
        }

        public Cite(String ref, String role, String statement) {
            this.ref = ref;
            this.role = role;
            this.statement = statement;
        }
    }

    /** {@code <connection type="computer|terminal">to what</connection>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Connection extends Located {
        @XmlAttribute(required = true)
        public String type;
        @XmlValue
        public String to;
    }

    /** {@code <audit date="…" result="passed|findings|failed"><finding>…</finding></audit>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Audit extends Located {
        @XmlAttribute(required = true)
        public String date;
        @XmlAttribute(required = true)
        public String result;
        @XmlElement(name = "finding")
        public List<String> findings = new ArrayList<>();
    }
}
