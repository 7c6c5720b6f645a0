// Layout features that the second batch of page fixtures brought up (tests/fixtures/ko-daily-arc,
// ko-broadcaster-video, en-nonprofit-donation, en-wordpress-blog, en-live-blog, en-substack-interview), each pinned on a
// minimal page invented here so a change that breaks one is named.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../core/extract/index';
import { parseDateLines } from '../../../core/extract/dates';

const EN = [
  'The county voted on Tuesday to spend two million dollars replacing old lead pipes in three towns, officials said.',
  'Work will start this summer and should take about three years, according to the county engineer, who presented the plan.',
  'Residents will receive letters in May with a schedule for their street, and nobody will be charged for the work.',
  'Tests last year found lead above the federal limit in eleven of sixty homes that were sampled in the oldest town.',
] as const;
const KO = [
  '경남 밀양의 한 야산에서 불이 나 여섯 시간 만에 큰 불길이 잡혔습니다.',
  '산림당국은 헬기 열네 대와 인력 오백여 명을 투입해 저녁 일곱 시쯤 주불을 잡았습니다.',
  '불이 민가 쪽으로 번지자 인근 세 개 마을 주민 백이십여 명이 마을회관으로 대피했습니다.',
  '산림당국은 밭에서 쓰레기를 태우다 불이 옮겨붙은 것으로 보고 정확한 원인을 조사하고 있습니다.',
] as const;
const page = (head: string, main: string, lang = 'en'): string => `<!doctype html><html lang="${lang}"><head>${head}</head><body>${main}</body></html>`;
const extract = (html: string, url = 'https://news.example/a/1') => extractArticle(parseHtml(html, url), { url });
const paragraphs = (text: string) => text.split('\n\n');

describe('broadcast transcripts', () => {
  const html = page(
    '<title>밀양 야산에 불…주민 대피 | 한빛방송</title>',
    `<div class="landing-caption"><h4 class="headline-title">밀양 야산에 불…주민 대피</h4><div class="dates"><em>입력 2025.03.05 (19:21)</em> <em>수정 2025.03.05 (19:48)</em></div></div>
     <div id="newstext">[앵커]<br><br>${KO[0]}<br><br>김철수 기자가 보도합니다.<br><br>[리포트]<br><br>${KO[1]}<br><br>${KO[2]}<br><br>${KO[3]}<br><br>촬영기자:김영호/영상편집:이정민</div>
     <div class="reporter"><a href="/r/1">김철수 기자</a> <span>kcs@hbn.example</span> <button>기자 구독</button></div>`,
    'ko',
  );
  const a = extract(html, 'https://news.hbn.example/view?ncd=1');

  it('dates the story from a header block whose class says "caption"', () => {
    expect(a.published).toBe('2025-03-05T19:21:00+09:00');
    expect(a.modified).toBe('2025-03-05T19:48:00+09:00');
  });

  it('keeps the anchor lead-in and drops the camera/editing credit line', () => {
    expect(paragraphs(a.text)).toContain('김철수 기자가 보도합니다.');
    expect(a.text).not.toContain('촬영기자');
  });

  it('names the reporter from the box after the story when nothing above it does', () => {
    expect(a.byline).toEqual(['김철수']);
  });
});

describe('live blogs', () => {
  const post = (time: string, title: string, author: string, text: string) =>
    `<article class="post"><header><time>${time}</time>${title ? `<h2>${title}</h2>` : ''}<span class="post-author">From ${author}</span></header><div class="post-body"><p>${text}</p></div></article>`;
  const html = page(
    '<title>Storm live | Example News</title>',
    `<main><div class="top"><span class="badge">LIVE</span><span>Live updates</span>
      <h1>Winter storm hits the valley</h1>
      <p class="standfirst">Heavy snow closed schools and roads across the valley on Wednesday, and more is on the way.</p>
      <div class="byline">By Priya Nair and Tom Castle</div></div>
      ${post('2:48 p.m. ET', 'Roads closed', 'Tom Castle', EN[0])}${post('11:40 a.m. ET', '', 'Priya Nair', EN[1])}${post('10:05 a.m. ET', 'Schools shut', 'Priya Nair', EN[2])}${post('9:02 a.m. ET', 'What we know', 'Tom Castle', EN[3])}</main>`,
  );
  const a = extract(html);

  it('does not start the body with the labels above the headline', () => {
    expect(a.text).not.toContain('LIVE');
    expect(a.subtitle).toBe('Heavy snow closed schools and roads across the valley on Wednesday, and more is on the way.');
  });

  it("leaves out each post's 'From <name>' author line, with or without the post's time", () => {
    expect(a.text).not.toContain('From ');
    for (const p of EN) expect(paragraphs(a.text)).toContain(p);
  });
});

describe('date lines', () => {
  it('reads the label before a time printed ahead of the date ("Updated 3:10 p.m. ET, Wed March 5, 2025")', () => {
    expect(parseDateLines('Updated 3:10 p.m. ET, Wed March 5, 2025')[0]).toMatchObject({ iso: '2025-03-05T15:10:00-05:00', role: 'modified' });
    expect(parseDateLines('Published 9:02 a.m. ET, Wed March 5, 2025')[0]).toMatchObject({ iso: '2025-03-05T09:02:00-05:00', role: 'published' });
  });
});

describe('metadata', () => {
  it('resolves a JSON-LD image given as an @id reference, and never takes the reference for the URL', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Pipes to be replaced', image: { '@id': 'https://news.example/a/1#primaryimage' }, thumbnailUrl: 'https://news.example/img/thumb.jpg' },
        { '@type': 'ImageObject', '@id': 'https://news.example/a/1#primaryimage', url: 'https://news.example/img/pipes.jpg' },
      ],
    };
    const html = (g: unknown) => page(`<title>Pipes to be replaced</title><script type="application/ld+json">${JSON.stringify(g)}</script>`, `<article><h1>Pipes to be replaced</h1>${EN.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(extract(html(graph)).leadImage).toBe('https://news.example/img/pipes.jpg');
    const unresolved = { ...graph, '@graph': [graph['@graph'][0]] };
    expect(extract(html(unresolved)).leadImage).toBe('https://news.example/img/thumb.jpg');
  });
});

describe('appeals after the story', () => {
  it('does not take a donation box after the last paragraph for body text', () => {
    const html = page(
      '<title>Pipes | Example</title>',
      `<article><h1>Pipes to be replaced</h1><div class="content">${EN.map((p) => `<p>${p}</p>`).join('')}</div>
       <div class="donate-footer"><p>We're a nonprofit. Readers make this reporting possible.</p><p>If you value independent local news, please become a member today. Any amount helps.</p><a href="/donate">Give once</a></div></article>`,
    );
    expect(paragraphs(extract(html).text)).toEqual([...EN]);
  });
});

describe('newsletter-platform posts', () => {
  const html = page(
    '<title>A ferry captain on 30 years of crossings - The Tideline</title><meta property="og:title" content="A ferry captain on 30 years of crossings">',
    `<article class="newsletter-post post"><div class="post-header"><h1 class="post-title">A ferry captain on 30 years of crossings</h1>
      <h3 class="subtitle">She has run the Ashford ferry since 1995; we talked about floods, fares and the new bridge.</h3><div class="meta"><a href="/@dana">Dana Whitfield</a><div>Mar 5, 2025</div></div></div>
      <div class="body markup"><p>${EN[0]}</p><p>${EN[1]}</p><blockquote><p>“Should take about three years, according to the county engineer”</p></blockquote><p>${EN[2]}</p><p>${EN[3]}</p></div></article>`,
  );
  const a = extract(html);

  it('finds the deck although the post element is named "newsletter-post"', () => {
    expect(a.subtitle).toBe('She has run the Ashford ferry since 1995; we talked about floods, fares and the new bridge.');
  });

  it('drops a pull quote lifted from mid-sentence with a capital added', () => {
    expect(paragraphs(a.text)).toEqual([...EN]);
  });
});
