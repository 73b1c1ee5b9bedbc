<?xml version="1.0" encoding="UTF-8"?>
<!-- Every stylesheet parameter, with its type and default, in one place. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Language of the fixed strings: l10n/{$lang}.xml. -->
  <xsl:param name="lang" as="xs:string" select="'ja'"/>

  <!-- When this version is not yet in force on the day the document is made: the day it takes effect
       (as the reader writes it, 令和７年４月１日), else empty. -->
  <xsl:param name="not-in-force-from" as="xs:string" select="''"/>

  <!-- Font families, as registered with FOP (PDF only). -->
  <xsl:param name="font-body" as="xs:string" select="'IPAexMincho'"/>
  <xsl:param name="font-heading" as="xs:string" select="'IPAexGothic'"/>
  <!-- Font for characters outside the BMP (𠮷); empty when none is configured. -->
  <xsl:param name="font-supplementary" as="xs:string" select="''"/>

  <!-- Page geometry (PDF). -->
  <xsl:param name="page-width" as="xs:string" select="'210mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'297mm'"/>
  <xsl:param name="page-margin" as="xs:string" select="'20mm'"/>
  <xsl:param name="body-font-size" as="xs:string" select="'10.5pt'"/>
  <xsl:param name="line-height" as="xs:string" select="'1.7'"/>
  <!-- Colours (PDF; the HTML pages take theirs from their CSS). -->
  <xsl:param name="colour-link" as="xs:string" select="'#1a4b8c'"/>
  <xsl:param name="colour-defined-term" as="xs:string" select="'#3d6b35'"/>
  <xsl:param name="colour-alert" as="xs:string" select="'#aa0000'"/>
  <xsl:param name="colour-warning" as="xs:string" select="'#8a5a00'"/>
  <xsl:param name="colour-muted" as="xs:string" select="'#555555'"/>
  <xsl:param name="colour-note" as="xs:string" select="'#333333'"/>
  <xsl:param name="colour-running-head" as="xs:string" select="'#444444'"/>
  <xsl:param name="colour-running-head-rule" as="xs:string" select="'#888888'"/>
  <xsl:param name="colour-section-rule" as="xs:string" select="'#666666'"/>
  <xsl:param name="colour-sheet-rule" as="xs:string" select="'#999999'"/>
  <xsl:param name="colour-table-rule" as="xs:string" select="'#777777'"/>
  <xsl:param name="colour-table-head" as="xs:string" select="'#eeeeee'"/>
  <xsl:param name="colour-annotation" as="xs:string" select="'#eef2f8'"/>

  <!-- Page margins (PDF): the page's top and bottom, the body's distance from the running header and
       footer, and the sides of the 新旧対照表, whose two columns want the width. -->
  <xsl:param name="page-margin-top" as="xs:string" select="'12mm'"/>
  <xsl:param name="page-margin-bottom" as="xs:string" select="'12mm'"/>
  <xsl:param name="body-margin" as="xs:string" select="'14mm'"/>
  <xsl:param name="running-extent" as="xs:string" select="'10mm'"/>
  <xsl:param name="comparison-page-margin" as="xs:string" select="'15mm'"/>

  <!-- Articles per page-sequence when the main provision has no parts or chapters (bounds FOP's memory). -->
  <xsl:param name="articles-per-sequence" as="xs:integer" select="200"/>
</xsl:stylesheet>
