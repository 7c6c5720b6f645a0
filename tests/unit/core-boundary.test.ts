import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// core/ must run in the page, in Node and in tests: it may import only other core/ modules and
// plain libraries, never the extension runtime, UI code or Node built-ins.
const CORE = new URL('../../core', import.meta.url).pathname;
const FORBIDDEN = /^(wxt|#imports|#i18n|preact|@preact\/|webextension-polyfill|@wxt-dev\/|@webext-core\/|node:|fs$|path$|linkedom|happy-dom|jsdom)/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('core/ import boundary', () => {
  it('finds the core sources', () => {
    expect(sources(CORE).length).toBeGreaterThan(0);
  });

  it.each(sources(CORE).map((file) => [file.slice(CORE.length + 1), file]))('%s imports nothing forbidden', (_name, file) => {
    const bad = importsOf(readFileSync(file, 'utf8')).filter(
      (spec) => FORBIDDEN.test(spec) || (spec.startsWith('.') && !join(file, '..', spec).startsWith(CORE)),
    );
    expect(bad).toEqual([]);
  });

  it('the check itself catches a forbidden import', () => {
    expect(importsOf("import { browser } from 'wxt/browser';").some((s) => FORBIDDEN.test(s))).toBe(true);
  });
});
