<?xml version="1.0" encoding="UTF-8"?>
<!-- Tables, remarks, lists, classes, figures, amendment provisions and appendices. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="TableStruct">
    <div class="table-struct">
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="TableStructTitle | FigStructTitle | StyleStructTitle | ClassTitle | RemarksLabel
                       | AppdxTableTitle | AppdxNoteTitle | AppdxStyleTitle | AppdxFigTitle | AppdxFormatTitle
                       | NoteStructTitle | FormatStructTitle | SupplProvisionAppdxTableTitle | SupplProvisionAppdxStyleTitle
                       | ArithFormulaNum | RelatedArticleNum | ArticleRange">
    <p class="{lower-case(local-name())}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="*[local-name() = $rk:appendix-titles]" priority="1">
    <p class="appendix-title"><xsl:apply-templates/>
      <xsl:for-each select="rk:heading-tail(.)">
        <xsl:if test="ends-with(local-name(), 'StructTitle')"><xsl:text>&#x3000;</xsl:text></xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each></p>
  </xsl:template>
  <xsl:template match="*[rk:in-heading(.)]" priority="1"/>

  <xsl:template match="Table">
    <table class="law-table"><tbody><xsl:apply-templates/></tbody></table>
  </xsl:template>

  <xsl:template match="TableHeaderRow | TableRow">
    <tr><xsl:apply-templates/></tr>
  </xsl:template>

  <xsl:template match="TableHeaderColumn">
    <th><xsl:apply-templates/></th>
  </xsl:template>

  <xsl:template match="TableColumn">
    <td>
      <xsl:if test="@rowspan"><xsl:attribute name="rowspan" select="@rowspan"/></xsl:if>
      <xsl:if test="@colspan"><xsl:attribute name="colspan" select="@colspan"/></xsl:if>
      <xsl:apply-templates/>
    </td>
  </xsl:template>

  <xsl:template match="Remarks | List | Sublist1 | Sublist2 | Sublist3 | Class | StyleStruct | Style
                       | AmendProvision | NewProvision | AppdxTable | AppdxNote | AppdxStyle | Appdx | AppdxFig
                       | AppdxFormat | NoteStruct | Note | FormatStruct | Format
                       | SupplProvisionAppdxTable | SupplProvisionAppdxStyle | SupplProvisionAppdx">
    <div class="{lower-case(local-name())}">
      <xsl:if test="parent::LawBody"><xsl:attribute name="id" select="rk:appendix-id(.)"/></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="*[parent::NewProvision or parent::TOC/ancestor::NewProvision][local-name() = $rk:quotable-titles]">
    <p class="quoted-line"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="TOC[ancestor::NewProvision]">
    <div class="toc-quoted"><xsl:apply-templates/></div>
  </xsl:template>
  <!-- an entry of a quoted table of contents: its titles and article range on one line, then the entries below it -->
  <xsl:template match="*[ancestor::TOC/ancestor::NewProvision][starts-with(local-name(), 'TOC')][not(local-name() = $rk:quotable-titles)]">
    <div class="toc-entry">
      <p><xsl:for-each select="* except *[starts-with(local-name(), 'TOC')]">
        <xsl:if test="position() > 1"><xsl:text>&#x3000;</xsl:text></xsl:if>
        <xsl:apply-templates select="node()"/>
      </xsl:for-each></p>
      <xsl:apply-templates select="*[starts-with(local-name(), 'TOC')]"/>
    </div>
  </xsl:template>

  <!-- Figures are never fetched: the page names the file instead. -->
  <xsl:template match="FigStruct">
    <div class="figure"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="Fig">
    <p class="fig"><xsl:value-of select="rk:text('figure-not-embedded')"/>
      <xsl:text> </xsl:text><code><xsl:value-of select="@src"/></code></p>
  </xsl:template>
</xsl:stylesheet>
