<?xml version="1.0" encoding="UTF-8"?>
<!-- Tables, remarks, lists, classes, figures, amendment provisions and appendices. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="TableStruct | Remarks | List | Sublist1 | Sublist2 | Sublist3 | Class | StyleStruct | Style
                       | AmendProvision | NewProvision | AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig
                       | AppdxFormat | NoteStruct | Note | FormatStruct | Format
                       | SupplProvisionAppdxTable | SupplProvisionAppdxStyle | SupplProvisionAppdx | FigStruct">
    <fo:block start-indent="2em" space-before="1mm">
      <xsl:if test="parent::LawBody"><xsl:attribute name="id" select="rk:appendix-id(.)"/></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="TableStructTitle | FigStructTitle | StyleStructTitle | ClassTitle | RemarksLabel
                       | AppdxTableTitle | AppdxNoteTitle | AppdxStyleTitle | AppdxFigTitle | AppdxFormatTitle
                       | NoteStructTitle | FormatStructTitle | SupplProvisionAppdxTableTitle | SupplProvisionAppdxStyleTitle
                       | ArithFormulaNum | RelatedArticleNum | ArticleRange">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="*[local-name() = $rk:appendix-titles]" priority="1">
    <fo:block><xsl:apply-templates/>
      <xsl:for-each select="rk:heading-tail(.)">
        <xsl:if test="ends-with(local-name(), 'StructTitle')"><xsl:text>&#x3000;</xsl:text></xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each></fo:block>
  </xsl:template>
  <xsl:template match="*[rk:in-heading(.)]" priority="1"/>

  <xsl:template match="*[parent::NewProvision or parent::TOC/ancestor::NewProvision][local-name() = $rk:quotable-titles]">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="TOC[ancestor::NewProvision]">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <!-- an entry of a quoted table of contents: its titles and article range on one line, then the entries below it -->
  <xsl:template match="*[ancestor::TOC/ancestor::NewProvision][starts-with(local-name(), 'TOC')][not(local-name() = $rk:quotable-titles)]">
    <fo:block start-indent="from-parent(start-indent) + 1em">
      <fo:block><xsl:for-each select="* except *[starts-with(local-name(), 'TOC')]">
        <xsl:if test="position() > 1"><xsl:text>&#x3000;</xsl:text></xsl:if>
        <xsl:apply-templates select="node()"/>
      </xsl:for-each></fo:block>
      <xsl:apply-templates select="*[starts-with(local-name(), 'TOC')]"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="Table">
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-before="1mm" space-after="1mm">
      <fo:table-body><xsl:apply-templates/></fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="TableHeaderRow | TableRow">
    <fo:table-row><xsl:apply-templates/></fo:table-row>
  </xsl:template>

  <xsl:template match="TableHeaderColumn | TableColumn">
    <!-- e-Gov data has cells spanning more rows than follow them, which FOP refuses: a cell spans at most
         the rows that are left (regkit refuses spans beyond any real table's when it loads a document) -->
    <fo:table-cell border="0.5pt solid black" padding="1mm"
                   number-rows-spanned="{min((xs:integer((@rowspan[. castable as xs:integer], 1)[1]), count(../following-sibling::*) + 1))}"
                   number-columns-spanned="{(@colspan[. castable as xs:integer], 1)[1]}" xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <fo:block start-indent="0" text-indent="0"><xsl:apply-templates/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- Figures are never fetched: the document names the file instead. -->
  <xsl:template match="Fig">
    <fo:block color="{$colour-muted}"><xsl:value-of select="rk:text('figure-not-embedded')"/> <xsl:value-of select="@src"/></fo:block>
  </xsl:template>
</xsl:stylesheet>
