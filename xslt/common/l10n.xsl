<?xml version="1.0" encoding="UTF-8"?>
<!-- Fixed strings as data: rk:text('toc') reads l10n/{$lang}.xml; an unknown key stops the transform. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:variable name="rk:strings" as="document-node()"
      select="doc(resolve-uri('../l10n/' || $lang || '.xml', static-base-uri()))"/>

  <xsl:function name="rk:text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="hit" select="$rk:strings/l10n/text[@key = $key]"/>
    <xsl:if test="empty($hit)">
      <xsl:message terminate="yes" error-code="rk:l10n">regkit: no string '<xsl:value-of select="$key"/>' in l10n/<xsl:value-of select="$lang"/>.xml</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($hit)"/>
  </xsl:function>

  <!-- （text）, with the parentheses of the document's language. -->
  <xsl:function name="rk:parens" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="rk:text('paren-open') || $text || rk:text('paren-close')"/>
  </xsl:function>

  <!-- label：value -->
  <xsl:function name="rk:labelled" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="$label || rk:text('colon') || $value"/>
  </xsl:function>
</xsl:stylesheet>
