// Article detection on every page fixture: ../shared/fixtures (the seed) and tests/fixtures (synthetic
// pages of other site types; format in tests/fixtures/README.md). New fixtures are picked up
// automatically. Each expectation field that a fixture states is checked exactly as a reader would
// want it; `npx tsx scripts/report-fixtures.ts` prints the same comparison with details.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractArticle } from '../../../core/extract/index';
import { listFixtureFolders } from '../../../scripts/lib/fixtures';

interface Expect {
  url?: string;
  isArticle?: boolean;
  title?: string | null;
  subtitle?: string | null;
  kicker?: string | null;
  byline?: { author?: string | string[] | null; date?: string | null; modified?: string | null };
  leadImage?: string | null;
  body?: string;
}

const collapse = (text: string | null | undefined): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** Same instant; a date-only expectation matches the calendar date; Korean "YYYY-MM-DD HH:MM" is KST. */
function sameInstant(got: string | null, want: string): boolean {
  if (!got) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) return got.slice(0, 10) === want;
  const wanted = want.includes('T') ? want : `${want.replace(' ', 'T')}:00+09:00`;
  return Math.abs(Date.parse(got) - Date.parse(wanted)) < 60_000;
}

const fixtures = listFixtureFolders();

describe('article detection on the page fixtures', () => {
  it('finds fixtures in both folders, articles and non-articles', () => {
    expect(fixtures.some((f) => f.dir.includes('/shared/fixtures/'))).toBe(true);
    expect(fixtures.filter((f) => f.dir.includes('/tests/fixtures/')).length).toBeGreaterThanOrEqual(14);
  });

  describe.each(fixtures.map((f) => [f.name, f.dir] as const))('%s', (_name, dir) => {
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expect;
    const article = extractArticle(parseHtml(readFileSync(join(dir, 'page.html'), 'utf8'), spec.url), { url: spec.url });
    const expectedArticle = spec.isArticle !== false;

    it(`is judged ${expectedArticle ? 'an article' : 'not an article'}`, () => {
      expect(article.isArticle).toBe(expectedArticle);
    });
    if (!expectedArticle) return;

    it('finds the headline as shown, without site name or kicker', () => {
      expect(collapse(article.title)).toBe(collapse(spec.title));
      if (spec.kicker) expect(collapse(article.title)).not.toContain(collapse(spec.kicker));
    });

    it(spec.subtitle ? 'finds the deck' : 'invents no deck', () => {
      expect(article.subtitle === null ? null : collapse(article.subtitle)).toBe(spec.subtitle ? collapse(spec.subtitle) : null);
    });

    const authors = spec.byline?.author == null ? [] : ([] as string[]).concat(spec.byline.author);
    if (authors.length) {
      it('names the authors and nobody else', () => {
        expect(article.byline).toEqual(authors);
      });
    }
    if (spec.byline?.date) {
      it('dates the article', () => expect(sameInstant(article.published, spec.byline!.date!), `${article.published}`).toBe(true));
    }
    if (spec.byline?.modified) {
      it('finds the update time', () => expect(sameInstant(article.modified, spec.byline!.modified!), `${article.modified}`).toBe(true));
    }
    if (spec.leadImage !== undefined) {
      it('finds the lead image', () => expect(article.leadImage).toBe(spec.leadImage));
    }

    it('extracts the body paragraph by paragraph, nothing more', () => {
      const want = (spec.body ?? '').split(/\n\s*\n/).map(collapse).filter(Boolean);
      const got = article.text.split(/\n\s*\n/).map(collapse).filter(Boolean);
      expect(got).toEqual(want);
    });
  });
});

// Unseen sites often carry little or no metadata. The same pages with every <meta> and JSON-LD block
// removed must still give what the reader sees: verdict, headline, deck, authors, the publish day
// and the body.
describe('article detection on the page fixtures without their metadata', () => {
  describe.each(fixtures.map((f) => [f.name, f.dir] as const))('%s', (_name, dir) => {
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expect;
    const doc = parseHtml(readFileSync(join(dir, 'page.html'), 'utf8'), spec.url);
    doc.querySelectorAll('meta, script[type="application/ld+json"]').forEach((el) => el.remove());
    const article = extractArticle(doc, { url: spec.url });
    const expectedArticle = spec.isArticle !== false;

    it('keeps its verdict, headline, deck and body', () => {
      expect(article.isArticle).toBe(expectedArticle);
      if (!expectedArticle) return;
      expect(collapse(article.title)).toBe(collapse(spec.title));
      expect(article.subtitle === null ? null : collapse(article.subtitle)).toBe(spec.subtitle ? collapse(spec.subtitle) : null);
      expect(article.text.split(/\n\s*\n/).map(collapse).filter(Boolean)).toEqual((spec.body ?? '').split(/\n\s*\n/).map(collapse).filter(Boolean));
    });

    const authors = spec.byline?.author == null ? [] : ([] as string[]).concat(spec.byline.author);
    if (expectedArticle && authors.length) {
      it('names the authors from the visible byline', () => expect(article.byline).toEqual(authors));
    }
    if (expectedArticle && spec.byline?.date) {
      it('dates the article from the visible date line', () => expect(article.published?.slice(0, 10)).toBe(spec.byline!.date!.slice(0, 10)));
    }
  });
});
