<?xml version="1.0" encoding="UTF-8"?>
<!-- The dossier's sections as XSL-FO: cover, contents, summary, system sheets, annotated regulation, matrix, findings, glossary. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:d="urn:regkit:dossier"
    xmlns:rk="urn:regkit:regulation"
    exclude-result-prefixes="#all">

  <xsl:variable name="d:parts" as="element()*">
    <d:part id="summary" key="summary"/>
    <d:part id="regulation" key="annotated-regulation"/>
    <d:part id="systems" key="systems"/>
    <d:part id="matrix" key="matrix"/>
    <d:part id="findings" key="findings"/>
    <d:part id="glossary" key="glossary"/>
  </xsl:variable>

  <xsl:template name="d:bookmarks">
    <fo:bookmark-tree>
      <xsl:for-each select="$d:parts">
        <fo:bookmark internal-destination="{@id}">
          <fo:bookmark-title><xsl:value-of select="rk:text(@key)"/></fo:bookmark-title>
          <xsl:if test="@id = 'systems'">
            <xsl:for-each select="$d:root/d:systems/d:system">
              <fo:bookmark internal-destination="{d:system-id(@id)}">
                <fo:bookmark-title><xsl:value-of select="@id || rk:text('space') || @name"/></fo:bookmark-title>
              </fo:bookmark>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="@id = 'regulation'">
            <xsl:apply-templates select="$d:root/Law/LawBody/(MainProvision/*, SupplProvision)" mode="bookmark"/>
          </xsl:if>
        </fo:bookmark>
      </xsl:for-each>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:variable name="d:root" select="/d:dossier"/>

  <xsl:template name="d:sequence">
    <xsl:param name="content" as="item()*"/>
    <fo:page-sequence master-reference="page">
      <xsl:call-template name="rk:running-parts"/>
      <fo:flow flow-name="xsl-region-body">
        <xsl:sequence select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="d:heading">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <fo:block id="{$id}" font-family="{$font-heading}" font-size="13pt" space-after="3mm" border-bottom="0.5pt solid {$colour-section-rule}"
              keep-with-next="always"><xsl:value-of select="$text"/></fo:block>
  </xsl:template>

  <xsl:template match="d:dossier">
    <xsl:call-template name="d:sequence">
      <xsl:with-param name="content">
        <fo:block id="cover" space-before="40mm" font-family="{$font-heading}" font-size="20pt"><xsl:value-of select="d:title()"/></fo:block>
        <fo:block font-size="12pt" space-before="4mm"><xsl:value-of select="rk:text('dossier')"/></fo:block>
        <fo:block font-size="12pt" space-before="8mm"><xsl:value-of select="d:meta/@organisation"/></fo:block>
        <fo:block font-size="12pt"><xsl:value-of select="d:meta/@asOfText"/><xsl:value-of select="rk:text('as-of-suffix')"/></fo:block>
        <fo:block space-before="8mm"><xsl:value-of select="rk:text('regulation-version') || rk:text('colon')"/><xsl:value-of select="d:meta/@regulationTitle"/></fo:block>
        <fo:block><xsl:value-of select="rk:text('paren-open')"/><xsl:value-of select="d:meta/@lawNum"/><xsl:if test="d:meta/@versionText"><xsl:value-of select="rk:text('list-separator')"/><xsl:value-of
            select="d:meta/@versionText"/><xsl:value-of select="rk:text('version-effective')"/></xsl:if><xsl:value-of select="rk:text('paren-close')"/></fo:block>
        <fo:block id="toc" break-before="page" font-family="{$font-heading}" font-size="13pt" space-after="4mm">
          <xsl:value-of select="rk:text('toc')"/></fo:block>
        <xsl:for-each select="$d:parts">
          <fo:block text-align-last="justify">
            <fo:basic-link internal-destination="{@id}"><xsl:value-of select="rk:text(@key)"/>
              <fo:leader leader-pattern="dots"/><fo:page-number-citation ref-id="{@id}"/></fo:basic-link>
          </fo:block>
        </xsl:for-each>
        <fo:block break-before="page"/>
        <xsl:apply-templates select="d:summary"/>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="d:sequence">
      <xsl:with-param name="content">
        <xsl:call-template name="d:heading">
          <xsl:with-param name="id" select="'regulation'"/>
          <xsl:with-param name="text" select="rk:text('annotated-regulation')"/>
        </xsl:call-template>
        <xsl:apply-templates select="Law/LawBody/(MainProvision, SupplProvision)">
          <xsl:with-param name="annotate" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each-group select="d:systems/d:system" group-adjacent="(position() - 1) idiv $systems-per-sequence">
      <xsl:call-template name="d:sequence">
        <xsl:with-param name="content">
          <xsl:if test="position() = 1">
            <xsl:call-template name="d:heading">
              <xsl:with-param name="id" select="'systems'"/>
              <xsl:with-param name="text" select="rk:text('systems')"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="current-group()"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each-group>
    <xsl:call-template name="d:sequence">
      <xsl:with-param name="content">
        <xsl:apply-templates select="d:matrix, d:findings, d:glossary"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="d:summary">
    <xsl:call-template name="d:heading">
      <xsl:with-param name="id" select="'summary'"/>
      <xsl:with-param name="text" select="rk:text('summary')"/>
    </xsl:call-template>
    <fo:block space-after="2mm"><xsl:value-of select="rk:text('system-total') || rk:text('colon')"/><xsl:value-of select="@systems"/></fo:block>
    <xsl:if test="d:category">
      <xsl:call-template name="d:table">
        <xsl:with-param name="widths" select="(35, 50, 15)"/>
        <xsl:with-param name="head" select="(rk:text('category') || rk:parens(@classificationLabel), rk:text('term'), rk:text('system-count'))"/>
        <xsl:with-param name="rows" as="element()*">
          <xsl:for-each select="d:category">
            <fo:table-row>
              <xsl:call-template name="d:cell"><xsl:with-param name="content"><fo:basic-link internal-destination="{@provision}"><xsl:value-of select="@label"/></fo:basic-link></xsl:with-param></xsl:call-template>
              <xsl:call-template name="d:cell"><xsl:with-param name="content" select="string(@term)"/></xsl:call-template>
              <xsl:call-template name="d:cell"><xsl:with-param name="content" select="string(@systems)"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
            </fo:table-row>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="d:table">
      <xsl:with-param name="widths" select="(70, 30)"/>
      <xsl:with-param name="head" select="(rk:text('finding-kind'), rk:text('count'))"/>
      <xsl:with-param name="rows" as="element()*">
        <xsl:for-each select="d:count">
          <fo:table-row>
            <xsl:call-template name="d:cell"><xsl:with-param name="content" select="d:text('kind', @kind)"/></xsl:call-template>
            <xsl:call-template name="d:cell"><xsl:with-param name="content" select="string(@n)"/><xsl:with-param name="align" select="'end'"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    A system sheet. Kept flat for FOP, which lays out some 20 pages a second and slows further
    with borders and keep constraints: facts on one line, each quoted provision as plain lines.
  -->
  <xsl:template match="d:system">
    <fo:block id="{d:system-id(@id)}" space-before="3mm" border-top="0.5pt solid {$colour-sheet-rule}" padding-top="1mm">
      <fo:block font-family="{$font-heading}" font-size="10.5pt"><xsl:value-of select="@id"/><xsl:value-of select="rk:text('space')"/><xsl:value-of select="@name"/></fo:block>
      <xsl:for-each select="d:description"><fo:block><xsl:value-of select="."/></fo:block></xsl:for-each>
      <fo:block>
        <xsl:value-of select="string-join((
            @builder ! (rk:text('builder') || rk:text('colon') || d:text('builder', .)),
            @personalInformationFiles ! (rk:text('personal-information-files') || rk:text('colon') || rk:text(if (. = 'true') then 'yes' else 'no')),
            d:connection ! (d:text('connection', @type) || rk:text('colon') || .),
            d:official ! (d:text('role', @role) || rk:text('colon') || string-join((@post, @name), rk:text('space')))), rk:text('alternative-separator'))"/>
      </fo:block>
      <fo:block font-family="{$font-heading}" space-before="1mm"><xsl:value-of select="rk:text('cited-provisions')"/></fo:block>
      <xsl:apply-templates select="d:cite"/>
      <fo:block font-family="{$font-heading}" space-before="1mm"><xsl:value-of select="rk:text('audits') || rk:text('colon')"/><fo:inline font-family="{$font-body}">
        <xsl:choose>
          <xsl:when test="d:audit">
            <xsl:sequence select="d:unbroken-dates(string-join(d:audit ! (@dateText || ' ' || d:text('result', @result)
                || (if (d:finding) then rk:parens(string-join(d:finding, rk:text('alternative-separator'))) else '')), rk:text('list-separator')))"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="rk:text('no-audit')"/></xsl:otherwise>
        </xsl:choose></fo:inline>
      </fo:block>
      <xsl:if test="d:finding">
        <xsl:apply-templates select="d:finding" mode="d:item"/>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="d:cite">
    <fo:block space-before="0.5mm">
      <xsl:choose>
        <xsl:when test="@provision">
          <fo:basic-link internal-destination="{@provision}" color="{$colour-link}" keep-together.within-line="always"><xsl:value-of select="@label"/></fo:basic-link>
          <fo:inline keep-together.within-line="always"><xsl:value-of select="rk:text('page-ref-prefix')"/><fo:page-number-citation ref-id="{@provision}"/><xsl:value-of select="rk:text('page-ref-suffix')"/></fo:inline>
        </xsl:when>
        <xsl:otherwise><fo:inline color="{$colour-alert}"><xsl:value-of select="@ref"/></fo:inline></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="rk:parens(d:text('role', @role))"/><xsl:if test="normalize-space()"><xsl:value-of select="rk:text('space')"/><xsl:value-of select="."/></xsl:if>
    </fo:block>
    <xsl:for-each select="key('d:provision', @provision)">
      <fo:block start-indent="2em" font-size="8.5pt" color="{$colour-note}">
        <xsl:apply-templates select="." mode="d:quote"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A provision quoted as plain lines: its title and text, then those of everything inside it. -->
  <xsl:template match="*[@rk:id]" mode="d:quote">
    <xsl:variable name="own" select="*[ends-with(local-name(), 'Sentence') and local-name() != 'Sentence']"/>
    <xsl:variable name="title" select="if (self::Paragraph) then (if (parent::Article and not(preceding-sibling::Paragraph))
        then ../ArticleTitle else ParagraphNum) else *[local-name() = local-name(current()) || 'Title']"/>
    <xsl:if test="self::Article and ArticleCaption"><fo:block><xsl:value-of select="ArticleCaption"/></fo:block></xsl:if>
    <xsl:if test="$own">
      <fo:block><xsl:value-of select="string-join((normalize-space($title)[.], rk:sentence-text($own)), '&#x3000;')"/></fo:block>
    </xsl:if>
    <xsl:apply-templates select="*[@rk:id]" mode="d:quote"/>
  </xsl:template>

  <xsl:template match="d:matrix">
    <xsl:call-template name="d:heading">
      <xsl:with-param name="id" select="'matrix'"/>
      <xsl:with-param name="text" select="rk:text('matrix')"/>
    </xsl:call-template>
    <xsl:variable name="columns" select="d:column"/>
    <xsl:variable name="share" select="if (count($columns)) then 80 div count($columns) else 80"/>
    <xsl:call-template name="d:table">
      <xsl:with-param name="widths" select="(20, for $c in $columns return $share)"/>
      <xsl:with-param name="head" select="(rk:text('system'), $columns/@label ! string())"/>
      <xsl:with-param name="rows" as="element()*">
        <xsl:for-each select="../d:systems/d:system">
          <xsl:variable name="system" select="."/>
          <fo:table-row>
            <xsl:call-template name="d:cell"><xsl:with-param name="content"><fo:basic-link internal-destination="{d:system-id(@id)}"><xsl:value-of select="@id"/></fo:basic-link></xsl:with-param></xsl:call-template>
            <xsl:for-each select="$columns">
              <xsl:call-template name="d:cell">
                <xsl:with-param name="content" select="string-join(distinct-values(d:cites-within($system, @provision)/d:text('role', @role)), '・')"/>
                <xsl:with-param name="align" select="'center'"/>
              </xsl:call-template>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="d:findings">
    <fo:block break-before="page"/>
    <xsl:call-template name="d:heading">
      <xsl:with-param name="id" select="'findings'"/>
      <xsl:with-param name="text" select="rk:text('findings')"/>
    </xsl:call-template>
    <xsl:apply-templates select="d:finding" mode="d:item"/>
    <xsl:if test="empty(d:finding)"><fo:block><xsl:value-of select="rk:text('no-findings')"/></fo:block></xsl:if>
  </xsl:template>

  <xsl:template match="d:finding" mode="d:item">
    <fo:block start-indent="1em" text-indent="-1em" space-before="0.5mm">
      <fo:inline font-family="{$font-heading}" color="{if (@severity = 'error') then $colour-alert else if (@severity = 'warning') then $colour-warning else $colour-muted}"><xsl:value-of select="rk:text('bracket-open')"/><xsl:value-of
          select="rk:text('severity-' || @severity)"/><xsl:value-of select="rk:text('bracket-close')"/></fo:inline><xsl:value-of select="d:text('kind', @kind)"/>
      <xsl:if test="@system"><xsl:value-of select="rk:text('space')"/><fo:basic-link internal-destination="{d:system-id(@system)}" color="{$colour-link}"><xsl:value-of select="@system"/></fo:basic-link></xsl:if>
      <xsl:if test="@provision"><xsl:value-of select="rk:text('space')"/><fo:basic-link internal-destination="{@provision}" color="{$colour-link}" keep-together.within-line="always"><xsl:value-of select="@label"/></fo:basic-link>
        <fo:inline keep-together.within-line="always"><xsl:value-of select="rk:text('page-ref-prefix')"/><fo:page-number-citation ref-id="{@provision}"/><xsl:value-of select="rk:text('page-ref-suffix')"/></fo:inline></xsl:if>
      <xsl:value-of select="rk:text('colon')"/><xsl:sequence select="d:unbroken-dates(.)"/>
    </fo:block>
  </xsl:template>

  <!-- A date (令和５年10月18日) is set on one line: a reader should not find one split in two. -->
  <xsl:function name="d:unbroken-dates" as="item()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="(明治|大正|昭和|平成|令和)[元0-9０-９]+年([0-9０-９]+月([0-9０-９]+日)?)?">
      <xsl:matching-substring><fo:inline keep-together.within-line="always"><xsl:value-of select="."/></fo:inline></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <xsl:template match="d:glossary">
    <fo:block break-before="page"/>
    <xsl:call-template name="d:heading">
      <xsl:with-param name="id" select="'glossary'"/>
      <xsl:with-param name="text" select="rk:text('glossary')"/>
    </xsl:call-template>
    <xsl:for-each select="d:term">
      <fo:block font-family="{$font-heading}" space-before="1.5mm" keep-with-next="always"><xsl:value-of select="@term"/></fo:block>
      <fo:block start-indent="1em"><xsl:value-of select="."/><xsl:value-of select="rk:text('paren-open')"/><xsl:value-of select="rk:text('defined-in') || rk:text('colon')"/><fo:basic-link
          internal-destination="{@provision}" color="{$colour-link}" keep-together.within-line="always"><xsl:value-of select="@label"/></fo:basic-link><fo:inline keep-together.within-line="always"><xsl:value-of select="rk:text('page-ref-prefix')"/><fo:page-number-citation ref-id="{@provision}"/><xsl:value-of select="rk:text('page-ref-suffix')"/></fo:inline><xsl:value-of select="rk:text('paren-close')"/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- A simple bordered table: widths in percent, a header row, then the rows. -->
  <xsl:template name="d:table">
    <xsl:param name="widths" as="xs:double*"/>
    <xsl:param name="head" as="xs:string*"/>
    <xsl:param name="rows" as="element()*"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="4mm">
      <xsl:for-each select="$widths"><fo:table-column column-width="proportional-column-width({.})"/></xsl:for-each>
      <fo:table-header>
        <fo:table-row>
          <xsl:for-each select="$head">
            <xsl:call-template name="d:cell"><xsl:with-param name="content" select="."/><xsl:with-param name="header" select="true()"/></xsl:call-template>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body><xsl:sequence select="$rows"/></fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="d:cell">
    <xsl:param name="content" as="item()*"/>
    <xsl:param name="align" as="xs:string" select="'start'"/>
    <xsl:param name="header" as="xs:boolean" select="false()"/>
    <fo:table-cell border="0.5pt solid {$colour-table-rule}" padding="1mm" background-color="{if ($header) then $colour-table-head else 'transparent'}">
      <fo:block text-align="{$align}" start-indent="0" text-indent="0" font-size="8.5pt"><xsl:sequence select="$content"/></fo:block>
    </fo:table-cell>
  </xsl:template>
</xsl:stylesheet>
