<?xml version="1.0" encoding="UTF-8"?>
<!-- What the amendment means for a register, in HTML: a table of citations and verdicts, then the new provisions no system cites. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:x="urn:regkit:diff"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="x:impact">
    <h2><xsl:value-of select="rk:text('impact')"/></h2>
    <table class="impact">
      <thead><tr><xsl:for-each select="('system', 'citation', 'verdict', 'new-citation', 'action')"><th><xsl:value-of select="rk:text(.)"/></th></xsl:for-each></tr></thead>
      <tbody>
        <xsl:for-each select="x:citation">
          <tr class="verdict-{@verdict}">
            <td><xsl:value-of select="@system || rk:text('space') || @name"/></td>
            <td><xsl:value-of select="@refLabel"/></td>
            <td><xsl:value-of select="rk:text('verdict-' || @verdict)"/></td>
            <td><xsl:value-of select="@newLabel"/></td>
            <td><xsl:value-of select="rk:text('action-' || @verdict)"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="x:uncited">
      <h2><xsl:value-of select="rk:text('uncited-new')"/></h2>
      <ul><xsl:for-each select="x:uncited"><li><a href="#new-{@new}"><xsl:value-of select="@label"/></a></li></xsl:for-each></ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
