<?xml version="1.0" encoding="UTF-8"?>
<!--
  Facts about the regulation shared by every output. Identifiers (@rk:id) and canonical labels
  (@rk:label) are put on each provision by regkit before the transform, so that the stylesheets
  never compute them a second way.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <!-- Indentation between elements is not text; only mixed content keeps its spaces. -->
  <xsl:strip-space elements="*"/>
  <xsl:preserve-space elements="Sentence Ruby Rt Sup Sub Line QuoteStruct ArithFormula LawTitle EnactStatement
      ArticleCaption ArticleTitle ParagraphNum ItemTitle ChapterTitle SectionTitle PartTitle"/>

  <xsl:variable name="rk:law" select="/Law"/>
  <xsl:variable name="rk:meta" select="/Law/rk:Meta"/>
  <!-- An appendix's heading is one line, as e-Gov prints it: 別表第一（第二条関係）, 別紙　連絡先一覧: its title,
       then the related articles and the title of its first structure, which are not printed again. -->
  <xsl:variable name="rk:appendix-titles" as="xs:string+" select="('AppdxTableTitle', 'AppdxNoteTitle', 'AppdxStyleTitle',
      'AppdxFigTitle', 'AppdxFormatTitle', 'SupplProvisionAppdxTableTitle', 'SupplProvisionAppdxStyleTitle')"/>
  <xsl:function name="rk:heading-tail" as="element()*">
    <xsl:param name="title" as="element()"/>
    <xsl:sequence select="$title/../RelatedArticleNum,
        $title/../*[ends-with(local-name(), 'Struct')][1]/*[ends-with(local-name(), 'StructTitle')]"/>
  </xsl:function>
  <xsl:function name="rk:in-heading" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists(($e/.., $e/../..)/*[local-name() = $rk:appendix-titles][rk:heading-tail(.) intersect $e])"/>
  </xsl:function>

  <!-- An appendix under LawBody (別表, 別記, 様式 …) in the contents and bookmarks: an id made from its kind and place,
       and its heading as plain text. -->
  <xsl:function name="rk:appendix-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'appdx-' || local-name($e) || '-' || count($e/preceding-sibling::*[local-name() = local-name($e)]) + 1"/>
  </xsl:function>
  <xsl:function name="rk:appendix-heading" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(($e/*[local-name() = ($rk:appendix-titles, 'ArithFormulaNum')],
        $e/RelatedArticleNum)//text()[not(ancestor::Rt)]))"/>
  </xsl:function>

  <!-- What an amending provision quotes (NewProvision) may be a title or a heading on its own (a new
       題名, 章名, 見出し), or a table of contents: each title is a line of its own, in the order quoted. -->
  <xsl:variable name="rk:quotable-titles" as="xs:string+" select="('LawTitle', 'PartTitle', 'ChapterTitle', 'SectionTitle',
      'SubsectionTitle', 'DivisionTitle', 'ArticleTitle', 'ArticleCaption', 'ParagraphCaption', 'SupplProvisionLabel',
      'TOCLabel', 'TOCPreambleLabel', 'TOCAppdxTableLabel')"/>

  <!-- the title as plain text (window title, running header, bookmarks, metadata): ruby readings left out -->
  <xsl:variable name="rk:title" as="xs:string" select="normalize-space(string-join(/Law/LawBody/LawTitle//text()[not(ancestor::Rt)]))"/>

  <!-- The id attribute of a provision; elements that are not provisions (a preamble's paragraphs) get none. -->
  <xsl:template match="@rk:id" mode="rk:id">
    <!-- a document that shows a provision twice (a dossier quoting it) gives the copy no ids -->
    <xsl:param name="ids" as="xs:boolean" tunnel="yes" select="true()"/>
    <xsl:if test="$ids">
      <xsl:attribute name="id" select="."/>
    </xsl:if>
  </xsl:template>

  <!-- Hook after a provision's own text; empty here, a dossier lists the systems bound to it. -->
  <xsl:template name="rk:after-text"/>

  <!-- Elements that are provisions (they carry @rk:id). -->
  <xsl:function name="rk:is-provision" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/@rk:id)"/>
  </xsl:function>

  <!-- The text of a sentence container: sentences run together, columns joined by an ideographic space. -->
  <xsl:function name="rk:sentence-text" as="xs:string">
    <xsl:param name="container" as="element()?"/>
    <xsl:sequence select="string-join(
        for $c in $container/* return normalize-space(string-join($c//text()[not(ancestor::Rt)], '')),
        if ($container/Column) then '&#x3000;' else '')"/>
  </xsl:function>

  <!-- The 附則 label with its amending rule and 抄, as printed. -->
  <xsl:function name="rk:suppl-label" as="xs:string">
    <xsl:param name="s" as="element(SupplProvision)"/>
    <xsl:sequence select="normalize-space($s/SupplProvisionLabel)
        || (if ($s/@AmendLawNum) then rk:parens($s/@AmendLawNum) else '')
        || (if ($s/@Extract = 'true') then rk:text('space') || rk:text('extract') else '')"/>
  </xsl:function>

  <!-- What a TOC or bookmark shows for an article: 第１条（目的）. -->
  <xsl:function name="rk:article-heading" as="xs:string">
    <xsl:param name="a" as="element(Article)"/>
    <xsl:sequence select="normalize-space($a/ArticleTitle) || normalize-space($a/ArticleCaption)"/>
  </xsl:function>
</xsl:stylesheet>
