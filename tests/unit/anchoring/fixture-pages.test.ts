import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSpan, buildTextIndex, describeRange, rangeFromSpan } from '../../../core/anchoring';
import { htmlDocument } from './dom';

// Real pages (../shared/fixtures, Korean first): random word-aligned highlights are found again on
// the unchanged page and after ads are inserted between the page's paragraphs.
const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url).pathname;
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(pages)('fixture %s', (name) => {
  const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');

  it('describe → anchor finds every random highlight again, before and after ads are inserted', () => {
    const doc = htmlDocument(html);
    const index = buildTextIndex(doc.body);
    const words = [...index.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    expect(words.length).toBeGreaterThan(100);
    const planned = fc.sample(
      fc.tuple(fc.nat(words.length - 1), fc.integer({ min: 1, max: 25 })).map(([first, count]) => {
        const last = Math.min(words.length - 1, first + count - 1);
        return { start: words[first]!.start, end: words[last]!.end };
      }),
      { numRuns: 60, seed: 5 },
    );
    const highlights = planned.map((span) => ({ span, exact: index.text.slice(span.start, span.end), selectors: describeRange(doc.body, rangeFromSpan(index, span.start, span.end)!, index) }));

    for (const h of highlights) expect(anchorSpan(index, h.selectors)).toMatchObject({ start: h.span.start, end: h.span.end, method: 'exact' });

    // Insert an ad block before every third paragraph, then anchor on the changed page.
    [...doc.body.querySelectorAll('p')].forEach((p, i) => {
      if (i % 3 !== 0) return;
      const ad = doc.createElement('div');
      ad.textContent = '광고 Advertisement';
      p.before(ad);
    });
    const changed = buildTextIndex(doc.body);
    let found = 0;
    for (const h of highlights) {
      const span = anchorSpan(changed, h.selectors);
      if (!span) continue; // an orphan is allowed (a quote right next to an ad may lose context)…
      // …a wrong place is not. (A highlight spanning paragraphs may now also hold an ad.)
      expect(changed.text.slice(span.start, span.end).replaceAll(' 광고 Advertisement', '')).toBe(h.exact);
      found++;
    }
    expect(found / highlights.length).toBeGreaterThanOrEqual(0.95);
  });
});
