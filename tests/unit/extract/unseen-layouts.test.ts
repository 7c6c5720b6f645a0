// Layout features of news templates that the page fixtures brought up (tests/fixtures/ko-portal-daum,
// ko-newspaper-photo, ko-english-edition, en-broadcaster-news, en-daily-standfirst, en-local-paywall,
// en-amp-article), each pinned here on a minimal page so a change that breaks one is named.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../core/extract/index';
import { parseDateLines } from '../../../core/extract/dates';
import { stripNamedSite } from '../../../core/extract/metadata';
import { bylineFrom, cleanAuthorNames } from '../../../core/extract/byline';

const PARAGRAPHS = [
  'The county voted on Tuesday to spend two million dollars replacing old lead pipes in three towns, officials said.',
  'Work will start this summer and should take about three years, according to the county engineer, who presented the plan.',
  'Residents will receive letters in May with a schedule for their street, and nobody will be charged for the work.',
  'Tests last year found lead above the federal limit in eleven of sixty homes that were sampled in the oldest town.',
];
const body = (extra = ''): string => `<div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${extra}</div>`;
const page = (head: string, main: string): string => `<!doctype html><html lang="en"><head>${head}</head><body>${main}</body></html>`;
const extract = (html: string, url = 'https://news.example/a/1') => extractArticle(parseHtml(html, url), { url });

describe('date lines', () => {
  it('reads times with a dot when a zone or am/pm follows ("14.32 GMT", "2.32pm BST")', () => {
    expect(parseDateLines('Wed 5 Mar 2025 14.32 GMT')[0]?.iso).toBe('2025-03-05T14:32:00+00:00');
    expect(parseDateLines('Last modified on Wed 5 Mar 2025 16.10 GMT')[0]).toMatchObject({ iso: '2025-03-05T16:10:00+00:00', role: 'modified' });
    expect(parseDateLines('5 March 2025 2.32pm BST')[0]?.iso).toBe('2025-03-05T14:32:00+01:00');
  });

  it('reads a time printed before the date, and after "/" or "•"', () => {
    expect(parseDateLines('Updated 3:42 PM EST, Tue March 4, 2025')[0]?.iso).toBe('2025-03-04T15:42:00-05:00');
    expect(parseDateLines('Posted: Mar 04, 2025 / 03:42 PM EST')[0]?.iso).toBe('2025-03-04T15:42:00-05:00');
    expect(parseDateLines('4 March 2025 • 3:42pm')[0]?.iso).toBe('2025-03-04T15:42:00');
    // The time of an earlier date in the line is not taken for the next one.
    expect(parseDateLines('입력 2025.03.05 14:32 수정 2025.03.06').map((d) => d.iso)).toEqual(['2025-03-05T14:32:00', '2025-03-06']);
  });

  it('reads day.month.year and unambiguous day/month/year or month/day/year', () => {
    expect(parseDateLines('05.03.2025 16:20')[0]?.iso).toBe('2025-03-05T16:20:00');
    expect(parseDateLines('27/09/2018')[0]?.iso).toBe('2018-09-27');
    expect(parseDateLines('03/27/2025 3:42 PM')[0]?.iso).toBe('2025-03-27T15:42:00');
    expect(parseDateLines('03/04/2025 3:42 PM EST')[0]?.iso).toBe('2025-03-04T15:42:00-05:00');
    expect(parseDateLines('03/04/2025')).toEqual([]); // March 4 or 3 April: not guessed
  });

  it('reads 기사전송 as a publish label', () => {
    expect(parseDateLines('기사전송 2025-03-05 14:32', { defaultOffset: '+09:00' })[0]).toMatchObject({ role: 'published', iso: '2025-03-05T14:32:00+09:00' });
  });

  it('does not take a decimal after a date for a time', () => {
    expect(parseDateLines('On 5 March 2025 3.5 million people voted')[0]?.iso).toBe('2025-03-05');
  });

  it('takes both times of a one-line "입력 … 수정 …" header, Daum style', () => {
    const html = page(
      '<title>부산시, 심야 순환버스 7월 첫 운행 | 포털</title>',
      `<h3 class="tit_view">부산시, 심야 순환버스 7월 첫 운행</h3><span class="info_view"><span>정다은 기자</span> <span>입력 <span>2025. 3. 5. 14:32</span></span> <span>수정 <span>2025. 3. 5. 16:07</span></span></span>${body()}`,
    );
    const a = extract(html, 'https://v.portal.example/v/1');
    expect(a.title).toBe('부산시, 심야 순환버스 7월 첫 운행');
    expect(a.published).toBe('2025-03-05T14:32:00+09:00');
    expect(a.modified).toBe('2025-03-05T16:07:00+09:00');
    expect(a.byline).toEqual(['정다은']);
  });

  it('takes the update time after "|" in an unlabelled publish line', () => {
    const a = extract(page('', `<h1>Seoul adds clinics for foreign residents to its app</h1><div class="view_date">2025-03-05 14:32 | Updated : 2025-03-05 17:48</div>${body()}`), 'https://www.times.co.kr/a/1');
    expect(a.published).toBe('2025-03-05T14:32:00+09:00');
    expect(a.modified).toBe('2025-03-05T17:48:00+09:00');
  });

  it('never dates the article by a photo caption between headline and body', () => {
    const a = extract(page('', `<h1>Drought pushes olive oil harvest to a four-year low</h1><figure><img src="x.jpg" width="600"><figcaption>Olive trees near Jaén, February 27, 2025.</figcaption></figure><p class="byline">By Marta Iglesias · March 5, 2025 9:15 AM</p>${body()}`));
    expect(a.published).toBe('2025-03-05T09:15:00');
  });

  it('refines a day-only date line with the instant of its <time datetime>', () => {
    const a = extract(page('', `<h1>County approves plan to replace lead water lines</h1><div class="meta">By Sam Carter <time datetime="2025-03-05T14:32:00-06:00">Mar 5, 2025</time></div>${body()}`));
    expect(a.published).toBe('2025-03-05T14:32:00-06:00');
  });
});

describe('metadata', () => {
  it('knows every schema.org Article subtype (ReportageNewsArticle, SatiricalArticle…)', () => {
    for (const type of ['ReportageNewsArticle', 'SatiricalArticle', 'AdvertiserContentArticle', 'NewsArticle']) {
      const ld = JSON.stringify({ '@type': type, headline: 'Flood scheme delayed by two years', datePublished: '2025-03-05T06:12:40Z', author: { name: 'Harriet Okafor' } });
      const a = extract(page(`<script type="application/ld+json">${ld}</script>`, `<h1>Flood scheme delayed by two years</h1>${body()}`));
      expect(a.reason, type).toBe('json-ld-article');
      expect(a.byline).toEqual(['Harriet Okafor']);
      expect(a.published).toBe('2025-03-05T06:12:40+00:00');
    }
  });

  it('drops the site name from og:title only when a separator sets it off', () => {
    expect(stripNamedSite('Seoul adds clinics to its app - The Hanriver Times', 'The Hanriver Times')).toBe('Seoul adds clinics to its app');
    expect(stripNamedSite('Hanriver Times | Seoul adds clinics to its app', 'The Hanriver Times')).toBe('Seoul adds clinics to its app');
    expect(stripNamedSite('Seoul adds clinics - and a hotline', 'The Hanriver Times')).toBe('Seoul adds clinics - and a hotline');
  });

  it('finds a headline set in a class-named <div> and the deck below it', () => {
    const head = '<meta property="og:site_name" content="The Hanriver Times"><meta property="og:title" content="Seoul to let foreign residents book clinics in English - The Hanriver Times">';
    const a = extract(page(head, `<div class="view_headline">Seoul to let foreign residents book clinics in English</div><div class="view_sub_headline">About 400 clinics join the pilot in April</div><div class="view_byline">By Lee Ha-eun</div>${body()}`));
    expect(a.title).toBe('Seoul to let foreign residents book clinics in English');
    expect(a.subtitle).toBe('About 400 clinics join the pilot in April');
    expect(a.headerElements.some((el) => el.getAttribute('class') === 'view_headline')).toBe(true);
  });

  it('takes a deck whose class is on its wrapper (<div class=standfirst><p>…)', () => {
    const a = extract(page('', `<h1>Councils to get powers to cap takeaway openings</h1><div class="dcr-standfirst"><p>Ministers act after a study links takeaway clusters to obesity</p></div>${body()}`));
    expect(a.subtitle).toBe('Ministers act after a study links takeaway clusters to obesity');
  });
});

describe('bylines', () => {
  it('ends the names where the date begins and drops a trailing job title', () => {
    expect(bylineFrom('By Sam Carter Staff Writer Mar 5, 2025 Updated 3 hrs ago')).toEqual(['Sam Carter Staff Writer']);
    expect(cleanAuthorNames(['Sam Carter Staff Writer'])).toEqual(['Sam Carter']);
    expect(cleanAuthorNames(['Steve Peoples', 'AP National Writer'])).toEqual(['Steve Peoples']);
  });

  it('reads an author the page marks with rel=author in a line without "By"', () => {
    const a = extract(page('', `<h1>Councils to get powers to cap takeaway openings</h1><address><a rel="author" href="/profile/p">Priya Raman</a> Health policy editor</address>${body()}`));
    expect(a.byline).toEqual(['Priya Raman']);
  });
});

describe('captions and in-body prompts', () => {
  it('leaves out a caption that is the only text of a block holding a picture', () => {
    const caption = 'A resident checks the booking screen at a community center on Wednesday.';
    const a = extract(page('', `<h1>Seoul adds clinics to its city app</h1><div class="article-body"><div class="img_box"><img src="a.jpg" width="700"><p class="img_txt">${caption}</p></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(a.text).not.toContain(caption);
    expect(a.captions?.map((c) => c.text)).toContain(caption);
  });

  it('leaves out a two-row photo table and a Korean line that ends with its photo credit', () => {
    const cell = '조치원읍 한 마을 정류장에서 주민 두 명이 버스를 기다리고 있다. (사진=세종시 제공)';
    const table = `<table><tr><td><img src="b.jpg" width="600"></td></tr><tr><td>${cell}</td></tr></table>`;
    const a = extract(page('', `<h1>Bus riders double in a year</h1>${body(table)}`));
    expect(a.text).not.toContain('조치원읍');
    const line = extract(page('', `<h1>Bus riders double in a year</h1>${body(`<p>${cell}</p>`)}`));
    expect(line.text).not.toContain('조치원읍');
  });

  it('keeps a quotation set next to a picture in a <blockquote>', () => {
    const quote = '“Very talented people! Super fun and entertaining, we loved it!”';
    const a = extract(page('', `<h1>Visitors review the show</h1>${body(`<blockquote><p><img src="r.jpg" width="580"></p><p>${quote}</p></blockquote>`)}`));
    expect(a.text).toContain(quote);
  });

  it('leaves out a metered-paywall interstitial between paragraphs', () => {
    const prompt = '<div class="meter-interstitial"><h3>You have 2 free articles remaining this month</h3><p>Get unlimited access to local news for just $1.</p></div>';
    const a = extract(page('', `<h1>County approves plan to replace lead water lines</h1><div class="article-body"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${prompt}<p>${PARAGRAPHS[2]}</p><p>${PARAGRAPHS[3]}</p></div>`));
    expect(a.text).not.toContain('free articles');
    expect(a.text.split('\n\n')).toHaveLength(4);
  });

  it('leaves out a closing "Listen … follow … on X" promo line', () => {
    const promo = 'Listen to highlights on Northmoor Sounds, watch the latest episode or follow Northmoor Yorkshire on X.';
    const a = extract(page('', `<h1>Flood scheme delayed by two years</h1>${body(`<p><i>${promo}</i></p>`)}`));
    expect(a.text).not.toContain('Northmoor Sounds');
  });

  it('leaves out a photo credit laid over a picture', () => {
    const a = extract(page('', `<h1>Flood scheme delayed by two years</h1><div class="article-body"><div class="image-block"><span class="ssr-copyright">Environment Agency</span><img src="f.jpg" width="976"></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(a.text.startsWith('Environment Agency')).toBe(false);
  });
});

describe('AMP pages', () => {
  it('counts <amp-img> as a picture: lead image element and URL', () => {
    const a = extract(page('', `<h1 class="amp-title">Drought pushes olive oil harvest to a four-year low</h1><figure class="amp-figure"><amp-img src="https://cdn.example/olive.jpg" width="1200" height="675" layout="responsive"></amp-img><figcaption>Olive trees near Jaén.</figcaption></figure>${body()}`));
    expect(a.leadImage).toBe('https://cdn.example/olive.jpg');
    expect(a.headerElements.some((el) => el.localName === 'figure')).toBe(true);
  });
});

describe('article headers inside the body area, wire bylines, closing promos', () => {
  it("keeps the article's <header> (deck, byline, 'Reporting from …') out of the body and finds the deck there", () => {
    const columns = PARAGRAPHS.map((p, i) => `<div class="StoryBodyCompanionColumn"><div><p>${p}</p></div></div>${i === 1 ? '<div class="ad-wrapper"><div>Advertisement</div></div>' : ''}`).join('');
    const html = page(
      '<meta name="byl" content="By Jane Doe and John Roe">',
      `<main><article id="story"><header><h1>Senate passes water bill after late deal</h1><p id="article-summary">Negotiators settled a dispute over farm subsidies hours before the vote.</p><p>By <a href="/by/jane-doe">Jane Doe</a> and <a href="/by/john-roe">John Roe</a></p><p>Reporting from Washington</p></header><section name="articleBody">${columns}</section></article></main>`,
    );
    const a = extract(html);
    expect(a.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(a.subtitle).toBe('Negotiators settled a dispute over farm subsidies hours before the vote.');
    expect(a.byline).toEqual(['Jane Doe', 'John Roe']);
  });

  it('splits a metadata byline "A and B" only when both sides read as names', () => {
    expect(cleanAuthorNames(['By Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthorNames(['Arts and Culture Desk'])).toEqual(['Arts and Culture Desk']);
    expect(cleanAuthorNames(['Johnson & Johnson'])).toEqual(['Johnson & Johnson']);
  });

  it('takes the reporter of a Korean wire dateline when the page names nobody else', () => {
    const ko = ['(울산=한빛뉴스) 김도윤 기자 = 울산 지역 조선소 하청업체 노사가 올해 임금을 8% 올리기로 합의했다.', '5일 지역 조선업계에 따르면 노사는 전날 밤 열린 15차 교섭에서 기본급 8% 인상과 명절 상여금 신설에 합의했다.', '노조는 애초 12% 인상을 요구했으나, 원청의 수주 실적 개선에 따라 단가가 오른 점을 고려해 한발 물러섰다.'];
    const a = extract(page('', `<h1>울산 조선소 하청노동자 임금 8% 인상 합의</h1><div class="story-news">${ko.map((p) => `<p>${p}</p>`).join('')}</div>`), 'https://www.news.co.kr/a/1');
    expect(a.byline).toEqual(['김도윤']);
    expect(a.text.split('\n\n')[0]).toBe(ko[0]);
  });

  it('leaves out the closing "☞ … 구독하기 / ▶ … 받아보세요" lines of Korean papers, not ▶ list items', () => {
    const promo = '<p>☞ 서울경제신보 구독하기 / ▶ 카카오톡 채널 추가하고 뉴스 받아보기</p><p>▶ 네이버 메인에서 서울경제신보를 받아보세요</p>';
    const a = extract(page('', `<h1>전기차 충전 요금 4월부터 인상</h1>${body(promo)}`));
    expect(a.text).not.toContain('구독하기');
    expect(a.text).not.toContain('받아보세요');
    const list = extract(page('', `<h1>전기차 충전 요금 4월부터 인상</h1>${body('<p>▶ 1단계: 급속충전 요금을 kWh당 30원 올린다.</p>')}`));
    expect(list.text).toContain('▶ 1단계');
  });
});

describe('live blogs and old table layouts', () => {
  it('leaves the time stamps of live-blog posts ("18.15 GMT") out of the body', () => {
    const posts = PARAGRAPHS.map((p, i) => `<article class="block"><p class="block-time"><time datetime="2025-03-05T1${i}:15:00Z">1${i}.15 GMT</time></p><p>${p}</p></article>`).join('');
    const a = extract(page('', `<h1>Rail timetable shake-up: minister faces MPs – live</h1><div id="liveblog-body">${posts}</div>`));
    expect(a.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('finds a deck in a table cell classed "view_sub" under a bold title cell', () => {
    const ko = ['한빛군이 농촌에 방치된 빈집 30곳을 고쳐 귀농인에게 임대주택으로 내준다.', '군은 올해 예산 9억원을 들여 빈집 한 곳당 최대 3천만원의 수리비를 지원할 계획이라고 5일 밝혔다.', '신청은 오는 31일까지 각 읍면사무소에서 받는다.'];
    const html = `<!doctype html><html lang="ko"><head><title>군, 농촌 빈집 30곳 귀농인 임대주택으로 고친다 - 군민신문</title></head><body><table><tr><td class="view_title"><b>군, 농촌 빈집 30곳 귀농인 임대주택으로 고친다</b></td></tr><tr><td class="view_sub">올해 예산 9억원 투입…5년간 무상 임대</td></tr><tr><td class="view_date">최종편집 : 2025-03-05 오후 2:32:10 | 박민호 기자</td></tr><tr><td class="view_text">${ko.join('<br><br>')}</td></tr></table></body></html>`;
    const a = extract(html, 'https://www.gunmin.co.kr/news/view.php?idx=1');
    expect(a.title).toBe('군, 농촌 빈집 30곳 귀농인 임대주택으로 고친다');
    expect(a.subtitle).toBe('올해 예산 9억원 투입…5년간 무상 임대');
    expect(a.byline).toEqual(['박민호']);
    expect(a.published).toBe('2025-03-05T14:32:10+09:00');
    expect(a.text.split('\n\n')).toEqual(ko);
  });
});

describe('bylines with an outlet and closing credits', () => {
  it('reads the name of a byline block without "By" or author markup (name line + role line)', () => {
    const bbc = extract(page('', `<h1>Flood defence scheme delayed by two years</h1><div data-component="byline-block"><div><span class="name">Harriet Okafor</span><span class="role">Northmoor News, Yorkshire</span></div></div>${body()}`));
    expect(bbc.byline).toEqual(['Harriet Okafor']);
    const usa = extract(page('', `<h1>Viera defeats Rockledge to remain undefeated</h1><div class="byline-section"><div class="attribution"><span class="author">Elliot Brownstein</span> <span class="publication">Florida Today</span></div></div>${body()}`));
    expect(usa.byline).toEqual(['Elliot Brownstein']);
    // A block named "author" whose text is not a name gives none.
    const none = extract(page('', `<h1>Viera defeats Rockledge to remain undefeated</h1><div class="author-tools"><span>Share this story</span></div>${body()}`));
    expect(none.byline).toEqual([]);
  });

  it('takes the linked person of "By <a>Sam Lee</a> Global News" and drops "— With files from …"', () => {
    const a = extract(page('', `<h1>Storm leaves 40,000 without power across the province</h1><div class="c-byline">By <a href="/author/lee">Sam Lee</a> Global News</div>${body('<p>— With files from The Canadian Press</p>')}`));
    expect(a.byline).toEqual(['Sam Lee']);
    expect(a.text).not.toContain('With files from');
  });
});
