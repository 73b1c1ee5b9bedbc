<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: a regulation as XSL-FO for Apache FOP (A4, Mincho body, Gothic headings). Wiring only. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/model.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="bookmarks.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="article.xsl"/>
  <xsl:include href="list.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
</xsl:stylesheet>
