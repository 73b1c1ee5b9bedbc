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
  <!-- Articles per page-sequence when the main provision has no parts or chapters (bounds FOP's memory). -->
  <xsl:param name="articles-per-sequence" as="xs:integer" select="200"/>
</xsl:stylesheet>
