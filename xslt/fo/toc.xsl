<?xml version="1.0" encoding="UTF-8"?>
<!-- Table of contents with dotted leaders and page numbers; each entry links to its provision. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:template name="rk:toc">
    <fo:block id="toc">
      <fo:block font-family="{$font-heading}" font-size="13pt" space-after="4mm">
        <xsl:value-of select="rk:text('toc')"/>
      </fo:block>
      <xsl:call-template name="rk:toc-entry">
        <xsl:with-param name="target" select="'law-header'"/>
        <xsl:with-param name="text" select="$rk:title"/>
        <xsl:with-param name="depth" select="0"/>
      </xsl:call-template>
      <xsl:apply-templates select="Law/LawBody/(MainProvision/* | SupplProvision | AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)" mode="toc"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="rk:toc-entry">
    <xsl:param name="target" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="depth" as="xs:integer"/>
    <fo:block text-align-last="justify" start-indent="{$depth}em">
      <fo:basic-link internal-destination="{$target}">
        <xsl:value-of select="$text"/>
        <fo:leader leader-pattern="dots"/>
        <xsl:value-of select="rk:text('toc-page-prefix')"/><fo:page-number-citation ref-id="{$target}"/>
      </fo:basic-link>
    </fo:block>
  </xsl:template>

  <xsl:template match="Part | Chapter | Section | Subsection | Division" mode="toc">
    <xsl:call-template name="rk:toc-entry">
      <xsl:with-param name="target" select="string(@rk:id)"/>
      <xsl:with-param name="text" select="normalize-space(*[1])"/>
      <xsl:with-param name="depth" select="count(ancestor::Part | ancestor::Chapter | ancestor::Section | ancestor::Subsection)"/>
    </xsl:call-template>
    <xsl:apply-templates select="Article | Chapter | Section | Subsection | Division" mode="toc"/>
  </xsl:template>

  <xsl:template match="Article" mode="toc">
    <xsl:call-template name="rk:toc-entry">
      <xsl:with-param name="target" select="string(@rk:id)"/>
      <xsl:with-param name="text" select="rk:article-heading(.)"/>
      <xsl:with-param name="depth" select="count(ancestor::Part | ancestor::Chapter | ancestor::Section | ancestor::Subsection | ancestor::Division) + 1"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)[rk:appendix-heading(.) != '']" mode="toc">
    <xsl:call-template name="rk:toc-entry">
      <xsl:with-param name="target" select="rk:appendix-id(.)"/>
      <xsl:with-param name="text" select="rk:appendix-heading(.)"/>
      <xsl:with-param name="depth" select="0"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat" mode="toc"/>

  <xsl:template match="SupplProvision" mode="toc">
    <xsl:call-template name="rk:toc-entry">
      <xsl:with-param name="target" select="string(@rk:id)"/>
      <xsl:with-param name="text" select="rk:suppl-label(.)"/>
      <xsl:with-param name="depth" select="0"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="Paragraph" mode="toc"/>
</xsl:stylesheet>
