/**
 * End-to-end harness: the built extension in Debian's headless Chromium, driven by playwright-core.
 *
 * Pages are served from a local HTTP server on 127.0.0.1. Chromium's host resolver maps the hosts we
 * serve (e.g. www.etoday.co.kr, so a fixture keeps its real site key) to 127.0.0.1 and every other host to
 * nothing, so no request can leave the machine; every request the browser makes is also recorded, and
 * `offsiteRequests()` lists those that went anywhere but our server, the extension or inline data.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { listFixtureFolders } from '../../scripts/lib/fixtures';

export const REPO_ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const EXTENSION_DIR = resolve(REPO_ROOT, process.env.PLAINLY_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.PLAINLY_CHROMIUM ?? '/usr/bin/chromium';

export interface Fixture {
  name: string;
  html: string;
  expect: FixtureExpect;
}

export interface FixtureExpect {
  url: string;
  lang: string;
  title: string;
  subtitle?: string;
  body: string;
  mustStayVisible: string[];
  /** false marks a page that is not an article (tests/fixtures/README.md); default true. */
  isArticle?: boolean;
  mustHide: Record<string, string[]>;
  mayHide?: string[];
  facts?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Every fixture folder in ../shared/fixtures and tests/fixtures (new fixtures are picked up automatically). */
export function loadFixtures(): Fixture[] {
  return listFixtureFolders().map(({ name, dir }) => ({
    name,
    html: readFileSync(join(dir, 'page.html'), 'utf8'),
    expect: JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as FixtureExpect,
  }));
}

interface Route {
  body: string | Buffer;
  contentType: string;
  /** Optional delay in ms before answering (to simulate slow pages). */
  delayMs?: number;
  /** Sent at once, before the delay (a page that starts rendering, then keeps loading). */
  head?: string;
}

/** A tiny local web server that answers by host + path, so pages keep their real-looking URLs. */
export class PageServer {
  private server: Server | null = null;
  private routes = new Map<string, Route>();
  readonly hosts = new Set<string>(['127.0.0.1']);
  readonly served: string[] = [];
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const key = `${host}${(req.url ?? '/').split('#')[0]}`;
      const route = this.routes.get(key) ?? this.routes.get(key.split('?')[0]!);
      this.served.push(key);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      if (route.head !== undefined) {
        res.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' });
        res.write(route.head);
        setTimeout(() => res.end(route.body), route.delayMs ?? 0);
        return;
      }
      const send = () => {
        res.writeHead(200, { 'content-type': route.contentType, 'cache-control': 'no-store' });
        res.end(route.body);
      };
      if (route.delayMs) setTimeout(send, route.delayMs);
      else send();
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /**
   * Serve `body` at the given URL's host and path; returns the URL to open (http, our port).
   * An https fixture URL is served over http on the same host name.
   */
  serve(url: string, body: string | Buffer, contentType = 'text/html; charset=utf-8', delayMs?: number): string {
    const parsed = new URL(url);
    this.hosts.add(parsed.hostname);
    this.routes.set(`${parsed.hostname}${parsed.pathname}${parsed.search}`, { body, contentType, delayMs });
    this.routes.set(`${parsed.hostname}${parsed.pathname}`, { body, contentType, delayMs });
    return this.urlFor(url);
  }

  /**
   * Serve a page in two parts: `head` at once, the rest `delayMs` later, so the page is shown but still
   * loading (DOMContentLoaded has not fired) in between. Returns the URL to open.
   */
  serveInParts(url: string, head: string, rest: string, delayMs: number): string {
    const parsed = new URL(url);
    this.hosts.add(parsed.hostname);
    const route: Route = { head, body: rest, contentType: 'text/html; charset=utf-8', delayMs };
    this.routes.set(`${parsed.hostname}${parsed.pathname}${parsed.search}`, route);
    this.routes.set(`${parsed.hostname}${parsed.pathname}`, route);
    return this.urlFor(url);
  }

  urlFor(url: string): string {
    const parsed = new URL(url);
    return `http://${parsed.hostname}:${this.port}${parsed.pathname}${parsed.search}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

export interface ExtensionSession {
  context: BrowserContext;
  server: PageServer;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Requests that went anywhere but our server, the extension, or inline data/blob URLs. */
  offsiteRequests(): string[];
  /** Opens a page served by our server (URL as in a fixture) and waits for it to load. */
  open(url: string): Promise<Page>;
  /** The browser tab id of a page (for popup.html?tab=<id>). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup for the given page's tab in its own page (optionally at a popup-like window size). */
  openPopup(page: Page, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  server?: PageServer;
  /** Reuse a profile (e.g. to test a browser restart). */
  userDataDir?: string;
  /** Hosts to resolve to 127.0.0.1 besides those already served (served hosts are added automatically). */
  hosts?: string[];
  /** Show a browser window (the demo, when there is a display). Default: headless. */
  headless?: boolean;
  /** Browser UI language (e.g. `ko`); the extension's own strings follow it. Default: the browser's. */
  uiLanguage?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

/**
 * The flags every Plainly run of Chromium uses (e2e, demo, benchmarks): no background traffic, our served
 * hosts mapped to 127.0.0.1 and every other host unresolvable, and the given extension build (or none).
 */
export function chromiumArgs(server: PageServer, extensionDir: string | null): string[] {
  const mapped = [...server.hosts].map((host) => `MAP ${host} 127.0.0.1`).join(', ');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    `--host-resolver-rules=${mapped}, MAP * ~NOTFOUND`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
  ];
}

/**
 * Launches Chromium with the built extension. Register the pages you need on `server` *before*
 * launching, or pass `hosts` — host mapping is fixed at launch.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first.`);
  }
  const server = options.server ?? new PageServer();
  if (!server.port) await server.start();
  for (const host of options.hosts ?? []) server.hosts.add(host);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'plainly-e2e-'));
  const language = options.uiLanguage;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // On Linux, Chromium takes its UI language from LANGUAGE; --lang covers the other platforms.
    ...(language ? { locale: language, env: { ...process.env, LANGUAGE: language, LANG: `${language.replace('-', '_')}.UTF-8` } } : {}),
    viewport: { width: 1280, height: 900 },
    args: [
      ...chromiumArgs(server, EXTENSION_DIR),
      ...(language ? [`--lang=${language}`] : []),
      ...(options.args ?? []),
    ],
  });

  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const isAllowed = (url: string) => {
    if (/^(data|blob|about|chrome-extension|chrome):/.test(url)) return true;
    try {
      const parsed = new URL(url);
      return server.hosts.has(parsed.hostname) && Number(parsed.port) === server.port;
    } catch {
      return false;
    }
  };

  const session: ExtensionSession = {
    context,
    server,
    extensionId,
    worker,
    userDataDir,
    offsiteRequests: () => requests.filter((url) => !isAllowed(url)),
    async open(url) {
      const page = await context.newPage();
      await page.goto(server.urlFor(url), { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission the extension cannot read tab URLs, so the page is brought to the
      // front and the active tab is the one. (A URL match is kept for builds that can see URLs.)
      const url = page.url();
      await page.bringToFront();
      const id = await worker.evaluate(async (target: string) => {
        type Tab = { id?: number; url?: string; active?: boolean };
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
        const byUrl = (await api.tabs.query({})).find((tab) => tab.url === target);
        if (byUrl?.id !== undefined) return byUrl.id;
        const active = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return active.length === 1 ? (active[0]!.id ?? -1) : -1;
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPopup(page, popupOptions = {}) {
      const tabId = await session.tabIdOf(page);
      const popup = await context.newPage();
      if (popupOptions.viewport) await popup.setViewportSize(popupOptions.viewport);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!options.server) await server.stop();
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * The common setup: serve `pages` (URL → HTML) from a fresh local server and launch Chromium on it.
 * The session's close() also stops that server; `session.server` serves more pages on the same hosts later.
 */
export async function launchServing(pages: Record<string, string>, options: Omit<LaunchOptions, 'server'> = {}): Promise<ExtensionSession> {
  const server = new PageServer();
  await server.start();
  for (const [url, html] of Object.entries(pages)) server.serve(url, html);
  const session = await launchWithExtension({ ...options, server });
  const closeBrowser = session.close;
  session.close = async (closeOptions) => {
    await closeBrowser(closeOptions);
    await server.stop();
  };
  return session;
}

/** Visible text check: the snippet is rendered (in innerText of some visible element) in the page. */
export async function isTextVisible(page: Page, snippet: string): Promise<boolean> {
  return page.evaluate((text: string) => {
    const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
    return normalize(document.body.innerText).includes(normalize(text));
  }, snippet);
}

/**
 * Selects `snippet` inside the seed article (`#arti_txt`) and releases the mouse there, as a reader's drag
 * would (the selection toolbar listens for mouseup). Returns the selected text.
 */
export async function selectInArticle(page: Page, snippet: string): Promise<string> {
  return page.evaluate((s) => {
    const walker = document.createTreeWalker(document.getElementById('arti_txt')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(s);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + s.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.right, clientY: rect.bottom }));
      return range.toString();
    }
    throw new Error(`not found: ${s}`);
  }, snippet);
}

/** A node of the DevTools protocol's DOM tree (`DOM.getDocument` with `pierce: true`). */
export interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The reader overlay's shadow root in a pierced DevTools DOM tree (the protocol sees closed roots). */
export function readerShadowRoot(root: CdpNode): CdpNode | null {
  const find = (node: CdpNode): CdpNode | null => {
    if (node.nodeName === 'PLAINLY-READER') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  return find(root)?.shadowRoots?.[0] ?? null;
}
