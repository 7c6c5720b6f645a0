/**
 * In-page cost of the popup's analysis: `plainly:facts` (key sentences + facts) and `plainly:detect`, as the
 * content script records them in real Chromium with the built extension, per 1,000 words of article text.
 *
 *   npx wxt build && npx tsx scripts/bench/facts-in-page.ts [--limit N] [--lang en|ko] [--runs N] [--rows out.json]
 *   npx tsx scripts/bench/facts-in-page.ts --compare .output-a .output-b [--runs N] [--chunk N]
 *
 * Each article of the key-sentence dev corpora (../shared/corpora/cnndm-frank-dev, kr-news-sum-dev) is served
 * as a plain article page from 127.0.0.1; the popup's `getPageSummary` request is sent to the tab and the
 * User Timing measures are read back from the page. Every page is a fresh content script, so the figures include
 * the cold start a reader meets on first popup open. The extension is read from `PLAINLY_OUT_DIR` (default
 * `.output`). `--runs N` loads every article N times and keeps its median (the machine is noisy).
 *
 * `--compare A B` measures two builds (two `PLAINLY_OUT_DIR`s) interleaved: chunks of `--chunk` articles
 * (default 25) run in a browser on A, then on B, then the next chunk B first, so load on a shared machine
 * falls on both alike; it prints both reports and the per-article ratio B/A. Last line: JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, PageServer, SHARED } from '../../tests/e2e/harness';

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
}

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** Measures `docs` in one browser on the build in PLAINLY_OUT_DIR. */
async function measureDocs(docs: Doc[], runs: number): Promise<Row[]> {
  const server = new PageServer();
  await server.start();
  const urls = docs.map((doc, i) => ({ doc, url: `https://news.bench.test/article/${i}` }));
  for (const { doc, url } of urls) server.serve(url, pageHtml(doc));
  const session = await launchWithExtension({ server });

  const samples = new Map<string, { doc: Doc; words: number; facts: number[]; detect: number[] }>();
  const page = await session.context.newPage();
  const tabId = await (async () => {
    await page.goto(server.urlFor(urls[0]!.url), { waitUntil: 'load' });
    return session.tabIdOf(page);
  })();
  for (let run = 0; run < runs; run++) {
    for (const { doc, url } of urls) {
      await page.goto(server.urlFor(url), { waitUntil: 'load' });
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
      const measures = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('plainly:')).map((m) => [m.name, m.duration])),
      );
      if (!summary?.isArticle || measures['plainly:facts'] === undefined) {
        if (run === 0) console.log(`${doc.id}: not analysed (isArticle=${summary?.isArticle})`);
        continue;
      }
      const entry = samples.get(doc.id) ?? { doc, words: summary.wordCount, facts: [], detect: [] };
      entry.facts.push(measures['plainly:facts']!);
      entry.detect.push(measures['plainly:detect'] ?? NaN);
      samples.set(doc.id, entry);
    }
  }
  await session.close();
  await server.stop();
  return [...samples.values()].map((s) => ({ id: s.doc.id, lang: s.doc.lang, words: s.words, facts: median(s.facts), detect: median(s.detect), runs: s.facts }));
}

function report(rows: Row[], label = ''): Record<string, unknown> {
  const out: Record<string, unknown> = { pages: rows.length };
  for (const lang of ['en', 'ko', 'all'] as const) {
    const subset = rows.filter((row) => lang === 'all' || row.lang === lang);
    if (!subset.length) continue;
    const perK = subset.map((row) => (row.facts / Math.max(row.words, 1)) * 1000);
    const detectPerK = subset.map((row) => (row.detect / Math.max(row.words, 1)) * 1000);
    const stats = {
      n: subset.length,
      medianWords: quantile(subset.map((row) => row.words), 0.5),
      factsMsPer1000Words: { median: round(quantile(perK, 0.5)), p90: round(quantile(perK, 0.9)), max: round(Math.max(...perK)) },
      factsMs: { median: round(quantile(subset.map((row) => row.facts), 0.5)), p90: round(quantile(subset.map((row) => row.facts), 0.9)) },
      detectMsPer1000Words: { median: round(quantile(detectPerK, 0.5)), p90: round(quantile(detectPerK, 0.9)) },
    };
    out[lang] = stats;
    console.log(
      `${label}${lang}: n=${stats.n}, median ${stats.medianWords} words; plainly:facts ${stats.factsMsPer1000Words.median} ms / 1,000 words (p90 ${stats.factsMsPer1000Words.p90}, max ${stats.factsMsPer1000Words.max}); plainly:detect ${stats.detectMsPer1000Words.median} ms / 1,000 words`,
    );
  }
  return out;
}

/** Runs this script for `ids` on the build in `outDir`, in a child process (the harness reads PLAINLY_OUT_DIR once). */
function measureInChild(outDir: string, ids: string[], runs: number): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'plainly-facts-bench-'));
  try {
    const idsFile = join(dir, 'ids.json');
    const rowsFile = join(dir, 'rows.json');
    writeFileSync(idsFile, JSON.stringify(ids));
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--ids', idsFile, '--rows', rowsFile, '--runs', String(runs)], {
      env: { ...process.env, PLAINLY_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`measuring ${outDir} failed (exit ${child.status})`);
    return JSON.parse(readFileSync(rowsFile, 'utf8')) as Row[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(docs: Doc[], a: string, b: string, runs: number, chunk: number): Promise<void> {
  const rowsA: Row[] = [];
  const rowsB: Row[] = [];
  for (let i = 0, turn = 0; i < docs.length; i += chunk, turn++) {
    const ids = docs.slice(i, i + chunk).map((d) => d.id);
    // Alternate which build goes first, so a slow spell on the machine does not always hit the same one.
    const order: Array<[string, Row[]]> = turn % 2 === 0 ? [[a, rowsA], [b, rowsB]] : [[b, rowsB], [a, rowsA]];
    for (const [dir, rows] of order) rows.push(...measureInChild(dir, ids, runs));
    console.error(`compare: ${Math.min(i + chunk, docs.length)}/${docs.length} articles`);
  }
  const reportA = report(rowsA, `A ${a} `);
  const reportB = report(rowsB, `B ${b} `);
  const ratios: Record<string, unknown> = {};
  for (const lang of ['en', 'ko', 'all'] as const) {
    const byId = new Map(rowsA.map((r) => [r.id, r]));
    const pairs = rowsB.filter((r) => (lang === 'all' || r.lang === lang) && byId.has(r.id)).map((r) => r.facts / byId.get(r.id)!.facts);
    if (!pairs.length) continue;
    ratios[lang] = { n: pairs.length, medianRatioBA: round(median(pairs)), p10: round(quantile(pairs, 0.1)), p90: round(quantile(pairs, 0.9)) };
    console.log(`${lang}: plainly:facts B/A per article, median ${round(median(pairs))} (p10 ${round(quantile(pairs, 0.1))}, p90 ${round(quantile(pairs, 0.9))})`);
  }
  console.log(JSON.stringify({ a: { dir: a, ...reportA }, b: { dir: b, ...reportB }, ratioBA: ratios, runs }));
}

async function main(): Promise<void> {
  const limit = Number(argValue('--limit') ?? Infinity);
  const lang = argValue('--lang');
  const runs = Math.max(1, Number(argValue('--runs') ?? 1));
  const idsFile = argValue('--ids');
  let docs = loadDocs().filter((doc) => !lang || doc.lang === lang);
  if (idsFile) {
    const ids = new Set(JSON.parse(readFileSync(idsFile, 'utf8')) as string[]);
    docs = docs.filter((doc) => ids.has(doc.id));
  }
  docs = docs.slice(0, limit);
  const compareAt = process.argv.indexOf('--compare');
  if (compareAt > 0) {
    const [a, b] = [process.argv[compareAt + 1], process.argv[compareAt + 2]];
    if (!a || !b) throw new Error('--compare needs two build folders (PLAINLY_OUT_DIR values)');
    await compare(docs, a, b, runs, Math.max(1, Number(argValue('--chunk') ?? 25)));
    return;
  }
  const rows = await measureDocs(docs, runs);
  const rowsFile = argValue('--rows');
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(rows));
  const out = report(rows);
  console.log(JSON.stringify({ ...out, skipped: docs.length - rows.length, runs }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
