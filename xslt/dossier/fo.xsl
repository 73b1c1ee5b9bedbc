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
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
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
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="12mm" margin-bottom="12mm" margin-left="{$page-margin}" margin-right="{$page-margin}">
          <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="d:title()"/></rdf:li></rdf:Alt></dc:title>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <xsl:call-template name="d:bookmarks"/>
      <xsl:apply-templates select="d:dossier"/>
    </fo:root>
  </xsl:template>

  <!-- The running header shows the dossier's title. -->
  <xsl:template name="rk:running-parts">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="{$font-heading}" font-size="8pt" color="#444444" text-align="end"
                border-bottom="0.3pt solid #888888" padding-bottom="1mm">
        <xsl:value-of select="d:title()"/>　<xsl:value-of select="$d:meta/@asOfText"/><xsl:value-of select="rk:text('as-of-suffix')"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-size="9pt" text-align="center"><fo:page-number/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- In the annotated regulation, each provision lists its systems, each with a link and a page number. -->
  <xsl:template name="rk:after-text">
    <xsl:param name="annotate" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="cites" select="key('d:cites-of', @rk:id)"/>
    <xsl:if test="$annotate and $cites">
      <fo:block start-indent="3em" font-size="8pt" background-color="#eef2f8" keep-with-previous="always">
        <xsl:value-of select="rk:text('bound-systems')"/>：
        <xsl:for-each select="$cites">
          <xsl:if test="position() gt 1">、</xsl:if>
          <fo:basic-link internal-destination="{d:system-id(../@id)}" color="#1a4b8c"><xsl:value-of select="../@id"/></fo:basic-link>
          （<xsl:value-of select="d:text('role', @role)"/>、<fo:page-number-citation ref-id="{d:system-id(../@id)}"/>）
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
