<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every regkit PDF shares: the A4 page master, the document title in the XMP metadata, and the
  running header (the title, right-aligned over a rule) and footer (the page number). The regulation,
  the dossier and the 新旧対照表 differ only in the title they pass and, for the 新旧対照表, the side
  margins.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- The page master "page", and the title as the document's metadata. -->
  <xsl:template name="rk:page-setup">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="side-margin" as="xs:string" select="$page-margin"/>
    <fo:layout-master-set>
      <fo:simple-page-master master-name="page" page-width="{$page-width}" page-height="{$page-height}"
          margin-top="{$page-margin-top}" margin-bottom="{$page-margin-bottom}"
          margin-left="{$side-margin}" margin-right="{$side-margin}">
        <fo:region-body margin-top="{$body-margin}" margin-bottom="{$body-margin}"/>
        <fo:region-before extent="{$running-extent}"/>
        <fo:region-after extent="{$running-extent}"/>
      </fo:simple-page-master>
    </fo:layout-master-set>
    <!-- dc:title as a language alternative, as PDF/A requires (FOP alone writes a plain value). -->
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$title"/></rdf:li></rdf:Alt></dc:title>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- The running header and footer of a page-sequence. -->
  <xsl:template name="rk:running-head">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="{$font-heading}" font-size="8pt" color="{$colour-running-head}" text-align="end"
                border-bottom="0.3pt solid {$colour-running-head-rule}" padding-bottom="1mm">
        <xsl:value-of select="$title"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-size="9pt" text-align="center">
        <xsl:value-of select="rk:text('page-prefix')"/><fo:page-number/><xsl:value-of select="rk:text('page-suffix')"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>
</xsl:stylesheet>
