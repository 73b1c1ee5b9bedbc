<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page masters and the document skeleton: a table-of-contents sequence, then the body, both with
  the running header (the title) and page numbers. Text is aligned "start", never "justify":
  FOP breaks lines right after 「第１条　」 when justifying Japanese.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="{$body-font-size}"
             line-height="{$line-height}" text-align="start">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="12mm" margin-bottom="12mm" margin-left="{$page-margin}" margin-right="{$page-margin}">
          <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
          <fo:region-before extent="10mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <!-- dc:title as a language alternative, as PDF/A requires (FOP alone writes a plain value). -->
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$rk:title"/></rdf:li></rdf:Alt></dc:title>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <xsl:call-template name="rk:bookmarks"/>
      <fo:page-sequence master-reference="page" id="toc-sequence">
        <xsl:call-template name="rk:running-parts"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="rk:toc"/>
        </fo:flow>
      </fo:page-sequence>
      <!--
        FOP lays out a whole page-sequence in memory, so the body is split: a new sequence starts at
        each part or chapter, at the 附則, and every $articles-per-sequence articles of a flat main
        provision. Page numbers run on across sequences. A small regulation stays one sequence, so
        that its 附則 does not start a new page.
      -->
      <xsl:for-each-group select="Law/LawBody/(Preamble, MainProvision/*, SupplProvision, AppdxTable, AppdxNote,
                                  AppdxStyle, Appdx, AppdxFig, AppdxFormat)"
          group-starting-with="(Part | Chapter | SupplProvision[1]
                               | MainProvision/Article[count(preceding-sibling::Article) mod $articles-per-sequence = 0])
                               [$rk:split-sequences]">
        <fo:page-sequence master-reference="page">
          <xsl:call-template name="rk:running-parts"/>
          <fo:flow flow-name="xsl-region-body">
            <xsl:if test="position() = 1">
              <xsl:for-each select="/Law">
                <xsl:call-template name="rk:header"/>
                <xsl:call-template name="rk:statements"/>
              </xsl:for-each>
            </xsl:if>
            <xsl:apply-templates select="current-group()"/>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each-group>
    </fo:root>
  </xsl:template>

  <xsl:variable name="rk:split-sequences" as="xs:boolean"
      select="count(/Law/LawBody//Article) gt $articles-per-sequence"/>

  <xsl:template name="rk:running-parts">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="{$font-heading}" font-size="8pt" color="#444444" text-align="end"
                border-bottom="0.3pt solid #888888" padding-bottom="1mm">
        <xsl:value-of select="$rk:title"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-size="9pt" text-align="center">
        <xsl:value-of select="rk:text('page-prefix')"/><fo:page-number/><xsl:value-of select="rk:text('page-suffix')"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

</xsl:stylesheet>
