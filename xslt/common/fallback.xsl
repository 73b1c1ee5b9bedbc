<?xml version="1.0" encoding="UTF-8"?>
<!-- An element no module handles stops the transform with its path: nothing is dropped silently. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10" mode="#all">
    <xsl:message terminate="yes" error-code="rk:unhandled">regkit: no template for element <xsl:value-of select="'/' || string-join(ancestor-or-self::*/name(), '/')"/></xsl:message>
  </xsl:template>
</xsl:stylesheet>
