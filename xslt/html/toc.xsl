<?xml version="1.0" encoding="UTF-8"?>
<!-- Table of contents: groupings, articles with captions, 附則; each a link to its identifier. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="rk:toc">
    <nav class="toc" aria-label="{rk:text('toc-aria')}">
      <h2><xsl:value-of select="rk:text('toc')"/></h2>
      <ol>
        <xsl:apply-templates select="LawBody/(MainProvision/* | SupplProvision | AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)" mode="toc"/>
      </ol>
    </nav>
  </xsl:template>

  <xsl:template match="Part | Chapter | Section | Subsection | Division" mode="toc">
    <li>
      <a href="#{@rk:id}"><xsl:value-of select="normalize-space(*[1])"/></a>
      <ol><xsl:apply-templates select="Article | Chapter | Section | Subsection | Division" mode="toc"/></ol>
    </li>
  </xsl:template>

  <xsl:template match="Article" mode="toc">
    <li><a href="#{@rk:id}"><xsl:value-of select="rk:article-heading(.)"/></a></li>
  </xsl:template>

  <xsl:template match="SupplProvision" mode="toc">
    <li><a href="#{@rk:id}"><xsl:value-of select="rk:suppl-label(.)"/></a></li>
  </xsl:template>

  <xsl:template match="(AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat)[rk:appendix-heading(.) != '']" mode="toc">
    <li><a href="#{rk:appendix-id(.)}"><xsl:value-of select="rk:appendix-heading(.)"/></a></li>
  </xsl:template>
  <xsl:template match="AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig | AppdxFormat" mode="toc"/>

  <!-- A main provision of bare paragraphs (項建て) lists nothing. -->
  <xsl:template match="Paragraph" mode="toc"/>
</xsl:stylesheet>
