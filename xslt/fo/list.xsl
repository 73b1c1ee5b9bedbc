<?xml version="1.0" encoding="UTF-8"?>
<!-- The item family: one template for Item and Subitem1…10, indented one em per level, number hanging. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="Item | Subitem1 | Subitem2 | Subitem3 | Subitem4 | Subitem5 | Subitem6
                       | Subitem7 | Subitem8 | Subitem9 | Subitem10">
    <!-- the entry's title, also when e-Gov wrote another level's (a Subitem1Title inside a Subitem2) -->
    <xsl:variable name="title" select="*[matches(local-name(), '^(Item|Subitem[0-9]+)Title$')][1]"/>
    <xsl:variable name="sentence" select="*[local-name() = local-name(current()) || 'Sentence']"/>
    <xsl:variable name="depth" select="if (self::Item) then 0 else xs:integer(substring-after(local-name(), 'Subitem'))"
                  xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <fo:block>
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <fo:block start-indent="{$depth + 2}em" text-indent="-1em">
        <xsl:if test="normalize-space($title)">
          <xsl:apply-templates select="$title/node()"/>
          <xsl:text>&#x3000;</xsl:text>
        </xsl:if>
        <xsl:apply-templates select="$sentence"/>
      </fo:block>
      <xsl:call-template name="rk:after-text"/>
      <xsl:apply-templates select="* except ($title, $sentence)"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
