<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document skeleton: a table-of-contents sequence, then the body, both with
  the running header (the title) and page numbers. Text is aligned "start", never "justify":
  FOP breaks lines right after 「第１条　」 when justifying Japanese.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <fo:root xml:lang="{$lang}" font-family="{$font-body}" font-size="{$body-font-size}"
             line-height="{$line-height}" text-align="start">
      <xsl:call-template name="rk:page-setup">
        <xsl:with-param name="title" select="$rk:title"/>
      </xsl:call-template>
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

  <!-- The running header shows the regulation's title (the dossier, which imports this, shows its own). -->
  <xsl:template name="rk:running-parts">
    <xsl:call-template name="rk:running-head">
      <xsl:with-param name="title" select="$rk:title"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
