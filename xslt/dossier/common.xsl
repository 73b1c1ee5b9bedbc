<?xml version="1.0" encoding="UTF-8"?>
<!-- Lookups shared by the HTML and PDF dossiers: keys between systems and provisions, display strings. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="urn:regkit:dossier"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:key name="d:provision" match="*[@rk:id]" use="@rk:id"/>
  <xsl:key name="d:cites-of" match="d:system/d:cite[@provision]" use="@provision"/>
  <xsl:variable name="d:meta" select="/d:dossier/d:meta"/>

  <!-- The id of a system's sheet. -->
  <xsl:function name="d:system-id" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'system-' || $id"/>
  </xsl:function>

  <!--
    A coded value as the reader sees it: builder-npa → 警察庁. The register's schema fixes every code
    but the role of an official, so an unknown code is regkit's omission and stops the transform, as
    an unknown key does; a role the office names itself (its own word, not a code) is shown as written.
  -->
  <xsl:function name="d:text" as="xs:string">
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="code" as="xs:string?"/>
    <xsl:variable name="key" select="$prefix || '-' || $code"/>
    <xsl:sequence select="if ($prefix = 'role' and empty($rk:strings/l10n/text[@key = $key])) then string($code) else rk:text($key)"/>
  </xsl:function>

  <!-- Systems citing a provision or anything inside it (for the matrix). -->
  <xsl:function name="d:cites-within" as="element(d:cite)*">
    <xsl:param name="system" as="element(d:system)"/>
    <xsl:param name="provision" as="xs:string"/>
    <xsl:sequence select="$system/d:cite[@provision = $provision or starts-with(@provision, $provision || '__')]"/>
  </xsl:function>

  <xsl:function name="d:title" as="xs:string">
    <xsl:sequence select="if (normalize-space($d:meta/@title)) then $d:meta/@title else rk:text('dossier')"/>
  </xsl:function>
</xsl:stylesheet>
