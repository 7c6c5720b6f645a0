/**
 * `npx tsx scripts/ui-shots.ts [out-dir]` — screenshots of every screen of Plainly's own UI, for a design
 * review and for the README: the popup (article, not an article, still loading, cannot run; English and
 * Korean UI; light and dark; narrow), reader view (widths, themes, Korean and English, photos with
 * captions), the highlights library (empty, many highlights with long quotes and notes, a search with no
 * match, after an import) and the settings page. Uses the build in `$PLAINLY_OUT_DIR/chrome-mv3`
 * (default `.output`) and the e2e harness (pages served on 127.0.0.1, nothing leaves the machine).
 * Writes PNGs to `out-dir` (default `test-results/ux`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { createHighlight, type Highlight } from '../core/highlights/model';
import { toWebAnnotations } from '../core/highlights/export';
import { launchServing, loadFixtures, REPO_ROOT, type ExtensionSession } from '../tests/e2e/harness';
import { sendToTab, waitForContentScript } from '../tests/e2e/clean-view-helpers';

const OUT = resolve(process.argv[2] ?? join(REPO_ROOT, 'test-results', 'ux'));
mkdirSync(OUT, { recursive: true });

const fixtures = loadFixtures();
const fixture = (name: string) => {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};
const SEED = fixture('seed-etoday');
const EN_ARTICLE = fixture('en-daily-standfirst');
const EN_PHOTOS = fixture('en-magazine-longread');
const KO_PHOTOS = fixture('ko-newspaper-photo');
const SECTION_FRONT = fixture('ko-section-front');
const SLOW_URL = 'https://slow.example.org/news/1';
const POPUP = { width: 380, height: 600 };
const NARROW_POPUP = { width: 300, height: 600 };

/**
 * The fixtures' photos are 1×1 placeholder GIFs sized by width/height attributes; reader view (like
 * any reader) shows images at their own size, so for these screenshots every sized placeholder becomes
 * a real PNG of that size, served by the page's own host like a news photo.
 */
function withPhotos(html: string, serve: (path: string, png: Buffer) => void): string {
  return html.replace(/<img\b[^>]*>/g, (tag) => {
    const width = Number(/\bwidth="(\d+)"/.exec(tag)?.[1] ?? 0);
    const height = Number(/\bheight="(\d+)"/.exec(tag)?.[1] ?? 0);
    if (width < 150 || height < 90 || !/src="data:image\/gif/.test(tag)) return tag;
    const path = `/ux-photo-${width}x${height}.png`;
    serve(path, placeholderPng(width, height));
    return tag.replace(/src="data:image\/gif[^"]*"/, `src="${path}"`);
  });
}

/** A soft two-tone PNG (sky over ground), built with zlib only. */
function placeholderPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const t = y / height;
    const [r, g, b] = t < 0.62 ? [150 + 60 * t, 180 + 50 * t, 210] : [120, 135 - 30 * t, 110];
    for (let x = 0; x < width; x++) row.set([r, g, b].map((v) => Math.round(v - 12 * Math.sin((x + y) / 40))), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const shots: string[] = [];
async function shot(page: Page, name: string, fullPage = true) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage, caret: 'initial' });
  shots.push(path);
}

async function openPopup(session: ExtensionSession, page: Page, viewport = POPUP): Promise<Page> {
  const popup = await session.openPopup(page, { viewport });
  await popup.waitForFunction(() => !document.querySelector('.spinner') && !!document.querySelector('h1, .state-title'), undefined, { timeout: 30_000 });
  // The page-highlights list arrives a moment later.
  await popup.waitForTimeout(400);
  return popup;
}

async function setStorage(session: ExtensionSession, values: Record<string, unknown>) {
  await session.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, values);
}

/** A library's worth of highlights over several pages: short and very long quotes, notes, all colours. */
function sampleHighlights(): Highlight[] {
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  const pages = [SEED, EN_ARTICLE, EN_PHOTOS, KO_PHOTOS];
  const out: Highlight[] = [];
  let n = 0;
  for (const page of pages) {
    const paragraphs = page.expect.body.split('\n\n');
    for (const [i, paragraph] of paragraphs.slice(0, 4).entries()) {
      const exact = i === 1 ? paragraphs.slice(1, 3).join(' ') : paragraph.slice(0, 40 + 30 * i);
      const highlight = createHighlight({
        url: page.expect.url,
        pageTitle: page.expect.title,
        siteName: new URL(page.expect.url).hostname.replace(/^www\./, ''),
        published: (page.expect.published as string | undefined) ?? null,
        color: colors[n % colors.length],
        note: i === 2 ? (page.expect.lang.startsWith('ko') ? '다음 주 회의 전에 다시 읽을 것. 수치 확인 필요.' : 'Check these figures against the council report before Friday.') : '',
        selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
        now: new Date(Date.UTC(2025, 2, 1 + n)),
      });
      if (highlight) out.push(highlight);
      n++;
    }
  }
  return out;
}

async function popups(session: ExtensionSession, ui: string) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.open(SEED.expect.url);
    const popup = await openPopup(session, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await shot(popup, `popup-${ui}-seed-${scheme}`);
    if (scheme === 'light') {
      // Clean view on: the hidden count and the "hide something else" link.
      await popup.getByRole('switch').click();
      await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, { timeout: 10_000 });
      await popup.waitForTimeout(300);
      await shot(popup, `popup-${ui}-seed-clean-on`, false);
      await popup.getByRole('switch').click();
    }
    await popup.close();
    await page.close();
  }
  {
    const page = await session.open(SEED.expect.url);
    const popup = await openPopup(session, page, NARROW_POPUP);
    await shot(popup, `popup-${ui}-seed-narrow`);
    await popup.close();
    await page.close();
  }
  for (const f of [EN_ARTICLE, KO_PHOTOS, SECTION_FRONT]) {
    const page = await session.open(f.expect.url);
    const popup = await openPopup(session, page);
    await shot(popup, `popup-${ui}-${f.name}`);
    await popup.close();
    await page.close();
  }
  {
    // Still loading: the page's HTML keeps arriving for 20 s.
    const page = await session.context.newPage();
    void page.goto(session.server.urlFor(SLOW_URL)).catch(() => {});
    await page.waitForTimeout(1500);
    const popup = await session.openPopup(page, { viewport: POPUP });
    await popup.waitForTimeout(1500);
    await shot(popup, `popup-${ui}-loading`);
    await popup.close();
    await page.close();
  }
  {
    const page = await session.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(session, page);
    await shot(popup, `popup-${ui}-unavailable`);
    await popup.close();
    await page.close();
  }
}

async function readers(session: ExtensionSession, ui: string) {
  const variants: { fixture: typeof SEED; prefs: Record<string, unknown>; name: string; viewport?: { width: number; height: number } }[] = [
    { fixture: SEED, prefs: { fontSize: 19, lineWidth: 'medium', theme: 'light', font: 'sans' }, name: 'seed-medium-light' },
    { fixture: SEED, prefs: { fontSize: 19, lineWidth: 'narrow', theme: 'sepia', font: 'serif' }, name: 'seed-narrow-sepia-serif' },
    { fixture: SEED, prefs: { fontSize: 23, lineWidth: 'wide', theme: 'dark', font: 'sans' }, name: 'seed-wide-dark' },
    { fixture: EN_PHOTOS, prefs: { fontSize: 19, lineWidth: 'medium', theme: 'light', font: 'serif' }, name: 'en-photos', viewport: { width: 1280, height: 2600 } },
    { fixture: KO_PHOTOS, prefs: { fontSize: 19, lineWidth: 'medium', theme: 'dark', font: 'sans' }, name: 'ko-photos-dark', viewport: { width: 1280, height: 2000 } },
    { fixture: EN_ARTICLE, prefs: { fontSize: 19, lineWidth: 'medium', theme: 'light', font: 'sans' }, name: 'en-mobile', viewport: { width: 390, height: 800 } },
  ];
  for (const v of variants) {
    await setStorage(session, { 'reader.prefs': v.prefs });
    const page = await session.open(v.fixture.expect.url);
    if (v.viewport) await page.setViewportSize(v.viewport);
    await waitForContentScript(session, page);
    await sendToTab(session, page, 'setViewMode', { mode: 'reader' });
    await page.waitForTimeout(500);
    await shot(page, `reader-${ui}-${v.name}`, false);
    await page.keyboard.press('Escape');
    await page.close();
  }
}

async function library(session: ExtensionSession, ui: string) {
  const lib = await session.context.newPage();
  await lib.setViewportSize({ width: 1000, height: 800 });
  await lib.goto(`chrome-extension://${session.extensionId}/highlights.html`);
  await lib.waitForTimeout(600);
  await shot(lib, `library-${ui}-empty`);
  const file = join(tmpdir(), `plainly-ux-${ui}.json`);
  writeFileSync(file, JSON.stringify(toWebAnnotations(sampleHighlights())));
  await lib.locator('input[type="file"]').setInputFiles(file);
  await lib.locator('.library-item').first().waitFor({ timeout: 10_000 });
  await lib.waitForTimeout(300);
  await shot(lib, `library-${ui}-imported`, false);
  await shot(lib, `library-${ui}-many`);
  await lib.emulateMedia({ colorScheme: 'dark' });
  await shot(lib, `library-${ui}-many-dark`, false);
  await lib.emulateMedia({ colorScheme: 'light' });
  await lib.locator('input[type="search"]').fill('zzzz-no-match');
  await lib.waitForTimeout(200);
  await shot(lib, `library-${ui}-no-match`, false);
  await lib.locator('input[type="search"]').fill('');
  await lib.setViewportSize({ width: 400, height: 800 });
  await lib.locator('.library-item').first().getByRole('button').nth(1).click();
  await lib.waitForTimeout(200);
  await shot(lib, `library-${ui}-narrow-editing`, false);
  await lib.close();
  // The imported highlights on their page: painted, and listed in the popup (one spans two paragraphs).
  const page = await session.open(SEED.expect.url);
  await page.waitForTimeout(800);
  await shot(page, `page-${ui}-seed-highlights`, false);
  const popup = await openPopup(session, page);
  await popup.locator('[data-testid="page-highlights"] li').first().waitFor({ timeout: 10_000 });
  await shot(popup, `popup-${ui}-seed-highlights`);
  await popup.close();
  await page.close();
}

async function options(session: ExtensionSession, ui: string) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('input[role="switch"]:not([disabled])').first().waitFor({ timeout: 10_000 });
  await shot(page, `options-${ui}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, `options-${ui}-dark`);
  await page.close();
}

async function main() {
  const only = process.env.UX_ONLY?.split(',');
  for (const ui of ['en-US', 'ko']) {
    const pages: Record<string, string> = {};
    const photos: { url: string; png: Buffer }[] = [];
    for (const f of [SEED, EN_ARTICLE, EN_PHOTOS, KO_PHOTOS, SECTION_FRONT]) {
      pages[f.expect.url] = withPhotos(f.html, (path, png) => photos.push({ url: new URL(path, f.expect.url).href, png }));
    }
    const session = await launchServing(pages, { uiLanguage: ui, hosts: [new URL(SLOW_URL).hostname] });
    for (const { url, png } of photos) session.server.serve(url, png, 'image/png');
    const head = SEED.html.slice(0, SEED.html.indexOf('<body') + 200);
    session.server.serveInParts(SLOW_URL, head, '</body></html>', 20_000);
    try {
      const tag = ui.slice(0, 2);
      if (!only || only.includes('popup')) await popups(session, tag);
      if (!only || only.includes('reader')) await readers(session, tag);
      if (!only || only.includes('library')) await library(session, tag);
      if (!only || only.includes('options')) await options(session, tag);
      const leaks = session.offsiteRequests();
      if (leaks.length) console.warn(`requests off the machine: ${leaks.join(', ')}`);
    } finally {
      await session.close();
    }
  }
  console.log(shots.map((path) => path.replace(`${REPO_ROOT}/`, '')).join('\n'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
