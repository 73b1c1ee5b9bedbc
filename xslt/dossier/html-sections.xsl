<?xml version="1.0" encoding="UTF-8"?>
<!-- The dossier's sections as HTML: cover, contents, summary, system sheets, annotated regulation, matrix, findings, glossary. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="urn:regkit:dossier"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:variable name="d:sections" as="map(xs:string, xs:string)"
      select="map{'summary': 'summary', 'systems': 'systems', 'regulation': 'annotated-regulation',
                  'matrix': 'matrix', 'findings': 'findings', 'glossary': 'glossary'}"/>
  <xsl:variable name="d:order" select="('summary', 'regulation', 'systems', 'matrix', 'findings', 'glossary')"/>

  <xsl:template match="d:dossier">
    <header class="cover" id="cover">
      <h1><xsl:value-of select="d:title()"/></h1>
      <p class="organisation"><xsl:value-of select="d:meta/@organisation"/></p>
      <p class="as-of"><time datetime="{d:meta/@asOf}"><xsl:value-of select="d:meta/@asOfText"/></time>
        <xsl:value-of select="rk:text('as-of-suffix')"/></p>
      <p class="regulation"><xsl:value-of select="rk:text('regulation-version') || rk:text('colon')"/>
        <a href="#regulation"><xsl:value-of select="d:meta/@regulationTitle"/></a>
        <xsl:value-of select="rk:text('paren-open')"/><xsl:value-of select="d:meta/@lawNum"/><xsl:if test="d:meta/@versionText"><xsl:value-of select="rk:text('list-separator')"/><xsl:value-of
          select="d:meta/@versionText"/><xsl:value-of select="rk:text('version-effective')"/></xsl:if><xsl:value-of select="rk:text('paren-close')"/></p>
    </header>
    <nav class="toc" aria-label="{rk:text('toc-aria')}">
      <h2><xsl:value-of select="rk:text('toc')"/></h2>
      <ol>
        <xsl:for-each select="$d:order">
          <li><a href="#{.}"><xsl:value-of select="rk:text($d:sections(.))"/></a></li>
        </xsl:for-each>
      </ol>
    </nav>
    <main>
      <xsl:apply-templates select="d:summary"/>
      <section class="part-of-dossier" id="regulation">
        <h2><xsl:value-of select="rk:text('annotated-regulation')"/></h2>
        <xsl:apply-templates select="Law/LawBody/(MainProvision, SupplProvision)">
          <xsl:with-param name="annotate" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </section>
      <section class="part-of-dossier" id="systems">
        <h2><xsl:value-of select="rk:text('systems')"/></h2>
        <xsl:apply-templates select="d:systems/d:system"/>
      </section>
      <xsl:apply-templates select="d:matrix"/>
      <xsl:apply-templates select="d:findings"/>
      <xsl:apply-templates select="d:glossary"/>
    </main>
  </xsl:template>

  <xsl:template match="d:summary">
    <section class="part-of-dossier" id="summary">
      <h2><xsl:value-of select="rk:text('summary')"/></h2>
      <p><xsl:value-of select="rk:text('system-total') || rk:text('colon')"/><xsl:value-of select="@systems"/></p>
      <xsl:if test="d:category">
        <table class="data">
          <thead><tr><th><xsl:value-of select="rk:text('category')"/><xsl:value-of select="rk:text('paren-open')"/><a href="#{@classification}"><xsl:value-of
              select="@classificationLabel"/></a><xsl:value-of select="rk:text('paren-close')"/></th><th><xsl:value-of select="rk:text('term')"/></th>
            <th><xsl:value-of select="rk:text('system-count')"/></th></tr></thead>
          <tbody>
            <xsl:for-each select="d:category">
              <tr><td><a href="#{@provision}"><xsl:value-of select="@label"/></a></td><td><xsl:value-of select="@term"/></td>
                <td class="n"><xsl:value-of select="@systems"/></td></tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
      <table class="data">
        <thead><tr><th><xsl:value-of select="rk:text('finding-kind')"/></th><th><xsl:value-of select="rk:text('count')"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="d:count">
            <tr><td><xsl:value-of select="d:text('kind', @kind)"/></td><td class="n"><xsl:value-of select="@n"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template match="d:system">
    <section class="system-sheet" id="{d:system-id(@id)}">
      <h3><xsl:value-of select="@id"/><xsl:value-of select="rk:text('space')"/><xsl:value-of select="@name"/></h3>
      <xsl:for-each select="d:description"><p><xsl:value-of select="."/></p></xsl:for-each>
      <dl class="facts">
        <xsl:if test="@builder"><dt><xsl:value-of select="rk:text('builder')"/></dt><dd><xsl:value-of select="d:text('builder', @builder)"/></dd></xsl:if>
        <xsl:if test="@personalInformationFiles"><dt><xsl:value-of select="rk:text('personal-information-files')"/></dt>
          <dd><xsl:value-of select="rk:text(if (@personalInformationFiles = 'true') then 'yes' else 'no')"/></dd></xsl:if>
        <xsl:for-each select="d:connection"><dt><xsl:value-of select="d:text('connection', @type)"/></dt><dd><xsl:value-of select="."/></dd></xsl:for-each>
        <xsl:for-each select="d:official"><dt><xsl:value-of select="d:text('role', @role)"/></dt>
          <dd><xsl:value-of select="string-join((@post, @name), rk:text('space'))"/></dd></xsl:for-each>
      </dl>
      <h4><xsl:value-of select="rk:text('cited-provisions')"/></h4>
      <xsl:apply-templates select="d:cite"/>
      <h4><xsl:value-of select="rk:text('audits')"/></h4>
      <xsl:choose>
        <xsl:when test="d:audit">
          <table class="data">
            <thead><tr><th><xsl:value-of select="rk:text('audit-date')"/></th><th><xsl:value-of select="rk:text('audit-result')"/></th>
              <th><xsl:value-of select="rk:text('findings')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="d:audit">
                <tr><td><time datetime="{@date}"><xsl:value-of select="@dateText"/></time></td><td class="word"><xsl:value-of select="d:text('result', @result)"/></td>
                  <td><xsl:value-of select="d:finding" separator="{rk:text('alternative-separator')}"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="rk:text('no-audit')"/></p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="d:finding">
        <h4><xsl:value-of select="rk:text('findings')"/></h4>
        <ul class="findings"><xsl:apply-templates select="d:finding" mode="d:item"/></ul>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="d:cite">
    <div class="cite">
      <p>
        <xsl:choose>
          <xsl:when test="@provision"><a href="#{@provision}"><xsl:value-of select="@label"/></a></xsl:when>
          <xsl:otherwise><span class="severity-error"><xsl:value-of select="@ref"/></span></xsl:otherwise>
        </xsl:choose>
        <span class="role"><xsl:value-of select="rk:parens(d:text('role', @role))"/></span>
        <xsl:if test="normalize-space()"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:if>
      </p>
      <xsl:if test="@provision">
        <div class="quote">
          <xsl:apply-templates select="key('d:provision', @provision)">
            <xsl:with-param name="ids" tunnel="yes" select="false()"/>
          </xsl:apply-templates>
        </div>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="d:matrix">
    <section class="part-of-dossier" id="matrix">
      <h2><xsl:value-of select="rk:text('matrix')"/></h2>
      <div class="matrix-wrap">
        <table class="data matrix">
          <thead><tr><th><xsl:value-of select="rk:text('system')"/></th>
            <xsl:for-each select="d:column"><th><a href="#{@provision}"><xsl:value-of select="@label"/></a></th></xsl:for-each></tr></thead>
          <tbody>
            <xsl:variable name="columns" select="d:column"/>
            <xsl:for-each select="../d:systems/d:system">
              <xsl:variable name="system" select="."/>
              <tr><th><a href="#{d:system-id(@id)}"><xsl:value-of select="@id"/></a></th>
                <xsl:for-each select="$columns">
                  <td><xsl:value-of select="distinct-values(d:cites-within($system, @provision)/d:text('role', @role))" separator="・"/></td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template match="d:findings">
    <section class="part-of-dossier" id="findings">
      <h2><xsl:value-of select="rk:text('findings')"/></h2>
      <xsl:choose>
        <xsl:when test="d:finding"><ul class="findings"><xsl:apply-templates select="d:finding" mode="d:item"/></ul></xsl:when>
        <xsl:otherwise><p><xsl:value-of select="rk:text('no-findings')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="d:finding" mode="d:item">
    <li>
      <span class="severity-{@severity}">[<xsl:value-of select="rk:text('severity-' || @severity)"/>]</span>
      <xsl:text> </xsl:text><xsl:value-of select="d:text('kind', @kind)"/>
      <xsl:if test="@system"><xsl:value-of select="rk:text('space')"/><a href="#{d:system-id(@system)}"><xsl:value-of select="@system"/></a></xsl:if>
      <xsl:if test="@provision"><xsl:value-of select="rk:text('space')"/><a href="#{@provision}"><xsl:value-of select="@label"/></a></xsl:if>
      <xsl:value-of select="rk:text('colon')"/><xsl:value-of select="."/>
    </li>
  </xsl:template>

  <xsl:template match="d:glossary">
    <section class="part-of-dossier" id="glossary">
      <h2><xsl:value-of select="rk:text('glossary')"/></h2>
      <dl class="glossary">
        <xsl:for-each select="d:term">
          <dt><xsl:value-of select="@term"/></dt>
          <dd><xsl:value-of select="."/><xsl:value-of select="rk:text('paren-open')"/><xsl:value-of select="rk:text('defined-in') || rk:text('colon')"/><a href="#{@provision}"><xsl:value-of select="@label"/></a><xsl:value-of select="rk:text('paren-close')"/></dd>
        </xsl:for-each>
      </dl>
    </section>
  </xsl:template>
</xsl:stylesheet>
