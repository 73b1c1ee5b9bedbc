<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: an amending rule as XSL-FO, laid out as a 公報 prints it. Wiring only. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../fo/page.xsl"/>
  <xsl:include href="fo-document.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
</xsl:stylesheet>
