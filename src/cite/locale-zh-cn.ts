/**
 * A minimal zh-CN CSL locale, written for this site.
 *
 * Why it exists: @citation-js/plugin-csl 0.8.2 ships only en-US, nl-NL, fr-FR, de-DE and es-ES,
 * and it silently falls back to the style's default when asked for an unregistered locale.
 * citeproc-js does NOT fill a non-English locale's gaps from en-US, so every term the GB/T
 * style can reach has to be here: a missing "page"/"volume"/"issue" term makes citeproc print
 * English labels ("vol. 35(no. 2): p.p. 45-49"), and a missing ordinal crashes it.
 *
 * It is deliberately not a full locale: it covers the GB/T 7714 style in ./styles, not APA
 * (APA is always formatted in en-US; see format.ts).
 */
export const ZH_CN_LOCALE = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="zh-CN">
  <style-options punctuation-in-quote="false"/>
  <date form="text">
    <date-part name="year" suffix="年"/>
    <date-part name="month" form="numeric" suffix="月"/>
    <date-part name="day" suffix="日"/>
  </date>
  <date form="numeric" delimiter="-">
    <date-part name="year"/>
    <date-part name="month" form="numeric-leading-zeros"/>
    <date-part name="day" form="numeric-leading-zeros"/>
  </date>
  <terms>
    <!-- citeproc turns a title's straight quotes ("一带一路") into these; without them it printed "undefined". -->
    <term name="open-quote">“</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">‘</term>
    <term name="close-inner-quote">’</term>
    <term name="and">和</term>
    <term name="and others">等</term>
    <term name="et-al">等</term>
    <term name="anonymous">佚名</term>
    <term name="accessed">访问</term>
    <term name="retrieved">检索</term>
    <term name="available at">见</term>
    <term name="from">来自</term>
    <term name="in">见</term>
    <term name="no date">无日期</term>
    <term name="no date" form="short">无日期</term>
    <term name="forthcoming">待刊</term>
    <term name="online">在线</term>
    <term name="ordinal"></term>
    <term name="edition">版</term>
    <term name="edition" form="short">版</term>
    <term name="page"><single>页</single><multiple>页</multiple></term>
    <term name="page" form="short"><single>页</single><multiple>页</multiple></term>
    <term name="volume"><single>卷</single><multiple>卷</multiple></term>
    <term name="volume" form="short"><single>卷</single><multiple>卷</multiple></term>
    <term name="issue"><single>期</single><multiple>期</multiple></term>
    <term name="issue" form="short"><single>期</single><multiple>期</multiple></term>
    <term name="number"><single>号</single><multiple>号</multiple></term>
    <term name="number" form="short"><single>号</single><multiple>号</multiple></term>
    <term name="chapter"><single>章</single><multiple>章</multiple></term>
    <term name="chapter" form="short"><single>章</single><multiple>章</multiple></term>
    <term name="section"><single>节</single><multiple>节</multiple></term>
    <term name="section" form="short"><single>节</single><multiple>节</multiple></term>
    <term name="paragraph"><single>段</single><multiple>段</multiple></term>
    <term name="line"><single>行</single><multiple>行</multiple></term>
    <term name="editor"><single>编</single><multiple>编</multiple></term>
    <term name="editor" form="short"><single>编</single><multiple>编</multiple></term>
    <term name="editor" form="verb">编</term>
    <term name="translator"><single>译</single><multiple>译</multiple></term>
    <term name="translator" form="short"><single>译</single><multiple>译</multiple></term>
    <term name="translator" form="verb">译</term>
    <term name="month-01">1月</term>
    <term name="month-02">2月</term>
    <term name="month-03">3月</term>
    <term name="month-04">4月</term>
    <term name="month-05">5月</term>
    <term name="month-06">6月</term>
    <term name="month-07">7月</term>
    <term name="month-08">8月</term>
    <term name="month-09">9月</term>
    <term name="month-10">10月</term>
    <term name="month-11">11月</term>
    <term name="month-12">12月</term>
    <term name="season-01">春</term>
    <term name="season-02">夏</term>
    <term name="season-03">秋</term>
    <term name="season-04">冬</term>
  </terms>
</locale>
`;
