<?xml version="1.0" encoding="UTF-8"?>
<!--
  The amending rule as a 公報 page: its number, its title, the 制定文, each sentence of 改め文 with the
  provisions it sets out under it (captions and items indented as the regulation prints them), the
  附則, the date and the issuer.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:a="urn:regkit:amendment"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="/a:amendment">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="regkit"/>
        <title><xsl:value-of select="a:title"/></title>
        <style><xsl:value-of select="unparsed-text(resolve-uri('amendment.css', static-base-uri()))" disable-output-escaping="yes"/></style>
      </head>
      <body>
        <article class="amendment">
          <xsl:apply-templates select="a:number"/>
          <h1><xsl:value-of select="a:title"/></h1>
          <p class="statement"><xsl:value-of select="a:statement"/></p>
          <xsl:apply-templates select="a:sentence"/>
          <xsl:apply-templates select="a:suppl"/>
          <xsl:apply-templates select="a:date, a:issuer"/>
        </article>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="a:number"><p class="number"><xsl:value-of select="."/></p></xsl:template>
  <xsl:template match="a:date"><p class="date"><xsl:value-of select="."/></p></xsl:template>
  <xsl:template match="a:issuer"><p class="issuer"><xsl:value-of select="."/></p></xsl:template>

  <xsl:template match="a:sentence">
    <p class="sentence"><xsl:value-of select="a:text"/></p>
    <xsl:apply-templates select="a:line"/>
  </xsl:template>

  <xsl:template match="a:suppl">
    <h2 class="suppl"><xsl:value-of select="rk:text('suppl-heading')"/></h2>
    <xsl:apply-templates select="a:line"/>
  </xsl:template>

  <xsl:template match="a:line"><p class="line {@kind}"><xsl:value-of select="."/></p></xsl:template>
</xsl:stylesheet>
