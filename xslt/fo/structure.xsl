<?xml version="1.0" encoding="UTF-8"?>
<!-- Main provision, groupings (編 章 節 款 目), 附則, preamble. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="MainProvision | Preamble">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="Part | Chapter | Section | Subsection | Division">
    <xsl:variable name="level" select="count(ancestor::Part | ancestor::Chapter | ancestor::Section | ancestor::Subsection)"/>
    <fo:block>
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <fo:block font-family="{$font-heading}" start-indent="{3 + $level}em" space-before="4mm" space-after="2mm"
                keep-with-next="always">
        <xsl:apply-templates select="*[1]/node()"/>
      </fo:block>
      <xsl:apply-templates select="* except *[1]"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="SupplProvision">
    <fo:block>
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <fo:block font-family="{$font-heading}" start-indent="3em" space-before="6mm" space-after="2mm"
                keep-with-next="always">
        <xsl:value-of select="rk:suppl-label(.)"/>
      </fo:block>
      <xsl:apply-templates select="* except SupplProvisionLabel"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="TOC"/>
</xsl:stylesheet>
