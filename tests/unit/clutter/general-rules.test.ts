// One synthetic page per general rule (markup invented here, not taken from any fixture): the
// widget is hidden under the right category, and the article around it stays.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectClutter, visibleTextAfterHiding } from '../../../core/clutter/index';
import { articleOf, collapse, runOnHandPage, type HandPage } from './helpers';

const PARAS = [
  'The city council voted on Thursday to extend the night bus network to four more districts, a plan that had been delayed twice because of budget disputes.',
  'Officials said the first new routes would start in September and that fares would stay at the current level for at least the first year of operation.',
  'Residents of the outer districts have long complained that the last connections leave before midnight, forcing shift workers to pay for taxis.',
  'The transport authority expects about twelve thousand extra passengers a week once all routes run, according to a report presented to the council.',
];

const run = (bodyHtml: string, page: HandPage = {}) => runOnHandPage('Night buses reach four more districts', bodyHtml, page);

const keepsBody = (visible: string) => {
  for (const p of PARAS) expect(visible).toContain(p);
};

describe('general clutter rules', () => {
  it('hides a one-link teaser line between paragraphs ("Also read: <headline>")', () => {
    const r = run(`<p>${PARAS[0]}</p><div class="x1"><b>Read more:</b> <a href="/b/2">Tram line extension wins approval after a decade of planning</a></div><p>${PARAS[1]}</p>
      <div class="x1"><span>관련기사</span><a href="/b/3">심야 버스 노선 확대…시민 반응은 엇갈려</a></div><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible).not.toContain('Tram line extension');
    expect(r.visible).not.toContain('심야 버스 노선 확대');
    expect(r.categoryOf('Tram line extension')).toBe('related-news');
    keepsBody(r.visible);
  });

  it('keeps a body paragraph that merely contains one link after a short label', () => {
    const r = run(`<p>${PARAS[0]}</p><p><b>Update:</b> The council has published <a href="/doc">the full report on its website</a> for residents who want to read the details.</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible).toContain('the full report on its website');
  });

  it('hides icon-only font-size buttons named by aria-label/title', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      before: `<div class="tools"><button class="t1">Save</button><button aria-label="Decrease font size">A−</button><button title="Increase font size">A+</button></div>`,
    });
    expect(r.categoryOf('A−')).toBe('font-controls');
    expect(r.categoryOf('A+')).toBe('font-controls');
    expect(r.visible).not.toContain('A−');
    keepsBody(r.visible);
  });

  it('splits a share bar holding font-size buttons: each part gets its own category', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      before: `<div class="tools"><span class="size" aria-label="글자크기"><button title="작게">가-</button><button title="크게">가+</button></span><button>페이스북</button><button>트위터</button><button>링크복사</button></div>`,
    });
    expect(r.categoryOf('가-')).toBe('font-controls');
    expect(r.categoryOf('페이스북')).toBe('share');
    expect(r.categoryOf('링크복사')).toBe('share');
    expect(r.visible).not.toContain('트위터');
  });

  it('hides an engagement bar of emoji counts named by aria-label, even when the extractor took it for a block', () => {
    const html = `<!doctype html><html><body><div class="story"><h1>Night buses reach four more districts</h1>
<div class="eng"><div class="k1"><button aria-label="like">❤️</button><span>2.4K</span></div><div><button aria-label="comments">💬 58</button></div></div>
<div class="story-text">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const doc = parseHtml(html, 'https://news.example.org/a/2');
    const k1 = doc.querySelector('.k1')!;
    const article = articleOf(doc.querySelector('.story')!, [k1, ...doc.querySelectorAll('.story-text > p')], [doc.querySelector('h1')!]);
    const items = detectClutter(doc, article);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    expect(visible).not.toContain('2.4K');
    expect(visible).not.toContain('💬 58');
    expect(items.every((i) => i.category === 'reactions')).toBe(true);
    keepsBody(visible);
  });

  it('labels a vote box after the article as reactions (class word + counted buttons)', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<div class="vote-box"><p>이 기사 어떠셨나요?</p><button>유익해요 <span>12</span></button><button>궁금해요 <span>3</span></button></div>`,
    });
    expect(r.categoryOf('유익해요')).toBe('reactions');
  });

  it('labels a "straight to your inbox" prompt with a subscribe button as newsletter', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<div class="box7"><h3>Never miss a story from City Desk.</h3><p>Get new stories in your inbox. Unsubscribe at any time.</p><a href="/join">Subscribe</a></div>`,
    });
    expect(r.categoryOf('Never miss a story')).toBe('newsletter');
  });

  it('reads a qualifier before a story-list title ("Sports section headlines", "경제 섹션 주요 뉴스")', () => {
    const list = (n: number) => [1, 2, 3].map((i) => `<li><a href="/s/${n}${i}">Story number ${i} about the regional league final and its aftermath</a></li>`).join('');
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      chrome: `<section class="w9"><h3>Sports section headlines</h3><ul class="lst">${list(1)}</ul></section><section class="w9"><h3>경제 섹션 주요 뉴스</h3><ul class="rank">${list(2)}</ul></section>`,
    });
    expect(r.categoryOf('Sports section headlines')).toBe('related-news');
    expect(r.categoryOf('경제 섹션 주요 뉴스')).toBe('related-news');
  });

  it('hides an author bio box after the article even though it links the author (rel=author)', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<footer class="story-foot"><div class="author-bio"><h6>About Ana Ruiz</h6><p>Ana Ruiz covers transport and city hall for the paper and has reported from four continents since 2009.</p><a rel="author" href="/by/ana">More from Ana</a></div></footer>`,
    });
    expect(r.visible).not.toContain('covers transport and city hall');
    expect(r.visible).toContain('By Ana Ruiz');
    keepsBody(r.visible);
  });

  it('keeps a byline line with a rel=author link after the body', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<footer class="story-foot"><p class="credit">Written by <a rel="author" href="/by/ana">Ana Ruiz</a> · March 3, 2025</p></footer>`,
    });
    expect(r.visible).toContain('Written by Ana Ruiz');
  });

  it('does not take a teaser headline that starts with a widget word for a box title', () => {
    const teaser = (i: number, title: string) => `<li class="n"><h2><a href="/n/${i}">${title}</a></h2><p>Short summary of the story number ${i}.</p></li>`;
    const html = `<!doctype html><html><body><ul class="list">${teaser(1, '국제유가 사흘째 하락…휘발유값 1600원대 진입 임박')}${teaser(2, 'Trending sharply lower: why bond yields fell for a fifth day')}${teaser(3, 'Local elections set for May')}</ul></body></html>`;
    const doc = parseHtml(html, 'https://news.example.org/section');
    const items = detectClutter(doc, null);
    expect(items).toEqual([]);
  });

  it('on a page that is not an article, keeps titled story lists and looks into an ad-labelled column', () => {
    const html = `<!doctype html><html><body><main><ul>${[1, 2, 3].map((i) => `<li><h2><a href="/n/${i}">Council approves budget for year ${i}</a></h2></li>`).join('')}</ul></main>
<div class="col"><div class="slot"><span>광고</span></div><div class="box"><h3>많이 본 뉴스</h3><ol><li><a href="/m/1">"월세가 더 싸다"…전세의 월세화</a></li><li><a href="/m/2">금값 또 최고치</a></li></ol></div></div></body></html>`;
    const doc = parseHtml(html, 'https://news.example.org/section');
    const items = detectClutter(doc, null);
    const visible = collapse(visibleTextAfterHiding(doc, items.map((i) => i.element)));
    expect(visible).toContain('많이 본 뉴스');
    expect(visible).toContain('금값 또 최고치');
    expect(visible).not.toContain('광고');
  });
  it('hides the rest of a chrome box that was split around a share bar (author card: bio paragraph + social links)', () => {
    const bio = 'Ana Ruiz has covered city transport for the paper since 2015 and previously reported on housing and local elections for a regional radio station.';
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<div class="card" role="contentinfo"><h4>About Ana Ruiz</h4><div class="desc"><p>${bio}</p>
        <p class="social"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></p></div></div>`,
    });
    expect(r.visible).not.toContain('has covered city transport');
    expect(r.categoryOf('Facebook')).toBe('share');
    keepsBody(r.visible);
  });
  it('hides later copies of a text block the reader already sees (gallery caption repeated in a control strip), keeps the first', () => {
    const caption = 'A night bus waits at the Eastgate terminal before its first run to the outer districts on Thursday evening.';
    const gallery = `<div class="gal"><ul><li><img src="a.jpg"><div class="cap">${caption}</div></li></ul>
      <div class="ctl"><div class="cap-full">${caption}</div><div class="cap-short">${caption.slice(0, 70)}…</div><div class="t">Night buses reach four more districts</div></div></div>`;
    const r = run(`<p>${PARAS[0]}</p>${gallery}<p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible.split(caption).length - 1).toBe(1);
    expect(r.visible).not.toContain(`${caption.slice(0, 70)}…`);
    expect(r.visible.split('Night buses reach four more districts').length - 1).toBe(1);
    keepsBody(r.visible);
    // The first copy hidden by the page itself: the second is the one shown, so it stays.
    const zoom = run(`<p>${PARAS[0]}</p><div class="zoom" style="display:none"><p class="c">${caption}</p></div><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(zoom.visible).toContain(caption);
  });
  it('hides calls to action and legal lines, even taken for body paragraphs, and keeps reporting that mentions subscribing', () => {
    const reporting = 'Riders who subscribe to the monthly pass will pay less, and the authority said it would follow the council on Thursday when it sets the new fares.';
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${reporting}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>
      <p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p><p>Have a tip? Ana Ruiz may be reached at ana@news.example.org. Follow her on Twitter @anaruiz.</p>`, {
      after: `<div class="c1"><a href="/app">CLICK HERE TO GET THE NEWS APP</a></div><div class="f1">© 2025 Example News. All rights reserved.</div><div class="f2">[ⓒ 한빛일보, 무단전재 및 재배포 금지]</div>`,
    });
    // The two call-to-action lines are blocks here (the extractor took them for paragraphs).
    expect(r.visible).not.toContain('right in your inbox');
    expect(r.visible).not.toContain('may be reached at');
    expect(r.visible).not.toContain('GET THE NEWS APP');
    expect(r.visible).not.toContain('All rights reserved');
    expect(r.visible).not.toContain('무단전재');
    expect(r.categoryOf('right in your inbox')).toBe('newsletter');
    expect(r.visible).toContain(reporting);
    keepsBody(r.visible);
  });
  it('hides a capitalised one-link teaser line the extractor left out of the body, keeps plain-case link lines (product names)', () => {
    const r = run(`<p>${PARAS[0]}</p><div class="t"><strong><a href="/n/9">MAYOR SAYS TRAM EXTENSION WILL OPEN NEXT SPRING</a></strong></div><p>${PARAS[1]}</p>
      <div class="t"><a href="/shop/1">Eastgate Transit Card Holder, leather</a></div><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible).not.toContain('TRAM EXTENSION WILL OPEN');
    expect(r.categoryOf('TRAM EXTENSION WILL OPEN')).toBe('related-news');
    expect(r.visible).toContain('Eastgate Transit Card Holder');
    keepsBody(r.visible);
  });
  it('hides a hover card of headlines nested in running text, keeps the sentence and its name link', () => {
    const card = `<span class="pc"><a class="who" href="/people/ana-ortiz">Ana Ortiz</a><span class="pop"><span><img src="p.jpg"><a href="/people/ana-ortiz">Ana Ortiz</a><a href="/n/1">Council delays vote on the harbour bridge repairs again</a> <a href="/n/2">Ortiz calls for an audit of the transport authority budget</a> <a href="/n/3">Night tram pilot ends early after low demand in winter</a><a href="/people/ana-ortiz">MORE</a></span></span></span>`;
    const r = run(`<p>${PARAS[0]}</p><p>Council member ${card} said the extension was overdue and that the districts had waited long enough for a direct connection.</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible).not.toContain('harbour bridge repairs');
    expect(r.categoryOf('harbour bridge repairs')).toBe('related-news');
    expect(r.visible).toContain('Council member Ana Ortiz said the extension was overdue');
    keepsBody(r.visible);
  });
  it('hides page furniture lines (reading time, gallery counter, comment prompt, unrendered shortcode, no-script notice)', () => {
    const r = run(`<p>${PARAS[0]}</p><p class="rt">Reading time: 4 minutes</p><div class="gc"><span class="n">Image 1 of 8</span></div><p>${PARAS[1]}</p>
      <p class="sc">[button link="https://news.example.org/tips" type="big"] Send us your story[/button]</p><p class="ns">This slideshow requires JavaScript.</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<div class="cm"><a href="#respond">Leave a comment</a></div>`,
    });
    for (const gone of ['Reading time', 'Image 1 of 8', 'Send us your story', 'requires JavaScript', 'Leave a comment']) expect(r.visible).not.toContain(gone);
    expect(r.categoryOf('Leave a comment')).toBe('comments');
    keepsBody(r.visible);
  });
  it('hides a story inset (<aside> with a linked headline and its summary) between the paragraphs', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><aside class="inset"><h6><a href="/n/7">Why the tram depot move keeps slipping</a></h6><p>Two years late and counting, the move has become a test for the council.</p></aside><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`);
    expect(r.visible).not.toContain('tram depot move');
    expect(r.categoryOf('tram depot move')).toBe('related-news');
    keepsBody(r.visible);
  });
  it('hides a photo credit standing in its own element, keeps captions (also those that end with a credit) and source/tag lines go', () => {
    const r = run(`<p>${PARAS[0]}</p><figure><img src="a.jpg"><figcaption><span class="cap">A night bus at the Eastgate terminal.</span><span class="cr">Photo: Jan Novak / Reuters</span></figcaption></figure>
      <figure><img src="b.jpg"><figcaption>Mayor Lena Park at the depot (Credit: Getty Images)</figcaption></figure><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      after: `<div class="src"><p>SOURCE: News agencies</p></div><div class="tg">Filed under: Transport |</div>`,
    });
    expect(r.visible).not.toContain('Jan Novak');
    expect(r.visible).toContain('A night bus at the Eastgate terminal.');
    expect(r.visible).toContain('Mayor Lena Park at the depot (Credit: Getty Images)');
    expect(r.visible).not.toContain('News agencies');
    expect(r.visible).not.toContain('Filed under');
    keepsBody(r.visible);
  });
  it('keeps a wire byline next to the author photo ("By …, Associated Press"): not a photo credit', () => {
    const r = run(`<p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`, {
      before: `<div class="who"><img src="face.jpg"><span class="n">By Tom Reyes, Associated Press</span></div>`,
    });
    expect(r.visible).toContain('By Tom Reyes, Associated Press');
    keepsBody(r.visible);
  });
});
