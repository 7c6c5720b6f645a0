import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, fromWebAnnotations, toMarkdown, toWebAnnotations } from '../../../core/highlights/export';
import { createHighlight, HIGHLIGHT_COLORS, migrateHighlight, validateHighlight, type Highlight } from '../../../core/highlights/model';

function sample(overrides: Partial<Highlight> = {}): Highlight {
  const h = createHighlight({
    url: 'https://news.example.com/a/story?utm_source=tw&id=3#comments',
    pageTitle: 'Chipmaker raises [forecast]',
    siteName: 'Example News',
    published: '2025-02-03T08:00:00+09:00',
    color: 'blue',
    note: 'Check the *number*\nagainst Q3.',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'revenue would rise to $4.2 billion', prefix: 'said on Tuesday that ', suffix: ', well above' },
      { type: 'TextPositionSelector', start: 120, end: 155 },
      { type: 'CssSelector', value: '#story > p:nth-of-type(1)' },
    ],
    now: new Date('2025-02-03T10:00:00Z'),
    id: '3f1c2a9e-8d7b-4c1e-9a2b-1234567890ab',
  });
  if (!h) throw new Error('sample');
  return { ...h, ...overrides };
}

describe('createHighlight / validate', () => {
  it('canonicalises the URL and takes the text from the quote', () => {
    const h = sample();
    expect(h.url).toBe('https://news.example.com/a/story?id=3');
    expect(h.text).toBe('revenue would rise to $4.2 billion');
    expect(h.schemaVersion).toBe(2);
  });

  it('refuses records without quote, URL or date, with a clear message', () => {
    expect(createHighlight({ url: 'about:blank', selectors: sample().selectors })).toBeNull();
    expect(createHighlight({ url: 'https://x.test/', selectors: [{ type: 'TextPositionSelector', start: 1, end: 2 }] })).toBeNull();
    expect(validateHighlight({ ...sample(), selectors: [] })).toEqual({ ok: false, error: expect.stringMatching(/no TextQuoteSelector/) });
    expect(validateHighlight({ ...sample(), createdAt: 'yesterday' })).toEqual({ ok: false, error: expect.stringMatching(/createdAt/) });
    expect(validateHighlight(null)).toEqual({ ok: false, error: 'not an object' });
    expect(migrateHighlight({ ...sample(), schemaVersion: 99 })).toEqual({ ok: false, error: expect.stringMatching(/newer/) });
  });
});

describe('W3C Web Annotation export/import', () => {
  it('exports a valid-looking AnnotationCollection', () => {
    const doc = toWebAnnotations([sample()]);
    expect(doc['@context']).toEqual([ANNO_CONTEXT, { plainly: 'https://plainly.app/ns/highlights#' }]);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(1);
    const a = doc.first.items[0]!;
    expect(a).toMatchObject({
      id: 'urn:uuid:3f1c2a9e-8d7b-4c1e-9a2b-1234567890ab',
      type: 'Annotation',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: 'Check the *number*\nagainst Q3.', format: 'text/plain', purpose: 'commenting' }],
      target: { source: 'https://news.example.com/a/story?id=3' },
      'plainly:color': 'blue',
      'plainly:pageTitle': 'Chipmaker raises [forecast]',
    });
    expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'CssSelector']);
  });

  it('round trip loses nothing (property)', () => {
    const arbSelectorsFor = (exact: string) =>
      fc.tuple(fc.string({ maxLength: 32 }), fc.string({ maxLength: 32 }), fc.nat(10_000), fc.option(fc.string({ minLength: 1, maxLength: 40 }))).map(([prefix, suffix, start, css]) => [
        { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
        { type: 'TextPositionSelector' as const, start, end: start + exact.length },
        ...(css ? [{ type: 'CssSelector' as const, value: css }] : []),
      ]);
    const arbHighlight = fc
      .record({
        id: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 20 }), fc.webUrl()),
        path: fc.webPath(),
        pageTitle: fc.string(),
        siteName: fc.string(),
        published: fc.option(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString())),
        color: fc.constantFrom(...HIGHLIGHT_COLORS),
        note: fc.string(),
        exact: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
        created: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
        edited: fc.nat(10 ** 9),
      })
      .chain((r) =>
        arbSelectorsFor(r.exact).map((selectors): Highlight => ({
          id: r.id,
          url: `https://news.example.com${r.path.startsWith('/') ? '' : '/'}${r.path.split(/[?#]/)[0]}`,
          pageTitle: r.pageTitle,
          siteName: r.siteName,
          published: r.published,
          color: r.color,
          note: r.note,
          text: r.exact,
          selectors,
          createdAt: r.created.toISOString(),
          updatedAt: new Date(r.created.getTime() + r.edited).toISOString(),
          schemaVersion: 2,
        })),
      )
      // Only records the model itself accepts (e.g. a canonical URL) are exported.
      .filter((h) => {
        const v = validateHighlight(h);
        return v.ok && JSON.stringify(v.value) === JSON.stringify(h);
      });
    let checked = 0;
    fc.assert(
      fc.property(fc.uniqueArray(arbHighlight, { selector: (h) => h.id, maxLength: 5 }), (highlights) => {
        checked += highlights.length;
        const json = JSON.stringify(toWebAnnotations(highlights));
        const back = fromWebAnnotations(json);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.problems).toEqual([]);
        const byId = (list: Highlight[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(back.highlights)).toEqual(byId(highlights));
      }),
      { numRuns: 200, seed: 3 },
    );
    expect(checked).toBeGreaterThan(200); // the generator really produces records
  });

  it('reports bad input clearly and never throws', () => {
    expect(fromWebAnnotations('{')).toEqual({ ok: false, error: expect.stringMatching(/^not valid JSON/) });
    expect(fromWebAnnotations(42)).toEqual({ ok: false, error: expect.stringMatching(/expected a JSON object/) });
    expect(fromWebAnnotations({ type: 'Thing' })).toEqual({ ok: false, error: expect.stringMatching(/not a W3C Web Annotation/) });
    expect(fromWebAnnotations({ type: 'AnnotationCollection', total: 3 })).toEqual({ ok: false, error: expect.stringMatching(/without embedded items/) });
    expect(fromWebAnnotations([{ type: 'Annotation', id: 'a', target: 'https://x.test/' }])).toEqual({ ok: false, error: expect.stringMatching(/no usable annotation.*no TextQuoteSelector/) });
    expect(fromWebAnnotations([])).toEqual({ ok: true, highlights: [], problems: [] });
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = fromWebAnnotations(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('keeps the good items and names each rejected one (no silent partial loss)', () => {
    const good = toWebAnnotations([sample()]).first.items[0]!;
    const result = fromWebAnnotations([good, { ...good }, { type: 'Annotation', id: 'b', target: { source: 'ftp://x' } }, 'junk']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.highlights).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.stringMatching(/^item 2: duplicate id/),
      expect.stringMatching(/^item 3: annotation b: .*URL/),
      'item 4: item is not an object',
    ]);
  });

  it('imports annotations from other tools (Hypothesis-style) with defaults', () => {
    const result = fromWebAnnotations({
      '@context': ANNO_CONTEXT,
      type: 'Annotation',
      id: 'https://hypothes.is/a/abc123',
      created: '2024-01-02T03:04:05Z',
      body: [{ type: 'TextualBody', value: 'interesting' }, { type: 'TextualBody', value: 'tag1', purpose: 'tagging' }],
      target: [{ source: 'https://example.org/post?utm_medium=x', selector: { type: 'TextQuoteSelector', exact: 'quoted words', prefix: 'some ', suffix: ' here' } }],
    });
    expect(result.ok && result.highlights[0]).toMatchObject({
      id: 'https://hypothes.is/a/abc123',
      url: 'https://example.org/post',
      color: 'yellow',
      note: 'interesting',
      text: 'quoted words',
      createdAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-01-02T03:04:05.000Z',
    });
  });
});

describe('Markdown export', () => {
  it('groups by page, quotes the text and escapes titles', () => {
    const a = sample();
    const b = sample({ id: 'b', text: 'second line\nof quote', note: '', color: 'green', createdAt: '2025-02-04T00:00:00.000Z' });
    const c = sample({ id: 'c', url: 'https://other.example/x', pageTitle: '', siteName: '', published: null, createdAt: '2025-02-05T00:00:00.000Z' });
    expect(toMarkdown([c, b, a])).toBe(
      [
        '# Highlights',
        '',
        '## [Chipmaker raises \\[forecast\\]](<https://news.example.com/a/story?id=3>)',
        '',
        '*Example News · 2025-02-02*',
        '',
        '> revenue would rise to $4.2 billion',
        '',
        '**Note:** Check the *number*',
        'against Q3.',
        '',
        '<sub>blue · 2025-02-03</sub>',
        '',
        '> second line',
        '> of quote',
        '',
        '<sub>green · 2025-02-04</sub>',
        '',
        '## [https://other.example/x](<https://other.example/x>)',
        '',
        '> revenue would rise to $4.2 billion',
        '',
        '**Note:** Check the *number*',
        'against Q3.',
        '',
        '<sub>blue · 2025-02-05</sub>',
        '',
      ].join('\n'),
    );
  });
});
