/**
 * `npm run demo [-- <file.html | http://127.0.0.1:<port>/page>]` — Plainly on a real news page, in one command.
 *
 * Builds the extension, serves the bundled demo page (the seed fixture, or the file you give) on 127.0.0.1,
 * and opens Chromium with Plainly loaded. With a display, a normal browser window opens with the popup
 * beside it for you to use. Without one, it runs headless: it opens the popup, turns clean view on, saves
 * demo-output/before.png, after.png, popup.png (+ popup-ko.png, the Korean UI) and prints what Plainly found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, PageServer, REPO_ROOT, type ExtensionSession } from '../tests/e2e/harness';

const OUT = join(REPO_ROOT, 'demo-output');
const POPUP_VIEWPORT = { width: 380, height: 600 };
const PAGE_VIEWPORT = { width: 1280, height: 900 };

const tty = process.stdout.isTTY;
const style = (code: string) => (text: string) => (tty ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = style('1');
const dim = style('2');
const green = style('32');
const say = (text = '') => console.log(text);

interface Target {
  /** The URL the page is opened under (a fixture keeps its real-looking address). */
  url: string;
  /** What to tell the person about it. */
  label: string;
  /** HTML we serve ourselves, or null when the URL is already served locally by someone else. */
  html: string | null;
}

let BUNDLED: Target | null = null;
/** The address the bundled page is served under (its original URL; mapped to 127.0.0.1). */
const DEMO_URL = 'https://www.etoday.co.kr/news/view/2170962';

function targetFrom(arg: string | undefined): Target {
  if (!arg) {
    // The bundled copy of the seed fixture (demo/README.md), so the demo needs nothing outside the repo.
    const html = readFileSync(join(REPO_ROOT, 'demo', 'etoday-article.html'), 'utf8');
    BUNDLED = { url: DEMO_URL, label: 'the bundled demo page (an etoday.co.kr article, served locally)', html };
    return BUNDLED;
  }
  if (/^https?:\/\//i.test(arg)) {
    const { hostname } = new URL(arg);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
      throw new Error(`The demo only opens pages served on this machine (127.0.0.1 / localhost), not ${hostname}. Save the page as a file and pass the file instead.`);
    }
    return { url: arg, label: arg, html: null };
  }
  const file = resolve(process.cwd(), arg);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  return { url: `https://demo.plainly.test/${encodeURIComponent(basename(file))}`, label: file, html: readFileSync(file, 'utf8') };
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${what} failed (${command} ${args.join(' ')})`);
  }
}

async function launch(target: Target, uiLanguage: string | undefined, headless: boolean) {
  const server = new PageServer();
  await server.start();
  const hosts: string[] = [];
  if (target.html !== null) server.serve(target.url, target.html);
  else hosts.push(new URL(target.url).hostname.replace(/^\[|\]$/g, ''));
  const session = await launchWithExtension({ server, hosts, uiLanguage, headless });
  const page = await session.context.newPage();
  await page.setViewportSize(PAGE_VIEWPORT);
  await page.goto(target.html !== null ? server.urlFor(target.url) : target.url, { waitUntil: 'load' });
  return { session, server, page };
}

/** Requests that left the machine: none of the served page, extension files or inline data. */
function offsite(session: ExtensionSession, target: Target): string[] {
  if (target.html !== null) return session.offsiteRequests();
  const origin = new URL(target.url).origin;
  return session.offsiteRequests().filter((url) => !url.startsWith(origin));
}

async function openPopup(session: ExtensionSession, page: Page): Promise<Page> {
  const popup = await session.openPopup(page, { viewport: POPUP_VIEWPORT });
  // Ready: the headline, or one of the clear states (not an article / cannot read).
  await popup.waitForFunction(() => !document.querySelector('.spinner') && !!document.querySelector('h1, .state-title'), undefined, {
    timeout: 30_000,
  });
  return popup;
}

interface PopupText {
  headline: string;
  meta: string[];
  state: string[];
  viewHint: string;
  sentencesTitle: string;
  sentences: string[];
  factsTitle: string;
  groups: { name: string; items: { main: string; detail: string }[] }[];
}

async function printSummary(popup: Page, page: Page): Promise<void> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  const summary = (await popup.evaluate(`(() => {
    const text = (el) => (el ? el.innerText.replace(/\\s+/g, ' ').trim() : '');
    return {
      headline: text(document.querySelector('h1')),
      meta: [...document.querySelectorAll('.meta-part')].map(text),
      state: [...document.querySelectorAll('.state-title, .state .hint')].map(text),
      viewHint: text(document.querySelector('#clean-view-hint')),
      sentencesTitle: text(document.querySelector('#key-sentences-heading')),
      sentences: [...document.querySelectorAll('.sentences [role="listitem"]')].map(text),
      factsTitle: text(document.querySelector('#facts-heading')),
      groups: [...document.querySelectorAll('[data-group]')].map((group) => ({
        name: text(group.querySelector('h3')),
        items: [...group.querySelectorAll('[role="listitem"]')].map((item) => ({
          main: text(item.querySelector('.fact-main')),
          detail: text(item.querySelector('.fact-detail')),
        })),
      })),
    };
  })()`)) as PopupText;
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('plainly:'))
      .map((entry) => `${entry.name} ${entry.duration.toFixed(1)} ms`),
  );

  say();
  if (!summary.headline) {
    say(bold(summary.state.join(' — ') || 'Plainly could not read this page.'));
    return;
  }
  say(`${bold(summary.headline)}`);
  say(dim(summary.meta.join(' · ')));
  if (summary.state.length) say(summary.state.join(' — '));
  if (summary.viewHint) {
    say();
    say(`${green('Clean view:')} ${summary.viewHint}`);
  }
  if (summary.sentences.length) {
    say();
    say(bold(summary.sentencesTitle));
    summary.sentences.forEach((sentence, i) => say(`  ${i + 1}. ${sentence}`));
  }
  if (summary.groups.length) {
    say();
    say(bold(summary.factsTitle));
    const width = Math.max(...summary.groups.map((group) => group.name.length)) + 2;
    for (const group of summary.groups) {
      group.items.forEach((item, i) => {
        const label = i === 0 ? group.name.padEnd(width) : ' '.repeat(width);
        say(`  ${i === 0 ? green(label) : label}${item.main}${item.detail ? dim(`  — ${item.detail}`) : ''}`);
      });
    }
  }
  if (measures.length) {
    say();
    say(dim(`Time spent in the page: ${measures.join(', ')}`));
  }
}

async function headlessDemo(target: Target): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { session, page } = await launch(target, 'en-US', true);
  try {
    await page.screenshot({ path: join(OUT, 'before.png') });
    const popup = await openPopup(session, page);
    const toggle = popup.getByRole('switch');
    if (await toggle.count()) {
      await toggle.click();
      await popup.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true', undefined, { timeout: 10_000 }).catch(() => {
        say('Clean view did not turn on (see the popup screenshot).');
      });
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: join(OUT, 'after.png') });
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    await printSummary(popup, page);
    const leaks = offsite(session, target);
    say();
    if (target === BUNDLED || !leaks.length) {
      // The bundled page is self-contained, so any request to another host would be Plainly's own.
      say(leaks.length ? `Requests to other hosts: ${leaks.join(', ')}` : green('Network: no request left the machine (Plainly makes none).'));
    } else {
      say(dim(`The page itself tried to load ${leaks.length} files from other sites; the demo blocks every host but 127.0.0.1.`));
    }
  } finally {
    await session.close();
  }

  // The same popup in the Korean UI, for the README and for Korean readers.
  const korean = await launch(target, 'ko', true);
  try {
    const popup = await openPopup(korean.session, korean.page);
    await popup.screenshot({ path: join(OUT, 'popup-ko.png'), fullPage: true });
  } finally {
    await korean.session.close();
  }

  say();
  say(`Screenshots in ${OUT}/:`);
  say('  before.png    the page as the site shows it');
  say('  after.png     the same page with Plainly\'s clean view on');
  say('  popup.png     Plainly\'s popup (English UI);  popup-ko.png: the Korean UI');
}

async function windowDemo(target: Target): Promise<void> {
  const { session, page } = await launch(target, undefined, false);
  const tabId = await session.tabIdOf(page);
  // The popup beside the page in its own small window, so everything is visible at once.
  await session.worker.evaluate(
    async ({ url }) => {
      const api = (globalThis as unknown as { chrome: { windows: { create(data: object): Promise<unknown> } } }).chrome;
      await api.windows.create({ url, type: 'popup', width: 420, height: 680, left: 40, top: 60 });
    },
    { url: `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}` },
  );
  await page.bringToFront();
  say();
  say(bold('Plainly is running in the Chromium window.'));
  say('  • The small window is Plainly\'s popup for the page: turn on "Clean view", click a fact to find it in the page.');
  say('  • In the toolbar, the puzzle icon → pin Plainly opens the same popup on any page.');
  say('  • Alt+Shift+C toggles clean view; select text and press Alt+Shift+H to highlight it.');
  say(dim('Close the browser window to end the demo.'));
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await session.server.stop();
}

async function main(): Promise<void> {
  const target = targetFrom(process.argv.slice(2).find((arg) => arg !== '--'));
  const headless = !process.env.DISPLAY || process.env.PLAINLY_DEMO_HEADLESS === '1';

  say(bold('Plainly demo'));
  say(dim('1/3 Building the extension…'));
  run('npx', ['wxt', 'build'], 'The build');
  say(dim('2/3 Checking for Chromium…'));
  run('bash', ['scripts/ensure-chromium.sh'], 'Installing Chromium');
  say(dim(`3/3 Opening ${target.label} ${headless ? 'in headless Chromium (no display found)' : 'in Chromium'}…`));
  if (headless) await headlessDemo(target);
  else await windowDemo(target);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
