import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { parseHtml } from '../../../scripts/lib/parse-html';
import type { PageContext } from '../../../utils/page-context';

const failFacts = vi.hoisted(() => ({ next: false }));
vi.mock('../../../core/facts/extract', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/facts/extract')>();
  return {
    ...real,
    extractFacts: (...args: Parameters<typeof real.extractFacts>) => {
      if (failFacts.next) throw new Error('boom');
      return real.extractFacts(...args);
    },
  };
});

// The page loads the Korean word lists before asking for the facts of a Korean article; in Node, core/facts does.
await import('../../../core/facts');
const { pageSummary } = await import('../../../utils/summary/summary');

const seedDir = join(process.cwd(), '..', 'shared', 'fixtures', 'seed-etoday');
const seedHtml = readFileSync(join(seedDir, 'page.html'), 'utf8');
const seedUrl = (JSON.parse(readFileSync(join(seedDir, 'expect.json'), 'utf8')) as { url: string }).url;

function context(html: string, url: string): PageContext {
  const document = parseHtml(html, url);
  let cached: ReturnType<typeof extractArticle> | null = null;
  return {
    document,
    url,
    article: () => (cached ??= extractArticle(document, { url })),
    invalidate: () => (cached = null),
    isHidden: () => false,
  };
}

describe('pageSummary', () => {
  beforeEach(() => {
    performance.clearMeasures();
    failFacts.next = false;
  });

  it('summarises the seed article: headline, text, key sentences and facts whose evidence lies in the text', () => {
    const summary = pageSummary(context(seedHtml, seedUrl));
    expect(summary.isArticle).toBe(true);
    expect(summary.title).toContain('한·미 산업기술 협력 강화');
    expect(summary.text).toContain('한국과 미국이 산업기술 협력을 강화한다.');
    expect(summary.keySentences.length).toBeGreaterThan(0);
    for (const sentence of summary.keySentences) expect(summary.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const all = Object.values(summary.facts).flat();
    expect(all.length).toBeGreaterThan(5);
    for (const fact of all) {
      for (const span of fact.evidence) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(summary.text.length);
      }
    }
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary); // plain data: it crosses the message channel
  });

  it('computes key sentences and facts once per detected article (one plainly:facts measure)', () => {
    const page = context(seedHtml, seedUrl);
    const first = pageSummary(page);
    const second = pageSummary(page);
    expect(second.facts).toBe(first.facts);
    expect(performance.getEntriesByName('plainly:facts')).toHaveLength(1);
    page.invalidate();
    pageSummary(page);
    expect(performance.getEntriesByName('plainly:facts')).toHaveLength(2);
  });

  it('sends no text or facts for a page that is not an article, and names the site from the URL', () => {
    const summary = pageSummary(context('<html><head><title>Sign in</title></head><body><form><input></form></body></html>', 'https://www.example.org/login'));
    expect(summary.isArticle).toBe(false);
    expect(summary.text).toBe('');
    expect(summary.keySentences).toEqual([]);
    expect(Object.values(summary.facts).flat()).toEqual([]);
    expect(summary.siteName).toBe('example.org');
    expect(performance.getEntriesByName('plainly:facts')).toHaveLength(0);
  });

  it('keeps the headline and key sentences when fact extraction fails', () => {
    failFacts.next = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const summary = pageSummary(context(seedHtml, seedUrl));
    expect(summary.isArticle).toBe(true);
    expect(summary.keySentences.length).toBeGreaterThan(0);
    expect(Object.values(summary.facts).flat()).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
