<?xml version="1.0" encoding="UTF-8"?>
<!-- Title block (title, date, number, issuer) and the statements before the provisions. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template name="rk:header">
    <header class="law-header" id="law-header">
      <xsl:if test="$not-in-force-from != ''">
        <p class="not-in-force"><xsl:value-of select="rk:text('not-in-force-prefix') || $not-in-force-from || rk:text('not-in-force-suffix')"/></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$rk:meta">
          <h1 class="law-title"><xsl:apply-templates select="LawBody/LawTitle/node()"/></h1>
          <xsl:for-each select="$rk:meta/rk:PromulgationDate">
            <p class="law-date"><time datetime="{@date}"><xsl:value-of select="."/></time></p>
          </xsl:for-each>
          <p class="law-num"><xsl:value-of select="LawNum"/></p>
          <xsl:if test="$rk:meta/rk:AmendedBy">
            <p class="amended-by"><xsl:value-of select="rk:text('amended-by')"/>
              <xsl:for-each select="$rk:meta/rk:AmendedBy">
                <xsl:if test="position() gt 1"><br/></xsl:if>
                <xsl:text>&#x3000;</xsl:text><time datetime="{@date}"><xsl:value-of select="."/></time>
              </xsl:for-each>
            </p>
          </xsl:if>
          <xsl:for-each select="$rk:meta/rk:Issuer">
            <p class="issuer"><xsl:value-of select="."/></p>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p class="law-num"><xsl:value-of select="LawNum"/></p>
          <h1 class="law-title"><xsl:apply-templates select="LawBody/LawTitle/node()"/></h1>
        </xsl:otherwise>
      </xsl:choose>
    </header>
  </xsl:template>

  <xsl:template name="rk:statements">
    <xsl:variable name="statement" select="$rk:meta/rk:PromulgationStatement"/>
    <xsl:if test="$statement or LawBody/EnactStatement">
      <div class="statements">
        <xsl:for-each select="$statement">
          <p class="promulgation"><xsl:value-of select="."/></p>
          <xsl:if test="not(@titleRepeated = 'false')">
            <p class="repeated-title"><xsl:value-of select="$rk:title"/></p>
          </xsl:if>
        </xsl:for-each>
        <xsl:for-each select="LawBody/EnactStatement">
          <p class="enact"><xsl:apply-templates/></p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
