<?xml version="1.0" encoding="UTF-8"?>
<!-- The table of the 新旧対照表 in XSL-FO: two equal columns, changed text underlined. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="x:table">
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
      <xsl:for-each select="$x:column-headings">
        <fo:table-column column-width="proportional-column-width(1)"/>
      </xsl:for-each>
      <fo:table-header>
        <fo:table-row>
          <xsl:for-each select="$x:column-headings">
            <fo:table-cell border="0.5pt solid black" padding="1mm" background-color="{$colour-table-head}">
              <fo:block font-family="{$font-heading}" text-align="center"><xsl:value-of select="rk:text(.)"/></fo:block>
            </fo:table-cell>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body><xsl:apply-templates select="x:row"/></fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="x:row">
    <fo:table-row>
      <!-- a short row is never split across two pages; a long one must be, or it would not fit -->
      <xsl:if test="max((count(x:new/x:line), count(x:old/x:line), 1)) le 8">
        <xsl:attribute name="keep-together.within-page" select="'always'"/>
      </xsl:if>
      <xsl:apply-templates select="x:cells(.)" mode="cell"/>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="x:row" mode="cell">
    <fo:table-cell border="0.5pt solid black" padding="1mm">
      <fo:block text-align="center"><xsl:value-of select="rk:text('omitted')"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template match="x:new | x:old" mode="cell">
    <fo:table-cell border="0.5pt solid black" padding="1mm"><xsl:apply-templates/></fo:table-cell>
  </xsl:template>

  <xsl:template match="x:line">
    <fo:block start-indent="{@indent + 1}em" text-indent="-1em"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="x:seg[@omitted = 'true']"><xsl:value-of select="rk:text('omitted')"/></xsl:template>
  <xsl:template match="x:seg[@u = 'true']"><fo:inline text-decoration="underline"><xsl:value-of select="."/></fo:inline></xsl:template>
  <xsl:template match="x:seg"><xsl:value-of select="."/></xsl:template>

  <xsl:template match="x:placeholder">
    <fo:block text-align="center"><xsl:value-of select="rk:text('placeholder-' || @key)"/></fo:block>
  </xsl:template>
</xsl:stylesheet>
