<?xml version="1.0" encoding="UTF-8"?>
<!-- What the amendment means for a register, in XSL-FO: one line per citation, then the new provisions no system cites. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="x:impact">
    <fo:block id="impact" font-family="{$font-heading}" font-size="12pt" space-before="6mm" space-after="2mm" keep-with-next="always">
      <xsl:value-of select="rk:text('impact')"/></fo:block>
    <xsl:for-each select="x:citation">
      <fo:block start-indent="1em" text-indent="-1em">
        <xsl:value-of select="rk:labelled(@system || rk:text('space') || @name, @refLabel)"/> →
        <fo:inline font-family="{$font-heading}"><xsl:value-of select="rk:text('verdict-' || @verdict)"/></fo:inline>
        <xsl:if test="@newLabel and @newLabel != @refLabel"><xsl:value-of select="rk:parens(@newLabel)"/></xsl:if>
        <fo:block start-indent="2em" text-indent="0" font-size="0.9em"><xsl:value-of select="rk:text('action-' || @verdict)"/></fo:block>
      </fo:block>
    </xsl:for-each>
    <xsl:if test="x:uncited">
      <fo:block font-family="{$font-heading}" space-before="3mm"><xsl:value-of select="rk:text('uncited-new')"/></fo:block>
      <xsl:for-each select="x:uncited"><fo:block start-indent="1em"><xsl:value-of select="@label"/></fo:block></xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
