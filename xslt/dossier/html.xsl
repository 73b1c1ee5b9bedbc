<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the compliance dossier as one HTML page. It imports the regulation modules
  (for quoting and annotating provisions) and overrides only the page and the rk:after-text hook.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:d="urn:regkit:dossier"
    xmlns:rk="urn:regkit:regulation"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/regulation.xsl"/>
  <xsl:include href="common.xsl"/>
  <xsl:include href="html-sections.xsl"/>

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" omit-xml-declaration="yes" include-content-type="no"
      indent="yes" suppress-indentation="p h1 h2 h3 h4 li td th dd dt"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="regkit"/>
        <title><xsl:value-of select="d:title()"/></title>
        <style>
          <xsl:value-of select="unparsed-text(resolve-uri('../html/regulation.css', static-base-uri()))" disable-output-escaping="yes"/>
          <xsl:value-of select="unparsed-text(resolve-uri('dossier.css', static-base-uri()))" disable-output-escaping="yes"/>
        </style>
      </head>
      <body>
        <xsl:apply-templates select="d:dossier"/>
      </body>
    </html>
  </xsl:template>

  <!-- In the annotated regulation, each provision lists the systems bound to it. -->
  <xsl:template name="rk:after-text">
    <xsl:param name="annotate" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:variable name="cites" select="key('d:cites-of', @rk:id)"/>
    <xsl:if test="$annotate and $cites">
      <p class="bound"><span class="bound-label"><xsl:value-of select="rk:text('bound-systems')"/></span>
        <xsl:for-each select="$cites">
          <xsl:text> </xsl:text>
          <a href="#{d:system-id(../@id)}" class="system-link"><xsl:value-of select="../@id"/></a>
          <span class="role"><xsl:value-of select="rk:parens(d:text('role', @role))"/></span>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
