<?xml version="1.0" encoding="UTF-8"?>
<!-- Articles and paragraphs: the caption in Gothic on its own line, then 第１条　text with a hanging indent. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="Article">
    <fo:block space-before="2mm">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <xsl:apply-templates select="ArticleCaption"/>
      <xsl:apply-templates select="* except (ArticleCaption, ArticleTitle)"/>
      <!-- what a dossier adds to a whole article comes after it, never between its caption and its text -->
      <xsl:call-template name="rk:after-text"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="ArticleCaption | ParagraphCaption">
    <fo:block font-family="{$font-heading}" start-indent="1em" keep-with-next="always">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="SupplNote">
    <fo:block start-indent="1em"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="Paragraph">
    <xsl:variable name="num" select="if (parent::Article and not(preceding-sibling::Paragraph))
                                     then ../ArticleTitle else ParagraphNum"/>
    <fo:block>
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <xsl:apply-templates select="ParagraphCaption"/>
      <fo:block start-indent="1em" text-indent="-1em">
        <xsl:if test="normalize-space($num)">
          <fo:inline font-family="{$font-heading}"><xsl:apply-templates select="$num/node()"/></fo:inline>
          <xsl:text>&#x3000;</xsl:text>
        </xsl:if>
        <xsl:apply-templates select="ParagraphSentence"/>
      </fo:block>
      <xsl:call-template name="rk:after-text"/>
      <xsl:apply-templates select="* except (ParagraphCaption, ParagraphNum, ParagraphSentence)"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
