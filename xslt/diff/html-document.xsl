<?xml version="1.0" encoding="UTF-8"?>
<!-- The 新旧対照表 page: head with its stylesheet, title, the note on underlines, the table, the impact. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="/x:comparison">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="regkit"/>
        <title><xsl:value-of select="x:title(.)"/></title>
        <style><xsl:value-of select="unparsed-text(resolve-uri('comparison.css', static-base-uri()))" disable-output-escaping="yes"/></style>
      </head>
      <body>
        <h1><xsl:value-of select="x:title(.)"/></h1>
        <xsl:if test="@amendment"><p class="amendment"><xsl:value-of select="rk:parens(@amendment)"/></p></xsl:if>
        <p class="note"><xsl:value-of select="rk:text('underline-note')"/></p>
        <xsl:choose>
          <xsl:when test="x:row"><xsl:call-template name="x:table"/></xsl:when>
          <xsl:otherwise><p><xsl:value-of select="rk:text('no-changes')"/></p></xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="x:impact"/>
      </body>
    </html>
  </xsl:template>

  <!-- the change list is for machines (the XML output of regkit diff); the table shows the same -->
  <xsl:template match="x:changes"/>
</xsl:stylesheet>
