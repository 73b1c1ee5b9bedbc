<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the compliance dossier as XSL-FO. Imports the regulation's FO modules (for
  quoting and annotating provisions) and overrides the document skeleton and the rk:after-text hook.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="urn:regkit:dossier"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:import href="../fo/regulation.xsl"/>
  <xsl:include href="common.xsl"/>
  <xsl:include href="fo-sections.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!--
    System sheets per page-sequence: FOP lays out a sequence whole, so large registers are split.
    The annotated regulation comes before the sheets, so that the sheets' page references to
    provisions point backwards: FOP keeps every page with an unresolved forward reference in
    memory, and 5,000 sheets citing a later section took it past a gigabyte.
  -->
  <xsl:param name="systems-per-sequence" as="xs:integer" select="100"/>

  <xsl:template match="/">
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="9.5pt" line-height="1.6" text-align="start">
      <xsl:call-template name="rk:page-setup">
        <xsl:with-param name="title" select="d:title()"/>
      </xsl:call-template>
      <xsl:call-template name="d:bookmarks"/>
      <xsl:apply-templates select="d:dossier"/>
    </fo:root>
  </xsl:template>

  <!-- The running header shows the dossier's title. -->
  <xsl:template name="rk:running-parts">
    <xsl:call-template name="rk:running-head">
      <xsl:with-param name="title" select="d:title() || rk:text('space') || $d:meta/@asOfText || rk:text('as-of-suffix')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- In the annotated regulation, each provision lists its systems, each with a link and a page number. -->
  <xsl:template name="rk:after-text">
    <xsl:param name="annotate" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="cites" select="key('d:cites-of', @rk:id)"/>
    <xsl:if test="$annotate and $cites">
      <fo:block start-indent="3em" font-size="8pt" background-color="{$colour-annotation}" keep-with-previous="always">
        <xsl:value-of select="rk:text('bound-systems') || rk:text('colon')"/>
        <xsl:for-each select="$cites">
          <xsl:if test="position() gt 1"><xsl:value-of select="rk:text('list-separator')"/></xsl:if>
          <fo:basic-link internal-destination="{d:system-id(../@id)}" color="{$colour-link}"><xsl:value-of select="../@id"/></fo:basic-link>
          <xsl:value-of select="rk:text('paren-open')"/><xsl:value-of select="d:text('role', @role)"/><xsl:value-of select="rk:text('list-separator')"/><fo:page-number-citation ref-id="{d:system-id(../@id)}"/><xsl:value-of select="rk:text('page-unit')"/><xsl:value-of select="rk:text('paren-close')"/>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
