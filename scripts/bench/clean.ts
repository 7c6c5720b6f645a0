// `npm run bench:clean [-- --per-doc] [--zyte <dir>] [--fixtures <dir> (default: every fixture, shared and tests/fixtures)] [--chromium [--runs N] [--compare <chrome-mv3 dir>] [--no-build]]`
// Clean-view benchmark, same core/ code as the extension, on a Node DOM (linkedom):
//  1. zyte-dev: token precision/recall of the text still visible in the clean view against the
//     ground-truth article body, and the same for the untouched page (baseline). Metric = the
//     corpus scorer's (../shared/tools/score-extraction.mjs, imported, not re-implemented): token
//     4-gram shingle multisets per page, precision/recall averaged over pages. The clean view
//     keeps the headline, byline and caption visible by design, so its precision can't reach 1.
//  2. fixtures: share of `mustHide` snippets no longer visible and of `mustStayVisible` snippets
//     still visible (substring of the whitespace-collapsed visible text), per category too.
// Also prints detectClutter time per page (Node + linkedom), and with --chromium the time of
// detectClutter on the seed page in headless Chromium (/usr/bin/chromium): first call in a fresh
// page (cold) and repeated calls (warm), next to a baseline measured in the same page (one walk
// over every element reading its text). --chromium also builds the extension and times it as the
// reader meets it (scripts/bench/in-extension.ts): plainly:clean and its parts, and the content
// scripts' cost on every page load next to the same page without the extension. Last line: JSON.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectClutter, visibleTextAfterHiding } from '../../core/clutter/index';
import { extractArticle } from '../../core/extract/index';
import { cleanPage, listPages, readHtml } from '../cli/clean';
import { parseHtml } from '../lib/parse-html';
import { listFixtureFolders } from '../lib/fixtures';
import { benchInExtensionCli, printInExtension } from './in-extension';

type Row = [number, number, number];
interface Scorer {
  shingleMatch(truth: string, pred: string): Row;
  metricsFromTpFpFns(rows: Row[]): { f1: number; precision: number; recall: number };
}

const SHARED = resolve(import.meta.dirname, '../../../shared');

function parseArgs(argv: string[]) {
  const args = { runs: 7, compare: [] as string[], build: true, perDoc: false, chromium: false, zyte: join(SHARED, 'corpora/zyte-dev'), fixtures: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key === '--per-doc') args.perDoc = true;
    else if (key === '--chromium') args.chromium = true;
    else if (key === '--runs') args.runs = Number(argv[++i]);
    else if (key === '--compare') args.compare.push(argv[++i]!);
    else if (key === '--no-build') args.build = false;
    else if (key === '--zyte') args.zyte = argv[++i]!;
    else if (key === '--fixtures') args.fixtures = argv[++i]!;
    else throw new Error(`unknown argument ${key}`);
  }
  return args;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const round = (x: number): number => Math.round(x * 10000) / 10000;

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function benchZyte(dir: string, scorer: Scorer, perDoc: boolean) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const cleanRows: Row[] = [];
  const baseRows: Row[] = [];
  // Reference: the best a clean view can score while it keeps the article's header (headline,
  // byline, date) visible, as it must: ground truth + the header elements' text.
  const headerRows: Row[] = [];
  const times: number[] = [];
  const hidden: Record<string, number> = {};
  let notArticle = 0;
  // Sanity: the headline the extractor found must stay visible in the clean view.
  let titled = 0;
  let titleVisible = 0;
  if (perDoc) console.log(['id', 'cleanP', 'cleanR', 'baseP', 'baseR', 'items', 'article'].join('\t'));
  for (const page of listPages(join(dir, 'html'))) {
    const entry = truth[page.id];
    if (!entry) continue;
    const html = readHtml(page.path);
    const { prediction, article } = cleanPage(html, entry.url);
    const headerText = article.headerElements
      .filter((e) => !['img', 'picture', 'figure', 'video'].includes(e.localName))
      .map((e) => e.textContent ?? '')
      .join('\n');
    headerRows.push(scorer.shingleMatch(entry.articleBody, `${headerText}\n${entry.articleBody}`));
    if (!article.isArticle) notArticle++;
    else if (article.title) {
      titled++;
      const collapsed = (t: string) => t.replace(/\s+/g, ' ').trim();
      if (collapsed(prediction.visibleText).includes(collapsed(article.title))) titleVisible++;
      else if (perDoc) console.log(`${page.id.slice(0, 12)}\theadline not visible: ${article.title.slice(0, 60)}`);
    }
    for (const [category, n] of Object.entries(prediction.hidden)) hidden[category] = (hidden[category] ?? 0) + n;
    // Timing on a fresh parse: detection alone, after extraction.
    const doc = parseHtml(html, entry.url);
    const fresh = extractArticle(doc, { url: entry.url });
    const t0 = performance.now();
    detectClutter(doc, fresh);
    times.push(performance.now() - t0);
    const untouched = visibleTextAfterHiding(doc, []);
    const c = scorer.shingleMatch(entry.articleBody, prediction.visibleText);
    const b = scorer.shingleMatch(entry.articleBody, untouched);
    cleanRows.push(c);
    baseRows.push(b);
    if (perDoc) {
      const p = (r: Row) => (r[0] + r[1] > 0 ? r[0] / (r[0] + r[1]) : 0);
      const r = (row: Row) => (row[0] + row[2] > 0 ? row[0] / (row[0] + row[2]) : 0);
      const n = Object.values(prediction.hidden).reduce((a, x) => a + (x ?? 0), 0);
      console.log([page.id.slice(0, 12), p(c).toFixed(3), r(c).toFixed(3), p(b).toFixed(3), r(b).toFixed(3), n, article.isArticle ? article.reason : `no:${article.reason}`].join('\t'));
    }
  }
  const clean = scorer.metricsFromTpFpFns(cleanRows);
  // The alternating halves (even/odd page index): a change that helps only one half is tuned to it.
  const half = (parity: number) => {
    const m = scorer.metricsFromTpFpFns(cleanRows.filter((_, i) => i % 2 === parity));
    return { precision: round(m.precision), recall: round(m.recall), f1: round(m.f1) };
  };
  const base = scorer.metricsFromTpFpFns(baseRows);
  const header = scorer.metricsFromTpFpFns(headerRows);
  return {
    n: cleanRows.length,
    notArticle,
    headlineVisible: round(titled ? titleVisible / titled : NaN),
    clean: { precision: round(clean.precision), recall: round(clean.recall), f1: round(clean.f1) },
    cleanEven: half(0),
    cleanOdd: half(1),
    untouched: { precision: round(base.precision), recall: round(base.recall), f1: round(base.f1) },
    truthPlusHeader: { precision: round(header.precision) },
    hidden,
    detectMs: { mean: round(times.reduce((a, x) => a + x, 0) / Math.max(1, times.length)), p95: round(percentile(times, 0.95)), max: round(Math.max(...times)) },
  };
}

interface Expect {
  url?: string;
  mustStayVisible?: string[];
  mustHide?: Record<string, string[]>;
}

/** Fixture folders: every one in `dir` when given, else all of them (the shared seed and tests/fixtures). */
function fixtureFolders(dir: string | null): { name: string; dir: string }[] {
  if (!dir) return listFixtureFolders();
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, dir: join(dir, name) }))
    .filter((folder) => existsSync(join(folder.dir, 'page.html')) && existsSync(join(folder.dir, 'expect.json')));
}

function benchFixtures(dir: string | null) {
  let hideTotal = 0;
  let hideOk = 0;
  let keepTotal = 0;
  let keepOk = 0;
  const byCategory: Record<string, { total: number; hidden: number }> = {};
  const failures: string[] = [];
  let pages = 0;
  for (const { name, dir: folder } of fixtureFolders(dir)) {
    pages++;
    const expect = JSON.parse(readFileSync(join(folder, 'expect.json'), 'utf8')) as Expect;
    const { prediction } = cleanPage(readFileSync(join(folder, 'page.html'), 'utf8'), expect.url);
    const visible = collapse(prediction.visibleText);
    for (const snippet of expect.mustStayVisible ?? []) {
      keepTotal++;
      if (visible.includes(collapse(snippet))) keepOk++;
      else failures.push(`${name}: lost "${snippet}"`);
    }
    for (const [category, snippets] of Object.entries(expect.mustHide ?? {})) {
      const cat = (byCategory[category] ??= { total: 0, hidden: 0 });
      for (const snippet of snippets) {
        hideTotal++;
        cat.total++;
        if (!visible.includes(collapse(snippet))) {
          hideOk++;
          cat.hidden++;
        } else failures.push(`${name}: still visible [${category}] "${snippet}"`);
      }
    }
  }
  return {
    pages,
    mustHideHidden: round(hideTotal ? hideOk / hideTotal : NaN),
    mustStayVisibleKept: round(keepTotal ? keepOk / keepTotal : NaN),
    mustHideCount: hideTotal,
    mustStayVisibleCount: keepTotal,
    byCategory,
    failures,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const IN_PAGE = `(() => {
  const { extractArticle, detectClutter } = globalThis.__plainlyBench;
  const isHidden = (el) => getComputedStyle(el).display === 'none';
  const article = extractArticle(document, { url: location.href, isHidden });
  let t = performance.now();
  const found = detectClutter(document, article, { isHidden });
  const first = performance.now() - t;
  const again = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    detectClutter(document, article, { isHidden });
    again.push(performance.now() - t);
  }
  t = performance.now();
  let nonEmpty = 0;
  for (const el of document.querySelectorAll('*')) if ((el.textContent || '').trim()) nonEmpty++;
  const walk = performance.now() - t;
  return { first, again, walk, n: found.length, nonEmpty };
})()`;

/** detectClutter on the seed in headless Chromium: the same core/ code, bundled with esbuild. */
async function benchChromium(fixtures: string) {
  const root = resolve(import.meta.dirname, '../..');
  const { build } = (await import('esbuild')) as typeof import('esbuild');
  const bundle = await build({
    stdin: {
      contents: `import { extractArticle } from './core/extract/index'; import { detectClutter } from './core/clutter/index';
        Object.assign(globalThis, { __plainlyBench: { extractArticle, detectClutter } });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  const folder = join(fixtures, 'seed-etoday');
  const html = readFileSync(join(folder, 'page.html'), 'utf8');
  const url = (JSON.parse(readFileSync(join(folder, 'expect.json'), 'utf8')) as Expect).url ?? 'https://example.com/';
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const cold: number[] = [];
  const warm: number[] = [];
  const baseline: number[] = [];
  let items = 0;
  try {
    for (let run = 0; run < 7; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(url);
      await page.addScriptTag({ content: script });
      // Passed as source text: tsx would wrap a function literal in helpers the page lacks.
      const r = (await page.evaluate(IN_PAGE)) as { first: number; again: number[]; walk: number; n: number };
      cold.push(r.first);
      warm.push(...r.again);
      baseline.push(r.walk);
      items = r.n;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { page: 'seed-etoday', items, coldMs: round(median(cold)), coldMaxMs: round(Math.max(...cold)), warmMs: round(median(warm)), baselineWalkMs: round(median(baseline)) };
}

const args = parseArgs(process.argv.slice(2));
const scorer = (await import(pathToFileURL(join(SHARED, 'tools/score-extraction.mjs')).href)) as Scorer;
const zyte = await benchZyte(args.zyte, scorer, args.perDoc);
const fixtures = benchFixtures(args.fixtures);
const chromiumTiming = args.chromium ? await benchChromium(args.fixtures ?? join(SHARED, 'fixtures')) : null;
const inExtension = args.chromium ? await benchInExtensionCli({ ...args, fixtures: args.fixtures ?? join(SHARED, 'fixtures') }) : null;
console.log(`zyte-dev (n=${zyte.n}, metric: token 4-gram shingles as score-extraction.mjs)`);
console.log(`  clean view : precision ${zyte.clean.precision.toFixed(4)}  recall ${zyte.clean.recall.toFixed(4)}  F1 ${zyte.clean.f1.toFixed(4)}`);
console.log(`    even half: precision ${zyte.cleanEven.precision.toFixed(4)}  recall ${zyte.cleanEven.recall.toFixed(4)}  F1 ${zyte.cleanEven.f1.toFixed(4)}`);
console.log(`    odd half : precision ${zyte.cleanOdd.precision.toFixed(4)}  recall ${zyte.cleanOdd.recall.toFixed(4)}  F1 ${zyte.cleanOdd.f1.toFixed(4)}`);
console.log(`  untouched  : precision ${zyte.untouched.precision.toFixed(4)}  recall ${zyte.untouched.recall.toFixed(4)}  F1 ${zyte.untouched.f1.toFixed(4)}`);
console.log(`  reference  : precision ${zyte.truthPlusHeader.precision.toFixed(4)} for exactly the article body + its header (what a perfect clean view keeps visible)`);
console.log(`  not detected as article: ${zyte.notArticle}; headline still visible on ${zyte.headlineVisible} of detected articles`);
console.log(`  hidden per category: ${JSON.stringify(zyte.hidden)}`);
console.log(`  detectClutter (Node/linkedom): mean ${zyte.detectMs.mean} ms, p95 ${zyte.detectMs.p95} ms, max ${zyte.detectMs.max} ms`);
console.log(`fixtures (${fixtures.pages} pages): mustHide hidden ${fixtures.mustHideHidden} (of ${fixtures.mustHideCount} snippets), mustStayVisible kept ${fixtures.mustStayVisibleKept} (of ${fixtures.mustStayVisibleCount})`);
for (const failure of fixtures.failures) console.log(`  ${failure}`);
if (chromiumTiming) {
  console.log(
    `chromium, seed page: detectClutter first call ${chromiumTiming.coldMs} ms (median of 7 fresh pages, max ${chromiumTiming.coldMaxMs}), ` +
      `repeated ${chromiumTiming.warmMs} ms; baseline walk over all elements ${chromiumTiming.baselineWalkMs} ms; ${chromiumTiming.items} items`,
  );
}
if (inExtension) printInExtension(inExtension);
console.log(JSON.stringify({ zyte, fixtures: { ...fixtures, failures: fixtures.failures.length }, chromium: chromiumTiming, inExtension }));
