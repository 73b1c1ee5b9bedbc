<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: an amending rule (一部改正の訓令) as one HTML page, laid out as a 公報 prints it. Wiring only. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="html-document.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no"
      indent="yes" suppress-indentation="p h1"/>
</xsl:stylesheet>
