/**
 * In-page cost of the popup's analysis: `plainly:facts` (key sentences + facts) and `plainly:detect`, as the
 * content script records them in real Chromium with the built extension, per 1,000 words of article text.
 *
 *   npx wxt build && npx tsx scripts/bench/facts-in-page.ts [--limit N] [--lang en|ko] [--runs N] [--rows out.json]
 *   npx tsx scripts/bench/facts-in-page.ts --compare .output-a .output-b [--runs N] [--lang en|ko]
 *
 * Each article of the key-sentence dev corpora (../shared/corpora/cnndm-frank-dev, kr-news-sum-dev) is served
 * as a plain article page from 127.0.0.1; the popup's `getPageSummary` request is sent to the tab and the
 * User Timing measures are read back from the page. Every page is a fresh content script (new script state), but
 * all pages come from one site and share its renderer, so V8 has compiled the code and patterns after the first
 * article: the figures are those of a reader's next article on a site. The first article of a site (nothing
 * compiled) is what `--node` measures as "cold". The extension is read from `PLAINLY_OUT_DIR` (default
 * `.output`). `--runs N` loads every article N times and keeps its median (the machine is noisy).
 *
 * Beside the User Timing figures (wall clock, which a loaded machine stretches), each request's main-thread CPU
 * time is read from Chromium (CDP Performance.getMetrics ThreadTime, before and after the popup's request): it
 * covers detection + key sentences + facts + messaging, and is the steadier figure for comparing two builds.
 *
 * `--node [ROOT…]` measures the same articles in Node instead, by CPU time (steady on a loaded machine): core/facts +
 * core/summarize of each checkout ROOT (default: this one) are bundled with esbuild, and every article runs in a
 * fresh `node --single-threaded` process twice over: "cold" (first call in a fresh process: nothing compiled yet)
 * and "warm engine" (the bundle ran on the previous article in another context first, then this article in a fresh
 * context: a site's next page in the same renderer, where compiled code and patterns are cached but the script
 * state is new). The article text is the one core/extract takes from the bench page. `--runs N` keeps each
 * article's fastest of N.
 *
 * `--compare A B` measures two builds (two `PLAINLY_OUT_DIR`s) side by side: one browser per build, both open,
 * and every article loaded in A and in B one right after the other (which goes first alternates), so load on a
 * shared machine falls on both alike; it prints both reports and the per-article ratios B/A. Last line: JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARED } from '../../tests/e2e/harness';
import { flagValue } from '../lib/args';

type Harness = typeof import('../../tests/e2e/harness');

interface Doc {
  id: string;
  lang: 'en' | 'ko';
  title: string;
  paragraphs: string[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' })[c]};`);

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  const en = JSON.parse(readFileSync(join(SHARED, 'corpora/cnndm-frank-dev/corpus.json'), 'utf8')) as Record<string, { text: string }>;
  for (const [id, doc] of Object.entries(en)) {
    // The CNN/DM text has no paragraph marks: cut it into paragraphs of about four sentences.
    const sentences = doc.text.match(/[^.!?]+[.!?]+["”’']?\s*/g) ?? [doc.text];
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join('').trim());
    docs.push({ id: `cnndm/${id}`, lang: 'en', title: sentences[0]!.trim().slice(0, 90), paragraphs });
  }
  const ko = JSON.parse(readFileSync(join(SHARED, 'corpora/kr-news-sum-dev/corpus.json'), 'utf8')) as Record<string, { title: string; sentences: string[] }>;
  for (const [id, doc] of Object.entries(ko)) {
    const paragraphs: string[] = [];
    for (let i = 0; i < doc.sentences.length; i += 3) paragraphs.push(doc.sentences.slice(i, i + 3).map((s) => `${s}.`).join(' '));
    docs.push({ id: `kr/${id}`, lang: 'ko', title: doc.title, paragraphs });
  }
  return docs;
}

function pageHtml(doc: Doc): string {
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)} - News</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-04T09:00:00+09:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeHtml(doc.title)}</h1><p class="byline">By Staff Reporter · March 4, 2024</p>
${doc.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main>
<footer>© News</footer></body></html>`;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const round = (n: number) => Math.round(n * 100) / 100;

interface Row {
  id: string;
  lang: string;
  words: number;
  /** Median over the runs. */
  facts: number;
  detect: number;
  /** Every run's plainly:facts, in ms. */
  runs: number[];
  /** Main-thread CPU time of the popup's request (median over the runs), in ms. */
  cpu: number;
}

interface Sample {
  words: number;
  facts: number;
  detect: number;
  cpu: number;
}

const argValue = (name: string): string | undefined => flagValue(process.argv, name.replace(/^--/, ''));

/** The e2e harness for the build in `outDir` (it reads PLAINLY_OUT_DIR when loaded; one module instance per build). */
async function harnessFor(outDir: string | undefined): Promise<Harness> {
  if (outDir === undefined) return import('../../tests/e2e/harness');
  process.env.PLAINLY_OUT_DIR = outDir;
  return (await import(`../../tests/e2e/harness.ts?build=${encodeURIComponent(outDir)}`)) as Harness;
}

/** A browser with one build of the extension, loading the corpus pages one at a time. */
async function openBrowser(harness: Harness, docs: Doc[]) {
  const server = new harness.PageServer();
  await server.start();
  const urls = docs.map((_, i) => `https://news.bench.test/article/${i}`);
  docs.forEach((doc, i) => server.serve(urls[i]!, pageHtml(doc)));
  const session = await harness.launchWithExtension({ server });
  const page = await session.context.newPage();
  await page.goto(server.urlFor(urls[0]!), { waitUntil: 'load' });
  const tabId = await session.tabIdOf(page);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async (): Promise<number> =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  return {
    /** Loads article `i` in a fresh page and asks for the popup's summary; null if it was not analysed. */
    async measure(i: number): Promise<Sample | null> {
      await page.goto(server.urlFor(urls[i]!), { waitUntil: 'load' });
      const cpuBefore = await threadTime();
      // The popup's request, as @webext-core/messaging sends it.
      const summary = (await session.worker.evaluate(
        async ({ id }) => {
          const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, m: unknown): Promise<unknown> } } }).chrome;
          for (let attempt = 0; attempt < 20; attempt++) {
            const reply = (await api.tabs.sendMessage(id, { id: attempt, type: 'getPageSummary', timestamp: Date.now() }).catch(() => null)) as {
              res?: { wordCount: number; isArticle: boolean };
            } | null;
            if (reply?.res) return reply.res;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return null;
        },
        { id: tabId },
      )) as { wordCount: number; isArticle: boolean } | null;
      const cpu = (await threadTime()) - cpuBefore;
      const measures = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('plainly:')).map((m) => [m.name, m.duration])),
      );
      if (!summary?.isArticle || measures['plainly:facts'] === undefined) return null;
      return { words: summary.wordCount, facts: measures['plainly:facts']!, detect: measures['plainly:detect'] ?? NaN, cpu };
    },
    async close(): Promise<void> {
      await session.close();
      await server.stop();
    },
  };
}

/** Collects samples per article and turns them into rows (medians over the runs). */
function collector(docs: Doc[]) {
  const samples = new Map<number, Sample[]>();
  return {
    add(i: number, sample: Sample | null): void {
      if (!sample) {
        if (!samples.has(i)) console.log(`${docs[i]!.id}: not analysed`);
        samples.set(i, samples.get(i) ?? []);
        return;
      }
      samples.set(i, [...(samples.get(i) ?? []), sample]);
    },
    rows(): Row[] {
      return [...samples]
        .filter(([, list]) => list.length > 0)
        .map(([i, list]) => ({
          id: docs[i]!.id,
          lang: docs[i]!.lang,
          words: list[0]!.words,
          facts: median(list.map((x) => x.facts)),
          detect: median(list.map((x) => x.detect)),
          runs: list.map((x) => x.facts),
          cpu: median(list.map((x) => x.cpu)),
        }));
    },
  };
}

function report(rows: Row[], label = ''): Record<string, unknown> {
  const out: Record<string, unknown> = { pages: rows.length };
  for (const lang of ['en', 'ko', 'all'] as const) {
    const subset = rows.filter((row) => lang === 'all' || row.lang === lang);
    if (!subset.length) continue;
    const perK = subset.map((row) => (row.facts / Math.max(row.words, 1)) * 1000);
    const detectPerK = subset.map((row) => (row.detect / Math.max(row.words, 1)) * 1000);
    const cpuPerK = subset.map((row) => (row.cpu / Math.max(row.words, 1)) * 1000);
    const stats = {
      n: subset.length,
      medianWords: quantile(subset.map((row) => row.words), 0.5),
      factsMsPer1000Words: { median: round(quantile(perK, 0.5)), p90: round(quantile(perK, 0.9)), max: round(Math.max(...perK)) },
      factsMs: { median: round(quantile(subset.map((row) => row.facts), 0.5)), p90: round(quantile(subset.map((row) => row.facts), 0.9)) },
      detectMsPer1000Words: { median: round(quantile(detectPerK, 0.5)), p90: round(quantile(detectPerK, 0.9)) },
      requestCpuMsPer1000Words: { median: round(quantile(cpuPerK, 0.5)), p90: round(quantile(cpuPerK, 0.9)) },
    };
    out[lang] = stats;
    console.log(
      `${label}${lang}: n=${stats.n}, median ${stats.medianWords} words; plainly:facts ${stats.factsMsPer1000Words.median} ms / 1,000 words (p90 ${stats.factsMsPer1000Words.p90}, max ${stats.factsMsPer1000Words.max}); plainly:detect ${stats.detectMsPer1000Words.median} ms / 1,000 words; request CPU ${stats.requestCpuMsPer1000Words.median} ms / 1,000 words (p90 ${stats.requestCpuMsPer1000Words.p90})`,
    );
  }
  return out;
}

async function compare(docs: Doc[], a: string, b: string, runs: number): Promise<void> {
  const browsers = [await openBrowser(await harnessFor(a), docs), await openBrowser(await harnessFor(b), docs)] as const;
  const results = [collector(docs), collector(docs)] as const;
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < docs.length; i++) {
      // A then B, or B then A: neither build always meets the machine right after the other's page.
      const order = (i + run) % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) results[k]!.add(i, await browsers[k]!.measure(i));
    }
    console.error(`compare: run ${run + 1}/${runs}`);
  }
  for (const browser of browsers) await browser.close();
  const [rowsA, rowsB] = [results[0].rows(), results[1].rows()];
  const reportA = report(rowsA, `A ${a} `);
  const reportB = report(rowsB, `B ${b} `);
  const ratios: Record<string, unknown> = {};
  const byId = new Map(rowsA.map((r) => [r.id, r]));
  for (const lang of ['en', 'ko', 'all'] as const) {
    const both = rowsB.filter((r) => (lang === 'all' || r.lang === lang) && byId.has(r.id));
    if (!both.length) continue;
    const pairs = both.map((r) => r.facts / byId.get(r.id)!.facts);
    const cpuPairs = both.map((r) => r.cpu / byId.get(r.id)!.cpu);
    // The fastest run of each article is the one least stretched by other work on the machine.
    const minPairs = both.map((r) => Math.min(...r.runs) / Math.min(...byId.get(r.id)!.runs));
    ratios[lang] = {
      n: pairs.length,
      medianRatioBA: round(median(pairs)),
      p10: round(quantile(pairs, 0.1)),
      p90: round(quantile(pairs, 0.9)),
      cpuMedianRatioBA: round(median(cpuPairs)),
      fastestRunMedianRatioBA: round(median(minPairs)),
    };
    console.log(
      `${lang}: plainly:facts B/A per article, median ${round(median(pairs))} (p10 ${round(quantile(pairs, 0.1))}, p90 ${round(quantile(pairs, 0.9))}); request CPU B/A median ${round(median(cpuPairs))}; fastest run B/A median ${round(median(minPairs))}`,
    );
  }
  console.log(JSON.stringify({ a: { dir: a, ...reportA }, b: { dir: b, ...reportB }, ratioBA: ratios, runs }));
}

/** The child: times key sentences and facts on one article (see `--node`). */
const NODE_CHILD = `
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const [bundle, docsFile, index, previous, mode] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(docsFile, 'utf8'));
const script = new vm.Script(readFileSync(bundle, 'utf8'), { filename: 'core.js' });
const time = (context, doc) => {
  const options = { lang: doc.lang, title: doc.title };
  const a = cpu();
  context.P.keySentences(doc.text, { ...options, max: 3 });
  const b = cpu();
  context.P.extractFacts(doc.text, { ...options, published: doc.published });
  return { keySentences: b - a, facts: cpu() - b };
};
let context = vm.createContext({});
if (mode === 'warm') {
  script.runInContext(context);
  time(context, docs[+previous]);
  context = vm.createContext({});
}
const start = cpu();
script.runInContext(context);
const load = cpu() - start;
console.log(JSON.stringify({ load, ...time(context, docs[+index]) }));
`;

interface NodeRow {
  lang: string;
  words: number;
  cold: { keySentences: number; facts: number; load: number };
  warm: { keySentences: number; facts: number; load: number };
}

async function nodeBench(roots: string[], docs: Doc[], runs: number): Promise<void> {
  const { parseHtml } = await import('../lib/parse-html');
  const { extractArticle } = await import('../../core/extract');
  const dir = mkdtempSync(join(tmpdir(), 'plainly-facts-node-'));
  try {
    const url = 'https://news.bench.test/article';
    const texts = docs.map((doc) => {
      const article = extractArticle(parseHtml(pageHtml(doc), url), { url });
      return { lang: doc.lang, title: article.title, published: article.published, text: article.text, words: article.wordCount };
    });
    const docsFile = join(dir, 'docs.json');
    writeFileSync(docsFile, JSON.stringify(texts));
    writeFileSync(join(dir, 'child.mjs'), NODE_CHILD);
    const { build } = await import('esbuild');
    const bundles = await Promise.all(
      roots.map(async (root, k) => {
        const entry = join(dir, `entry-${k}.ts`);
        writeFileSync(entry, `export { extractFacts } from ${JSON.stringify(resolve(root, 'core/facts'))};\nexport { keySentences } from ${JSON.stringify(resolve(root, 'core/summarize'))};\n`);
        const outfile = join(dir, `core-${k}.js`);
        await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'P', target: 'es2022', outfile, logLevel: 'warning' });
        return outfile;
      }),
    );
    const rows: NodeRow[][] = roots.map(() => []);
    const child = (bundle: string, i: number, mode: 'cold' | 'warm') =>
      JSON.parse(
        execFileSync(process.execPath, ['--single-threaded', join(dir, 'child.mjs'), bundle, docsFile, String(i), String((i + texts.length - 1) % texts.length), mode], {
          encoding: 'utf8',
        }),
      ) as NodeRow['cold'];
    const fastest = (a: NodeRow['cold'] | undefined, b: NodeRow['cold']) => (a && a.keySentences + a.facts <= b.keySentences + b.facts ? a : b);
    for (let i = 0; i < texts.length; i++) {
      for (let k = 0; k < roots.length; k++) {
        let cold: NodeRow['cold'] | undefined;
        let warm: NodeRow['cold'] | undefined;
        for (let run = 0; run < runs; run++) {
          cold = fastest(cold, child(bundles[k]!, i, 'cold'));
          warm = fastest(warm, child(bundles[k]!, i, 'warm'));
        }
        rows[k]!.push({ lang: texts[i]!.lang, words: texts[i]!.words, cold: cold!, warm: warm! });
      }
      if ((i + 1) % 25 === 0) console.error(`node: ${i + 1}/${texts.length}`);
    }
    const out: Record<string, unknown> = {};
    roots.forEach((root, k) => {
      const perRoot: Record<string, unknown> = {};
      for (const lang of ['en', 'ko'] as const) {
        const subset = rows[k]!.filter((row) => row.lang === lang);
        if (!subset.length) continue;
        const perK = (f: (row: NodeRow) => number) => subset.map((row) => (f(row) / Math.max(row.words, 1)) * 1000);
        const stat = (values: number[]) => ({ median: round(median(values)), p90: round(quantile(values, 0.9)) });
        const stats = {
          n: subset.length,
          coldFactsPer1000Words: stat(perK((row) => row.cold.facts)),
          coldKeySentencesPer1000Words: stat(perK((row) => row.cold.keySentences)),
          warmFactsPer1000Words: stat(perK((row) => row.warm.facts)),
          warmKeySentencesPer1000Words: stat(perK((row) => row.warm.keySentences)),
          moduleLoadMs: round(median(subset.map((row) => row.cold.load))),
          warmModuleLoadMs: round(median(subset.map((row) => row.warm.load))),
        };
        perRoot[lang] = stats;
        console.log(
          `${root} ${lang}: n=${stats.n}; CPU ms / 1,000 words: cold facts ${stats.coldFactsPer1000Words.median} (p90 ${stats.coldFactsPer1000Words.p90}), key sentences ${stats.coldKeySentencesPer1000Words.median}; warm engine facts ${stats.warmFactsPer1000Words.median} (p90 ${stats.warmFactsPer1000Words.p90}), key sentences ${stats.warmKeySentencesPer1000Words.median}; bundle evaluation ${stats.moduleLoadMs} ms cold, ${stats.warmModuleLoadMs} ms warm`,
        );
      }
      out[root] = perRoot;
    });
    console.log(JSON.stringify({ node: out, runs }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const limit = Number(argValue('--limit') ?? Infinity);
  const lang = argValue('--lang');
  const runs = Math.max(1, Number(argValue('--runs') ?? 1));
  const docs = loadDocs()
    .filter((doc) => !lang || doc.lang === lang)
    .slice(0, limit);
  const nodeAt = process.argv.indexOf('--node');
  if (nodeAt > 0) {
    const roots: string[] = [];
    for (let k = nodeAt + 1; k < process.argv.length && !process.argv[k]!.startsWith('--'); k++) roots.push(process.argv[k]!);
    await nodeBench(roots.length ? roots : ['.'], docs, runs);
    return;
  }
  const compareAt = process.argv.indexOf('--compare');
  if (compareAt > 0) {
    const [a, b] = [process.argv[compareAt + 1], process.argv[compareAt + 2]];
    if (!a || !b) throw new Error('--compare needs two build folders (PLAINLY_OUT_DIR values)');
    await compare(docs, a, b, runs);
    return;
  }
  const browser = await openBrowser(await harnessFor(undefined), docs);
  const results = collector(docs);
  for (let run = 0; run < runs; run++) for (let i = 0; i < docs.length; i++) results.add(i, await browser.measure(i));
  await browser.close();
  const rows = results.rows();
  const rowsFile = argValue('--rows');
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(rows));
  const out = report(rows);
  console.log(JSON.stringify({ ...out, skipped: docs.length - rows.length, runs }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
