// The body text format of fixtures/README.md on small hand-made pages: <br><br> splits paragraphs,
// body headings are their own paragraph, captions/bylines/copyright are out, data tables stay
// visible (a block) but are not body text unless they are the article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const prose = (i: number): string =>
  `Paragraph ${i} explains the decision, which officials announced on Monday, and what it means for the region, its budget and its people.`;

function page(body: string): Document {
  return parseHtml(`<html lang="en"><head><title>Budget plan - Example News</title><meta property="og:type" content="article"></head>
    <body><nav><a href="/">Home</a></nav><main><h1>Budget plan</h1><div class="article-body">${body}</div></main>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside></body></html>`);
}

describe('body text format', () => {
  it('splits <br><br>, keeps body headings, drops figure captions, bylines and copyright lines', () => {
    const doc = page(`<p>By Jane Doe</p><p>${prose(1)}</p><figure><img src="x.jpg" width="600"><figcaption>The council chamber on Monday. (Photo: Example)</figcaption></figure>
      <h2>What changes</h2><div>${prose(2)}<br><br>${prose(3)}<br>still paragraph 3.</div><p>${prose(4)}</p><p>© 2024 Example News. All rights reserved.</p>`);
    const result = extractArticle(doc);
    expect(result.text).toBe([prose(1), 'What changes', prose(2), `${prose(3)} still paragraph 3.`, prose(4)].join('\n\n'));
    expect(result.byline).toEqual(['Jane Doe']);
  });

  it('keeps a data table visible as a block but out of the text', () => {
    const table = '<table><thead><tr><th>Item</th><th>2023</th><th>2024</th></tr></thead><tbody><tr><td>Schools</td><td>10</td><td>12</td></tr><tr><td>Roads</td><td>7</td><td>6</td></tr></tbody></table>';
    const doc = page(`<p>${prose(1)}</p><p>${prose(2)}</p>${table}<p>${prose(3)}</p><p>${prose(4)}</p>`);
    const result = extractArticle(doc);
    expect(result.text).toBe([prose(1), prose(2), prose(3), prose(4)].join('\n\n'));
    expect(result.blocks.map((b) => b.localName)).toEqual(['p', 'p', 'table', 'p', 'p']);
    expect(result.root?.getAttribute('class')).toBe('article-body');
  });

  it('keeps the table text when the table is the article (a results page)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1}</td><td>Driver number ${i + 1} of the season</td><td>${300 - i * 7} points</td></tr>`).join('');
    const doc = page(`<p>${prose(1)}</p><table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr>${rows}</table>`);
    const result = extractArticle(doc);
    expect(result.text).toContain('Driver number 30 of the season');
  });
});

describe('visibility without layout', () => {
  it('leaves out hidden elements: hidden attribute, aria-hidden, inline display:none, framework hidden classes, sr-only text, hover cards', () => {
    const doc = page(`<p>${prose(1)}</p><p hidden>Hidden by attribute, never shown.</p><div aria-hidden="true"><p>Decorative duplicate text that is hidden.</p></div>
      <p style="display: none">Inline display none text that is hidden.</p><div class="hidden"><p>Bootstrap hidden class text that is hidden.</p></div>
      <p>${prose(2)}<span class="sr-only"> (opens in a new window)</span><span class="person-hovercard"><a href="/p">Profile card text</a></span></p><div class="hidden-xs"><p>${prose(3)}</p></div>`);
    const result = extractArticle(doc);
    expect(result.text).toBe([prose(1), prose(2), prose(3)].join('\n\n'));
  });

  it('asks the isHidden probe (computed style in the page) and trusts it over class names', () => {
    const doc = page(`<p>${prose(1)}</p><p class="hidden md:block">${prose(2)}</p><p class="promo-text">${prose(3)}</p>`);
    const probed = extractArticle(doc, { isHidden: (el) => el.getAttribute('class') === 'promo-text' });
    expect(probed.text).toBe([prose(1), prose(2)].join('\n\n'));
  });

  it('keeps the linked name that triggers a hover card (the card itself stays out)', () => {
    const card = '<span class="rollover-people"><a class="rollover-people-link" href="/people/kristi-noem">Kristi Noem</a>' +
      '<span class="rollover-people-block"><span><img src="k.jpg" width="100"><a href="/people/kristi-noem">Kristi Lynn Noem</a><a href="/x">Another story about her</a></span></span></span>';
    const doc = page(`<p>South Dakota Gov. ${card} (R) is defending the state’s new anti-drug campaign, which officials announced on Monday.</p><p>${prose(1)}</p><p>${prose(2)}</p>`);
    const result = extractArticle(doc);
    expect(result.text.split('\n\n')[0]).toBe('South Dakota Gov. Kristi Noem (R) is defending the state’s new anti-drug campaign, which officials announced on Monday.');
  });

  it('a custom element inside a sentence (a citation badge) stays part of its paragraph', () => {
    const cite = (n: number): string => `<hl-trusted-source source="PubMed"><a href="https://example.org/${n}">${n}</a></hl-trusted-source>`;
    const doc = page(`<p>One study in 496 adolescent girls found that fasting was associated with a higher risk of binge eating (${cite(2)}).</p><p>${prose(1)}</p><p>${prose(2)}</p>`);
    const result = extractArticle(doc);
    expect(result.text.split('\n\n')[0]).toBe('One study in 496 adolescent girls found that fasting was associated with a higher risk of binge eating (2).');
  });
});

