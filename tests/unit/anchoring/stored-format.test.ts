import { describe, expect, it } from 'vitest';
import { fromWebAnnotations, toWebAnnotations } from '../../../core/highlights/export';
import { createHighlight, validateHighlight, validateSelector } from '../../../core/highlights/model';
import type { Selector } from '../../../core/types';

// The quote's optional lookalikeFit (core/types.ts) is an additive field: kept through storage
// validation and the W3C export/import round trip; records without it stay valid as before.
const selectors: Selector[] = [
  { type: 'TextQuoteSelector', exact: 'unite with former frontman', prefix: 'The band will ', suffix: ' Michael McDonald', lookalikeFit: 5 },
  { type: 'TextPositionSelector', start: 120, end: 146 },
  { type: 'CssSelector', value: ':scope > article > p:nth-of-type(1)' },
];

describe('stored format: lookalikeFit', () => {
  it('survives validation and export → import', () => {
    const h = createHighlight({ url: 'https://news.example.com/a/story', selectors, now: new Date('2025-02-03T10:00:00Z'), id: '3f1c2a9e-8d7b-4c1e-9a2b-1234567890ab' });
    expect(h).not.toBeNull();
    const checked = validateHighlight(h);
    expect(checked.ok && checked.value.selectors[0]).toEqual(selectors[0]);
    const imported = fromWebAnnotations(JSON.parse(JSON.stringify(toWebAnnotations([h!]))));
    expect(JSON.stringify(imported)).toContain('"lookalikeFit":5');
  });

  it('old quotes without it are unchanged; a malformed value is dropped, not the quote', () => {
    const old = { type: 'TextQuoteSelector', exact: 'a', prefix: 'b', suffix: 'c' };
    expect(validateSelector(old)).toEqual({ ok: true, value: old });
    expect(validateSelector({ ...old, lookalikeFit: 'high' })).toEqual({ ok: true, value: old });
    expect(validateSelector({ ...old, lookalikeFit: 9 })).toEqual({ ok: true, value: old });
  });
});
