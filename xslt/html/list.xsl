<?xml version="1.0" encoding="UTF-8"?>
<!-- The item family: Item and Subitem1…10 share one template; the depth only changes the indent. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="Item | Subitem1 | Subitem2 | Subitem3 | Subitem4 | Subitem5 | Subitem6
                       | Subitem7 | Subitem8 | Subitem9 | Subitem10">
    <!-- the entry's title, also when e-Gov wrote another level's (a Subitem1Title inside a Subitem2) -->
    <xsl:variable name="title" select="*[matches(local-name(), '^(Item|Subitem[0-9]+)Title$')][1]"/>
    <xsl:variable name="sentence" select="*[local-name() = local-name(current()) || 'Sentence']"/>
    <div class="{lower-case(local-name())}">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <p class="sentence">
        <xsl:if test="normalize-space($title)">
          <span class="num"><xsl:apply-templates select="$title/node()"/></span>
          <xsl:text>&#x3000;</xsl:text>
        </xsl:if>
        <xsl:apply-templates select="$sentence"/>
      </p>
      <xsl:call-template name="rk:after-text"/>
      <xsl:apply-templates select="* except ($title, $sentence)"/>
    </div>
  </xsl:template>
</xsl:stylesheet>
