<?xml version="1.0" encoding="UTF-8"?>
<!-- PDF bookmarks: one per grouping (with its articles inside), one per article, one per 附則. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="rk:bookmarks">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="toc">
        <fo:bookmark-title><xsl:value-of select="rk:text('toc')"/></fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="law-header">
        <fo:bookmark-title><xsl:value-of select="$rk:title"/></fo:bookmark-title>
      </fo:bookmark>
      <xsl:apply-templates select="Law/LawBody/(MainProvision/* | SupplProvision | AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)" mode="bookmark"/>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template match="Part | Chapter | Section | Subsection | Division" mode="bookmark">
    <fo:bookmark internal-destination="{@rk:id}" starting-state="show">
      <fo:bookmark-title><xsl:value-of select="normalize-space(*[1])"/></fo:bookmark-title>
      <xsl:apply-templates select="Article | Chapter | Section | Subsection | Division" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="Article" mode="bookmark">
    <fo:bookmark internal-destination="{@rk:id}">
      <fo:bookmark-title><xsl:value-of select="rk:article-heading(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="SupplProvision" mode="bookmark">
    <fo:bookmark internal-destination="{@rk:id}">
      <fo:bookmark-title><xsl:value-of select="rk:suppl-label(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="(AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)[rk:appendix-heading(.) != '']" mode="bookmark">
    <fo:bookmark internal-destination="{rk:appendix-id(.)}">
      <fo:bookmark-title><xsl:value-of select="rk:appendix-heading(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>
  <xsl:template match="AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat" mode="bookmark"/>

  <xsl:template match="Paragraph" mode="bookmark"/>
</xsl:stylesheet>
