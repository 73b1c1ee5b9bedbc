<?xml version="1.0" encoding="UTF-8"?>
<!-- The table of the 新旧対照表 in HTML: each cell anchored by the provision it shows, changed text underlined. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="x:table">
    <table class="comparison">
      <thead><tr><xsl:for-each select="$x:column-headings"><th><xsl:value-of select="rk:text(.)"/></th></xsl:for-each></tr></thead>
      <tbody><xsl:apply-templates select="x:row"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="x:row">
    <tr class="{@kind}"><xsl:apply-templates select="x:cells(.)" mode="cell"/></tr>
  </xsl:template>

  <xsl:template match="x:row" mode="cell">
    <td><xsl:value-of select="rk:text('omitted')"/></td>
  </xsl:template>

  <xsl:template match="x:new | x:old" mode="cell">
    <xsl:variable name="provision" select="../@*[local-name() = local-name(current())]"/>
    <td><xsl:if test="$provision"><xsl:attribute name="id" select="local-name() || '-' || $provision"/></xsl:if><xsl:apply-templates/></td>
  </xsl:template>

  <xsl:template match="x:line">
    <p class="line indent-{@indent}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="x:seg[@omitted = 'true']"><xsl:value-of select="rk:text('omitted')"/></xsl:template>
  <xsl:template match="x:seg[@u = 'true']"><span class="u"><xsl:value-of select="."/></span></xsl:template>
  <xsl:template match="x:seg"><xsl:value-of select="."/></xsl:template>

  <xsl:template match="x:placeholder">
    <p class="placeholder"><xsl:value-of select="rk:text('placeholder-' || @key)"/></p>
  </xsl:template>
</xsl:stylesheet>
