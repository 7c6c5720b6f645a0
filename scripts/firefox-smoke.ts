/**
 * `npm run smoke:firefox` — the Firefox build, for real, in Debian's Firefox ESR (headless).
 *
 * Loads `<PLAINLY_OUT_DIR>/firefox-mv3` as a temporary add-on into a fresh profile, opens the bundled demo
 * article (a copy of the seed page) from a local server on 127.0.0.1, opens the extension's popup page for
 * that tab and checks, in Firefox, what a reader does:
 *   1. detection: the popup shows the article (headline, key sentences) from the content script;
 *   2. clean view from the popup switch hides the crypto ticker and keeps the article; the content
 *      script's `plainly:*` measures are in the page's timeline; a reload of the now remembered site is
 *      clean from document_start (early stylesheet); switching off shows the ticker again;
 *   3. highlights: a sentence selected on the page + the toolbar's Highlight button (open shadow root) →
 *      an entry in the page's `CSS.highlights` and visibly painted (paragraph screenshots differ); after a
 *      reload it is restored and painted the same; a click on it offers its toolbar (recolour, a note typed
 *      into its textarea); the popup lists it with the note; a popup key sentence flashes its place;
 *   4. reader view from the popup: an overlay host whose shadow root the page cannot reach, holding the
 *      article and the saved highlight but not the ticker (read through Firefox's privileged
 *      `openOrClosedShadowRoot` from a system sandbox; the root stays closed); a sentence selected inside
 *      it is highlighted there and on the page; Esc closes it;
 *   5. the Alt+Shift+H command (through the add-on's key in the browser window) and the context menu's
 *      Highlight item (real right click) highlight the selection; a single-page navigation takes the
 *      highlights away and back;
 *   6. the library page lists them all; "Open" opens the page at one (flash); "Export JSON" saves a file
 *      with them; a delete there unpaints it in the open page; importing the export brings it back.
 * Prints one line per step and, last, a JSON line with the result and timings; exits 1 on any failure.
 *
 * Firefox is driven over Marionette (its own automation protocol, `--marionette`), spoken directly here
 * over a TCP socket (no dependency): it installs temporary add-ons (`Addon:Install`) and, with
 * `--remote-allow-system-access`, opens moz-extension:// pages (without that flag both Marionette and
 * WebDriver BiDi refuse: "Navigation to moz-extension://… is not allowed in this context"). The extension's
 * internal UUID is fixed by the `extensions.webextensions.uuids` pref, so the popup URL is known.
 * Nothing leaves the machine: every proxied request goes to a closed local port (127.0.0.1 bypasses it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(new URL('..', import.meta.url).pathname);
const EXTENSION_DIR = resolve(REPO_ROOT, process.env.PLAINLY_OUT_DIR ?? '.output', 'firefox-mv3');
const FIREFOX = process.env.PLAINLY_FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
const DEMO_PAGE = join(REPO_ROOT, 'demo', 'etoday-article.html');
/** What the checks look for on the demo page: its headline, a crypto-ticker line, a body sentence. */
const HEADLINE = '한·미 산업기술 협력 강화…KAIT·NIST 공동R&D 등 협력';
const TICKER_TEXT = '실시간 암호화폐 시세';
const BODY_TEXT = '한국산업기술진흥원(KIAT)는';
/** The sentence highlighted on the demo page (its first and last words). */
const SENTENCE_START = '한국산업기술진흥원(KIAT)는 7일';
const SENTENCE_END = '협력의향서(LOI)를 체결했다.';
/** Element names of the highlight toolbar host (utils/highlights/toolbar.ts) and reader overlay host (utils/reader/overlay.tsx). */
/** Highlighted inside reader view, and with the keyboard command. */
const READER_SENTENCE_START = '또 상시 기술협력';
const READER_SENTENCE_END = '박차를 가할 방침이다.';
const SHORTCUT_SENTENCE_START = 'LOI 체결에 따라';
const SHORTCUT_SENTENCE_END = '등을 추진한다.';
/** The document_start stylesheet of a remembered site (utils/clean-view/styles.ts). */
const EARLY_STYLE_ID = 'plainly-early-style';
const NOTE = 'Firefox 메모: check the LOI date';
const MENU_SENTENCE_START = '아울러 8일 워싱턴DC에서';
const MENU_SENTENCE_END = '처음으로 열렸다.';
const TOOLBAR_TAG = 'plainly-highlight-toolbar';
const READER_HOST_TAG = 'plainly-reader';
/** The add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'plainly@plainly.app';
const EXTENSION_UUID = '6f1c2a7e-3b5d-4c8e-9a1f-2d7b4e6c8a90';
const TIMEOUT_MS = 60_000;

const started = Date.now();
/** The Firefox we started (killed by the watchdog if the run hangs). */
let firefoxProcess: ChildProcess | null = null;
const elapsed = () => Date.now() - started;
const log = (text: string) => console.log(`[firefox-smoke ${(elapsed() / 1000).toFixed(1)}s] ${text}`);

/**
 * A minimal Marionette client (protocol level 3): each packet is `<byte length>:<JSON>`; a command is
 * `[0, id, name, params]` and its answer `[1, id, error, result]`.
 */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private greeted: Promise<void>;

  private constructor(private socket: Socket) {
    let greet: () => void;
    this.greeted = new Promise((ok) => (greet = ok));
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (!Array.isArray(packet)) {
          greet();
          continue;
        }
        const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
        const waiter = this.pending.get(id);
        this.pending.delete(id);
        if (error) waiter?.reject(new Error(`${error.error}: ${error.message}`));
        else waiter?.resolve(result);
      }
    });
    socket.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = await new Promise<Socket>((ok, fail) => {
      const s = connect(port, '127.0.0.1', () => ok(s));
      s.once('error', fail);
    });
    const client = new Marionette(socket);
    await client.greeted;
    return client;
  }

  send<T = { value: unknown }>(name: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  /** Runs `body` (a function body; `arguments` as in WebDriver) in the current page and returns its value. */
  async run<T>(body: string, args: unknown[] = [], sandbox?: 'system'): Promise<T> {
    return (await this.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args, ...(sandbox ? { sandbox } : {}) })).value;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** A WebDriver element reference as Marionette returns it. */
type WebElement = Record<string, string>;
const elementId = (element: WebElement) => Object.values(element)[0]!;

/** Page script (a function body): the first text node holding the sentence whose bounds are the arguments. */
const LOCATE_SENTENCE = `const [start, end, scope] = arguments;
  const walker = document.createTreeWalker(scope ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const from = node.data.indexOf(start);
    const to = from < 0 ? -1 : node.data.indexOf(end, from);
    if (to >= 0) return { node, from, to: to + end.length };
  }
  return null;`;

/** Page script: the sentence's exact text and its element. */
const FIND_SENTENCE = `const found = (function () { ${LOCATE_SENTENCE} }).apply(null, arguments);
  return found && { text: found.node.data.slice(found.from, found.to), paragraph: found.node.parentElement };`;

/**
 * Page script: selects the sentence as a user would leave it (selection set, then a mouseup where it
 * ends, unless the 3rd argument is false). With `scope` defined first, it selects inside that root.
 */
const selectSentence = (scope = 'undefined') => `const [start, end, mouseUp] = arguments;
  const scope = ${scope};
  const found = (function () { ${LOCATE_SENTENCE} })(start, end, scope);
  if (!found) return null;
  const range = document.createRange();
  range.setStart(found.node, found.from);
  range.setEnd(found.node, found.to);
  found.node.parentElement.scrollIntoView({ block: 'center' });
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const rect = range.getBoundingClientRect();
  if (mouseUp !== false) {
    found.node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
  }
  return range.toString();`;
const SELECT_SENTENCE = selectSentence();

interface PaintedHighlights {
  mode: 'css-highlights' | 'marks' | 'none';
  /** Plainly's entries in the page's CSS.highlights registry, as "name:size". */
  names: string[];
  /** The text of every painted range. */
  ranges: string[];
}

/** Page script: what Plainly has painted (CSS Custom Highlight API entries named plainly-*, or fallback marks). */
const READ_PAINTED = `const names = [];
  const ranges = [];
  globalThis.CSS?.highlights?.forEach((set, name) => {
    // plainly-flash is the short "here it is" flash of utils/reveal-range.ts, not a saved highlight.
    if (!name.startsWith('plainly-') || name === 'plainly-flash') return;
    names.push(name + ':' + set.size);
    set.forEach((range) => ranges.push(range.toString()));
  });
  const marks = [...document.querySelectorAll('mark[data-plainly-highlight]')];
  if (marks.length) ranges.push(marks.map((mark) => mark.textContent).join(''));
  return { mode: names.length ? 'css-highlights' : marks.length ? 'marks' : 'none', names, ranges };`;

/** With PLAINLY_SMOKE_DUMP, saves what the current tab shows as <tmp>/plainly-firefox-smoke-<name>.png (for diagnosis). */
async function dumpScreenshot(client: Marionette, name: string): Promise<void> {
  if (!process.env.PLAINLY_SMOKE_DUMP) return;
  const png = (await client.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false, hash: false })).value;
  writeFileSync(join(tmpdir(), `plainly-firefox-smoke-${name}.png`), Buffer.from(png, 'base64'));
}

/** The popup's "still reading the page" messages (any language): not an answer yet. */
const isLoadingMessage = (message: string) => /…|\.\.\./.test(message);

/** A real mouse click (button 0 = left, 2 = right) at a viewport point, through WebDriver actions. */
async function clickAt(client: Marionette, point: { x: number; y: number }, button: 0 | 2): Promise<void> {
  await client.send('WebDriver:PerformActions', {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: point.x, y: point.y, origin: 'viewport' },
      { type: 'pointerDown', button },
      { type: 'pointerUp', button },
    ] }],
  });
  await client.send('WebDriver:ReleaseActions');
}

async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last) ?? String(lastError)})`);
}

function firefoxPrefs(marionettePort: number, downloadDir: string): Record<string, string | number | boolean> {
  return {
    // The library's exports are saved here without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.download.alwaysOpenPanel': false,
    'marionette.port': marionettePort,
    // The background (an event page in Firefox) is suspended after 1 s idle instead of 30 s, so the command
    // and context-menu steps also check that they wake it (and that its menu item survives the suspension).
    'extensions.background.idle.timeout': 1000,
    // The add-on's moz-extension:// host, fixed so the popup URL is known in advance.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    'extensions.autoDisableScopes': 0,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    // Everything not on 127.0.0.1 goes to a closed local port: no request can leave the machine.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    // With PLAINLY_SMOKE_DUMP=1, page and extension console output goes to stdout (for diagnosis).
    ...(process.env.PLAINLY_SMOKE_DUMP ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true, 'browser.dom.window.dump.enabled': true } : {}),
  };
}

async function main(): Promise<void> {
  if (!FIREFOX) throw new Error('No Firefox found (apt-get install -y firefox-esr, or set PLAINLY_FIREFOX).');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }

  const html = readFileSync(DEMO_PAGE);
  const server = createServer((req, res) => {
    const found = req.url === '/news/view/2170962';
    res.writeHead(found ? 200 : 404, { 'content-type': found ? 'text/html; charset=utf-8' : 'text/plain' });
    res.end(found ? html : 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/news/view/2170962`;

  const profile = mkdtempSync(join(tmpdir(), 'plainly-firefox-'));
  // Port 0: Marionette picks a free port and writes it to <profile>/MarionetteActivePort.
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  const prefs = firefoxPrefs(0, downloads);
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));

  let firefox: ChildProcess | null = null;
  let client: Marionette | null = null;
  const timings: Record<string, number> = {};
  try {
    firefox = spawn(FIREFOX, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'], {
      stdio: ['ignore', process.env.PLAINLY_SMOKE_DUMP ? 'inherit' : 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    firefoxProcess = firefox;
    let stderr = '';
    firefox.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const exited = new Promise<never>((_, fail) => firefox!.once('exit', (code) => fail(new Error(`Firefox exited (${code}): ${stderr}`))));

    const portFile = join(profile, 'MarionetteActivePort');
    const port = await Promise.race([
      exited,
      waitFor('Marionette', async () => (existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : 0), (p) => p > 0, 30_000),
    ]);
    client = await Marionette.connect(port);
    const session = await client.send<{ capabilities: { browserVersion: string } }>('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
    timings.launchMs = elapsed();
    log(`Firefox ${session.capabilities.browserVersion} up (Marionette on ${port})`);

    const addon = await client.send<{ value: string }>('Addon:Install', { path: EXTENSION_DIR, temporary: true });
    log(`installed ${addon.value} from ${EXTENSION_DIR}`);

    // The article, in the first tab.
    const articleTab = (await client.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
    await client.send('WebDriver:Navigate', { url: pageUrl });
    const visible = (text: string) => client!.run<boolean>('return document.body.innerText.replace(/\\s+/g, " ").includes(arguments[0]);', [text]);
    if (!(await visible(TICKER_TEXT))) throw new Error('the ticker is not visible on the page before clean view');

    // The popup page, for the article's tab, in a second tab.
    const popupTab = (await client.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' })).handle;
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    await client.send('WebDriver:Navigate', { url: `moz-extension://${EXTENSION_UUID}/popup.html` });
    // The extension page sees its tabs; the article is the tab that is not this one.
    const tabId = await client.send<{ value: number | null }>('WebDriver:ExecuteAsyncScript', {
      script: `const done = arguments[arguments.length - 1];
        const page = window.wrappedJSObject ?? window;
        const api = page.browser ?? page.chrome;
        Promise.all([api.tabs.query({}), api.tabs.getCurrent()])
          .then(([tabs, self]) => done(tabs.map((t) => t.id).find((id) => id !== self.id) ?? null), () => done(null));`,
      args: [],
    });
    if (tabId.value === null) throw new Error('could not find the article tab id from the extension page');
    await client.send('WebDriver:Navigate', { url: `moz-extension://${EXTENSION_UUID}/popup.html?tab=${tabId.value}` });

    // 1. Detection: the popup shows the page's headline and key sentences, which come from the content script.
    const popupState = () =>
      client!.run<{ headline: string | null; sentences: number; switches: number; message: string | null }>(`return {
        headline: document.querySelector('h1.headline')?.textContent ?? null,
        sentences: document.querySelectorAll('.sentences li').length,
        switches: document.querySelectorAll('[role="switch"]').length,
        message: document.querySelector('.state-title')?.textContent ?? null,
      };`);
    const shown = await waitFor('the popup to show the page', popupState, (state) => state.headline !== null || (state.message !== null && !isLoadingMessage(state.message)));
    if (process.env.PLAINLY_SMOKE_DUMP) console.log(await client.run<string>('return document.body.innerText;'));
    if (shown.switches === 0 || shown.sentences === 0) {
      throw new Error(`the article was not detected in Firefox (popup: ${JSON.stringify(shown)})`);
    }
    if (shown.headline !== HEADLINE) throw new Error(`popup headline ${JSON.stringify(shown.headline)} (expected ${JSON.stringify(HEADLINE)})`);
    const { headline, sentences } = shown;
    timings.detectedMs = elapsed();
    log(`article detected: "${headline}", ${sentences} key sentences`);

    // 2. Clean view on from the popup switch: the ticker is hidden, the article stays.
    const clickSwitch = async () => {
      const element = await client!.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: '[role="switch"]' });
      await client!.send('WebDriver:ElementClick', { id: Object.values(element.value)[0] });
    };
    await clickSwitch();
    await waitFor('the switch to turn on', () => client!.run<string | null>('return document.querySelector("[role=switch]").getAttribute("aria-checked");'), (v) => v === 'true');
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    await waitFor('the ticker to be hidden', () => visible(TICKER_TEXT), (v) => v === false, 10_000);
    if (!(await visible(BODY_TEXT))) throw new Error('clean view hid the article text');
    timings.cleanOnMs = elapsed();
    log('clean view on: ticker hidden, article text visible');
    // The content script's User Timing measures land in the page's own timeline (what profilers and the benchmarks read).
    const measures = await client.run<string[]>('return [...new Set(performance.getEntriesByType("measure").map((m) => m.name).filter((n) => n.startsWith("plainly:")))];');
    const unmeasured = ['plainly:detect', 'plainly:clean'].filter((name) => !measures.includes(name));
    if (unmeasured.length) throw new Error(`no ${unmeasured.join(', ')} measure in the page's performance timeline (has ${JSON.stringify(measures)})`);

    // 2b. The site is remembered: a reload opens clean, with the document_start stylesheet (no flash).
    await client.send('WebDriver:Refresh');
    const reopened = await client.run<{ early: boolean; measured: boolean; ticker: boolean }>(
      `return {
        // The early stylesheet was in before DOMContentLoaded (the idle content script may already have
        // swapped it for its own by now, so its mark is what tells).
        early: !!document.getElementById(arguments[0]) || performance.getEntriesByName('plainly:early-style').some((mark) => mark.startTime <= performance.getEntriesByType('navigation')[0].domContentLoadedEventStart),
        measured: performance.getEntriesByName('plainly:early').length > 0,
        ticker: document.body.innerText.replace(/\\s+/g, ' ').includes(arguments[1]),
      };`,
      [EARLY_STYLE_ID, TICKER_TEXT],
    );
    if (!reopened.early || !reopened.measured) throw new Error(`a remembered site reloaded without the document_start stylesheet (clean view would flash): ${JSON.stringify(reopened)}`);
    if (reopened.ticker) throw new Error('a remembered site reloaded with the ticker visible');
    timings.reopenedCleanMs = elapsed();
    log('reload of a remembered site: clean from document_start (early stylesheet), ticker hidden');

    // 3. Off again: the ticker is back.
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    await clickSwitch();
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    await waitFor('the ticker to be shown again', () => visible(TICKER_TEXT), (v) => v === true, 10_000);
    timings.cleanOffMs = elapsed();
    log('clean view off: ticker visible again');

    // 4. Highlights: select a sentence on the page, click the toolbar's Highlight button, see it painted.
    const findSentence = () => client!.run<{ text: string; paragraph: WebElement } | null>(FIND_SENTENCE, [SENTENCE_START, SENTENCE_END]);
    let found = await findSentence();
    if (!found) throw new Error(`no text node holding the sentence "${SENTENCE_START}…${SENTENCE_END}" on the page`);
    const sentence = found.text;
    // Screenshots of the paragraph (as hashes) tell whether anything is painted over its text.
    let shots = 0;
    const paragraphShot = async () => {
      // Same place in the window every time (centred, clear of the page's fixed bars), so only paint differs.
      await client!.run('arguments[0].scrollIntoView({ block: "center" });', [found!.paragraph]);
      const params = { id: elementId(found!.paragraph), full: false, scroll: false };
      if (process.env.PLAINLY_SMOKE_DUMP) {
        const png = (await client!.send<{ value: string }>('WebDriver:TakeScreenshot', { ...params, hash: false })).value;
        writeFileSync(join(tmpdir(), `plainly-firefox-smoke-${++shots}.png`), Buffer.from(png, 'base64'));
      }
      return (await client!.send<{ value: string }>('WebDriver:TakeScreenshot', { ...params, hash: true })).value;
    };
    const plainShot = await paragraphShot();
    const selected = await client.run<string>(SELECT_SENTENCE, [SENTENCE_START, SENTENCE_END]);
    if (selected !== sentence) throw new Error(`could not select the sentence (selection: ${JSON.stringify(selected)})`);
    // A real click (mousedown, mouseup, click): the toolbar must keep the page's selection through it.
    let toolbarShots = 0;
    const clickToolbarHighlight = async () => {
      const button = await waitFor(
        'the highlight toolbar',
        () => client!.run<WebElement | null>(`const host = document.querySelector('${TOOLBAR_TAG}');
          return [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === 'Highlight') ?? null;`),
        (found) => found !== null,
        10_000,
      );
      await dumpScreenshot(client!, `toolbar-${++toolbarShots}`);
      await client!.send('WebDriver:ElementClick', { id: elementId(button!) });
    };
    await clickToolbarHighlight();
    const painted = await waitFor('the highlight to be registered in the page', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(sentence), 10_000);
    await waitFor('the selection and toolbar to go', () => client!.run<boolean>(`return document.getSelection().isCollapsed && !document.querySelector('${TOOLBAR_TAG}');`), (v) => v, 5_000);
    const highlightedShot = await paragraphShot();
    if (highlightedShot === plainShot) throw new Error(`the highlight is registered (${JSON.stringify(painted)}) but the paragraph looks exactly as before: not painted`);
    timings.highlightedMs = elapsed();
    log(`highlighted: ${painted.mode} ${JSON.stringify(painted.names)}, the paragraph is painted`);

    // 5. Reload: the highlight is restored, painted the same way.
    await client.send('WebDriver:Refresh');
    const restored = await waitFor('the highlight to be restored after reload', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(sentence), 10_000);
    found = await findSentence();
    if (!found) throw new Error('the sentence is gone after reload');
    const restoredShot = await waitFor('the restored highlight to look as saved', paragraphShot, (hash) => hash === highlightedShot, 5_000).catch(async () => paragraphShot());
    if (restoredShot === plainShot) throw new Error(`the restored highlight is registered (${JSON.stringify(restored)}) but not painted`);
    timings.restoredMs = elapsed();
    log(`restored after reload: ${restored.mode}${restoredShot === highlightedShot ? ', painted exactly as before' : ' (painted, pixels differ from before the reload)'}`);

    // 5b. A click on the painted highlight (caret position → highlight) offers its toolbar; a colour there recolours it.
    const point = await client.run<{ x: number; y: number }>(`const found = (function () { ${LOCATE_SENTENCE} }).apply(null, arguments);
      found.node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(found.node, found.from + 2);
      range.setEnd(found.node, found.from + 3);
      const rect = range.getBoundingClientRect();
      return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };`, [SENTENCE_START, SENTENCE_END]);
    await clickAt(client, point, 0);
    const greenButton = await waitFor(
      "the clicked highlight's toolbar",
      () => client!.run<WebElement | null>(`const host = document.querySelector('${TOOLBAR_TAG}');
        const buttons = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])];
        return buttons.some((b) => b.textContent.trim() === 'Delete') ? buttons.find((b) => b.getAttribute('aria-label') === 'Highlight in Green') ?? null : null;`),
      (button) => button !== null,
      5_000,
    );
    await client.send('WebDriver:ElementClick', { id: elementId(greenButton!) });
    const recolored = await waitFor(
      'the highlight to turn green',
      () => client!.run<string[]>(`const out = []; CSS.highlights.get('plainly-green')?.forEach((r) => out.push(r.toString())); return out;`),
      (ranges) => ranges.includes(sentence),
      5_000,
    );
    timings.recoloredMs = elapsed();
    log(`a click on the highlight offered its toolbar; recoloured green (${recolored.length})`);

    // 5c. A note, typed into the toolbar's note field (a textarea inside its shadow root).
    const toolbarButton = (label: string) =>
      waitFor(
        `the toolbar's "${label}" button`,
        () => client!.run<WebElement | null>(`const host = document.querySelector('${TOOLBAR_TAG}');
          return [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === arguments[0]) ?? null;`, [label]),
        (button) => button !== null,
        5_000,
      ).then((button) => client!.send('WebDriver:ElementClick', { id: elementId(button!) }));
    await toolbarButton('Add note');
    const noteField = await waitFor(
      'the note field',
      () => client!.run<WebElement | null>(`return document.querySelector('${TOOLBAR_TAG}')?.shadowRoot?.querySelector('textarea') ?? null;`),
      (field) => field !== null,
      5_000,
    );
    await client.send('WebDriver:ElementSendKeys', { id: elementId(noteField!), text: NOTE });
    await toolbarButton('Save');
    await waitFor('the note editor to close', () => client!.run<boolean>(`return !document.querySelector('${TOOLBAR_TAG}');`), (gone) => gone, 5_000);
    log('note typed in the toolbar and saved');

    // 6. The popup lists the page's highlight.
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    await client.send('WebDriver:Refresh');
    const listed = await waitFor(
      "the popup's list of this page's highlights",
      () => client!.run<string[]>('return [...document.querySelectorAll("[data-testid=page-highlights] li q")].map((q) => q.textContent);'),
      (texts) => texts.length > 0,
      10_000,
    );
    if (!listed.includes(sentence)) throw new Error(`the popup lists ${JSON.stringify(listed)}, not the saved highlight`);
    const notes = await client.run<string[]>('return [...document.querySelectorAll("[data-testid=page-highlights] li .note")].map((p) => p.textContent);');
    if (!notes.includes(NOTE)) throw new Error(`the popup does not show the note typed on the page (notes: ${JSON.stringify(notes)})`);
    timings.popupListedMs = elapsed();
    log(`popup lists the highlight with its note (${listed.length})`);

    // 6b. A key sentence in the popup takes the page to it (scroll + flash in the page).
    const keySentence = await client.send<{ value: WebElement }>('WebDriver:FindElement', { using: 'css selector', value: '.sentences li button' });
    const keySentenceText = await client.run<string>('return arguments[0].textContent;', [keySentence.value]);
    await client.send('WebDriver:ElementClick', { id: elementId(keySentence.value) });
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    const flashedSentence = await waitFor(
      'the page to flash the key sentence',
      () => client!.run<string[]>(`const out = []; CSS.highlights.get('plainly-flash')?.forEach((r) => out.push(r.toString().replace(/\\s+/g, ' '))); return out;`),
      (ranges) => ranges.length > 0,
      5_000,
    );
    if (!flashedSentence.some((text) => keySentenceText.replace(/\s+/g, ' ').includes(text.slice(0, 20)))) {
      throw new Error(`the page flashed ${JSON.stringify(flashedSentence)}, not the key sentence ${JSON.stringify(keySentenceText)}`);
    }
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    timings.revealMs = elapsed();
    log('a key sentence in the popup flashed its place in the page');

    // 7. Reader view from the popup: an overlay with the article alone, in a closed shadow root; Esc closes it.
    const readerButton = await client.send<{ value: WebElement }>('WebDriver:FindElement', { using: 'css selector', value: '.reader-button' });
    await client.send('WebDriver:ElementClick', { id: elementId(readerButton.value) });
    await waitFor('the reader button to be pressed', () => client!.run<string | null>('return document.querySelector(".reader-button").getAttribute("aria-pressed");'), (v) => v === 'true', 10_000);
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    const readerPage = await client.run<{ host: boolean; shadowRoot: string }>(`const host = document.querySelector('${READER_HOST_TAG}');
      return { host: !!host, shadowRoot: host ? String(host.wrappedJSObject?.shadowRoot ?? host.shadowRoot) : 'none' };`);
    if (!readerPage.host) throw new Error('reader view: no overlay host in the page');
    if (readerPage.shadowRoot !== 'null') throw new Error(`reader view: the page can reach the overlay's shadow root (${readerPage.shadowRoot})`);
    // Only privileged code (this system sandbox; not the page, not the content script) sees into a closed root.
    const inside = await client.run<{ text: string; marks: string[] } | null>(
      `const root = document.querySelector('${READER_HOST_TAG}')?.openOrClosedShadowRoot;
       return root ? { text: root.textContent.replace(/\\s+/g, ' '), marks: [...root.querySelectorAll('mark')].map((m) => m.textContent) } : null;`,
      [],
      'system',
    );
    if (!inside) throw new Error('reader view: the overlay has no shadow root');
    const missing = [HEADLINE, BODY_TEXT].filter((text) => !inside.text.includes(text));
    if (missing.length) throw new Error(`reader view lacks ${JSON.stringify(missing)}`);
    if (inside.text.includes(TICKER_TEXT)) throw new Error('reader view shows the crypto ticker');
    if (inside.marks.join('').replace(/\s+/g, ' ') !== sentence.replace(/\s+/g, ' ')) {
      throw new Error(`reader view: the saved highlight is not shown (marks: ${JSON.stringify(inside.marks)})`);
    }
    timings.readerMs = elapsed();
    log('reader view open: article text and the highlight inside a closed shadow root, no ticker');

    // 7b. A new highlight selected in the reader (a selection inside the closed root): painted there and on the page.
    const readerRoot = `document.querySelector('${READER_HOST_TAG}').openOrClosedShadowRoot`;
    const readerSentence = await client.run<string | null>(selectSentence(readerRoot), [READER_SENTENCE_START, READER_SENTENCE_END], 'system');
    if (!readerSentence) throw new Error('reader view: could not select a sentence in the overlay');
    await clickToolbarHighlight();
    const readerMarks = await waitFor(
      'the highlight made in the reader to be painted there',
      () => client!.run<string[]>(`return [...${readerRoot}.querySelectorAll('mark')].map((m) => m.textContent);`, [], 'system'),
      (marks) => marks.join('').includes(readerSentence),
      10_000,
    );
    await dumpScreenshot(client, 'reader');
    timings.readerHighlightMs = elapsed();
    log(`highlighted in the reader (${readerMarks.length} marks there)`);
    await client.send('WebDriver:PerformActions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE00C' }, { type: 'keyUp', value: '\uE00C' }] }],
    });
    await client.send('WebDriver:ReleaseActions');
    await waitFor('Esc to close the reader', () => client!.run<boolean>(`return !document.querySelector('${READER_HOST_TAG}');`), (gone) => gone, 5_000);
    const afterReader = await waitFor('the highlight made in the reader to be painted on the page', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(readerSentence), 5_000);
    timings.readerClosedMs = elapsed();
    log(`Esc closed the reader; the page shows both highlights (${JSON.stringify(afterReader.names)})`);

    /** (Chrome context.) Waits until Firefox has suspended the add-on's event page (see the idle-timeout pref). */
    const backgroundSuspended = () =>
      waitFor(
        'the background event page to be suspended',
        () => client!.run<string>(`return String(WebExtensionPolicy.getByID('${ADDON_ID}')?.extension?.backgroundState);`),
        (state) => state === 'stopped',
        8_000,
      );

    // 7c. The keyboard command (Alt+Shift+H) on a selection: run through the browser's own key element
    // for the command (headless Firefox gets no OS key presses), so commands.onCommand → content script is
    // real, with the background suspended first (it must wake for the command).
    const shortcutSentence = await client.run<string | null>(SELECT_SENTENCE, [SHORTCUT_SENTENCE_START, SHORTCUT_SENTENCE_END, false]);
    if (!shortcutSentence) throw new Error('could not select the sentence for the keyboard shortcut');
    // The manifest's suggested key (e.g. Alt+Shift+H) must be registered in the browser window's keyset for the add-on.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands?: Record<string, { suggested_key?: { default?: string } }> };
    const suggested = manifest.commands?.['highlight-selection']?.suggested_key?.default;
    if (!suggested) throw new Error('the manifest declares no highlight-selection shortcut');
    const keyParts = suggested.split('+');
    const wanted = { key: keyParts.pop()!, modifiers: keyParts.map((m) => m.toLowerCase()).sort().join(',') };
    await client.send('Marionette:SetContext', { value: 'chrome' });
    await backgroundSuspended();
    const keys = await client.run<string[]>(
      `const [wanted] = arguments;
      const keys = [...document.querySelectorAll('keyset[id^="ext-keyset-id-plainly"] key')];
      const describe = (k) => (k.getAttribute('modifiers') ?? '').split(',').sort().join(',') + '+' + k.getAttribute('key');
      keys.find((k) => describe(k) === wanted.modifiers + '+' + wanted.key)?.dispatchEvent(new Event('command'));
      return keys.map(describe);`,
      [wanted],
    );
    await client.send('Marionette:SetContext', { value: 'content' });
    if (!keys.includes(`${wanted.modifiers}+${wanted.key}`)) throw new Error(`${suggested} is not registered in Firefox (the add-on's keys: ${JSON.stringify(keys)})`);
    await waitFor('the keyboard command to highlight the selection', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(shortcutSentence), 5_000);
    timings.shortcutMs = elapsed();
    log(`keyboard command ${suggested} woke the suspended background and highlighted the selection`);

    // 7d. The context menu's "Highlight" item on selected text: a real right click opens Firefox's menu,
    // the add-on's item is clicked there (menus.onClicked in the background → the tab's content script).
    const menuSentence = await client.run<string | null>(SELECT_SENTENCE, [MENU_SENTENCE_START, MENU_SENTENCE_END, false]);
    if (!menuSentence) throw new Error('could not select the sentence for the context menu');
    const menuPoint = await client.run<{ x: number; y: number }>(`const rect = document.getSelection().getRangeAt(0).getClientRects()[0];
      return { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) };`);
    await clickAt(client, menuPoint, 2);
    await client.send('Marionette:SetContext', { value: 'chrome' });
    await backgroundSuspended();
    await waitFor(
      "the add-on's Highlight item in the page's context menu",
      () => client!.run<{ activated: boolean; items: string[] }>(`const menu = document.getElementById('contentAreaContextMenu');
        const items = [...menu.querySelectorAll('menuitem')].filter((item) => /plainly/i.test(item.id) && !item.hidden);
        const mine = menu.state === 'open' ? items.find((item) => item.getAttribute('label') === 'Highlight') : undefined;
        mine?.closest('menupopup').activateItem(mine);
        return { activated: !!mine, items: items.map((item) => item.getAttribute('label')) };`),
      (menu) => menu.activated,
      5_000,
    ).finally(() => client!.send('Marionette:SetContext', { value: 'content' }));
    await waitFor('the context menu item to highlight the selection', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(menuSentence), 5_000);
    timings.contextMenuMs = elapsed();
    log('context menu "Highlight" (item kept while the background was suspended) highlighted the selection');

    // 7e. Single-page navigation (history.pushState): the highlights follow the URL, away and back.
    const navigation = await client.run<string>('return typeof navigation === "object" && navigation ? "navigation-api" : "polling";');
    await client.run('history.pushState({}, "", "/news/view/other-article");');
    const away = await waitFor('the highlights to leave with the single-page navigation', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.length === 0, 5_000);
    await client.run('history.pushState({}, "", arguments[0]);', [pageUrl]);
    await waitFor('the highlights to come back with the URL', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(sentence) && p.ranges.includes(shortcutSentence), 5_000);
    timings.spaMs = elapsed();
    log(`single-page navigation (${navigation}): highlights left with the URL (${away.ranges.length} painted) and came back`);

    // 8. The library page lists the four highlights.
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    await client.send('WebDriver:Navigate', { url: `moz-extension://${EXTENSION_UUID}/highlights.html` });
    const saved = [sentence, readerSentence, shortcutSentence, menuSentence].map((text) => text.replace(/\s+/g, ' '));
    const libraryItems = () => client!.run<string[]>('return [...document.querySelectorAll(".library-item")].map((li) => li.textContent.replace(/\\s+/g, " "));');
    const library = await waitFor('the library to list the highlights', libraryItems, (items) => items.length >= saved.length, 10_000);
    const unlisted = saved.filter((text) => !library.some((item) => item.includes(text)));
    if (unlisted.length) throw new Error(`the library lists ${JSON.stringify(library)}, not ${JSON.stringify(unlisted)}`);
    timings.libraryMs = elapsed();
    log(`library lists the ${library.length} highlights`);

    /** Clicks the button of the library item holding `text` (by class, or the "Open" one). */
    const clickLibraryButton = async (text: string, button: 'open' | 'delete') => {
      const element = await client!.run<WebElement | null>(
        `const [text, button] = arguments;
        const item = [...document.querySelectorAll('.library-item')].find((li) => li.textContent.replace(/\\s+/g, ' ').includes(text));
        const buttons = [...(item?.querySelectorAll('.actions button') ?? [])];
        return (button === 'delete' ? buttons.find((b) => b.classList.contains('danger')) : buttons[0]) ?? null;`,
        [text, button],
      );
      if (!element) throw new Error(`library: no ${button} button for ${JSON.stringify(text)}`);
      await client!.send('WebDriver:ElementClick', { id: elementId(element) });
    };

    // 9. "Open" in the library: a new tab at the page, scrolled to the highlight, which flashes.
    const handlesBefore = await client.send<string[]>('WebDriver:GetWindowHandles');
    await clickLibraryButton(saved[0]!, 'open');
    const openedTab = await waitFor(
      'the library to open the page in a new tab',
      async () => (await client!.send<string[]>('WebDriver:GetWindowHandles')).find((handle) => !handlesBefore.includes(handle)) ?? null,
      (handle) => handle !== null,
      5_000,
    );
    await client.send('WebDriver:SwitchToWindow', { handle: openedTab! });
    const flashed = await waitFor(
      'the opened page to flash the highlight',
      () => client!.run<{ hash: string; flash: string[] }>(`const flash = [];
        CSS.highlights.get('plainly-flash')?.forEach((range) => flash.push(range.toString()));
        return { hash: location.hash, flash };`),
      (state) => state.flash.some((text) => text.replace(/\s+/g, ' ') === saved[0]),
      10_000,
    );
    await client.send('WebDriver:CloseWindow');
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    timings.libraryOpenMs = elapsed();
    log(`library "Open": the page opened at ${flashed.hash.slice(0, 28)}… and flashed the highlight`);

    // 9b. "Export JSON": a file (W3C Web Annotations) holding the highlights and the note.
    const clickLibraryTool = async (label: string) => {
      const button = await client!.run<WebElement | null>('return [...document.querySelectorAll(".tools button")].find((b) => b.textContent.trim() === arguments[0]) ?? null;', [label]);
      if (!button) throw new Error(`library: no "${label}" button`);
      await client!.send('WebDriver:ElementClick', { id: elementId(button) });
    };
    await clickLibraryTool('Export JSON');
    const exportFile = await waitFor(
      'the JSON export to be saved',
      async () => readdirSync(downloads).find((name) => name.endsWith('.json')) ?? null,
      (name) => name !== null,
      10_000,
    );
    const exportPath = join(downloads, exportFile!);
    const exported = await waitFor('the JSON export to be complete', async () => readFileSync(exportPath, 'utf8'), (text) => {
      try {
        return JSON.parse(text) !== null;
      } catch {
        return false;
      }
    }, 5_000);
    const exportedText = exported.replace(/\s+/g, ' ');
    const notExported = [...saved, NOTE].filter((text) => !exportedText.includes(text.replace(/\s+/g, ' ')));
    if (notExported.length) throw new Error(`the JSON export lacks ${JSON.stringify(notExported)}`);
    timings.exportMs = elapsed();
    log(`library "Export JSON": ${exportFile} holds the ${saved.length} highlights and the note`);

    // 10. Deleting in the library removes the highlight from the open page (storage change → content script).
    await clickLibraryButton(saved[1]!, 'delete');
    await waitFor('the library to drop the deleted highlight', libraryItems, (items) => !items.some((item) => item.includes(saved[1]!)), 5_000);
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    const afterDelete = await waitFor(
      'the deleted highlight to leave the page',
      () => client!.run<PaintedHighlights>(READ_PAINTED),
      (p) => !p.ranges.includes(readerSentence),
      5_000,
    );
    if (![sentence, shortcutSentence, menuSentence].every((text) => afterDelete.ranges.includes(text))) {
      throw new Error(`deleting one highlight in the library unpainted others (${JSON.stringify(afterDelete)})`);
    }
    timings.libraryDeleteMs = elapsed();
    log(`deleted in the library: gone from the page, the others stay (${JSON.stringify(afterDelete.names)})`);

    // 11. "Import JSON" of the export brings the deleted highlight back, in the library and on the open page.
    await client.send('WebDriver:SwitchToWindow', { handle: popupTab });
    const fileInput = await client.send<{ value: WebElement }>('WebDriver:FindElement', { using: 'css selector', value: '.tools input[type=file]' });
    await client.send('WebDriver:ElementSendKeys', { id: elementId(fileInput.value), text: exportPath });
    await waitFor('the import to list the deleted highlight again', libraryItems, (items) => items.some((item) => item.includes(saved[1]!)), 5_000);
    await client.send('WebDriver:SwitchToWindow', { handle: articleTab });
    await waitFor('the imported highlight to be painted on the open page', () => client!.run<PaintedHighlights>(READ_PAINTED), (p) => p.ranges.includes(readerSentence), 5_000);
    timings.importMs = elapsed();
    log('library "Import JSON" of the export: the deleted highlight is back in the library and painted on the page');

    timings.totalMs = elapsed();
    console.log(JSON.stringify({ ok: true, firefox: session.capabilities.browserVersion, extension: EXTENSION_DIR, ...timings }));
  } finally {
    if (client) {
      await Promise.race([client.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
      client.close();
    }
    if (firefox && firefox.exitCode === null) {
      await Promise.race([new Promise((r) => firefox!.once('exit', r)), new Promise((r) => setTimeout(r, 5_000))]);
      if (firefox.exitCode === null) firefox.kill('SIGKILL');
    }
    // Firefox's child processes can outlive it for a moment holding our pipe; do not wait for them.
    firefox?.stderr?.destroy();
    server.closeAllConnections();
    server.close();
    rmSync(profile, { recursive: true, force: true });
    if (process.env.PLAINLY_SMOKE_DUMP) log('cleaned up');
  }
}

const watchdog = setTimeout(() => {
  console.error(`[firefox-smoke] gave up after ${TIMEOUT_MS / 1000} s`);
  if (firefoxProcess?.exitCode === null) firefoxProcess.kill('SIGKILL');
  process.exit(1);
}, TIMEOUT_MS);
main()
  .then(() => {
    clearTimeout(watchdog);
    // Everything is closed by now; Firefox's helper processes may still hold a handle for a few seconds.
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`[firefox-smoke] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    console.log(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error), ms: elapsed() }));
    process.exit(1);
  });
