// Every fixture folder under ../shared/fixtures is checked: new fixtures are picked up automatically.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, collapse, invariantProblems } from './helpers';

const FIXTURES = new URL('../../../../shared/fixtures', import.meta.url).pathname;

interface Expect {
  url?: string;
  title?: string;
  body?: string;
  mustStayVisible?: string[];
  mustHide?: Record<string, string[]>;
}

const folders = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'page.html')) && existsSync(join(FIXTURES, name, 'expect.json')))
  .sort();

describe('clean view on the page fixtures', () => {
  it('finds the fixtures', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  describe.each(folders)('%s', (name) => {
    const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
    const spec = JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as Expect;
    const result = clean(html, spec.url);

    it.each(spec.mustStayVisible ?? [])('keeps "%s" visible', (snippet) => {
      expect(result.visible).toContain(collapse(snippet));
    });

    const hide = Object.entries(spec.mustHide ?? {}).flatMap(([category, snippets]) => snippets.map((s) => [category, s] as const));
    it.each(hide)('hides [%s] "%s"', (_category, snippet) => {
      expect(result.visible).not.toContain(collapse(snippet));
    });

    it('keeps every body paragraph visible', () => {
      for (const paragraph of (spec.body ?? '').split('\n\n').filter(Boolean)) {
        expect(result.visible).toContain(collapse(paragraph));
      }
    });

    it('reports outermost items only, never the article or its header', () => {
      expect(invariantProblems(result.items, result.article)).toEqual([]);
    });
  });
});
