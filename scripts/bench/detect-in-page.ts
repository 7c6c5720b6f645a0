/**
 * Timing `extractArticle` inside a real Chromium page, shared by `bench:extract` and `extract-compare.ts`:
 * core/extract bundled by esbuild, a page served from memory at its own URL, and one timed call the way the
 * content script makes it (computed-style `isHidden` probe, after the page has rendered).
 */
import type { Browser, Page } from 'playwright-core';

/** core/extract as an IIFE that puts `extractArticle` on `globalThis.__plainlyExtract`. */
export async function bundleExtract(coreDir: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: `import { extractArticle } from './extract/index'; (globalThis as any).__plainlyExtract = extractArticle;`, resolveDir: coreDir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/** Wait two frames: detection runs after the page is shown, so the first style read does not pay the page's own first recalc. */
export const RENDERED = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

/** A fresh tab showing `html` at `url` (every other request aborted) with `script` added, after it rendered. */
export async function openPageWithScript(browser: Browser, url: string, html: string, script: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
  await tab.goto(url);
  await tab.addScriptTag({ content: script });
  await tab.evaluate(RENDERED);
  return tab;
}

/**
 * One `__plainlyExtract` call measured as `plainly:detect`; `globalThis.__noProbe` drops the style probe.
 * A string, not a function: tsx would inject its own helpers (__name) into a serialized function.
 */
export const TIME_ONE_DETECT = `(() => {
  const isHidden = (el) => { if (el.hidden) return true; const s = getComputedStyle(el); return s.display === 'none' || s.visibility === 'hidden'; };
  const start = performance.now();
  const result = globalThis.__plainlyExtract(document, { url: location.href, isHidden: globalThis.__noProbe ? undefined : isHidden });
  return { ms: performance.measure('plainly:detect', { start, end: performance.now() }).duration, isArticle: result.isArticle };
})()`;

/** The first (cold) detection in a fresh tab, in ms. */
export async function firstDetectInFreshTab(browser: Browser, url: string, html: string, script: string): Promise<number> {
  const tab = await openPageWithScript(browser, url, html, script);
  try {
    return ((await tab.evaluate(TIME_ONE_DETECT)) as { ms: number }).ms;
  } finally {
    await tab.close();
  }
}
