<?xml version="1.0" encoding="UTF-8"?>
<!-- Articles and paragraphs: caption, 第１条　text, ２　text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <!-- A captioned article is a section headed by its caption; one without a caption is a plain block. -->
  <xsl:template match="Article">
    <xsl:element name="{if (ArticleCaption) then 'section' else 'div'}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:attribute name="class" select="'article'"/>
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <xsl:apply-templates select="ArticleCaption"/>
      <xsl:apply-templates select="* except (ArticleCaption, ArticleTitle)"/>
      <!-- what a dossier adds to a whole article comes after it, never between its caption and its text -->
      <xsl:call-template name="rk:after-text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="ArticleCaption">
    <h3 class="caption"><xsl:apply-templates/></h3>
  </xsl:template>

  <xsl:template match="ParagraphCaption">
    <p class="caption"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="SupplNote">
    <p class="suppl-note"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="Paragraph">
    <div class="paragraph">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <xsl:apply-templates select="ParagraphCaption"/>
      <xsl:variable name="num" select="if (parent::Article and not(preceding-sibling::Paragraph))
                                       then ../ArticleTitle else ParagraphNum"/>
      <p class="sentence">
        <xsl:if test="normalize-space($num)">
          <span class="num"><xsl:apply-templates select="$num/node()"/></span>
          <xsl:text>&#x3000;</xsl:text>
        </xsl:if>
        <xsl:apply-templates select="ParagraphSentence"/>
      </p>
      <xsl:call-template name="rk:after-text"/>
      <xsl:apply-templates select="* except (ParagraphCaption, ParagraphNum, ParagraphSentence)"/>
    </div>
  </xsl:template>
</xsl:stylesheet>
