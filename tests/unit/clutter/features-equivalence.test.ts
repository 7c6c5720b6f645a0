// The cheap paths of core/clutter must answer exactly like the plain definitions they replace.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { computeFeatures, isInlineHidden, NON_TEXT_TAGS } from '../../../core/clutter/features';
import { PROMO_PHRASES, PROMO_PHRASES_OUTSIDE } from '../../../core/clutter/keywords';

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

describe('clutter cheap paths', () => {
  it('promo phrases carry no flags (classify joins them into one pre-check regex)', () => {
    for (const [, pattern] of [...PROMO_PHRASES, ...PROMO_PHRASES_OUTSIDE]) expect(pattern.flags).toBe('');
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
});
