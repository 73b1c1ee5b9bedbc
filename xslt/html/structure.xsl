<?xml version="1.0" encoding="UTF-8"?>
<!-- Main provision, groupings (編 章 節 款 目), 附則, preamble, table of contents element. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="MainProvision">
    <div class="main-provision"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="Part | Chapter">
    <section class="{lower-case(local-name())}">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <h2><xsl:apply-templates select="PartTitle/node() | ChapterTitle/node()"/></h2>
      <xsl:apply-templates select="* except (PartTitle, ChapterTitle)"/>
    </section>
  </xsl:template>

  <xsl:template match="Section | Subsection | Division">
    <section class="{lower-case(local-name())}">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <h3><xsl:apply-templates select="*[1]/node()"/></h3>
      <xsl:apply-templates select="* except *[1]"/>
    </section>
  </xsl:template>

  <xsl:template match="SupplProvision">
    <section class="suppl">
      <xsl:apply-templates select="@rk:id" mode="rk:id"/>
      <h2><xsl:value-of select="rk:suppl-label(.)"/></h2>
      <xsl:apply-templates select="* except SupplProvisionLabel"/>
    </section>
  </xsl:template>

  <xsl:template match="Preamble">
    <div class="preamble"><xsl:apply-templates/></div>
  </xsl:template>

  <!-- The law's own TOC element is replaced by the generated navigation. -->
  <xsl:template match="TOC"/>
</xsl:stylesheet>
