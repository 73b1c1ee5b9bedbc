<?xml version="1.0" encoding="UTF-8"?>
<!-- The amending rule on A4 pages: number, title, 制定文, 改め文 with the provisions set out, 附則, date, issuer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:a="urn:regkit:amendment"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="/a:amendment">
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="{$body-font-size}" line-height="{$line-height}" text-align="start">
      <xsl:call-template name="rk:page-setup">
        <xsl:with-param name="title" select="string(a:title)"/>
      </xsl:call-template>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="rk:running-head">
          <xsl:with-param name="title" select="string(a:title)"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="a:number"/>
          <fo:block font-family="{$font-heading}" start-indent="2em" space-before="2mm" space-after="2mm"><xsl:value-of select="a:title"/></fo:block>
          <fo:block text-indent="1em"><xsl:value-of select="a:statement"/></fo:block>
          <xsl:apply-templates select="a:sentence, a:suppl, a:date, a:issuer"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="a:number"><fo:block><xsl:value-of select="."/></fo:block></xsl:template>
  <xsl:template match="a:date"><fo:block text-indent="1em" space-before="4mm"><xsl:value-of select="."/></fo:block></xsl:template>
  <xsl:template match="a:issuer"><fo:block text-align="end"><xsl:value-of select="."/></fo:block></xsl:template>

  <xsl:template match="a:sentence">
    <fo:block text-indent="1em"><xsl:value-of select="a:text"/></fo:block>
    <xsl:apply-templates select="a:line"/>
  </xsl:template>

  <xsl:template match="a:suppl">
    <fo:block start-indent="3em" space-before="2mm"><xsl:value-of select="rk:text('suppl-heading')"/></fo:block>
    <xsl:apply-templates select="a:line"/>
  </xsl:template>

  <!-- hanging indents as the regulation prints them: the title out, the text under it -->
  <xsl:template match="a:line">
    <xsl:variable name="in" select="if (@kind = ('caption', 'item')) then 2 else if (@kind = 'subitem') then 3
        else if (@kind = 'text') then 0 else 1"/>
    <fo:block start-indent="{$in}em" text-indent="{if (@kind = 'text') then 1 else -1}em"><xsl:value-of select="."/></fo:block>
  </xsl:template>
</xsl:stylesheet>
