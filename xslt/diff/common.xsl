<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the HTML and PDF 新旧対照表 share: the title, and the column layout. As a 新旧対照表 is
  printed, the new text (改正後) stands on the left and the old (改正前) on the right; a row of
  provisions left out (略) shows the mark in both columns.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <!-- The document title: 〇〇規程　新旧対照表. -->
  <xsl:function name="x:title" as="xs:string">
    <xsl:param name="comparison" as="element(x:comparison)"/>
    <xsl:sequence select="$comparison/@title || rk:text('space') || rk:text('comparison')"/>
  </xsl:function>

  <!-- The columns, left to right: the l10n key of each heading and the side of the row it shows. -->
  <xsl:variable name="x:column-headings" as="xs:string+" select="('after', 'before')"/>
  <xsl:variable name="x:column-sides" as="xs:string+" select="('new', 'old')"/>

  <!-- A row's cells in column order: its x:new and x:old, or the row itself twice when it is 略. -->
  <xsl:function name="x:cells" as="element()*">
    <xsl:param name="row" as="element(x:row)"/>
    <xsl:sequence select="if ($row/@kind = 'omitted') then ($row, $row)
        else for $side in $x:column-sides return $row/*[local-name() = $side]"/>
  </xsl:function>
</xsl:stylesheet>
