// Donation and subscription appeals ("Support our journalism", a metered paywall's "You've read 3 of 5
// free articles", a digital-subscription offer) are their own clutter category, and a few label rules
// added with them (comment threads with a "Leave a Reply" title, breaking-news strips in the page header,
// footers with a "Cookies" link). Markup invented here; each rule must also leave the article alone.
import { describe, expect, it } from 'vitest';
import { runOnHandPage, type HandPage } from './helpers';

const PARAS = [
  'The county board voted on Tuesday to keep two rural clinics open through the winter, after residents warned that the nearest hospital is an hour away by road.',
  'Officials said the clinics would be staffed by a rotating team of nurses and that a doctor would visit each site twice a week until a permanent hire is found.',
  'Several board members asked for a study of ambulance response times in the northern townships, which have grown quickly over the past decade.',
  'The clinics cost about nine hundred thousand dollars a year to run, according to a budget memo presented to the board before the vote.',
];

const run = (bodyHtml: string, page: HandPage = {}) => runOnHandPage('Rural clinics stay open through the winter', bodyHtml, page);

const body = PARAS.map((p) => `<p>${p}</p>`).join('');
const keepsBody = (visible: string) => {
  for (const p of PARAS) expect(visible).toContain(p);
};

describe('appeals', () => {
  it('hides a titled donation box between paragraphs, and only that box', () => {
    const r = run(
      `<p>${PARAS[0]}</p><p>${PARAS[1]}</p><aside class="x7"><h3>Support our journalism</h3><p>We are a small newsroom. Our reporting is free to read because readers like you chip in. Every gift counts.</p><a href="/give">Give now</a></aside><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`,
    );
    expect(r.categoryOf('Support our journalism')).toBe('appeals');
    expect(r.visible).not.toContain('Every gift counts');
    keepsBody(r.visible);
  });

  it("hides a metered paywall's prompt by its wording (no class names)", () => {
    const r = run(body, { before: `<div class="x2"><span>You've read 3 of 5 free articles this month.</span> <a href="/s">Subscribe for $1 a week</a></div>` });
    expect(r.categoryOf('free articles')).toBe('appeals');
    expect(r.visible).not.toContain('Subscribe for $1 a week');
    keepsBody(r.visible);
  });

  it('hides a Korean digital-subscription offer named by its class, as an appeal and not a newsletter', () => {
    const r = run(body, {
      after: `<div class="subscription-promo"><strong>디지털 구독</strong><p>매일 아침 지면 그대로. 첫 달 100원에 모든 기사를 보세요.</p><a href="/subscribe">구독 시작하기</a></div>`,
    });
    expect(r.categoryOf('첫 달 100원')).toBe('appeals');
    keepsBody(r.visible);
  });

  it('hides a Korean tip-jar appeal by its wording', () => {
    const r = run(body, { after: `<div class="x3"><p>좋은 기사 원고료로 응원하세요</p><a href="/support">원고료 주기</a></div>` });
    expect(r.categoryOf('원고료로 응원하세요')).toBe('appeals');
    keepsBody(r.visible);
  });

  it('leaves a newsletter sign-up a newsletter (an e-mail field, newsletter wording)', () => {
    const r = run(body, {
      after: `<div class="subscribe-box"><h3>Subscribe now</h3><p>Get our morning newsletter in your inbox.</p><form><input type="email" name="email"><button>Sign up</button></form></div>`,
    });
    expect(r.categoryOf('morning newsletter')).toBe('newsletter');
  });

  it('hides a sidebar donation widget with a form as an appeal, not as a form', () => {
    const r = run(body, {
      chrome: `<aside class="sidebar-col"><section class="widget"><h2 class="widget-title">Support local news</h2><p>This site is reader-funded.</p><form action="/donate"><input type="submit" value="Donate"></form></section></aside>`,
    });
    expect(r.categoryOf('reader-funded')).toBe('appeals');
  });

  it('keeps a paragraph of reporting about donations (a block of the article)', () => {
    const paragraph = 'The hospital foundation said it would ask residents to donate now rather than wait for the spring campaign, and to support local news of the closures.';
    const r = run(`<p>${PARAS[0]}</p><p>${paragraph}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p>`);
    expect(r.visible).toContain(paragraph);
  });

  it('counts a comment thread titled "Leave a Reply" as comments (its form included)', () => {
    const r = run(body, {
      chrome: `<div id="comments" class="comments-area"><h2>2 thoughts on this story</h2><ol><li><p>Great news for the valley.</p></li><li><p>About time.</p></li></ol><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>`,
    });
    expect(r.categoryOf('Great news for the valley.')).toBe('comments');
    expect(r.visible).not.toContain('About time.');
  });

  it('takes a breaking-news strip out of the page header as related news', () => {
    const r = run(body, {
      header: `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul><div class="strip"><strong>Breaking news</strong><ul><li><a href="/b/1">Bridge closed after barge strikes pier on the river</a></li><li><a href="/b/2">Storm warning issued for the coast tonight</a></li></ul></div>`,
    });
    expect(r.categoryOf('Bridge closed after barge strikes pier')).toBe('related-news');
    expect(r.categoryOf('Home')).toBe('nav');
  });

  it('does not take a footer with a "Cookies" link for a consent notice', () => {
    const r = run(body, {
      chrome: `<footer><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy settings</a></li><li><a href="/cookies">Cookies</a></li></ul><p>© 2025 Example News.</p></footer>`,
    });
    expect(r.items.filter((i) => i.category === 'consent')).toEqual([]);
  });

  it('splits 가+/가- buttons titled 글씨 키우기/줄이기 out of a print/scrap bar as font controls', () => {
    const r = run(body, { before: `<div class="util"><button title="글씨 키우기">가+</button><button title="글씨 줄이기">가-</button><button>인쇄</button><button>스크랩</button></div>` });
    expect(r.categoryOf('가+')).toBe('font-controls');
    expect(r.categoryOf('가-')).toBe('font-controls');
    expect(r.categoryOf('스크랩')).toBe('share');
  });

  it('still finds a cookie notice that talks about cookies in its own text', () => {
    const r = run(body, { chrome: `<div class="x9"><p>We use cookies to improve this site.</p><button>OK</button> <a href="/privacy">Privacy</a></div>` });
    expect(r.categoryOf('We use cookies')).toBe('consent');
  });
});
