// `npm run bench:extract [-- --corpus <dir>] [--reps N] [--dom linkedom|happy-dom]`
//
// 1. Runs the extract CLI (same core/ code) on ../shared/corpora/zyte-dev and scores it with
//    ../shared/tools/score-extraction.mjs.
// 2. In the same run, times Plainly's extractArticle and Readability.js (baseline only) on the same
//    documents: each page is parsed separately for each system and each repetition (Readability
//    mutates its input), parse time excluded; per page the median of the repetitions is kept.
// 3. Scores the published outputs in <corpus>/anchors/ with the same scorer for the comparison table.
// 4. Times one large synthetic page (~10 MB, ~100k elements).
// Last line: JSON with F1 (overall and per alternating half), precision, recall, failures and the
// Plainly/Readability time ratio.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../core/extract/index';
import { listPages, readHtml, readUrls, run as runCli } from '../cli/extract';
import { parseHtmlWith, type NodeDom } from '../lib/parse-html';
import { bundleExtract, firstDetectInFreshTab, openPageWithScript, TIME_ONE_DETECT } from './detect-in-page';
import { flagValue } from '../lib/args';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => flagValue(argv, name) || fallback;
const corpus = resolve(arg('corpus', '../shared/corpora/zyte-dev'));
const reps = Math.max(1, Number(arg('reps', '3')));
const dom = arg('dom', 'linkedom') as NodeDom;
const scorer = resolve('../shared/tools/score-extraction.mjs');
const outDir = resolve('bench-output');
mkdirSync(outDir, { recursive: true });
const truthPath = join(corpus, 'ground-truth.json');
const htmlDir = join(corpus, 'html');

interface Score {
  f1: number;
  precision: number;
  recall: number;
  n: number;
  missing: number;
  empty: number;
  f1_std?: number;
}
function score(predPath: string, bootstrap = 0): Score {
  const extra = bootstrap ? ['--bootstrap', String(bootstrap)] : [];
  const out = execFileSync(process.execPath, [scorer, '--truth', truthPath, '--pred', predPath, ...extra], { encoding: 'utf8' });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last) as Score;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
};
const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

// 1. Predictions through the CLI (linkedom unless --dom says otherwise, see below).
const predPath = join(outDir, 'extract-pred.json');
if (dom === 'linkedom') {
  await runCli(['--in', htmlDir, '--out', predPath, '--urls', truthPath]);
}
const urls = readUrls(truthPath);
const pages = listPages(htmlDir);

// 2. Timing, same documents, same run.
const plainlyMs: number[] = [];
const readabilityMs: number[] = [];
const parseMs: number[] = [];
const readabilityPred: Record<string, { articleBody: string }> = {};
const domPred: Record<string, { articleBody: string }> = {};
let failures = 0;
const median = (xs: number[]): number => quantile(xs, 0.5);
// Warm-up so that neither system pays the JIT on the first pages.
for (const page of pages.slice(0, 5)) {
  const html = readHtml(page.path);
  extractArticle(parseHtmlWith(dom, html, urls[page.id]), { url: urls[page.id] });
  new Readability(parseHtmlWith(dom, html, urls[page.id])).parse();
}
for (const page of pages) {
  const html = readHtml(page.path);
  const url = urls[page.id];
  const p: number[] = [];
  const r: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const t0 = performance.now();
    const docA = parseHtmlWith(dom, html, url);
    parseMs.push(performance.now() - t0);
    const docB = parseHtmlWith(dom, html, url);
    const t1 = performance.now();
    const result = extractArticle(docA, { url });
    const t2 = performance.now();
    let parsed: ReturnType<Readability['parse']> = null;
    try {
      parsed = new Readability(docB).parse();
    } catch {
      parsed = null;
    }
    const t3 = performance.now();
    p.push(t2 - t1);
    r.push(t3 - t2);
    if (rep === 0) {
      if (result.reason.startsWith('error:')) failures++;
      domPred[page.id] = { articleBody: result.text };
      readabilityPred[page.id] = { articleBody: (parsed?.textContent ?? '').trim() };
    }
  }
  plainlyMs.push(median(p));
  readabilityMs.push(median(r));
}
const readabilityPath = join(outDir, 'readability-js-pred.json');
writeFileSync(readabilityPath, JSON.stringify(readabilityPred));
let plainlyPredPath = predPath;
if (dom !== 'linkedom') {
  plainlyPredPath = join(outDir, `extract-pred-${dom}.json`);
  writeFileSync(plainlyPredPath, JSON.stringify(domPred));
}

const plainly = score(plainlyPredPath, 1000);
const readabilityRun = score(readabilityPath);

// Alternating halves of the dev ids (sorted; even and odd positions): a change tuned to one half
// shows up as a gap between them. Each half is scored by the same scorer on its own truth subset.
function halves(predFile: string): { even: Score; odd: Score } {
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, unknown>;
  const pred = JSON.parse(readFileSync(predFile, 'utf8')) as Record<string, unknown>;
  const ids = Object.keys(truth).sort();
  const half = (parity: number): Score => {
    const chosen = ids.filter((_, i) => i % 2 === parity);
    const t = join(outDir, `truth-half-${parity}.json`);
    const p = join(outDir, `pred-half-${parity}.json`);
    writeFileSync(t, JSON.stringify(Object.fromEntries(chosen.map((id) => [id, truth[id]]))));
    writeFileSync(p, JSON.stringify(Object.fromEntries(chosen.filter((id) => id in pred).map((id) => [id, pred[id]]))));
    const out = execFileSync(process.execPath, [scorer, '--truth', t, '--pred', p], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as Score;
  };
  return { even: half(0), odd: half(1) };
}
const plainlyHalves = halves(plainlyPredPath);

// 3. Published systems on the same pages.
const anchorsDir = join(corpus, 'anchors');
const anchors: { name: string; s: Score }[] = [];
if (existsSync(anchorsDir)) {
  for (const name of readdirSync(anchorsDir).filter((n) => n.endsWith('.json') && n !== 'versions.json')) {
    anchors.push({ name: name.replace(/\.json$/, ''), s: score(join(anchorsDir, name)) });
  }
}
anchors.sort((a, b) => b.s.f1 - a.s.f1);

// 4. One large page (~10 MB, >100k elements): a real-looking article between two huge link-list
//    columns of teaser cards (the shape of a portal page with an endless feed).
function largePage(): string {
  const cards: string[] = [];
  const pad = 'Short teaser text for a related story that is not part of this article, repeated to make the page heavy. '.repeat(3);
  for (let i = 0; i < 20000; i++) {
    cards.push(`<div class="card"><ul><li><a href="/n/${i}">Headline number ${i} about markets and more</a></li><li><span>${i} min</span></li></ul><p class="teaser">${pad}${i}</p></div>`);
  }
  const article = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of the article body, with enough words, commas, and sentences to look like prose. It goes on for a while, as articles do.</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Big page</title></head><body><nav>${cards.slice(0, 10000).join('')}</nav><main><article><h1>Big page</h1>${article}</article></main><aside>${cards.slice(10000).join('')}</aside></body></html>`;
}
// happy-dom needs ~a minute for this page: only time it on the default DOM.
const big = largePage();
let bigElements = 0;
let bigMs = NaN;
let bigReadabilityMs = NaN;
let bigIsArticle = false;
if (dom === 'linkedom') {
  const bigDoc = parseHtmlWith(dom, big);
  bigElements = bigDoc.querySelectorAll('*').length;
  const tBig = performance.now();
  bigIsArticle = extractArticle(bigDoc, {}).isArticle;
  bigMs = performance.now() - tBig;
  const bigDocR = parseHtmlWith(dom, big);
  const tBigR = performance.now();
  new Readability(bigDocR).parse();
  bigReadabilityMs = performance.now() - tBigR;
}
// 5. In the page: `plainly:detect` on the seed fixture in headless Chromium, with a computed-style
//    isHidden probe like the content script's. The bundle is core/extract built by esbuild (Vite's).
async function browserTiming(): Promise<{ coldMs: number; coldRuns: number[]; warmMedianMs: number; runs: number; largeMs: number; largeIsArticle: boolean } | null> {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) return null;
  const script = await bundleExtract(resolve('core'));
  const seedDir = resolve('../shared/fixtures/seed-etoday');
  const seed = JSON.parse(readFileSync(join(seedDir, 'expect.json'), 'utf8')) as { url: string; body: string };
  const html = readFileSync(join(seedDir, 'page.html'), 'utf8');
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const largeUrl = 'https://large.example.com/page';
    const page = await openPageWithScript(browser, seed.url, html, script);
    const runs = 15;
    // A string, not a function: tsx would inject its own helpers (__name) into a serialized function.
    const out = (await page.evaluate(`(() => {
      const extract = globalThis.__plainlyExtract;
      const url = ${JSON.stringify(seed.url)};
      const isHidden = (el) => {
        if (el.hidden) return true;
        const style = getComputedStyle(el);
        return style.display === 'none' || style.visibility === 'hidden';
      };
      const times = [];
      let text = '';
      for (let i = 0; i < ${runs}; i++) {
        const start = performance.now();
        text = extract(document, { url, isHidden }).text;
        times.push(performance.measure('plainly:detect', { start, end: performance.now() }).duration);
      }
      return { times, text };
    })()`)) as { times: number[]; text: string };
    if (out.text !== seed.body) console.error('browser: seed body differs from expect.json');
    // The first run is what a reader pays (detection runs once per page): take it on 5 fresh tabs,
    // median, so that one GC pause or a busy machine does not decide the figure.
    const firstRuns: number[] = [out.times[0]!];
    for (let i = 0; i < 4; i++) firstRuns.push(await firstDetectInFreshTab(browser, seed.url, html, script));
    // The ~10 MB page, first (cold) run in a fresh page.
    const largePageTab = await openPageWithScript(browser, largeUrl, big, script);
    if (process.env.NO_PROBE) await largePageTab.evaluate('globalThis.__noProbe = true');
    const large = (await largePageTab.evaluate(TIME_ONE_DETECT)) as { ms: number; isArticle: boolean };
    return { coldMs: median(firstRuns), coldRuns: firstRuns, warmMedianMs: median(out.times.slice(1)), runs, largeMs: large.ms, largeIsArticle: large.isArticle };
  } finally {
    await browser.close();
  }
}
let inPage: Awaited<ReturnType<typeof browserTiming>> = null;
try {
  inPage = await browserTiming();
} catch (error) {
  console.error(`browser timing skipped: ${error instanceof Error ? error.message : String(error)}`);
}

// 6. Korean: zyte-dev has no Korean page, so the seed fixture is scored with the same metric.
function koreanSeedScore(): Score {
  const seedDir = resolve('../shared/fixtures/seed-etoday');
  const seed = JSON.parse(readFileSync(join(seedDir, 'expect.json'), 'utf8')) as { url: string; body: string };
  const doc = parseHtmlWith(dom, readFileSync(join(seedDir, 'page.html'), 'utf8'), seed.url);
  const truthFile = join(outDir, 'korean-seed-truth.json');
  const predFile = join(outDir, 'korean-seed-pred.json');
  writeFileSync(truthFile, JSON.stringify({ 'seed-etoday': { articleBody: seed.body } }));
  writeFileSync(predFile, JSON.stringify({ 'seed-etoday': { articleBody: extractArticle(doc, { url: seed.url }).text } }));
  const out = execFileSync(process.execPath, [scorer, '--truth', truthFile, '--pred', predFile], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Score;
}
const korean = koreanSeedScore();

const ratio = median(plainlyMs) / median(readabilityMs);
const lines = [
  `# Article extraction on ${corpus.split('/').pop()} (${pages.length} pages, DOM: ${dom}, ${reps} reps/page)`,
  '',
  '| system | F1 | precision | recall |',
  '|---|---|---|---|',
  `| **Plainly (this run)** | **${fmt(plainly.f1)}** (bootstrap sd ${fmt(plainly.f1_std ?? NaN)}) | ${fmt(plainly.precision)} | ${fmt(plainly.recall)} |`,
  `| Plainly, even-position half | ${fmt(plainlyHalves.even.f1)} | ${fmt(plainlyHalves.even.precision)} | ${fmt(plainlyHalves.even.recall)} |`,
  `| Plainly, odd-position half | ${fmt(plainlyHalves.odd.f1)} | ${fmt(plainlyHalves.odd.precision)} | ${fmt(plainlyHalves.odd.recall)} |`,
  `| Readability.js (this run, same DOM) | ${fmt(readabilityRun.f1)} | ${fmt(readabilityRun.precision)} | ${fmt(readabilityRun.recall)} |`,
  ...anchors.map((a) => `| ${a.name} (published) | ${fmt(a.s.f1)} | ${fmt(a.s.precision)} | ${fmt(a.s.recall)} |`),
  `| Plainly on the Korean seed fixture (seed-etoday) | ${fmt(korean.f1)} | ${fmt(korean.precision)} | ${fmt(korean.recall)} |`,
  '',
  '| extract-only time per page (ms) | median | p95 | mean |',
  '|---|---|---|---|',
  `| Plainly extractArticle | ${fmt(median(plainlyMs), 2)} | ${fmt(quantile(plainlyMs, 0.95), 2)} | ${fmt(plainlyMs.reduce((a, b) => a + b, 0) / plainlyMs.length, 2)} |`,
  `| Readability.js parse() | ${fmt(median(readabilityMs), 2)} | ${fmt(quantile(readabilityMs, 0.95), 2)} | ${fmt(readabilityMs.reduce((a, b) => a + b, 0) / readabilityMs.length, 2)} |`,
  `| (${dom} parse, excluded) | ${fmt(median(parseMs), 2)} | ${fmt(quantile(parseMs, 0.95), 2)} | |`,
  '',
  `Ratio Plainly/Readability (median): ${fmt(ratio)}; per-page ratio median: ${fmt(median(plainlyMs.map((x, i) => x / readabilityMs[i]!)))}`,
  inPage
    ? `In the page (headless Chromium, seed-etoday, computed-style isHidden): plainly:detect first run median ${fmt(inPage.coldMs, 2)} ms over ${inPage.coldRuns.length} fresh tabs (${inPage.coldRuns.map((x) => x.toFixed(1)).join(', ')}), repeated runs median ${fmt(inPage.warmMedianMs, 2)} ms`
    : 'In the page: Chromium not available, not measured',
  inPage ? `In the page, large page: plainly:detect ${fmt(inPage.largeMs, 1)} ms (first run, isArticle=${inPage.largeIsArticle})` : '',
  `Large page (${(big.length / 1e6).toFixed(1)} MB, ${bigElements} elements): Plainly ${fmt(bigMs, 1)} ms (isArticle=${bigIsArticle}), Readability.js ${fmt(bigReadabilityMs, 1)} ms`,
];
console.log(lines.join('\n'));
console.log(
  JSON.stringify({
    f1: plainly.f1,
    f1Std: plainly.f1_std ?? null,
    precision: plainly.precision,
    recall: plainly.recall,
    f1Even: plainlyHalves.even.f1,
    f1Odd: plainlyHalves.odd.f1,
    failures,
    missing: plainly.missing,
    empty: plainly.empty,
    ratio,
    plainlyMedianMs: median(plainlyMs),
    plainlyP95Ms: quantile(plainlyMs, 0.95),
    readabilityMedianMs: median(readabilityMs),
    readabilityP95Ms: quantile(readabilityMs, 0.95),
    readabilityF1: readabilityRun.f1,
    koreanSeedF1: korean.f1,
    largePageMs: bigMs,
    inPageDetectFirstMs: inPage?.coldMs ?? null,
    inPageDetectMedianMs: inPage?.warmMedianMs ?? null,
    inPageLargePageMs: inPage?.largeMs ?? null,
    dom,
  }),
);
