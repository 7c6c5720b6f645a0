// The cheap paths of core/clutter must answer exactly like the plain definitions they replace.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { computeFeatures, isInlineHidden, NON_TEXT_TAGS } from '../../../core/clutter/features';
import { FURNITURE_LINE, PHOTO_CREDIT, PROMO_PHRASES, PROMO_PHRASES_OUTSIDE, mayBeFurnitureLine, mayBePhotoCredit } from '../../../core/clutter/keywords';
import { countWords, isLetterOrNumber, isNumber } from '../../../core/clutter/classify';

/** The plain definition prefixOf had before it counted the collapsed length incrementally. */
function referencePrefix(element: Element, limit = 80): string {
  let out = '';
  const walk = (node: Element, depth: number): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
        if (out.replace(/\s+/g, ' ').trim().length >= limit) return true;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (NON_TEXT_TAGS.has(el.localName) || depth > 300 || isInlineHidden(el)) continue;
        out += ' ';
        if (walk(el, depth + 1)) return true;
      }
    }
    return false;
  };
  walk(element, 0);
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

/** The plain definition of textOf: a walk of the element's subtree (before the one-pass ropes). */
function referenceText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Element, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (NON_TEXT_TAGS.has(el.localName) || depth > 300 || isInlineHidden(el)) continue;
        parts.push(' ');
        walk(el, depth + 1);
        parts.push(' ');
      }
    }
  };
  if (!NON_TEXT_TAGS.has(element.localName) && !isInlineHidden(element)) walk(element, 0);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('clutter cheap paths', () => {
  it('every promo phrase match contains one of its needles (the pre-check skips no match)', () => {
    const phrases = [...PROMO_PHRASES, ...PROMO_PHRASES_OUTSIDE];
    // Words and marks taken from the patterns themselves, so random sequences often match.
    const vocabulary = [...new Set(phrases.flatMap(([, pattern]) => pattern.source.match(/[\p{L}-]+|[©ⓒ@:=/[]/gu) ?? []))];
    const samples = ['Subscribe now', 'Follow us on Twitter', '© 2019 All rights reserved', '무단 전재 및 재배포 금지', 'Click here to get the app', 'If you enjoyed this article', 'Have a tip? Email us at x', '[/caption id=1', 'Bloggers like this'];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...vocabulary, ' ', ' ', ' ', '(c) ', '. ', 'a'), { maxLength: 14 }).map((xs) => xs.join('')),
      fc.constantFrom(...samples),
    );
    let matched = 0;
    fc.assert(
      fc.property(text, (raw) => {
        const t = raw.toLowerCase();
        for (const [, pattern, needles] of phrases) {
          if (!pattern.test(t)) continue;
          matched++;
          expect(needles.some((n) => t.includes(n)), `${pattern.source.slice(0, 40)} on "${t}"`).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(500); // the property was exercised
  });

  // Text pieces with every kind of whitespace `\s` knows, so the incremental collapsed length of
  // prefixOf is checked against the regex it stands in for.
  const piece = fc.constantFrom('a', 'Bé', '가나', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2009', '\ufeff', '\u200b', 'x'.repeat(30), ' word ');
  const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
  const tree = fc.array(fc.tuple(text, fc.constantFrom('span', 'div', 'b', 'script', 'p')), { maxLength: 8 });

  it('prefixOf is the first 80 characters of the collapsed text', () => {
    fc.assert(
      fc.property(text, tree, (lead, children) => {
        const inner = children.map(([t, tag]) => `<${tag}>${t}</${tag}>${t}`).join('');
        const doc = parseHtml(`<html><body><div id="x">${lead}${inner}</div></body></html>`);
        const el = doc.getElementById('x')!;
        const features = computeFeatures(doc.documentElement, isInlineHidden);
        const expected = referencePrefix(el);
        expect(features.prefixOf(el)).toBe(expected);
        expect(features.prefixOf(el)).toBe(expected); // cached answer
        expect(features.lowerTextOf(el)).toBe(features.textOf(el).toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  // Nested boxes with hidden and non-text elements, comments and every kind of whitespace: the texts
  // gathered in computeFeatures' single pass must be those of a walk per element.
  const leaf = fc.oneof(
    text,
    fc.constantFrom('<!-- note -->', '<br>', '<img src="x.png">', '<script>var x = 1;</script>', '<iframe src="/a"></iframe>', '<span hidden>gone</span>', '<b style="display: none">gone too</b>', '<style>p { color: red }</style>'),
  );
  const box: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom('div', 'span', 'p', 'b', 'a href="/x"', 'li', 'section hidden', 'div style="display:none"', 'noscript', 'h3'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`),
    ),
  })).node;

  it('textOf, lowerTextOf and prefixOf of every element are those of a walk of its subtree', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 4 }), (boxes) => {
        const doc = parseHtml(`<html><body><main>${boxes.join('')}</main></body></html>`);
        const features = computeFeatures(doc.documentElement, isInlineHidden);
        for (const el of Array.from(doc.querySelectorAll('*'))) {
          expect(features.textOf(el)).toBe(referenceText(el));
          expect(features.lowerTextOf(el)).toBe(referenceText(el).toLowerCase());
          expect(features.prefixOf(el)).toBe(referencePrefix(el));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('texts of a tree deeper than the walk limit are still those of a walk per element', () => {
    const depth = 320;
    const html = `${'<div>a '.repeat(depth)}deep${' b</div>'.repeat(depth)}`;
    const doc = parseHtml(`<html><body>${html}<p>after  it</p></body></html>`);
    const features = computeFeatures(doc.documentElement, isInlineHidden);
    const all = Array.from(doc.querySelectorAll('*'));
    for (const el of [...all.slice(0, 5), ...all.slice(295, 310), ...all.slice(-3)]) {
      expect(features.textOf(el)).toBe(referenceText(el));
      expect(features.prefixOf(el)).toBe(referencePrefix(el));
    }
  });

  it('letter/number tests agree with the Unicode-property regexes on every code point', () => {
    const letterOrNumber = /[\p{L}\p{N}]/u;
    const number = /\p{N}/u;
    let mismatches = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (isLetterOrNumber(cp) !== letterOrNumber.test(ch) || isNumber(cp) !== number.test(ch)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('countWords counts what the word regex matches', () => {
    const WORD = /[\p{L}\p{N}]+(?:[.,%][\p{N}]+)*%?/gu;
    const piece = fc.constantFrom('1', '23', '.', ',', '%', 'a', 'BTC', '비트코인', ' ', '\u00a0', '▲', '+', '-', '²', '٣', '𝟘', '𠀀', '\ud800', 'é', '·', '$');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        const words = text.match(WORD) ?? [];
        expect(countWords(text)).toEqual({ words: words.length, numeric: words.filter((w) => /^\d/.test(w)).length });
      }),
      { numRuns: 2000 },
    );
  });

  it('the photo-credit and furniture-line pre-checks pass every text their regex matches', () => {
    const cases: [RegExp, (text: string) => boolean][] = [
      [PHOTO_CREDIT, mayBePhotoCredit],
      [FURNITURE_LINE, mayBeFurnitureLine],
    ];
    for (const [pattern, mayMatch] of cases) {
      const vocabulary = [...new Set(pattern.source.match(/[\p{L}]+|[©:/|,()–—.=[]/gu) ?? [])];
      const samples = ['photo: hau dinh, ap', '(image: © nasa)', 'al goldis, associated press', 'getty images', '사진=연합뉴스', '5 min read', 'photo 3 of 12', 'tags: politics', 'source: reuters', 'leave a comment', '12 comments', 'no comments yet', 'share this on twitter', 'back to top', '읽는 시간 3분'];
      const text = fc.oneof(
        fc.array(fc.constantFrom(...vocabulary, ' ', ' ', '1', '23', 'x', 'jane doe'), { maxLength: 8 }).map((xs) => xs.join('')),
        fc.constantFrom(...samples),
      );
      let matched = 0;
      fc.assert(
        fc.property(text, (t) => {
          if (!pattern.test(t)) return;
          matched++;
          expect(mayMatch(t), `${pattern.source.slice(0, 30)} on "${t}"`).toBe(true);
        }),
        { numRuns: 20000 },
      );
      expect(matched).toBeGreaterThan(300);
    }
  });
});
