<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the 新旧対照表 (and the impact on a register) as one HTML page. Wiring only. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="common.xsl"/>
  <xsl:include href="html-document.xsl"/>
  <xsl:include href="html-table.xsl"/>
  <xsl:include href="html-impact.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no"
      indent="yes" suppress-indentation="p h1 h2 td th li"/>
</xsl:stylesheet>
