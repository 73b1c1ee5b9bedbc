<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the 新旧対照表 (and the impact on a register) as XSL-FO. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    xmlns:xmp="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/x:comparison">
    <xsl:variable name="title" select="@title || '　' || rk:text('comparison')"/>
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="9pt" line-height="1.6" text-align="start">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="12mm" margin-bottom="12mm" margin-left="15mm" margin-right="15mm">
          <fo:region-body margin-top="10mm" margin-bottom="12mm"/>
          <fo:region-before extent="8mm"/>
          <fo:region-after extent="8mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <xmp:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$title"/></rdf:li></rdf:Alt></dc:title>
            </rdf:Description>
          </rdf:RDF>
        </xmp:xmpmeta>
      </fo:declarations>
      <fo:bookmark-tree>
        <fo:bookmark internal-destination="comparison"><fo:bookmark-title><xsl:value-of select="rk:text('comparison')"/></fo:bookmark-title></fo:bookmark>
        <xsl:if test="x:impact">
          <fo:bookmark internal-destination="impact"><fo:bookmark-title><xsl:value-of select="rk:text('impact')"/></fo:bookmark-title></fo:bookmark>
        </xsl:if>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block font-family="{$font-heading}" font-size="8pt" text-align="end" color="#444444"><xsl:value-of select="$title"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="8pt" text-align="center"><fo:page-number/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block id="comparison" font-family="{$font-heading}" font-size="13pt" text-align="center"><xsl:value-of select="$title"/></fo:block>
          <xsl:if test="@amendment"><fo:block text-align="center">（<xsl:value-of select="@amendment"/>）</fo:block></xsl:if>
          <fo:block text-align="end" space-after="2mm"><xsl:value-of select="rk:text('underline-note')"/></fo:block>
          <xsl:choose>
            <xsl:when test="x:row">
              <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
                <fo:table-column column-width="proportional-column-width(1)"/>
                <fo:table-column column-width="proportional-column-width(1)"/>
                <fo:table-header>
                  <fo:table-row>
                    <xsl:for-each select="('after', 'before')">
                      <fo:table-cell border="0.5pt solid black" padding="1mm" background-color="#eeeeee">
                        <fo:block font-family="{$font-heading}" text-align="center"><xsl:value-of select="rk:text(.)"/></fo:block>
                      </fo:table-cell>
                    </xsl:for-each>
                  </fo:table-row>
                </fo:table-header>
                <fo:table-body><xsl:apply-templates select="x:row"/></fo:table-body>
              </fo:table>
            </xsl:when>
            <xsl:otherwise><fo:block><xsl:value-of select="rk:text('no-changes')"/></fo:block></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="x:impact"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="x:row">
    <fo:table-row>
      <xsl:apply-templates select="if (@kind = 'omitted') then (., .) else (x:new, x:old)" mode="cell"/>
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

  <xsl:template match="x:seg[@u = 'true']"><fo:inline text-decoration="underline"><xsl:value-of select="."/></fo:inline></xsl:template>
  <xsl:template match="x:seg"><xsl:value-of select="."/></xsl:template>

  <!-- the change list is for machines (the XML output of regkit diff); the table shows the same -->
  <xsl:template match="x:changes"/>

  <xsl:template match="x:placeholder">
    <fo:block text-align="center"><xsl:value-of select="rk:text('placeholder-' || @key)"/></fo:block>
  </xsl:template>

  <xsl:template match="x:impact">
    <fo:block id="impact" font-family="{$font-heading}" font-size="12pt" space-before="6mm" space-after="2mm" keep-with-next="always">
      <xsl:value-of select="rk:text('impact')"/></fo:block>
    <xsl:for-each select="x:citation">
      <fo:block start-indent="1em" text-indent="-1em">
        <xsl:value-of select="@system"/>　<xsl:value-of select="@name"/>：<xsl:value-of select="@ref"/> →
        <fo:inline font-family="{$font-heading}"><xsl:value-of select="rk:text('verdict-' || @verdict)"/></fo:inline>
        <xsl:if test="@newRef and @newRef != @ref">（<xsl:value-of select="@newRef"/>）</xsl:if>
      </fo:block>
    </xsl:for-each>
    <xsl:if test="x:uncited">
      <fo:block font-family="{$font-heading}" space-before="3mm"><xsl:value-of select="rk:text('uncited-new')"/></fo:block>
      <xsl:for-each select="x:uncited"><fo:block start-indent="1em"><xsl:value-of select="@label"/></fo:block></xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
