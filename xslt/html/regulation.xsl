<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: a regulation as one self-contained HTML5 page. It only wires modules. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/model.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="article.xsl"/>
  <xsl:include href="list.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no"
      indent="yes" suppress-indentation="p h1 h2 h3 li td th"/>
</xsl:stylesheet>
