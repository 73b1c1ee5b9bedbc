<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sentences, columns and inline markup. Characters outside the BMP (𠮷) are routed to
  $font-supplementary when one is configured: FOP's CJK fonts garble them in the text layer.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
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
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="Sentence">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- In remarks, notes, styles and formats each sentence is a line of its own, as printed. -->
  <xsl:template match="Sentence[parent::Remarks or parent::Note or parent::Style or parent::Format]" priority="1">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:choose>
      <xsl:when test="$font-supplementary != '' and matches(., '[&#x10000;-&#x10FFFF;]')">
        <xsl:analyze-string select="." regex="[&#x10000;-&#x10FFFF;]+">
          <xsl:matching-substring>
            <fo:inline font-family="{$font-supplementary}"><xsl:value-of select="."/></fo:inline>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- References: internal ones link to their (first) target; external ones are set apart in colour. -->
  <xsl:template match="rk:ref[@target]">
    <fo:basic-link internal-destination="{tokenize(@target)[1]}" color="{$colour-link}"><xsl:apply-templates/></fo:basic-link>
  </xsl:template>
  <xsl:template match="rk:ref[@kind = 'external']">
    <fo:inline color="{$colour-defined-term}"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="rk:ref"><xsl:apply-templates/></xsl:template>

  <!-- Ruby: base text, reading in small type after it in brackets (FOP has no ruby layout). -->
  <xsl:template match="Ruby">
    <xsl:apply-templates select="node() except Rt"/>
    <fo:inline font-size="60%"><xsl:value-of select="rk:text('paren-open')"/><xsl:apply-templates select="Rt/node()"/><xsl:value-of select="rk:text('paren-close')"/></fo:inline>
  </xsl:template>
  <xsl:template match="Sup"><fo:inline baseline-shift="super" font-size="70%"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="Sub"><fo:inline baseline-shift="sub" font-size="70%"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="Line"><fo:inline text-decoration="underline"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="QuoteStruct | ArithFormula"><xsl:value-of select="normalize-space(.)"/></xsl:template>
</xsl:stylesheet>
