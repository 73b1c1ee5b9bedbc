<?xml version="1.0" encoding="UTF-8"?>
<!-- The 新旧対照表 as one page-sequence: title, the note on underlines, the table, the impact. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="/x:comparison">
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="9pt" line-height="1.6" text-align="start">
      <xsl:call-template name="rk:page-setup">
        <xsl:with-param name="title" select="x:title(.)"/>
        <xsl:with-param name="side-margin" select="$comparison-page-margin"/>
      </xsl:call-template>
      <fo:bookmark-tree>
        <fo:bookmark internal-destination="comparison"><fo:bookmark-title><xsl:value-of select="rk:text('comparison')"/></fo:bookmark-title></fo:bookmark>
        <xsl:if test="x:impact">
          <fo:bookmark internal-destination="impact"><fo:bookmark-title><xsl:value-of select="rk:text('impact')"/></fo:bookmark-title></fo:bookmark>
        </xsl:if>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="rk:running-head">
          <xsl:with-param name="title" select="x:title(.)"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="comparison" font-family="{$font-heading}" font-size="13pt" text-align="center"><xsl:value-of select="x:title(.)"/></fo:block>
          <xsl:if test="@amendment"><fo:block text-align="center"><xsl:value-of select="rk:parens(@amendment)"/></fo:block></xsl:if>
          <fo:block text-align="end" space-after="2mm"><xsl:value-of select="rk:text('underline-note')"/></fo:block>
          <xsl:choose>
            <xsl:when test="x:row"><xsl:call-template name="x:table"/></xsl:when>
            <xsl:otherwise><fo:block><xsl:value-of select="rk:text('no-changes')"/></fo:block></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="x:impact"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- the change list is for machines (the XML output of regkit diff); the table shows the same -->
  <xsl:template match="x:changes"/>
</xsl:stylesheet>
