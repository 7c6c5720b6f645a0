// The extract CLI: reads *.html / *.html.gz, id = file name without extensions, URLs from
// {id: {url}}, writes {id: {articleBody, title, byline, published, lang}}, reports failures and goes on.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/cli/extract';

const SEED = new URL('../../../../shared/fixtures/seed-etoday/', import.meta.url);

describe('extract CLI', () => {
  it('extracts plain and gzipped pages, uses the URLs, and skips a broken file with a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainly-extract-'));
    const html = readFileSync(new URL('page.html', SEED));
    writeFileSync(join(dir, 'seed.html'), html);
    writeFileSync(join(dir, 'seed-gz.html.gz'), gzipSync(html));
    writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x00, 0x01, 0x02])); // not valid gzip
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const urls = join(dir, 'urls.json');
    writeFileSync(urls, JSON.stringify({ seed: { url: 'https://www.etoday.co.kr/news/view/2170962' } }));
    const out = join(dir, 'out', 'pred.json');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    try {
      await run(['--in', dir, '--out', out, '--urls', urls]);
    } finally {
      spy.mockRestore();
    }
    const pred = JSON.parse(readFileSync(out, 'utf8')) as Record<string, { articleBody: string; title: string; published: string; lang: string; byline: string[] }>;
    expect(Object.keys(pred).sort()).toEqual(['seed', 'seed-gz']);
    const expected = JSON.parse(readFileSync(new URL('expect.json', SEED), 'utf8')) as { body: string; title: string };
    expect(pred.seed!.articleBody).toBe(expected.body);
    expect(pred['seed-gz']!.articleBody).toBe(expected.body);
    expect(pred.seed).toMatchObject({ title: expected.title, published: '2022-12-09T12:35:00+09:00', lang: 'ko', byline: [] });
    expect(errors.some((e) => e.includes('broken') && e.includes('failed'))).toBe(true);
    expect(errors.some((e) => e.includes('2/3 pages') && e.includes('1 failed'))).toBe(true);
  });

  it('refuses to run without --in/--out', async () => {
    await expect(run(['--in', '/nowhere'])).rejects.toThrow(/usage/);
  });
});
