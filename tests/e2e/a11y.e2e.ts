import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServing, loadFixtures, type ExtensionSession } from './harness';

// Accessibility of Plainly's own UI, in Chromium with the built extension: axe-core on the popup (an
// article with its key facts, and a page that is not an article), the highlights library with a few
// highlights, the settings page and the in-page selection toolbar, in the English and the Korean UI,
// in the light and the dark theme. Serious and critical violations fail; moderate and minor ones are
// printed. Then the keyboard paths: every control reached with Tab, a visible focus ring, Enter/Space
// operate, Esc closes, and the toolbar is reached from a keyboard selection without losing it.

const seed = loadFixtures().find((fixture) => fixture.name === 'seed-etoday')!;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const NOT_ARTICLE_URL = 'https://shop.example.org/account/login';
const NOT_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in — Example Shop</title></head>
<body><main><h1>Sign in</h1><form><label>E-mail <input type="email"></label><button>Sign in</button></form></main></body></html>`;

/** Two paragraph parts of the seed article to highlight. */
const TO_HIGHLIGHT = ['상시 기술협력 수요 발굴 채널을 구축하고', '산업기술 협력을'];

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A/AA rules and best practices): its violations, and how many
 * elements passed a rule (so a context that matched nothing cannot pass unnoticed).
 */
async function axe(page: Page, include?: string): Promise<{ violations: AxeViolation[]; passedNodes: number }> {
  // page.evaluate is not subject to the extension pages' CSP (a <script> tag would be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type Result = { violations: AxeViolation[]; passes: { nodes: unknown[] }[] };
    const api = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await api.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return {
      violations: result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      })),
      passedNodes: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, include ?? null);
}

/** Every violation found, by page and theme, printed at the end for the report. */
const found: { where: string; violations: AxeViolation[]; passedNodes: number }[] = [];

/** Axe in the light and the dark theme; fails on serious/critical violations, records the rest. */
async function expectAccessible(page: Page, where: string, include?: string) {
  const blocking: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const { violations, passedNodes } = await axe(page, include);
    expect(passedNodes, `${where}: axe checked nothing`).toBeGreaterThan(10);
    found.push({ where: `${where} (${scheme})`, violations, passedNodes });
    for (const v of violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        blocking.push(`${scheme} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(blocking, where).toEqual([]);
}

/**
 * The smallest font size of the page's visible text. Chrome gives extension pages a body font-size of
 * 75% unless the page sets its own on body: the settings page once showed all its text at 11.25px.
 */
async function smallestTextSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !(node.textContent ?? '').trim() || !parent.getClientRects().length) continue;
      if (parent.closest('.visually-hidden, textarea, code')) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    return smallest;
  });
}

/** Selects `text` inside the seed article's body (a Range + the document selection). */
async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.getElementById('arti_txt')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`no text ${wanted}`);
  }, text);
}

/** Highlights each text through the in-page toolbar (selection, then its "Highlight" button). */
async function highlightThroughToolbar(page: Page, texts: string[], buttonName: string) {
  for (const text of texts) {
    await selectInArticle(page, text);
    await page.evaluate(() => {
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
    });
    const button = page.getByRole('button', { name: buttonName, exact: true });
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.click();
    await button.waitFor({ state: 'detached', timeout: 10_000 });
  }
}

/** Names of the focusable things reached by pressing Tab from the top of the page, with their focus ring. */
async function tabThrough(page: Page, max = 60): Promise<{ name: string; ring: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { name: string; ring: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
      const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.getAttribute('title') || '';
      return { key: `${el.tagName}:${label.trim().slice(0, 40)}:${[...document.querySelectorAll('*')].indexOf(el)}`, name: label.trim().slice(0, 40) || el.tagName, ring };
    });
    if (!info || seen.some((s) => (s as { key?: string }).key === info.key)) break;
    seen.push(info);
  }
  return seen;
}

const LANGUAGES = [
  { ui: 'en-US', lang: 'en', highlight: 'Highlight', factsHeading: 'Key facts' },
  { ui: 'ko', lang: 'ko', highlight: '하이라이트', factsHeading: '핵심 정보' },
] as const;

for (const language of LANGUAGES) {
  describe(`accessibility (${language.ui} UI)`, () => {
    let session: ExtensionSession;

    beforeAll(async () => {
      session = await launchServing({ [seed.expect.url]: seed.html, [NOT_ARTICLE_URL]: NOT_ARTICLE }, { uiLanguage: language.ui });
    });
    afterAll(async () => {
      for (const { where, violations, passedNodes } of found.splice(0)) {
        const lines = violations.map((v) => `  [${v.impact}] ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
        console.log(`axe ${language.ui} ${where}: ${violations.length} violation(s), ${passedNodes} passing checks${lines.length ? `\n${lines.join('\n')}` : ''}`);
      }
      await session?.close();
    });

    it('popup on an article, with key facts', async () => {
      const page = await session.open(seed.expect.url);
      const popup = await session.openPopup(page);
      await popup.getByRole('heading', { name: language.factsHeading }).waitFor({ timeout: 20_000 });
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language.lang}`));
      await expectAccessible(popup, 'popup article');
      await page.close();
      await popup.close();
    });

    it('popup on a page that is not an article', async () => {
      const page = await session.open(NOT_ARTICLE_URL);
      const popup = await session.openPopup(page);
      await expect.poll(() => popup.locator('.state-title').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => popup.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
      await expectAccessible(popup, 'popup not-article');
      await page.close();
      await popup.close();
    });

    it('in-page selection toolbar', async () => {
      const page = await session.open(seed.expect.url);
      await selectInArticle(page, TO_HIGHLIGHT[0]!);
      await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 })));
      const button = page.getByRole('button', { name: language.highlight, exact: true });
      await button.waitFor({ state: 'visible', timeout: 10_000 });
      await expectAccessible(page, 'selection toolbar', 'plainly-highlight-toolbar');
      await page.close();
    });

    it('highlights library with a few highlights', async () => {
      const page = await session.open(seed.expect.url);
      await highlightThroughToolbar(page, TO_HIGHLIGHT, language.highlight);
      const library = await session.context.newPage();
      await library.goto(`chrome-extension://${session.extensionId}/highlights.html`);
      await expect.poll(() => library.locator('.library-item').count(), { timeout: 10_000 }).toBe(TO_HIGHLIGHT.length);
      expect(await library.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language.lang}`));
      expect(await smallestTextSize(library)).toBeGreaterThanOrEqual(12);
      await expectAccessible(library, 'library');
      await library.close();
      // The popup with the page's highlights listed (their "Show" buttons).
      const popup = await session.openPopup(page);
      await expect.poll(() => popup.locator('[data-testid="page-highlights"] li').count(), { timeout: 20_000 }).toBe(TO_HIGHLIGHT.length);
      await expectAccessible(popup, 'popup with page highlights');
      await popup.close();
      await page.close();
    });

    it('popup where Plainly cannot run (no content script in the tab)', async () => {
      const page = await session.context.newPage();
      await page.goto('about:blank');
      const popup = await session.openPopup(page);
      await expect.poll(() => popup.locator('[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
      expect(await popup.locator('.state-title').count()).toBe(1);
      await expectAccessible(popup, 'popup unavailable');
      await popup.close();
      await page.close();
    });

    it('settings page', async () => {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.locator('input[role="switch"]:not([disabled])').first().waitFor({ timeout: 10_000 });
      expect(await options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language.lang}`));
      expect(await smallestTextSize(options)).toBeGreaterThanOrEqual(12);
      await expectAccessible(options, 'options');
      await options.close();
    });
  });
}

describe('keyboard paths (English UI)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchServing({ [seed.expect.url]: seed.html }, { uiLanguage: 'en-US' });
  });
  afterAll(async () => session?.close());

  it('popup: Tab reaches every control with a focus ring; Enter on a key sentence scrolls the page; Space flips the switch', async () => {
    const page = await session.open(seed.expect.url);
    const popup = await session.openPopup(page);
    await popup.getByRole('heading', { name: 'Key facts' }).waitFor({ timeout: 20_000 });
    const reached = await tabThrough(popup);
    const names = reached.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Settings', 'Clean view', 'Reader', 'Copy as Markdown']));
    const revealButtons = await popup.locator('.reveal').count();
    expect(revealButtons).toBeGreaterThan(3);
    // Every key sentence and fact that links to the article is a button in the tab order.
    expect(reached.length).toBeGreaterThanOrEqual(revealButtons + 4);
    expect(reached.filter((r) => !r.ring)).toEqual([]);

    // Tab to the last key sentence and press Enter: the page scrolls to it.
    const last = popup.locator('.sentences .reveal').last();
    const lastText = (await last.innerText()).trim();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      if ((await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === lastText) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe(lastText);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(100);

    const cleanSwitch = popup.getByRole('switch', { name: 'Clean view' });
    await cleanSwitch.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => cleanSwitch.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => cleanSwitch.isEnabled(), { timeout: 10_000 }).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(() => cleanSwitch.getAttribute('aria-checked'), { timeout: 10_000 }).toBe('false');
    await popup.close();
    await page.close();
  });

  it('selection toolbar: a keyboard selection brings it, Tab reaches "Highlight" without losing the selection, arrows move, Esc closes, Enter saves', async () => {
    const page = await session.open(seed.expect.url);
    const start = TO_HIGHLIGHT[0]!;
    await selectInArticle(page, start.slice(0, 4));
    // Grow the selection from the keyboard: the toolbar comes on the Shift key's release.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    const toolbar = page.locator('plainly-highlight-toolbar [role="toolbar"]');
    await toolbar.waitFor({ state: 'visible', timeout: 10_000 });
    const selected = await page.evaluate(() => document.getSelection()!.toString());
    expect(selected.length).toBeGreaterThan(4);

    const focusedInToolbar = () =>
      page.evaluate(() => {
        const root = document.querySelector('plainly-highlight-toolbar')?.shadowRoot;
        const el = root?.activeElement as HTMLElement | null | undefined;
        return el ? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '' : null;
      });
    // The toolbar never takes focus by itself.
    expect(await focusedInToolbar()).toBeNull();
    await page.keyboard.press('Tab');
    expect(await focusedInToolbar()).toBe('Highlight');
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(selected);
    const ring = await page.evaluate(() => {
      const el = document.querySelector('plainly-highlight-toolbar')!.shadowRoot!.activeElement!;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    });
    expect(ring).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await focusedInToolbar()).toMatch(/^Highlight in /);
    await page.keyboard.press('Escape');
    await toolbar.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(selected);

    // Again, and this time Enter on "Highlight" saves the selection.
    await page.keyboard.press('Shift+ArrowRight');
    await toolbar.waitFor({ state: 'visible', timeout: 10_000 });
    const again = await page.evaluate(() => document.getSelection()!.toString());
    await page.keyboard.press('Tab');
    expect(await focusedInToolbar()).toBe('Highlight');
    await page.keyboard.press('Enter');
    const painted = () =>
      page.evaluate(() => {
        const out: string[] = [];
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((set, name) => {
          if (name.startsWith('plainly-')) set.forEach((range) => out.push(range.toString()));
        });
        return out;
      });
    await expect.poll(painted, { timeout: 10_000 }).toContain(again);
    await page.close();
  });

  it('library: Tab reaches every control with a focus ring; the note editor opens with Enter, Esc closes it back to its button, Ctrl+Enter saves; Delete then Undo by keyboard', async () => {
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/highlights.html`);
    await expect.poll(() => library.locator('.library-item').count(), { timeout: 10_000 }).toBe(1);
    const reached = await tabThrough(library);
    expect(reached.map((r) => r.name)).toEqual(expect.arrayContaining(['Search highlights', 'Export Markdown', 'Open page', 'Add note', 'Delete']));
    expect(reached.filter((r) => !r.ring)).toEqual([]);

    const focusButton = async (name: string) => {
      await library.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 30; i++) {
        await library.keyboard.press('Tab');
        if ((await library.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    const active = () => library.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim() ?? ''}`);

    await focusButton('Add note');
    await library.keyboard.press('Enter');
    await expect.poll(active).toMatch(/^TEXTAREA:/);
    await library.keyboard.type('draft');
    await library.keyboard.press('Escape');
    await expect.poll(() => library.locator('textarea').count()).toBe(0);
    await expect.poll(active).toBe('BUTTON:Add note');

    await library.keyboard.press('Enter');
    await expect.poll(active).toMatch(/^TEXTAREA:/);
    await library.keyboard.type('a note typed with the keyboard');
    await library.keyboard.press('Control+Enter');
    await expect.poll(() => library.locator('.library-item .note').innerText()).toBe('a note typed with the keyboard');
    await expect.poll(active).toBe('BUTTON:Edit note');

    await focusButton('Delete');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.locator('.library-item').count()).toBe(0);
    await expect.poll(active).toBe('BUTTON:Undo');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.locator('.library-item').count()).toBe(1);
    expect(await active()).not.toBe('BODY:');
    await library.close();
  });

  it('settings: Tab reaches every switch with a focus ring, Space toggles one', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[role="switch"]:not([disabled])').first().waitFor({ timeout: 10_000 });
    const reached = await tabThrough(options);
    const switches = await options.getByRole('switch').count();
    expect(reached.length).toBeGreaterThanOrEqual(switches);
    expect(reached.filter((r) => !r.ring)).toEqual([]);
    const first = options.getByRole('switch').first();
    const before = await first.isChecked();
    await first.focus();
    await options.keyboard.press('Space');
    expect(await first.isChecked()).toBe(!before);
    await options.keyboard.press('Space');
    expect(await first.isChecked()).toBe(before);
    await options.close();
  });
});
