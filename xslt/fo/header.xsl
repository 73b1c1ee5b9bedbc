<?xml version="1.0" encoding="UTF-8"?>
<!-- Title block and the statements before the provisions. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="rk:header">
    <fo:block id="law-header" space-after="6mm">
      <xsl:if test="$not-in-force-from != ''">
        <fo:block font-family="{$font-heading}" color="{$colour-alert}" border="1pt solid {$colour-alert}" padding="1mm" space-after="3mm">
          <xsl:value-of select="rk:text('not-in-force-prefix') || $not-in-force-from || rk:text('not-in-force-suffix')"/></fo:block>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$rk:meta">
          <xsl:call-template name="rk:title-block"/>
          <xsl:for-each select="$rk:meta/rk:PromulgationDate">
            <fo:block><xsl:value-of select="."/></fo:block>
          </xsl:for-each>
          <fo:block><xsl:value-of select="LawNum"/></fo:block>
          <xsl:for-each select="$rk:meta/rk:AmendedBy">
            <fo:block start-indent="{if (position() = 1) then 0 else 3}em">
              <xsl:if test="position() = 1"><xsl:value-of select="rk:text('amended-by')"/>&#x3000;</xsl:if>
              <xsl:value-of select="."/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="$rk:meta/rk:Issuer">
            <fo:block text-align="end"><xsl:value-of select="."/></fo:block>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <fo:block><xsl:value-of select="LawNum"/></fo:block>
          <xsl:call-template name="rk:title-block"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template name="rk:title-block">
    <fo:block font-family="{$font-heading}" font-size="15pt" space-after="3mm" keep-with-next="always">
      <xsl:apply-templates select="LawBody/LawTitle/node()"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="rk:statements">
    <xsl:for-each select="$rk:meta/rk:PromulgationStatement">
      <fo:block text-indent="1em"><xsl:value-of select="."/></fo:block>
      <xsl:if test="not(@titleRepeated = 'false')">
        <fo:block text-indent="1em"><xsl:value-of select="$rk:title"/></fo:block>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="LawBody/EnactStatement">
      <fo:block text-indent="1em"><xsl:apply-templates/></fo:block>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
