<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the 新旧対照表 (and the impact on a register) as one HTML page. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no"
      indent="yes" suppress-indentation="p h1 h2 td th li"/>

  <xsl:template match="/x:comparison">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="regkit"/>
        <title><xsl:value-of select="@title"/>　<xsl:value-of select="rk:text('comparison')"/></title>
        <style><xsl:value-of select="unparsed-text(resolve-uri('comparison.css', static-base-uri()))" disable-output-escaping="yes"/></style>
      </head>
      <body>
        <h1><xsl:value-of select="@title"/>　<xsl:value-of select="rk:text('comparison')"/></h1>
        <xsl:if test="@amendment"><p class="amendment">（<xsl:value-of select="@amendment"/>）</p></xsl:if>
        <p class="note"><xsl:value-of select="rk:text('underline-note')"/></p>
        <xsl:choose>
          <xsl:when test="x:row">
            <table class="comparison">
              <thead><tr><th><xsl:value-of select="rk:text('after')"/></th><th><xsl:value-of select="rk:text('before')"/></th></tr></thead>
              <tbody><xsl:apply-templates select="x:row"/></tbody>
            </table>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="rk:text('no-changes')"/></p></xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="x:impact"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="x:row[@kind = 'omitted']">
    <tr class="omitted"><td><xsl:value-of select="rk:text('omitted')"/></td><td><xsl:value-of select="rk:text('omitted')"/></td></tr>
  </xsl:template>

  <xsl:template match="x:row">
    <tr class="{@kind}">
      <td><xsl:if test="@new"><xsl:attribute name="id" select="'new-' || @new"/></xsl:if><xsl:apply-templates select="x:new"/></td>
      <td><xsl:if test="@old"><xsl:attribute name="id" select="'old-' || @old"/></xsl:if><xsl:apply-templates select="x:old"/></td>
    </tr>
  </xsl:template>

  <xsl:template match="x:new | x:old"><xsl:apply-templates/></xsl:template>

  <xsl:template match="x:line">
    <p class="line indent-{@indent}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="x:seg[@u = 'true']"><span class="u"><xsl:value-of select="."/></span></xsl:template>
  <xsl:template match="x:seg"><xsl:value-of select="."/></xsl:template>

  <!-- the change list is for machines (the XML output of regkit diff); the table shows the same -->
  <xsl:template match="x:changes"/>

  <xsl:template match="x:placeholder">
    <p class="placeholder"><xsl:value-of select="rk:text('placeholder-' || @key)"/></p>
  </xsl:template>

  <xsl:template match="x:impact">
    <h2><xsl:value-of select="rk:text('impact')"/></h2>
    <table class="impact">
      <thead><tr><th><xsl:value-of select="rk:text('system')"/></th><th><xsl:value-of select="rk:text('citation')"/></th>
        <th><xsl:value-of select="rk:text('verdict')"/></th><th><xsl:value-of select="rk:text('new-citation')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="x:citation">
          <tr class="verdict-{@verdict}">
            <td><xsl:value-of select="@system"/>　<xsl:value-of select="@name"/></td>
            <td><xsl:value-of select="@ref"/></td>
            <td><xsl:value-of select="rk:text('verdict-' || @verdict)"/></td>
            <td><xsl:value-of select="@newRef"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="x:uncited">
      <h2><xsl:value-of select="rk:text('uncited-new')"/></h2>
      <ul><xsl:for-each select="x:uncited"><li><a href="#new-{@new}"><xsl:value-of select="@label"/></a></li></xsl:for-each></ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
