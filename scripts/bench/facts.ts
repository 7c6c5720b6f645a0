// `npm run bench:facts [-- --reps 5]`
//
// 1. Key sentences: runs the facts CLI code (same core/ functions) on ../shared/corpora/cnndm-frank-dev and
//    ../shared/corpora/kr-news-sum-dev, and scores Plainly, Lead-3 and TextRank (the shared baselines, run in
//    this same process tree) and the published systems (cnndm anchors) with ../shared/tools/score-keysentences.mjs.
//    For the pre-split Korean corpus, also an "article-form" row: the sentences re-joined as paragraphs.
// 2. 2-fold check of the summariser weights: the dev ids split by parity (even/odd positions) are scored
//    separately, so a weight that only helps one half shows up. Also an ablation: English key sentences without
//    the clause compression, without the inner deletions and without the reader/"we" penalty, on the same halves, with the number of articles each
//    makes better / worse. With `--cv`, a 2-fold cross-validation of the
//    English weights: a small grid is fitted on one half (best ROUGE-2) and scored on the other, both ways;
//    the cross-validated figure (what fitting would give on unseen articles) is printed beside the shipped
//    defaults and Lead-3 on the same halves. Scored in-process with the shared scorer's own functions.
// 3. Facts on the page fixtures (../shared/fixtures/*/expect.json and tests/fixtures/*/expect.json with `facts`): recall per category, precision
//    as the share of shown facts that match an expected fact (a lower bound: expectations may be partial),
//    facts without evidence in the text (must be 0) and clutter strings (mustNotContain) that show up as facts.
//    The input is the fixture body (what the popup gets from extractArticle) and body + caption.
// 4. Time of keySentences + extractFacts per 1,000 words: median over all corpus documents (after a warm-up).
// Last line: JSON.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../core/extract/index';
import { extractFacts } from '../../core/facts/index';
import { displaySentence } from '../../core/summarize/display';
import { DEFAULT_PARAMS, keySentences, rankSentences, type SummarizerParams } from '../../core/summarize/index';
import { wordCount } from '../../core/text/tokens';
import type { Facts } from '../../core/types';
import { entryText, predictDocument, type CorpusEntry } from '../cli/facts';
import { listFixtureFolders, sameInstant } from '../lib/fixtures';
import { parseHtml } from '../lib/parse-html';
import { flagValue } from '../lib/args';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => flagValue(argv, name) || fallback;
const reps = Math.max(1, Number(arg('reps', '5')));
const crossValidate = argv.includes('--cv');
const shared = resolve(arg('shared', '../shared'));
const tools = join(shared, 'tools');
const outDir = resolve('bench-output/facts');
mkdirSync(outDir, { recursive: true });

interface KsScore {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  sentP?: number;
  sentR?: number;
  sentF1?: number;
  n: number;
  missing: number;
}

function lastJson<T>(out: string): T {
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
function score(corpusPath: string, predPath: string): KsScore {
  return lastJson<KsScore>(
    execFileSync(process.execPath, [join(tools, 'score-keysentences.mjs'), '--corpus', corpusPath, '--pred', predPath], { encoding: 'utf8' }),
  );
}
function baseline(tool: string, corpusPath: string, out: string): string {
  execFileSync(process.execPath, [join(tools, tool), '--corpus', corpusPath, '--out', out], { encoding: 'utf8' });
  return out;
}
const f3 = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));

// ------------------------------------------------------------------------------------------------
// 1 + 2. Key sentences
// ------------------------------------------------------------------------------------------------
const corpora = [
  { name: 'cnndm-frank-dev', path: join(shared, 'corpora/cnndm-frank-dev/corpus.json'), anchors: join(shared, 'corpora/cnndm-frank-dev/anchors') },
  { name: 'kr-news-sum-dev', path: join(shared, 'corpora/kr-news-sum-dev/corpus.json'), anchors: null },
];

interface Row {
  corpus: string;
  system: string;
  s: KsScore;
}
const rows: Row[] = [];
const folds: Record<string, { even: KsScore; odd: KsScore; evenLead: KsScore; oddLead: KsScore }> = {};
const docsForTiming: CorpusEntry[] = [];

for (const c of corpora) {
  const corpus = JSON.parse(readFileSync(c.path, 'utf8')) as Record<string, CorpusEntry>;
  const ids = Object.keys(corpus).sort();
  const pred: Record<string, { keySentences: string[] }> = {};
  for (const id of ids) {
    pred[id] = { keySentences: predictDocument(corpus[id]!).keySentences };
    docsForTiming.push(corpus[id]!);
  }
  const plainlyPath = join(outDir, `${c.name}.plainly.json`);
  writeFileSync(plainlyPath, JSON.stringify(pred));
  rows.push({ corpus: c.name, system: 'Plainly', s: score(c.path, plainlyPath) });
  // Robustness: the pre-split Korean corpus rebuilt as an article (sentences closed with a period, three per
  // paragraph, paragraphs separated by a blank line) so the splitter must find the boundaries itself.
  if (ids.every((id) => Array.isArray(corpus[id]!.sentences))) {
    const articlePred: Record<string, { keySentences: string[] }> = {};
    for (const id of ids) {
      const sentences = corpus[id]!.sentences!;
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 3) {
        paragraphs.push(sentences.slice(i, i + 3).map((x) => (/[.?!”"]$/u.test(x) ? x : `${x}.`)).join(' '));
      }
      articlePred[id] = { keySentences: predictDocument({ ...corpus[id]!, text: paragraphs.join('\n\n') }).keySentences };
    }
    const articlePath = join(outDir, `${c.name}.plainly-article-form.json`);
    writeFileSync(articlePath, JSON.stringify(articlePred));
    rows.push({ corpus: c.name, system: 'Plainly (article-form text)', s: score(c.path, articlePath) });
  }
  const leadPath = baseline('baseline-lead3.mjs', c.path, join(outDir, `${c.name}.lead3.json`));
  rows.push({ corpus: c.name, system: 'Lead-3', s: score(c.path, leadPath) });
  const trPath = baseline('baseline-textrank.mjs', c.path, join(outDir, `${c.name}.textrank.json`));
  rows.push({ corpus: c.name, system: 'TextRank', s: score(c.path, trPath) });
  if (c.anchors && existsSync(c.anchors)) {
    for (const file of readdirSync(c.anchors).filter((f) => f.endsWith('.pred.json')).sort()) {
      rows.push({ corpus: c.name, system: `${file.replace('.pred.json', '')} (published, first 3)`, s: score(c.path, join(c.anchors, file)) });
    }
  }
  // 2-fold halves (even/odd positions of the sorted dev ids), Plainly vs Lead-3 on each half.
  const lead = JSON.parse(readFileSync(leadPath, 'utf8')) as Record<string, unknown>;
  const half = (parity: number, source: Record<string, unknown>, tag: string): KsScore => {
    const subCorpus: Record<string, CorpusEntry> = {};
    const subPred: Record<string, unknown> = {};
    ids.forEach((id, i) => {
      if (i % 2 === parity) {
        subCorpus[id] = corpus[id]!;
        subPred[id] = source[id];
      }
    });
    const cp = join(outDir, `${c.name}.${tag}.${parity}.corpus.json`);
    const pp = join(outDir, `${c.name}.${tag}.${parity}.pred.json`);
    writeFileSync(cp, JSON.stringify(subCorpus));
    writeFileSync(pp, JSON.stringify(subPred));
    return score(cp, pp);
  };
  folds[c.name] = { even: half(0, pred, 'plainly'), odd: half(1, pred, 'plainly'), evenLead: half(0, lead, 'lead3'), oddLead: half(1, lead, 'lead3') };
}

console.log('Key sentences (3 per article; same scorer for every row)');
console.log('corpus            system                                   ROUGE-1 ROUGE-2 ROUGE-L  sentP  sentR sentF1');
for (const r of rows) {
  console.log(
    `${r.corpus.padEnd(17)} ${r.system.padEnd(40)} ${f3(r.s.rouge1)}  ${f3(r.s.rouge2)}  ${f3(r.s.rougeL)} ${f3(r.s.sentP)} ${f3(r.s.sentR)} ${f3(r.s.sentF1)}`,
  );
}
console.log('\n2-fold check (dev ids by parity): Plainly vs Lead-3 on each half');
for (const [name, f] of Object.entries(folds)) {
  const metric = name.startsWith('kr') ? 'sentF1' : 'rouge2';
  const m = (s: KsScore): number => (metric === 'sentF1' ? s.sentF1! : s.rouge2);
  console.log(`${name.padEnd(17)} ${metric}: even ${f3(m(f.even))} (Lead-3 ${f3(m(f.evenLead))})  odd ${f3(m(f.odd))} (Lead-3 ${f3(m(f.oddLead))})`);
}

// Ablation: English key sentences without the clause compression (core/summarize/compress.ts), same halves, scored
// in-process with the shared scorer's own ROUGE function (the same figures as the scorer CLI).
type Scorer = { rougeScores: (ref: string, pred: string) => { rouge2: { f: number } } };
const scorer = (await import(pathToFileURL(join(tools, 'score-keysentences.mjs')).href)) as Scorer;
const ablation = (() => {
  const c = corpora[0]!;
  const corpus = JSON.parse(readFileSync(c.path, 'utf8')) as Record<string, CorpusEntry & { reference: string[] }>;
  const ids = Object.keys(corpus).sort();
  const per = (params: SummarizerParams): number[] =>
    ids.map((id) => {
      const picked = rankSentences(entryText(corpus[id]!), { lang: corpus[id]!.lang ?? 'en', title: corpus[id]!.title ?? null, max: 3 }, params);
      return scorer.rougeScores(corpus[id]!.reference.join('\n'), picked.map((k) => displaySentence(k)).slice(0, 3).join('\n')).rouge2.f;
    });
  const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const split = (xs: number[]) => ({ even: avg(xs.filter((_, i) => i % 2 === 0)), odd: avg(xs.filter((_, i) => i % 2 === 1)), all: avg(xs) });
  const on = per(DEFAULT_PARAMS.en);
  const off = per({ ...DEFAULT_PARAMS.en, compress: false });
  const noInner = per({ ...DEFAULT_PARAMS.en, inner: false });
  const noVoice = per({ ...DEFAULT_PARAMS.en, voice: 0 });
  return {
    on: split(on),
    off: split(off),
    better: on.filter((x, i) => x > off[i]! + 1e-9).length,
    worse: on.filter((x, i) => x < off[i]! - 1e-9).length,
    noInner: split(noInner),
    innerBetter: on.filter((x, i) => x > noInner[i]! + 1e-9).length,
    innerWorse: on.filter((x, i) => x < noInner[i]! - 1e-9).length,
    noVoice: split(noVoice),
    voiceBetter: on.filter((x, i) => x > noVoice[i]! + 1e-9).length,
    voiceWorse: on.filter((x, i) => x < noVoice[i]! - 1e-9).length,
  };
})();
console.log(
  `cnndm-frank-dev   without clause compression: even ${f3(ablation.off.even)} odd ${f3(ablation.off.odd)} all ${f3(ablation.off.all)} | with: even ${f3(ablation.on.even)} odd ${f3(ablation.on.odd)} all ${f3(ablation.on.all)} (articles better ${ablation.better}, worse ${ablation.worse})`,
);
console.log(
  `cnndm-frank-dev   without inner deletions:    even ${f3(ablation.noInner.even)} odd ${f3(ablation.noInner.odd)} all ${f3(ablation.noInner.all)} (articles better with them ${ablation.innerBetter}, worse ${ablation.innerWorse})`,
);
console.log(
  `cnndm-frank-dev   without the reader/"we" penalty: even ${f3(ablation.noVoice.even)} odd ${f3(ablation.noVoice.odd)} all ${f3(ablation.noVoice.all)} (articles better with it ${ablation.voiceBetter}, worse ${ablation.voiceWorse})`,
);

// ------------------------------------------------------------------------------------------------
// 2b. `--cv`: 2-fold cross-validation of the English weights (fit on one parity half, score the other).
// ------------------------------------------------------------------------------------------------
interface CvResult {
  fitOnEven: { params: Partial<SummarizerParams>; inSample: number; heldOut: number };
  fitOnOdd: { params: Partial<SummarizerParams>; inSample: number; heldOut: number };
  crossValidated: number;
  defaults: { even: number; odd: number; all: number };
  lead3: { even: number; odd: number; all: number };
  configs: number;
}
let cvResult: CvResult | null = null;
if (crossValidate) {
  const c = corpora[0]!;
  const corpus = JSON.parse(readFileSync(c.path, 'utf8')) as Record<string, CorpusEntry & { reference: string[] }>;
  const ids = Object.keys(corpus).sort();
  const lead = JSON.parse(readFileSync(join(outDir, `${c.name}.lead3.json`), 'utf8')) as Record<string, { keySentences: string[] }>;
  const rouge2 = (id: string, sentences: string[]): number =>
    scorer.rougeScores(corpus[id]!.reference.join('\n'), sentences.slice(0, 3).join('\n')).rouge2.f;
  const halves = (per: number[]): { even: number; odd: number; all: number } => {
    const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    return { even: avg(per.filter((_, i) => i % 2 === 0)), odd: avg(per.filter((_, i) => i % 2 === 1)), all: avg(per) };
  };
  const run = (params: SummarizerParams): number[] =>
    ids.map((id) => rouge2(id, rankSentences(entryText(corpus[id]!), { lang: corpus[id]!.lang ?? 'en', title: corpus[id]!.title ?? null, max: 3 }, params).map((k) => displaySentence(k))));
  const grid: Partial<SummarizerParams>[] = [];
  for (const posPower of [0.5, 1])
    for (const centrality of [0.15, 0.3, 0.6])
      for (const redundancy of [0.3, 0.6, 1])
        for (const quote of [0.3, 0.6])
          for (const unterminated of [0.3, 1])
            for (const minWords of [6, 10]) grid.push({ posPower, centrality, redundancy, quote, unterminated, minWords });
  const results = grid.map((g) => ({ g, h: halves(run({ ...DEFAULT_PARAMS.en, ...g })) }));
  const best = (key: 'even' | 'odd') => results.reduce((a, b) => (b.h[key] > a.h[key] ? b : a));
  const e = best('even');
  const o = best('odd');
  const nEven = Math.ceil(ids.length / 2);
  const nOdd = ids.length - nEven;
  cvResult = {
    fitOnEven: { params: e.g, inSample: e.h.even, heldOut: e.h.odd },
    fitOnOdd: { params: o.g, inSample: o.h.odd, heldOut: o.h.even },
    crossValidated: (e.h.odd * nOdd + o.h.even * nEven) / ids.length,
    defaults: halves(run(DEFAULT_PARAMS.en)),
    lead3: halves(ids.map((id) => rouge2(id, lead[id]?.keySentences ?? []))),
    configs: grid.length,
  };
  const cv = cvResult;
  console.log(`\n2-fold cross-validation of the English weights (${cv.configs} grid points; ROUGE-2, ${c.name})`);
  console.log(`fit on even: in-sample ${f3(cv.fitOnEven.inSample)}, held-out odd ${f3(cv.fitOnEven.heldOut)}  ${JSON.stringify(cv.fitOnEven.params)}`);
  console.log(`fit on odd:  in-sample ${f3(cv.fitOnOdd.inSample)}, held-out even ${f3(cv.fitOnOdd.heldOut)}  ${JSON.stringify(cv.fitOnOdd.params)}`);
  console.log(`cross-validated ${f3(cv.crossValidated)} | shipped defaults: even ${f3(cv.defaults.even)} odd ${f3(cv.defaults.odd)} all ${f3(cv.defaults.all)} | Lead-3: even ${f3(cv.lead3.even)} odd ${f3(cv.lead3.odd)} all ${f3(cv.lead3.all)}`);
}

// ------------------------------------------------------------------------------------------------
// 3. Fixture facts
// ------------------------------------------------------------------------------------------------
type Category = keyof Facts;
const CATEGORIES: Category[] = ['people', 'orgs', 'dates', 'places', 'numbers', 'quotes'];
interface Expected {
  name?: string;
  text?: string;
  nameLatin?: string;
  title?: string;
  org?: string;
  abbr?: string;
  iso?: string;
  value?: number;
  speaker?: string;
  role?: string;
}
interface FixtureExpect {
  lang?: string;
  body: string;
  caption?: string;
  byline?: { date?: string };
  facts?: Partial<Record<Category, Expected[]>> & { mustNotContain?: string[] };
}

const norm = (s: string | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const contains = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && norm(a).includes(norm(b));
const overlaps = (a: string | undefined, b: string | undefined): boolean => contains(a, b) || contains(b, a);

/** Does an extracted fact match an expected one? Loose, as fixtures/README.md says: name/text appears in it. */
function matches(category: Category, got: Record<string, unknown>, want: Expected): boolean {
  const g = got as Record<string, string | number | undefined>;
  switch (category) {
    case 'people':
      return contains(`${g.name} ${g.alias ?? ''}`, want.name);
    case 'orgs':
      return contains(`${g.name} ${g.abbr ?? ''}`, want.name);
    case 'dates':
      return overlaps(g.text as string, want.text) && (!want.iso || String(g.iso).slice(0, 10) === want.iso.slice(0, 10));
    case 'places':
      return overlaps(g.text as string, want.text);
    case 'numbers':
      return overlaps(g.text as string, want.text) && (want.value === undefined || g.value === want.value);
    case 'quotes':
      return overlaps(g.text as string, want.text);
  }
}

/** Secondary fields: people title/org, quote speaker. */
function detailsMatch(category: Category, got: Record<string, unknown>, want: Expected): boolean {
  const g = got as Record<string, string | undefined>;
  if (category === 'people') return (!want.title || g.title === want.title) && (!want.org || g.org === want.org);
  if (category === 'quotes') return !want.speaker || g.speaker === want.speaker;
  return true;
}

function publishedIso(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(date);
  return m ? `${m[1]}${m[2] ? `T${m[2]}` : ''}` : null;
}

interface CatScore {
  expected: number;
  reachable: number;
  found: number;
  detailsRight: number;
  shown: number;
  shownRight: number;
}
const fixtureTotals: Record<string, Record<Category, CatScore>> = {};
/**
 * Publish and update times (`role: published|updated` in a fixture's dates) are header facts, not body text:
 * the popup shows the article's extracted `published`/`modified` above its facts. They are scored against the
 * page's extraction (as scripts/report-fixtures.ts does), apart from the dates found in the text.
 */
const headerDates = { expected: 0, found: 0, missed: [] as string[] };
let unsupported = 0;
let clutterHits = 0;
// Every page fixture: the shared ones (the seed) and the synthetic pages of other site types in tests/fixtures.
const fixtures = listFixtureFolders().map((folder) => folder.dir);
for (const variant of ['body', 'body+caption'] as const) {
  const totals = Object.fromEntries(
    CATEGORIES.map((c) => [c, { expected: 0, reachable: 0, found: 0, detailsRight: 0, shown: 0, shownRight: 0 }]),
  ) as Record<Category, CatScore>;
  fixtureTotals[variant] = totals;
  for (const dir of fixtures) {
    const exp = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as FixtureExpect;
    if (!exp.facts) continue;
    const isHeaderDate = (w: Expected): boolean => w.role === 'published' || w.role === 'updated';
    if (variant === 'body') {
      const headerWanted = (exp.facts.dates ?? []).filter(isHeaderDate);
      if (headerWanted.length) {
        const url = (exp as { url?: string }).url;
        const article = extractArticle(parseHtml(readFileSync(join(dir, 'page.html'), 'utf8'), url), { url });
        for (const w of headerWanted) {
          headerDates.expected++;
          const got = w.role === 'published' ? article.published : article.modified;
          if (w.iso && sameInstant(got, w.iso)) headerDates.found++;
          else headerDates.missed.push(`${dir.split('/').pop()}: ${w.text} (${w.role}; extracted ${got ?? 'none'})`);
        }
      }
    }
    const text = variant === 'body' || !exp.caption ? exp.body : `${exp.body}\n\n${exp.caption}`;
    const facts = extractFacts(text, { lang: exp.lang ?? null, published: publishedIso(exp.byline?.date) });
    for (const category of CATEGORIES) {
      const want = (exp.facts[category] ?? []).filter((w) => category !== 'dates' || !isHeaderDate(w));
      const got = facts[category] as unknown as Array<Record<string, unknown> & { evidence: Array<{ start: number; end: number }> }>;
      const t = totals[category];
      for (const w of want) {
        t.expected++;
        const key = w.name ?? w.text ?? '';
        if (norm(text).includes(norm(key))) t.reachable++;
        const hit = got.find((g) => matches(category, g, w));
        if (hit) {
          t.found++;
          if (detailsMatch(category, hit, w)) t.detailsRight++;
        }
      }
      for (const g of got) {
        t.shown++;
        if (want.some((w) => matches(category, g, w))) t.shownRight++;
        const key = String(g.name ?? g.text ?? '');
        if (!g.evidence.length || !g.evidence.some((e) => text.slice(e.start, e.end).includes(key))) unsupported++;
        if (variant === 'body' && (exp.facts.mustNotContain ?? []).some((s) => JSON.stringify(g).includes(s))) clutterHits++;
      }
    }
  }
}
console.log(`\nFixture facts (${fixtures.length} fixture(s); recall over all expected / over those present in the input text)`);
console.log('input          category  expected reachable found  recall recall(reachable) details-right  shown  precision(lower bound)');
for (const [variant, totals] of Object.entries(fixtureTotals)) {
  for (const c of CATEGORIES) {
    const t = totals[c];
    console.log(
      `${variant.padEnd(14)} ${c.padEnd(9)} ${String(t.expected).padStart(8)} ${String(t.reachable).padStart(9)} ${String(t.found).padStart(5)} ${f3(t.expected ? t.found / t.expected : NaN)} ${f3(t.reachable ? Math.min(t.found, t.reachable) / t.reachable : NaN).padStart(17)} ${String(t.detailsRight).padStart(13)} ${String(t.shown).padStart(6)} ${f3(t.shown ? t.shownRight / t.shown : NaN)}`,
    );
  }
}
console.log(`dates are those in the text; publish/update times in the page header, shown in the popup's header: ${headerDates.found}/${headerDates.expected} right`);
for (const missed of headerDates.missed) console.log(`  header date missed: ${missed}`);
console.log(`facts without evidence in the text: ${unsupported}; clutter strings shown as facts: ${clutterHits}`);

// ------------------------------------------------------------------------------------------------
// 4. Time per 1,000 words
// ------------------------------------------------------------------------------------------------
const perKWords: number[] = [];
const perDocMs: number[] = [];
/** Best of the repetitions: the figure least disturbed by other processes on a shared machine. */
const bestPerKWords: number[] = [];
for (const doc of docsForTiming) predictDocument(doc); // warm-up (JIT, regex compilation) on both languages
for (const doc of docsForTiming) {
  const text = entryText(doc);
  const words = wordCount(text);
  if (!words) continue;
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    keySentences(text, { lang: doc.lang ?? null, title: doc.title ?? null, max: 3 });
    extractFacts(text, { lang: doc.lang ?? null, published: doc.published ?? null });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  perKWords.push((times[Math.floor(times.length / 2)]! / words) * 1000);
  perDocMs.push(times[Math.floor(times.length / 2)]!);
  bestPerKWords.push((times[0]! / words) * 1000);
}
perKWords.sort((a, b) => a - b);
const median = perKWords[Math.floor(perKWords.length / 2)] ?? NaN;
const p90 = perKWords[Math.floor(perKWords.length * 0.9)] ?? NaN;
perDocMs.sort((a, b) => a - b);
const docMedian = perDocMs[Math.floor(perDocMs.length / 2)] ?? NaN;
const docMax = perDocMs[perDocMs.length - 1] ?? NaN;
console.log(`\nkeySentences + extractFacts: median ${median.toFixed(2)} ms / 1,000 words, p90 ${p90.toFixed(2)} (n=${perKWords.length}, ${reps} reps each, Node ${process.version})`);
bestPerKWords.sort((a, b) => a - b);
const bestMedian = bestPerKWords[Math.floor(bestPerKWords.length / 2)] ?? NaN;
const bestP90 = bestPerKWords[Math.floor(bestPerKWords.length * 0.9)] ?? NaN;
console.log(`best of ${reps} per article: median ${bestMedian.toFixed(2)} ms / 1,000 words, p90 ${bestP90.toFixed(2)}`);
console.log(`per article: median ${docMedian.toFixed(2)} ms, max ${docMax.toFixed(2)} ms (short articles inflate the per-1,000-words p90)`);

// A very long input (every dev article in one text) must stay bounded, not quadratic.
const huge = docsForTiming.map(entryText).join('\n\n');
const tHuge = performance.now();
keySentences(huge, { max: 3 });
extractFacts(huge, { published: '2016-01-01' });
const hugeMs = performance.now() - tHuge;
console.log(`one text of ${wordCount(huge).toLocaleString('en')} words (all dev articles joined): ${hugeMs.toFixed(0)} ms`);

const get = (corpus: string, system: string): KsScore | undefined => rows.find((r) => r.corpus === corpus && r.system === system)?.s;
const en = get('cnndm-frank-dev', 'Plainly')!;
const enLead = get('cnndm-frank-dev', 'Lead-3')!;
const ko = get('kr-news-sum-dev', 'Plainly')!;
const koLead = get('kr-news-sum-dev', 'Lead-3')!;
const koTr = get('kr-news-sum-dev', 'TextRank')!;
const koArticle = get('kr-news-sum-dev', 'Plainly (article-form text)');
const recallBy = (variant: string): Record<string, number | null> =>
  Object.fromEntries(CATEGORIES.map((c) => {
    const t = fixtureTotals[variant]![c];
    return [c, t.expected ? Math.round((t.found / t.expected) * 1000) / 1000 : null];
  }));
const precisionBy = (variant: string): Record<string, number | null> =>
  Object.fromEntries(CATEGORIES.map((c) => {
    const t = fixtureTotals[variant]![c];
    return [c, t.shown ? Math.round((t.shownRight / t.shown) * 1000) / 1000 : null];
  }));
const r4 = (x: number | undefined): number | null => (x === undefined ? null : Math.round(x * 10000) / 10000);
console.log(
  JSON.stringify({
    en: { rouge1: r4(en.rouge1), rouge2: r4(en.rouge2), rougeL: r4(en.rougeL), lead3Rouge2: r4(enLead.rouge2), rouge2OverLead3: r4(en.rouge2 - enLead.rouge2) },
    enCompression: { without: { even: r4(ablation.off.even), odd: r4(ablation.off.odd), all: r4(ablation.off.all) }, better: ablation.better, worse: ablation.worse },
    enInnerDeletions: { without: { even: r4(ablation.noInner.even), odd: r4(ablation.noInner.odd), all: r4(ablation.noInner.all) }, better: ablation.innerBetter, worse: ablation.innerWorse },
    enVoicePenalty: { without: { even: r4(ablation.noVoice.even), odd: r4(ablation.noVoice.odd), all: r4(ablation.noVoice.all) }, better: ablation.voiceBetter, worse: ablation.voiceWorse },
    ko: { sentF1: r4(ko.sentF1), sentP: r4(ko.sentP), sentR: r4(ko.sentR), lead3SentF1: r4(koLead.sentF1), textrankSentF1: r4(koTr.sentF1), articleFormSentF1: r4(koArticle?.sentF1) },
    folds: Object.fromEntries(Object.entries(folds).map(([k, f]) => [k, k.startsWith('kr')
      ? { even: r4(f.even.sentF1), odd: r4(f.odd.sentF1), evenLead3: r4(f.evenLead.sentF1), oddLead3: r4(f.oddLead.sentF1) }
      : { even: r4(f.even.rouge2), odd: r4(f.odd.rouge2), evenLead3: r4(f.evenLead.rouge2), oddLead3: r4(f.oddLead.rouge2) }])),
    fixtureRecall: { body: recallBy('body'), bodyCaption: recallBy('body+caption') },
    fixturePrecisionLowerBound: { body: precisionBy('body'), bodyCaption: precisionBy('body+caption') },
    fixtureHeaderDates: { expected: headerDates.expected, right: headerDates.found },
    unsupportedFacts: unsupported,
    clutterFacts: clutterHits,
    msPer1000Words: { median: r4(median), p90: r4(p90) },
    msPer1000WordsBestOfReps: { median: r4(bestMedian), p90: r4(bestP90) },
    msPerArticle: { median: r4(docMedian), max: r4(docMax) },
    hugeTextMs: Math.round(hugeMs),
    ...(cvResult
      ? {
          cv: {
            crossValidatedRouge2: r4(cvResult.crossValidated),
            fitOnEven: { heldOutOdd: r4(cvResult.fitOnEven.heldOut), inSample: r4(cvResult.fitOnEven.inSample) },
            fitOnOdd: { heldOutEven: r4(cvResult.fitOnOdd.heldOut), inSample: r4(cvResult.fitOnOdd.inSample) },
            defaults: { even: r4(cvResult.defaults.even), odd: r4(cvResult.defaults.odd), all: r4(cvResult.defaults.all) },
            lead3: { even: r4(cvResult.lead3.even), odd: r4(cvResult.lead3.odd), all: r4(cvResult.lead3.all) },
          },
        }
      : {}),
  }),
);
