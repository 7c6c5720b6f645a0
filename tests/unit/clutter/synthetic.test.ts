import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, detectClutterIn, visibleTextAfterHiding } from '../../../core/clutter/index';
import { articleOf, clean, collapse, invariantProblems } from './helpers';

const PARAGRAPHS = [
  'Bitcoin rose 2.1% to $43,210 on Monday, its highest level in twenty months, as traders bet that regulators would soon approve the first spot exchange-traded funds.',
  'Ether, the second-largest cryptocurrency, gained 1.4% to $2,310, while smaller tokens such as Solana and XRP were little changed in Asian trading hours.',
  'Analysts at several brokerages said the rally was driven by inflows from institutional investors rather than retail speculation, which had dominated earlier cycles.',
  '“We are seeing real money come back into the market,” said Jane Park, head of digital assets research at a Seoul brokerage, adding that volatility remained high.',
  'The rally comes a year after the collapse of several large exchanges wiped out billions of dollars in customer deposits and prompted tighter rules in many countries.',
];

function bitcoinPage(): string {
  return `<!doctype html><html lang="en"><head><title>Bitcoin climbs above $43,000 - Example News</title>
<meta property="og:type" content="article"><meta property="og:title" content="Bitcoin climbs above $43,000 as ETF hopes grow">
<meta property="article:published_time" content="2024-03-04T09:00:00Z"></head><body>
<header class="site-header"><a href="/">Example News</a><nav><a href="/world">World</a><a href="/markets">Markets</a><a href="/tech">Tech</a><a href="/opinion">Opinion</a></nav></header>
<div class="coin-ticker"><ul>
<li><a href="/c/btc">BTC</a> <span>44,001.20</span> <span>+3.05%</span></li>
<li><a href="/c/eth">ETH</a> <span>2,401.77</span> <span>-0.42%</span></li>
<li><a href="/c/xrp">XRP</a> <span>0.6120</span> <span>+0.17%</span></li>
<li><a href="/c/sol">SOL</a> <span>101.93</span> <span>+6.66%</span></li>
</ul></div>
<main><div class="layout">
<article class="story">
<h1>Bitcoin climbs above $43,000 as ETF hopes grow</h1>
<p class="byline">By Jane Doe · March 4, 2024</p>
<div class="story-body">
<p>${PARAGRAPHS[0]}</p>
<p>${PARAGRAPHS[1]}</p>
<table class="prices"><caption>Closing prices, March 4</caption>
<tr><th>Coin</th><th>Price (USD)</th><th>Change</th></tr>
<tr><td>Bitcoin</td><td>43,210.55</td><td>+2.10%</td></tr>
<tr><td>Ether</td><td>2,310.12</td><td>+1.40%</td></tr>
<tr><td>Solana</td><td>98.40</td><td>-0.30%</td></tr>
</table>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><figcaption>A bitcoin ATM in New York. (Photo: Example Agency)</figcaption></figure>
<p>${PARAGRAPHS[2]}</p>
<div class="ad-slot" data-ad-slot="mid-article"><span>Advertisement</span><a href="https://ads.example.com/click?id=1" rel="sponsored nofollow">Trade crypto with zero fees today</a></div>
<p>${PARAGRAPHS[3]}</p>
<aside class="inline-box"><h3>Related</h3><ul>
<li><a href="/a/1">Ethereum developers schedule the next network upgrade</a></li>
<li><a href="/a/2">Regulators weigh new rules for stablecoin issuers</a></li>
<li><a href="/a/3">Crypto exchange volumes fall to a four-year low</a></li>
</ul></aside>
<p>${PARAGRAPHS[4]}</p>
</div>
<div class="share-tools"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="mailto:?subject=x">Email</a></div>
</article>
<aside class="rail"><section><h2>Most popular</h2><ol>
<li><a href="/p/1">Stocks slide as bond yields jump to a new sixteen-year high</a></li>
<li><a href="/p/2">The best budget laptops for students this spring season</a></li>
<li><a href="/p/3">Central bank signals two more rate cuts before year end</a></li>
</ol></section>
<section class="newsletter"><h2>Get the morning briefing</h2><p>The day's top stories in your inbox.</p><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></section>
</aside>
</div></main>
<footer class="site-footer"><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>
<div class="cookie-notice" role="dialog"><p>We use cookies to personalise content and ads.</p><button>Accept all</button></div>
</body></html>`;
}

const TICKER_SNIPPETS = ['44,001.20', '+3.05%', '2,401.77', '+6.66%'];
const HIDE = [
  ...TICKER_SNIPPETS,
  'Trade crypto with zero fees today',
  'Ethereum developers schedule the next network upgrade',
  'Stocks slide as bond yields jump',
  'Get the morning briefing',
  'We use cookies to personalise content',
  'All rights reserved',
];
const KEEP = [
  ...PARAGRAPHS,
  'Bitcoin climbs above $43,000 as ETF hopes grow',
  'By Jane Doe · March 4, 2024',
  'Closing prices, March 4',
  '43,210.55',
  '+2.10%',
  '2,310.12',
  'A bitcoin ATM in New York. (Photo: Example Agency)',
];

function handMade(doc: Document, options: { tableInBlocks: boolean }) {
  const body = doc.querySelector('.story-body')!;
  const blocks = [...body.children].filter(
    (el) => el.localName === 'p' || el.localName === 'figure' || (options.tableInBlocks && el.localName === 'table'),
  );
  return articleOf(doc.querySelector('article')!, blocks, [doc.querySelector('h1')!, doc.querySelector('.byline')!]);
}

describe('an article about bitcoin prices', () => {
  it('with the real extractor: clutter goes, the body, its price table and the caption stay', () => {
    const { visible, items, article } = clean(bitcoinPage(), 'https://news.example.com/markets/bitcoin-43000');
    expect(article.isArticle).toBe(true);
    for (const snippet of KEEP) expect(visible).toContain(collapse(snippet));
    for (const snippet of HIDE) expect(visible).not.toContain(snippet);
    expect(invariantProblems(items, article)).toEqual([]);
    const categories = new Set(items.map((item) => item.category));
    for (const c of ['crypto-ticker', 'ads', 'related-news', 'most-read', 'newsletter', 'consent', 'share'] as const) {
      expect(categories).toContain(c);
    }
  });

  it.each([true, false])('with a hand-made article (price table among blocks: %s) the table survives', (tableInBlocks) => {
    const doc = parseHtml(bitcoinPage());
    const article = handMade(doc, { tableInBlocks });
    const items = detectClutter(doc, article);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    for (const snippet of KEEP) expect(visible).toContain(collapse(snippet));
    for (const snippet of HIDE) expect(visible).not.toContain(snippet);
    expect(invariantProblems(items, article)).toEqual([]);
  });

  it('labels the inline boxes between paragraphs and keeps their neighbours', () => {
    const doc = parseHtml(bitcoinPage());
    const items = detectClutter(doc, handMade(doc, { tableInBlocks: true }));
    const byClass = new Map(items.map((i) => [i.element.getAttribute('class'), i.category]));
    expect(byClass.get('ad-slot')).toBe('ads');
    expect(byClass.get('inline-box')).toBe('related-news');
    expect(byClass.get('coin-ticker')).toBe('crypto-ticker');
    expect(items.some((i) => i.element.localName === 'p' || i.element.localName === 'table')).toBe(false);
  });

  it('options.keep leaves the chosen categories visible', () => {
    const doc = parseHtml(bitcoinPage());
    const article = handMade(doc, { tableInBlocks: true });
    const items = detectClutter(doc, article, { keep: new Set(['related-news', 'crypto-ticker']) });
    expect(items.some((i) => i.category === 'related-news' || i.category === 'crypto-ticker')).toBe(false);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    expect(visible).toContain('Ethereum developers schedule the next network upgrade');
    expect(visible).toContain('44,001.20');
    expect(visible).not.toContain('Trade crypto with zero fees today');
  });

  it('detectClutterIn judges a subtree that loaded late by where it sits', () => {
    const doc = parseHtml(bitcoinPage());
    const article = handMade(doc, { tableInBlocks: true });
    const late = parseHtml('<div><div class="promo-unit" data-google-query-id="x"><span>Sponsored</span><a href="https://ad.doubleclick.net/c">A new car for you</a></div></div>')
      .querySelector('.promo-unit')!;
    const adopted = doc.importNode(late, true);
    const body = doc.querySelector('.story-body')!;
    body.insertBefore(adopted, body.querySelector('p:nth-of-type(3)'));
    expect(detectClutterIn(adopted, article).map((i) => i.category)).toEqual(['ads']);
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'A late paragraph of the article that a script appended after the page loaded, with enough words.';
    body.appendChild(paragraph);
    expect(detectClutterIn(paragraph, article)).toEqual([]);
  });

  it('detectClutterIn knows a late subtree past the last paragraph (comment thread)', () => {
    const doc = parseHtml(bitcoinPage());
    const article = handMade(doc, { tableInBlocks: true });
    const thread = doc.createElement('div');
    thread.setAttribute('class', 'comment-thread');
    const comment = doc.createElement('p');
    comment.textContent = 'I have been saying this for years, the price will go much higher once the funds are approved by the regulator.';
    thread.appendChild(comment);
    doc.querySelector('.story-body')!.appendChild(thread);
    expect(detectClutterIn(thread, article).map((i) => i.category)).toEqual(['comments']);
    // The same box before the last paragraph is left alone (it could be part of the story).
    const early = thread.cloneNode(true) as Element;
    doc.querySelector('.story-body')!.insertBefore(early, doc.querySelector('.story-body > p'));
    expect(detectClutterIn(early, article)).toEqual([]);
  });

  it('without an article only unmistakable widgets are reported', () => {
    const doc = parseHtml(bitcoinPage());
    const items = detectClutter(doc, null);
    const categories = new Set(items.map((i) => i.category));
    expect(categories).toContain('consent');
    expect(categories).toContain('ads');
    expect(categories.has('nav')).toBe(false);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    for (const p of PARAGRAPHS) expect(visible).toContain(p);
  });
});

describe('Korean widgets', () => {
  const page = `<html lang="ko"><body>
<div id="wrap"><div class="gnb"><ul><li><a href="/1">경제</a></li><li><a href="/2">정치</a></li><li><a href="/3">사회</a></li></ul></div>
<div class="content"><div class="left">
<h1 class="tit">한국은행, 기준금리 연 3.50%로 동결…물가 둔화 흐름 확인</h1>
<div class="info">입력 2024-01-11 10:21</div>
<div class="txt">
<p>한국은행 금융통화위원회는 11일 통화정책방향 회의를 열고 기준금리를 연 3.50%로 유지하기로 했다. 여덟 차례 연속 동결이다.</p>
<p>이창용 총재는 기자간담회에서 “물가가 목표 수준으로 수렴한다는 확신이 들 때까지 긴축 기조를 이어가겠다”고 말했다.</p>
<div class="art_rel"><strong>관련기사</strong><ul><li><a href="/n/1">美 연준, 기준금리 동결…연내 인하 시사</a></li><li><a href="/n/2">가계대출 증가세 다시 확대…주담대 중심</a></li></ul></div>
<p>금통위는 다음 회의에서 경기와 물가 흐름을 다시 점검할 예정이다. 시장에서는 상반기 중 인하 가능성을 낮게 보고 있다.</p>
</div>
<div class="emo"><a href="#">좋아요 <b>3</b></a><a href="#">슬퍼요 <b>0</b></a><a href="#">화나요 <b>1</b></a><a href="#">후속기사 원해요 <b>2</b></a></div>
</div>
<div class="right">
<div class="box1"><h3>증시</h3><ul><li>코스피 2,561.24 ▼0.43%</li><li>코스닥 868.04 ▲0.21%</li><li>원/달러 1,315.50 ▲2.30</li></ul></div>
<div class="box2"><h3>많이 본 뉴스</h3><ol><li><a href="/m/1">삼성전자, 4분기 영업이익 2.8조…반도체 적자 축소</a></li><li><a href="/m/2">서울 아파트값 7주 연속 하락…낙폭은 둔화</a></li></ol></div>
</div></div></div></body></html>`;

  it('hides the stock box, most-read list, related box and reactions; keeps the body', () => {
    const doc = parseHtml(page);
    const txt = doc.querySelector('.txt')!;
    const article = articleOf(txt, [...txt.querySelectorAll(':scope > p')], [doc.querySelector('h1')!, doc.querySelector('.info')!]);
    const items = detectClutter(doc, article);
    const categories = Object.fromEntries(items.map((i) => [i.element.getAttribute('class'), i.category]));
    expect(categories).toMatchObject({ art_rel: 'related-news', emo: 'reactions', box1: 'stock-ticker', box2: 'most-read', gnb: 'nav' });
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    expect(visible).toContain('입력 2024-01-11 10:21');
    expect(visible).toContain('한국은행, 기준금리 연 3.50%로 동결');
    expect(visible).toContain('여덟 차례 연속 동결이다.');
    expect(visible).not.toContain('2,561.24');
    expect(visible).not.toContain('후속기사');
  });
});

describe('visibleTextAfterHiding', () => {
  it('skips non-rendered tags, hidden elements and the hidden list; separates blocks', () => {
    const doc = parseHtml(`<html><body><p>One</p><script>var x = 1;</script><style>p{}</style><noscript>no js</noscript>
<template><p>tpl</p></template><div hidden>gone</div><div style="color:red; display: none">gone too</div>
<div id="x">hidden by view</div><p>Two<br>Three</p><span>inline</span><span>s</span></body></html>`);
    const text = visibleTextAfterHiding(doc, [doc.getElementById('x')!]);
    expect(text).toBe('One\nTwo\nThree\ninlines');
  });

  it('uses the optional probe and survives one that throws', () => {
    const doc = parseHtml("<html><body><p class=\"a\">A</p><p class=\"b\">B</p></body></html>");
    expect(visibleTextAfterHiding(doc, [], (el) => el.classList.contains('a'))).toBe('B');
    expect(visibleTextAfterHiding(doc, [], () => {
      throw new Error('probe');
    })).toBe('A\nB');
  });
});

describe('more widget shapes', () => {
  const page = (inner: string) => `<html><body><div class="wrap">
<h1>서울시, 내년 예산 45조 편성…복지 예산 역대 최대</h1>
<div class="byline"><a href="/reporter/1">홍길동</a></div>
${inner}
<div class="story"><p>서울시는 내년도 예산안을 45조원 규모로 편성했다고 밝혔다. 이는 올해보다 2조원 늘어난 규모로 복지 분야 예산이 역대 최대다.</p>
<p>시는 취약계층 지원과 돌봄 서비스 확대에 중점을 뒀다고 설명했다. 예산안은 다음 달 시의회 심의를 거쳐 확정된다.</p></div>
</div></body></html>`;

  function run(inner: string) {
    const doc = parseHtml(page(inner));
    const story = doc.querySelector('.story')!;
    const article = articleOf(story, [...story.querySelectorAll('p')], [doc.querySelector('h1')!]);
    const items = detectClutter(doc, article);
    return { items, visible: collapse(visibleTextAfterHiding(doc, items.map((i) => i.element))) };
  }

  it('font-size buttons labelled only "가" are font controls, by their box name', () => {
    const { items } = run('<div class="font_size"><button>가</button><button>가</button><button>가</button></div>');
    expect(items.find((i) => i.element.getAttribute('class') === 'font_size')?.category).toBe('font-controls');
  });

  it('a byline that is only a link to the reporter stays visible', () => {
    const { visible } = run('<ul class="gnb"><li><a href="/a">정치</a></li><li><a href="/b">경제</a></li></ul>');
    expect(visible).toContain('홍길동');
    expect(visible).not.toContain('정치');
  });

  it('words that look like widget labels inside a paragraph stay', () => {
    const { visible } = run('');
    expect(visible).toContain('서울시는 내년도 예산안을');
    const doc = parseHtml(page('').replace('밝혔다.', '밝혔다. <b>광고</b> 예산도 <span>좋아요</span> 늘었다.'));
    const story = doc.querySelector('.story')!;
    const article = articleOf(story, [...story.querySelectorAll('p')], [doc.querySelector('h1')!]);
    const items = detectClutter(doc, article);
    const text = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    expect(text).toContain('밝혔다. 광고 예산도 좋아요 늘었다.');
  });

  it('a newsletter prompt without a form is a newsletter box', () => {
    const { items } = run('<div class="promo-line"><a href="/newsletter">이투데이 뉴스레터 구독하기</a></div>');
    expect(items.find((i) => i.element.getAttribute('class') === 'promo-line')?.category).toBe('newsletter');
  });

  it('a related-stock quote box between header and body is a stock ticker', () => {
    const { items, visible } = run('<div class="box"><strong>관련종목</strong><span>삼성전자</span> <span>71,000</span> <span>▲1.2%</span></div>');
    expect(items.some((i) => i.category === 'stock-ticker')).toBe(true);
    expect(visible).not.toContain('71,000');
  });
});

describe('German widgets', () => {
  const html = `<html lang="de"><body>
<div class="kursleiste"><span>DAX 15.234,56 +0,45 %</span> <span>MDAX 26.120,10 −0,12 %</span> <span>Euro/Dollar 1,0912 +0,10 %</span></div>
<div class="seite"><div class="haupt">
<h1>Regierung einigt sich auf Haushalt für das kommende Jahr</h1>
<p class="meta">Von Anna Schmidt · 12. März 2024</p>
<div class="text">
<p>Nach wochenlangen Verhandlungen hat sich die Koalition auf einen Haushalt für das kommende Jahr geeinigt, wie mehrere Beteiligte am Dienstag bestätigten.</p>
<div class="werbeflaeche"><span>Anzeige</span><a href="https://ads.example.de/klick">Jetzt günstig Strom wechseln</a></div>
<p>Der Entwurf sieht Ausgaben von rund 480 Milliarden Euro vor. Die Schuldenbremse soll eingehalten werden, hieß es aus Regierungskreisen.</p>
<div class="box"><h3>Mehr zum Thema</h3><ul><li><a href="/1">Streit um die Schuldenbremse geht in die nächste Runde</a></li><li><a href="/2">Was der Haushalt für Familien bedeutet</a></li></ul></div>
<p>Der Bundestag soll den Haushalt im Herbst beschließen. Die Opposition kündigte bereits Widerstand gegen mehrere Kürzungen an.</p>
</div></div>
<div class="rand"><section><h2>Meistgelesen</h2><ol><li><a href="/m1">Bahnstreik: Diese Verbindungen fallen am Mittwoch aus</a></li><li><a href="/m2">Wetter: Erster Frühlingstag mit bis zu 20 Grad</a></li></ol></section></div>
</div>
<div class="hinweis" style="position:fixed;bottom:0">Wir verwenden Cookies, um Inhalte zu personalisieren. <button>Zustimmen</button> <button>Einstellungen</button></div>
</body></html>`;

  it('hides ticker, ad, related box, most-read list and consent; keeps the story', () => {
    const doc = parseHtml(html);
    const text = doc.querySelector('.text')!;
    const article = articleOf(text, [...text.querySelectorAll(':scope > p')], [doc.querySelector('h1')!]);
    const items = detectClutter(doc, article);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    for (const gone of ['15.234,56', 'Jetzt günstig Strom wechseln', 'Streit um die Schuldenbremse', 'Bahnstreik', 'Wir verwenden Cookies']) {
      expect(visible).not.toContain(gone);
    }
    for (const kept of ['Regierung einigt sich auf Haushalt', 'Von Anna Schmidt · 12. März 2024', 'rund 480 Milliarden Euro', 'im Herbst beschließen']) {
      expect(visible).toContain(kept);
    }
    const byClass = Object.fromEntries(items.map((i) => [i.element.getAttribute('class') ?? i.element.localName, i.category]));
    expect(byClass).toMatchObject({ kursleiste: 'stock-ticker', werbeflaeche: 'ads', box: 'related-news', hinweis: 'consent' });
  });
});
