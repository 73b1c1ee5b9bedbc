package org.regkit.register;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code <register>}: a register of information systems. */
@XmlRootElement(name = "register")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"title", "rules", "officials", "systems"})
public class RegisterDoc extends Located {
    @XmlAttribute
    public String organisation;
    @XmlAttribute
    public String regulation;
    @XmlAttribute
    public String version;
    @XmlAttribute
    public String asOf;
    @XmlElement
    public String title;
    @XmlElement
    public Rules rules;
    @XmlElementWrapper(name = "officials")
    @XmlElement(name = "official")
    public List<Official> officials = new ArrayList<>();
    @XmlElement(name = "system")
    public List<SystemEntry> systems = new ArrayList<>();

    /** {@code <rules>}: the provisions the derived checks rest on. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Rules extends Located {
        @XmlAttribute
        public String classification;
        @XmlAttribute
        public String generalManager;
        @XmlAttribute
        public String audit;
        @XmlAttribute
        public String auditPeriod;
    }

    /** {@code <official>}: a responsible official, for the register or one system. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = {"post", "name"})
    public static class Official extends Located {
        @XmlAttribute(required = true)
        public String role;
        @XmlAttribute
        public String provision;
        @XmlElement
        public String post;
        @XmlElement
        public String name;
    }
}
