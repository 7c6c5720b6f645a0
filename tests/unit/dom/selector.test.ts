import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { cssEscape, isRandomLooking, isValidSelector, stableSelector } from '../../../core/dom/selector';

const page = `<!doctype html><html><body>
<div id="wrap">
  <div id="coinTicker" class="coin-ticker"><ul><li>BTC</li><li>ETH</li></ul></div>
  <div class="css-1x7f3k2 box"><p>a</p></div>
  <div class="box"><p>b</p></div>
  <section class="most-read active"><h3>많이 본 뉴스</h3><ol><li>one</li><li>two</li></ol></section>
  <div id="ad-20221209123" class="x9Fk2aB"><span>ad</span></div>
  <div><div><span class="plainly-x">deep</span></div></div>
</div>
</body></html>`;

describe('isRandomLooking', () => {
  it('flags generated tokens', () => {
    for (const token of ['css-1x7f3k2', 'sc-AbCd3', 'ad-20221209123', 'Button_root__x7Fk2', '_3xKf2', 'a8f3c2d9', 'ember1234']) {
      expect(isRandomLooking(token), token).toBe(true);
    }
  });
  it('keeps hand-written names', () => {
    for (const token of ['coinTicker', 'coin-ticker', 'most-read', 'article_view', 'news2', 'h2', 'box', 'arti_txt', 'stockUpBox']) {
      expect(isRandomLooking(token), token).toBe(false);
    }
  });
});

describe('stableSelector', () => {
  const doc = parseHtml(page);
  const pick = (css: string) => doc.querySelector(css)!;

  it('prefers a stable id', () => {
    expect(stableSelector(pick('#coinTicker'))).toBe('#coinTicker');
  });
  it('uses stable classes and skips state classes', () => {
    expect(stableSelector(pick('section'))).toBe('section.most-read');
  });
  it('never uses a generated id or class, falling back to a structural path', () => {
    const selector = stableSelector(pick('[class="x9Fk2aB"]'))!;
    expect(selector).not.toMatch(/x9Fk2aB|20221209123/);
    expect(doc.querySelectorAll(selector)).toHaveLength(1);
    expect(doc.querySelector(selector)).toBe(pick('[class="x9Fk2aB"]'));
  });
  it('anchors structural paths at the closest stable ancestor', () => {
    const li = pick('#coinTicker li:nth-child(2)');
    expect(stableSelector(li)).toBe('#coinTicker > ul > li:nth-of-type(2)');
  });
  it('returns null for html/body and detached elements', () => {
    expect(stableSelector(doc.body)).toBeNull();
    expect(stableSelector(doc.createElement('div'))).toBeNull();
  });
  it('always finds exactly the element it was given (property)', () => {
    const all = Array.from(doc.body.querySelectorAll('*'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), (index) => {
        const element = all[index]!;
        const selector = stableSelector(element);
        if (selector === null) return true;
        const found = doc.querySelectorAll(selector);
        return found.length === 1 && found[0] === element;
      }),
    );
  });
});

describe('cssEscape / isValidSelector', () => {
  it('escapes identifiers that start with a digit or contain punctuation', () => {
    expect(cssEscape('1abc')).toBe('\\31 abc');
    expect(cssEscape('a.b:c')).toBe('a\\.b\\:c');
    expect(cssEscape('한글')).toBe('한글');
  });
  it('validates selectors without throwing', () => {
    const doc = parseHtml('<html><body></body></html>');
    expect(isValidSelector(doc, '.coin-ticker')).toBe(true);
    expect(isValidSelector(doc, 'div{color:red}')).toBe(false);
    expect(isValidSelector(doc, '')).toBe(false);
  });
});
