// `npx tsx scripts/bench/extract-compare.ts <old-git-rev> [--reps N] [--cold N] [--browser N] [--corpus <dir>]`
//
// Old vs current core/extract in ONE process, so both see the same machine load:
// 1. `git archive <rev> core` is unpacked into a temp dir, the working tree's core/ is copied next to
//    it, and both extractArticle functions are imported.
// 2. Each zyte-dev page is parsed once (linkedom; extraction never mutates the document) and both
//    versions are timed on it interleaved (old/new order alternates per repetition), N repetitions,
//    by process CPU time (process.cpuUsage). Per page the
//    median of the repetitions is kept. Reported: median of the per-page ratios new/old and the ratio
//    of the per-page medians' totals.
// 3. Cold first call: fresh Node processes (old and new alternating) each parse the seed fixture and
//    time their first extractArticle call (this includes first-use regex compilation and lazy
//    compilation of the code, the cost a reader pays once per page). Median over the processes.
// 4. With --browser N (and /usr/bin/chromium): the same first call in the page, `plainly:detect` on
//    the seed fixture with a computed-style isHidden probe, each version bundled by esbuild, in N
//    fresh tabs per version (alternating). Wall time (performance.measure), median.
// Last line: JSON.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleResult, ExtractOptions } from '../../core/types';
import { listPages, readHtml, readUrls } from '../cli/extract';
import { parseHtml } from '../lib/parse-html';
import { bundleExtract, firstDetectInFreshTab } from './detect-in-page';
import { flagValue } from '../lib/args';

type Extract = (doc: Document, options?: ExtractOptions) => ArticleResult;

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => flagValue(argv, name) || fallback;

// Process CPU in ms (process.cpuUsage is precise to the microsecond; getrusage(RUSAGE_THREAD), behind
// process.threadCpuUsage, only advances at scheduler ticks and reads 0 for a 1 ms call). Other
// processes on the box do not count; V8's GC helper threads do, for both versions alike.
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
};

async function loadExtract(coreDir: string): Promise<Extract> {
  const mod = (await import(pathToFileURL(join(coreDir, 'extract', 'index.ts')).href)) as { extractArticle: Extract };
  return mod.extractArticle;
}

const seedDir = resolve('../shared/fixtures/seed-etoday');
const CHROMIUM = '/usr/bin/chromium';

/** First `extractArticle` call on the seed page in fresh Chromium tabs, old and new alternating. */
async function browserFirstCalls(oldCore: string, newCore: string, runs: number): Promise<{ old: number[]; new: number[] }> {
  const scripts = { old: await bundleExtract(oldCore), new: await bundleExtract(newCore) };
  const html = readFileSync(join(seedDir, 'page.html'), 'utf8');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const times = { old: [] as number[], new: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const which of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
        times[which].push(await firstDetectInFreshTab(browser, seedUrl, html, scripts[which]));
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}
const seedUrl = (JSON.parse(readFileSync(join(seedDir, 'expect.json'), 'utf8')) as { url: string }).url;

// Child mode: one cold first call, printed as a number.
if (argv[0] === '--cold-child') {
  const extract = await loadExtract(argv[1]!);
  const doc = parseHtml(readFileSync(join(seedDir, 'page.html'), 'utf8'), seedUrl);
  const t0 = cpuNow();
  extract(doc, { url: seedUrl });
  console.log(String(cpuNow() - t0));
  process.exit(0);
}

const rev = argv[0];
if (!rev || rev.startsWith('--')) {
  console.error('usage: npx tsx scripts/bench/extract-compare.ts <old-git-rev> [--reps N] [--cold N] [--corpus <dir>]');
  process.exit(2);
}
const reps = Math.max(1, Number(arg('reps', '15')));
const coldRuns = Math.max(0, Number(arg('cold', '10')));
const browserRuns = Math.max(0, Number(arg('browser', '0')));
const corpus = resolve(arg('corpus', '../shared/corpora/zyte-dev'));

const oldRoot = mkdtempSync(join(tmpdir(), 'plainly-old-core-'));
try {
  mkdirSync(join(oldRoot, 'old'));
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} core | tar -x -C ${JSON.stringify(join(oldRoot, 'old'))}`]);
  const oldCore = join(oldRoot, 'old', 'core');
  // The working tree's core is copied next to it, so that both load the same way (tsx compiles
  // files outside the repo's "type": "module" package as CommonJS).
  const newCore = join(oldRoot, 'new', 'core');
  cpSync(resolve('core'), newCore, { recursive: true });
  const oldExtract = await loadExtract(oldCore);
  const newExtract = await loadExtract(newCore);

  // Cold first calls first, while the machine state is the same for both.
  const cold = { old: [] as number[], new: [] as number[] };
  const self = resolve('scripts/bench/extract-compare.ts');
  for (let i = 0; i < coldRuns; i++) {
    for (const which of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const)) {
      const out = execFileSync('npx', ['tsx', self, '--cold-child', which === 'old' ? oldCore : newCore], { encoding: 'utf8' });
      cold[which].push(Number(out.trim().split('\n').pop()));
    }
  }

  const inPage = browserRuns && existsSync(CHROMIUM) ? await browserFirstCalls(oldCore, newCore, browserRuns) : null;

  const urls = readUrls(join(corpus, 'ground-truth.json'));
  const pages = listPages(join(corpus, 'html'));
  const docs = pages.map((p) => ({ id: p.id, url: urls[p.id], doc: parseHtml(readHtml(p.path), urls[p.id]) }));
  // Warm-up: both versions see every page once before timing.
  for (const { doc, url } of docs) {
    oldExtract(doc, { url });
    newExtract(doc, { url });
  }
  const perPage: { id: string; old: number; new: number }[] = [];
  for (const { id, doc, url } of docs) {
    const o: number[] = [];
    const n: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      const order = rep % 2 ? [newExtract, oldExtract] : [oldExtract, newExtract];
      for (const fn of order) {
        const t0 = cpuNow();
        fn(doc, { url });
        (fn === oldExtract ? o : n).push(cpuNow() - t0);
      }
    }
    perPage.push({ id, old: median(o), new: median(n) });
  }
  const totalOld = perPage.reduce((a, p) => a + p.old, 0);
  const totalNew = perPage.reduce((a, p) => a + p.new, 0);
  const ratios = perPage.map((p) => p.new / p.old);
  const slowest = [...perPage].sort((a, b) => b.new / b.old - a.new / a.old).slice(0, 5);
  const f = (x: number, d = 3): string => x.toFixed(d);
  console.log(`# core/extract ${rev} (old) vs working tree (new), ${pages.length} pages, ${reps} reps/page, process CPU ms`);
  console.log(`per-page median ratio new/old: ${f(median(ratios))}; total (sum of per-page medians): old ${f(totalOld, 1)} ms, new ${f(totalNew, 1)} ms, ratio ${f(totalNew / totalOld)}`);
  console.log(`per-page median: old ${f(median(perPage.map((p) => p.old)), 2)} ms, new ${f(median(perPage.map((p) => p.new)), 2)} ms`);
  console.log(`highest ratios: ${slowest.map((p) => `${p.id} ${f(p.new / p.old, 2)} (${f(p.old, 2)}→${f(p.new, 2)} ms)`).join('; ')}`);
  if (coldRuns) {
    console.log(`cold first call on seed-etoday (fresh process, ${coldRuns} each): old median ${f(median(cold.old), 2)} ms [${cold.old.map((x) => x.toFixed(1)).join(', ')}], new median ${f(median(cold.new), 2)} ms [${cold.new.map((x) => x.toFixed(1)).join(', ')}], ratio ${f(median(cold.new) / median(cold.old))}`);
  }
  if (inPage) {
    console.log(`in the page (Chromium, seed-etoday, first call per fresh tab, ${browserRuns} each): old median ${f(median(inPage.old), 2)} ms [${inPage.old.map((x) => x.toFixed(1)).join(', ')}], new median ${f(median(inPage.new), 2)} ms [${inPage.new.map((x) => x.toFixed(1)).join(', ')}], ratio ${f(median(inPage.new) / median(inPage.old))}`);
  }
  console.log(
    JSON.stringify({
      rev,
      pages: pages.length,
      reps,
      clock: 'process-cpu',
      perPageMedianRatio: median(ratios),
      totalOldMs: totalOld,
      totalNewMs: totalNew,
      totalRatio: totalNew / totalOld,
      coldOldMs: coldRuns ? median(cold.old) : null,
      coldNewMs: coldRuns ? median(cold.new) : null,
      coldRatio: coldRuns ? median(cold.new) / median(cold.old) : null,
      inPageOldMs: inPage ? median(inPage.old) : null,
      inPageNewMs: inPage ? median(inPage.new) : null,
      inPageRatio: inPage ? median(inPage.new) / median(inPage.old) : null,
    }),
  );
} finally {
  rmSync(oldRoot, { recursive: true, force: true });
}
