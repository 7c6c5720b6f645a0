/**
 * In-page cost of the popup's analysis: `plainly:facts` (key sentences + facts) and `plainly:detect`, as the
 * content script records them in real Chromium with the built extension, per 1,000 words of article text.
 *
 *   npx wxt build && npx tsx scripts/bench/facts-in-page.ts [--limit N]
 *
 * Each article of the key-sentence dev corpora (../shared/corpora/cnndm-frank-dev, kr-news-sum-dev) is served
 * as a plain article page from 127.0.0.1; the popup's `getPageSummary` request is sent to the tab and the
 * User Timing measures are read back from the page. Every page is a fresh content script, so the figures include
 * the cold start a reader meets on first popup open. Last line: JSON.
 */
import { readFileSync } from 'node:fs';
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
const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
  const docs = loadDocs().slice(0, limit);
  const server = new PageServer();
  await server.start();
  const urls = docs.map((doc, i) => ({ doc, url: `https://news.bench.test/article/${i}` }));
  for (const { doc, url } of urls) server.serve(url, pageHtml(doc));
  const session = await launchWithExtension({ server });

  const rows: { id: string; lang: string; words: number; facts: number; detect: number }[] = [];
  const page = await session.context.newPage();
  const tabId = await (async () => {
    await page.goto(server.urlFor(urls[0]!.url), { waitUntil: 'load' });
    return session.tabIdOf(page);
  })();
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
      console.log(`${doc.id}: not analysed (isArticle=${summary?.isArticle})`);
      continue;
    }
    rows.push({ id: doc.id, lang: doc.lang, words: summary.wordCount, facts: measures['plainly:facts']!, detect: measures['plainly:detect'] ?? NaN });
  }
  await session.close();
  await server.stop();

  const report: Record<string, unknown> = { pages: rows.length, skipped: docs.length - rows.length };
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
    report[lang] = stats;
    console.log(
      `${lang}: n=${stats.n}, median ${stats.medianWords} words; plainly:facts ${stats.factsMsPer1000Words.median} ms / 1,000 words (p90 ${stats.factsMsPer1000Words.p90}, max ${stats.factsMsPer1000Words.max}); plainly:detect ${stats.detectMsPer1000Words.median} ms / 1,000 words`,
    );
  }
  console.log(JSON.stringify(report));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
