<?xml version="1.0" encoding="UTF-8"?>
<!-- Sentences, columns and inline markup (ruby, sup, sub, lines, quotes). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="ParagraphSentence | ItemSentence | Subitem1Sentence | Subitem2Sentence | Subitem3Sentence
                       | Subitem4Sentence | Subitem5Sentence | Subitem6Sentence | Subitem7Sentence
                       | Subitem8Sentence | Subitem9Sentence | Subitem10Sentence | ListSentence
                       | Sublist1Sentence | Sublist2Sentence | Sublist3Sentence | ClassSentence | AmendProvisionSentence">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="Column">
    <xsl:if test="preceding-sibling::Column"><xsl:text>&#x3000;</xsl:text></xsl:if>
    <span class="column"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="Sentence">
    <span class="{if (@Function = 'proviso') then 'sentence proviso' else 'sentence'}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- In remarks, notes, styles and formats each sentence is a line of its own, as printed. -->
  <xsl:template match="Sentence[parent::Remarks or parent::Note or parent::Style or parent::Format]" priority="1">
    <p class="sentence"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- References: internal ones link to their (first) target; external ones are marked and named. -->
  <xsl:template match="rk:ref[@target]">
    <a class="ref" href="#{tokenize(@target)[1]}"><xsl:apply-templates/></a>
  </xsl:template>
  <xsl:template match="rk:ref[@kind = 'external']">
    <span class="ref external" title="{@law}"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="rk:ref"><xsl:apply-templates/></xsl:template>

  <xsl:template match="Ruby"><ruby><xsl:apply-templates/></ruby></xsl:template>
  <xsl:template match="Rt"><rt><xsl:apply-templates/></rt></xsl:template>
  <xsl:template match="Sup"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="Sub"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="Line"><span class="line"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="QuoteStruct | ArithFormula">
    <span class="{lower-case(local-name())}"><xsl:value-of select="normalize-space(.)"/></span>
  </xsl:template>
</xsl:stylesheet>
