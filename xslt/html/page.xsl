<?xml version="1.0" encoding="UTF-8"?>
<!-- The page shell: head with inline CSS (no fetch), header, table of contents, body. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="regkit"/>
        <title><xsl:value-of select="$rk:title"/></title>
        <!-- raw: a browser does not unescape &gt; inside <style>; the CSS holds no < or & -->
        <style><xsl:value-of select="unparsed-text(resolve-uri('regulation.css', static-base-uri()))"
                             disable-output-escaping="yes"/></style>
      </head>
      <body>
        <xsl:apply-templates select="Law"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="Law">
    <xsl:call-template name="rk:header"/>
    <xsl:call-template name="rk:toc"/>
    <main>
      <xsl:call-template name="rk:statements"/>
      <xsl:apply-templates select="LawBody/(* except (LawTitle, EnactStatement))"/>
    </main>
  </xsl:template>
</xsl:stylesheet>
