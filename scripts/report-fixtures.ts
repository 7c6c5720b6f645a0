// Generality report on the page fixtures: how Plainly's real core code does on news pages it was
// not written against. Reads ../shared/fixtures/* (the seed) and tests/fixtures/* (synthetic pages
// of other site types); format in tests/fixtures/README.md.
//
//   npx tsx scripts/report-fixtures.ts [--only <name>] [--quiet]
//
// Per fixture it prints:
//  - sanity of the fixture itself (every mustHide snippet absent from title/subtitle/body/table and
//    present in the page; every mustStayVisible snippet and body paragraph present in the page text);
//  - article extraction: verdict, title, subtitle, kicker (kept out of the title), authors (all and
//    only the expected ones), publish and update time, lead image URL, caption count, body
//    token F1 (multiset of \w+ tokens, case-sensitive, the
//    tokens of the shared corpus scorer), paragraphs found (exact / contained), leaked paragraphs;
//  - clean view in Node (detectClutter + visibleTextAfterHiding, no layout): mustHide hidden per
//    category, mustStayVisible kept, body paragraphs and body-table cells kept;
//  - facts recall per category on the extracted text (end to end) and on the gold body (facts alone),
//    mustNotContain violations, key sentences that come from the body.
// Every concrete failure is listed. The last line is JSON. Expectations describe what a reader
// wants; they are never tuned to the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from './lib/parse-html';
import { FIXTURE_DIRS, listFixtureFolders, sameInstant } from './lib/fixtures';
import { extractArticle } from '../core/extract/index';
import { detectClutter, visibleTextAfterHiding } from '../core/clutter/index';
import { keySentences } from '../core/summarize/index';
import { extractFacts } from '../core/facts/index';
import type { ArticleResult, ClutterItem, Facts } from '../core/types';

// ------------------------------------------------------------------------------------------------
// Expectation format (see tests/fixtures/README.md)
// ------------------------------------------------------------------------------------------------

interface ExpectedTable {
  caption?: string;
  header?: string[];
  rows?: string[][];
  source?: string;
}
interface ExpectedFacts {
  people?: { name: string; title?: string; org?: string }[];
  orgs?: { name: string; abbr?: string }[];
  dates?: { text: string; iso?: string; role?: string }[];
  places?: { text: string }[];
  numbers?: { text: string; value?: number }[];
  quotes?: { speaker?: string; text: string }[];
  mustNotContain?: string[];
}
interface Expectation {
  url?: string;
  lang?: string;
  isArticle?: boolean;
  title?: string | null;
  subtitle?: string | null;
  kicker?: string | null;
  byline?: { author?: string | string[] | null; date?: string | null; dateText?: string | null; modified?: string | null };
  /** The lead image URL (absolute), or null when the page has none; absent: not checked. */
  leadImage?: string | null;
  body?: string;
  bodyTable?: ExpectedTable;
  mustStayVisible?: string[];
  mustHide?: Record<string, string[]>;
  facts?: ExpectedFacts;
}

interface Fixture {
  name: string;
  dir: string;
  html: string;
  bytes: number;
  expect: Expectation;
}

function loadFixtures(only: string | null): Fixture[] {
  return listFixtureFolders()
    .filter(({ name }) => !only || name === only)
    .map(({ name, dir }) => {
      const html = readFileSync(join(dir, 'page.html'), 'utf8');
      return { name, dir, html, bytes: Buffer.byteLength(html), expect: JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expectation };
    });
}

// ------------------------------------------------------------------------------------------------
// Text helpers
// ------------------------------------------------------------------------------------------------

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const short = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n)}…` : s);
const TOKEN_RE = /[\p{L}\p{N}_]+/gu; // the shared corpus scorer's tokens (Python `\w+`)
const tokens = (s: string): string[] => s.normalize('NFC').match(TOKEN_RE) ?? [];

function tokenF1(truth: string, pred: string): { p: number; r: number; f1: number } {
  const t = new Map<string, number>();
  for (const tok of tokens(truth)) t.set(tok, (t.get(tok) ?? 0) + 1);
  const predToks = tokens(pred);
  let tp = 0;
  for (const tok of predToks) {
    const c = t.get(tok) ?? 0;
    if (c > 0) {
      tp++;
      t.set(tok, c - 1);
    }
  }
  const truthLen = tokens(truth).length;
  if (truthLen === 0 && predToks.length === 0) return { p: 1, r: 1, f1: 1 };
  const p = predToks.length ? tp / predToks.length : 0;
  const r = truthLen ? tp / truthLen : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const paragraphs = (text: string | undefined): string[] => (text ?? '').split(/\n\s*\n/).map(norm).filter(Boolean);

function tableTexts(table: ExpectedTable | undefined): string[] {
  if (!table) return [];
  return [table.caption, ...(table.header ?? []), ...(table.rows ?? []).flat(), table.source].filter((s): s is string => !!s);
}

/** Loose containment: either string inside the other, the shorter at least `min` characters. */
function looseMatch(a: string | null | undefined, b: string | null | undefined, min = 2): boolean {
  const x = norm(a).toLowerCase();
  const y = norm(b).toLowerCase();
  if (!x || !y) return false;
  const shorter = x.length <= y.length ? x : y;
  return shorter.length >= min && (x.includes(y) || y.includes(x));
}

const stripQuoteMarks = (s: string): string => norm(s).replace(/^[\s"'“”‘’„«»「」『』,.]+|[\s"'“”‘’„«»「」『』,.]+$/g, '');

// ------------------------------------------------------------------------------------------------
// Checks
// ------------------------------------------------------------------------------------------------

interface Sanity {
  errors: string[];
  warnings: string[];
}

function checkFixture(fx: Fixture, doc: Document): Sanity {
  const errors: string[] = [];
  const warnings: string[] = [];
  const e = fx.expect;
  if (!doc.body || doc.body.children.length === 0) errors.push('page did not parse to a document with a body');
  if (fx.dir.includes('tests/fixtures') && (fx.bytes < 10_000 || fx.bytes > 60_000)) warnings.push(`page is ${fx.bytes} bytes (brief: 10–60 KB)`);
  // Only what a browser would fetch on open counts (canonical/og URLs and plain links do not).
  const remote = [
    /<script[^>]+\ssrc=["']?(https?:)?\/\//i,
    /<(img|iframe|source|video|audio|embed)[^>]+\s(src|srcset)=["']?(https?:)?\/\//i,
    /<link[^>]+rel=["']?(stylesheet|preload|icon|modulepreload|prefetch)[^>]+href=["']?(https?:)?\/\//i,
    /url\(\s*["']?(https?:)?\/\//i,
    /@import\s/i,
  ];
  if (remote.some((re) => re.test(fx.html))) errors.push('page loads a remote resource');
  const pageText = norm(visibleTextAfterHiding(doc, []));
  const protectedText = norm([e.title, e.subtitle, e.body, ...tableTexts(e.bodyTable)].join('\n'));
  for (const [category, snippets] of Object.entries(e.mustHide ?? {})) {
    for (const s of snippets) {
      if (protectedText.includes(norm(s))) errors.push(`mustHide[${category}] "${s}" occurs in title/subtitle/body/table`);
      if (!pageText.includes(norm(s))) errors.push(`mustHide[${category}] "${s}" is not visible in the original page`);
    }
  }
  for (const s of e.mustStayVisible ?? []) if (!pageText.includes(norm(s))) errors.push(`mustStayVisible "${short(s)}" not in the page text`);
  for (const p of paragraphs(e.body)) if (!pageText.includes(p)) errors.push(`body paragraph "${short(p)}" not in the page text`);
  for (const s of tableTexts(e.bodyTable)) if (!pageText.includes(norm(s))) errors.push(`bodyTable text "${s}" not in the page text`);
  if (e.title && !pageText.includes(norm(e.title))) errors.push('title not in the page text');
  return { errors, warnings };
}

interface ExtractionReport {
  expectedArticle: boolean;
  isArticle: boolean;
  verdictOk: boolean;
  reason: string;
  titleOk: boolean | null;
  gotTitle: string | null;
  gotSubtitle: string | null;
  subtitleOk: boolean | null;
  /** The kicker may stay or go (fixtures README), but it must never be glued to the title. */
  kickerOk: boolean | null;
  captions: number;
  authorOk: boolean | null;
  gotAuthors: string[];
  publishedOk: boolean | null;
  gotPublished: string | null;
  modifiedOk: boolean | null;
  gotModified: string | null;
  leadImageOk: boolean | null;
  gotLeadImage: string | null;
  f1: number;
  precision: number;
  recall: number;
  parasExact: number;
  parasContained: number;
  parasTotal: number;
  lost: string[];
  leaked: string[];
}

function reportExtraction(e: Expectation, art: ArticleResult): ExtractionReport {
  const expectedArticle = e.isArticle !== false;
  const gold = paragraphs(e.body);
  const got = paragraphs(art.text);
  const gotJoined = norm(art.text);
  const gotSet = new Set(got);
  const goldJoined = norm(e.body);
  const tableJoined = norm(tableTexts(e.bodyTable).join(' '));
  const { p, r, f1 } = tokenF1(e.body ?? '', expectedArticle ? art.text : art.isArticle ? art.text : '');
  const authors = e.byline?.author == null ? [] : Array.isArray(e.byline.author) ? e.byline.author : [e.byline.author];
  const expPublished = e.byline?.date ?? null;
  return {
    expectedArticle,
    isArticle: art.isArticle,
    verdictOk: art.isArticle === expectedArticle,
    reason: art.reason,
    titleOk: e.title ? norm(art.title) === norm(e.title) : null,
    gotTitle: art.title,
    gotSubtitle: art.subtitle,
    // A page without a deck must not get one either.
    subtitleOk: e.subtitle ? norm(art.subtitle) === norm(e.subtitle) : expectedArticle && art.subtitle ? false : null,
    kickerOk: e.kicker ? !norm(art.title).includes(norm(e.kicker)) && (!art.kicker || norm(art.kicker) === norm(e.kicker)) : null,
    captions: art.captions?.length ?? 0,
    // Every expected author found, and nothing that is not one of them (roles, outlets).
    authorOk: authors.length ? authors.every((a) => art.byline.some((b) => looseMatch(a, b))) && art.byline.every((b) => authors.some((a) => looseMatch(a, b))) : null,
    gotAuthors: art.byline,
    publishedOk: expPublished ? sameInstant(art.published, expPublished) : null,
    gotPublished: art.published,
    modifiedOk: e.byline?.modified ? sameInstant(art.modified, e.byline.modified) : null,
    gotModified: art.modified,
    leadImageOk: e.leadImage === undefined || !expectedArticle ? null : e.leadImage === null ? art.leadImage === null : art.leadImage === e.leadImage,
    gotLeadImage: art.leadImage,
    f1: expectedArticle ? f1 : art.isArticle ? 0 : 1,
    precision: p,
    recall: r,
    parasExact: gold.filter((g) => gotSet.has(g)).length,
    parasContained: gold.filter((g) => gotJoined.includes(g)).length,
    parasTotal: gold.length,
    lost: gold.filter((g) => !gotJoined.includes(g)),
    // Text of the in-body table is article content too (not in `body`, but not a leak either).
    leaked: expectedArticle ? got.filter((g) => !goldJoined.includes(g) && !tableJoined.includes(g)) : [],
  };
}


/** The fixtures' `stock-box` is core's `stock-ticker`. */
const CORE_CATEGORY: Record<string, string> = { 'stock-box': 'stock-ticker' };

interface ClutterReport {
  ran: boolean;
  items: number;
  perCategory: Record<string, { hidden: number; total: number }>;
  notHidden: { category: string; snippet: string }[];
  categoryMismatch: { snippet: string; expected: string; got: string }[];
  categoryAgree: number;
  categoryChecked: number;
  keptVisible: number;
  totalVisible: number;
  lostVisible: string[];
  bodyKept: number;
  bodyTotal: number;
  bodyLost: string[];
  tableKept: number;
  tableTotal: number;
  tableLost: string[];
}

function reportClutter(e: Expectation, doc: Document, art: ArticleResult): ClutterReport {
  const items: ClutterItem[] = detectClutter(doc, art.isArticle ? art : null);
  const after = norm(visibleTextAfterHiding(doc, items.map((i) => i.element)));
  const perCategory: Record<string, { hidden: number; total: number }> = {};
  const notHidden: { category: string; snippet: string }[] = [];
  const categoryMismatch: { snippet: string; expected: string; got: string }[] = [];
  let categoryAgree = 0;
  let categoryChecked = 0;
  for (const [category, snippets] of Object.entries(e.mustHide ?? {})) {
    const row = (perCategory[category] ??= { hidden: 0, total: 0 });
    for (const s of snippets) {
      row.total++;
      if (after.includes(norm(s))) {
        notHidden.push({ category, snippet: s });
        continue;
      }
      row.hidden++;
      const hider = items.find((i) => norm(i.element.textContent).includes(norm(s)));
      if (hider) {
        categoryChecked++;
        const want = CORE_CATEGORY[category] ?? category;
        if (hider.category === want) categoryAgree++;
        else categoryMismatch.push({ snippet: s, expected: want, got: `${hider.category} (${hider.reason})` });
      }
    }
  }
  const visible = e.mustStayVisible ?? [];
  const lostVisible = visible.filter((s) => !after.includes(norm(s)));
  const body = paragraphs(e.body);
  const bodyLost = body.filter((p) => !after.includes(p));
  const table = tableTexts(e.bodyTable);
  const tableLost = table.filter((s) => !after.includes(norm(s)));
  return {
    ran: true,
    items: items.length,
    perCategory,
    notHidden,
    categoryMismatch,
    categoryAgree,
    categoryChecked,
    keptVisible: visible.length - lostVisible.length,
    totalVisible: visible.length,
    lostVisible,
    bodyKept: body.length - bodyLost.length,
    bodyTotal: body.length,
    bodyLost,
    tableKept: table.length - tableLost.length,
    tableTotal: table.length,
    tableLost,
  };
}

type FactCategory = 'people' | 'orgs' | 'dates' | 'places' | 'numbers' | 'quotes';
const FACT_CATEGORIES: FactCategory[] = ['people', 'orgs', 'dates', 'places', 'numbers', 'quotes'];

interface FactsReport {
  perCategory: Record<FactCategory, { found: number; total: number }>;
  /** Second-level checks: person title/org, date ISO, number value, quote speaker. */
  detail: { personTitle: [number, number]; dateIso: [number, number]; numberValue: [number, number]; quoteSpeaker: [number, number] };
  missed: string[];
  forbidden: string[];
}

function factStrings(f: Facts): string[] {
  return [
    ...f.people.flatMap((p) => [p.name, p.title ?? '', p.org ?? '', p.alias ?? '']),
    ...f.orgs.flatMap((o) => [o.name, o.abbr ?? '']),
    ...f.dates.map((d) => d.text),
    ...f.places.map((p) => p.text),
    ...f.numbers.map((n) => n.text),
    ...f.quotes.flatMap((q) => [q.text, q.speaker ?? '']),
  ].filter(Boolean);
}

function reportFacts(exp: ExpectedFacts | undefined, facts: Facts, published: string | null, modified: string | null): FactsReport {
  const perCategory = Object.fromEntries(FACT_CATEGORIES.map((c) => [c, { found: 0, total: 0 }])) as Record<FactCategory, { found: number; total: number }>;
  const detail: FactsReport['detail'] = { personTitle: [0, 0], dateIso: [0, 0], numberValue: [0, 0], quoteSpeaker: [0, 0] };
  const missed: string[] = [];
  const tally = (c: FactCategory, ok: boolean, label: string) => {
    perCategory[c].total++;
    if (ok) perCategory[c].found++;
    else missed.push(`${c}: ${label}`);
  };
  for (const want of exp?.people ?? []) {
    const hit = facts.people.find((p) => looseMatch(p.name, want.name) || looseMatch(p.alias, want.name));
    tally('people', !!hit, want.name);
    if (hit && want.title) {
      detail.personTitle[1]++;
      if (looseMatch(hit.title, want.title)) detail.personTitle[0]++;
      else missed.push(`people.title: ${want.name} → want "${want.title}", got "${hit.title ?? ''}"`);
    }
  }
  for (const want of exp?.orgs ?? []) {
    const hit = facts.orgs.some((o) => [o.name, o.abbr].some((n) => looseMatch(n, want.name) || (want.abbr ? looseMatch(n, want.abbr) : false)));
    tally('orgs', hit, want.name);
  }
  for (const want of exp?.dates ?? []) {
    // Publish/update times are byline facts: the popup shows the extracted `published`/`modified`, not body text.
    if (want.role === 'published' || want.role === 'updated') {
      const got = want.role === 'published' ? published : modified;
      const ok = !!got && !!want.iso && sameInstant(got, want.iso);
      tally('dates', ok, `${want.text} (${want.role}; extracted ${got ?? 'none'})`);
      continue;
    }
    const hit = facts.dates.find((d) => looseMatch(d.text, want.text));
    tally('dates', !!hit, want.text);
    if (hit && want.iso) {
      detail.dateIso[1]++;
      if (hit.iso.startsWith(want.iso.slice(0, 10))) detail.dateIso[0]++;
      else missed.push(`dates.iso: "${want.text}" → want ${want.iso}, got ${hit.iso}`);
    }
  }
  for (const want of exp?.places ?? []) tally('places', facts.places.some((p) => looseMatch(p.text, want.text)), want.text);
  for (const want of exp?.numbers ?? []) {
    const candidates = facts.numbers.filter((n) => looseMatch(n.text, want.text));
    tally('numbers', candidates.length > 0, want.text);
    if (candidates.length && want.value !== undefined) {
      detail.numberValue[1]++;
      if (candidates.some((n) => Math.abs(n.value - want.value!) <= Math.abs(want.value!) * 1e-9)) detail.numberValue[0]++;
      else missed.push(`numbers.value: "${want.text}" → want ${want.value}, got ${candidates.map((n) => n.value).join('/')}`);
    }
  }
  for (const want of exp?.quotes ?? []) {
    const text = stripQuoteMarks(want.text);
    const hit = facts.quotes.find((q) => looseMatch(stripQuoteMarks(q.text), text, 10));
    tally('quotes', !!hit, short(text, 50));
    if (hit && want.speaker) {
      detail.quoteSpeaker[1]++;
      if (looseMatch(hit.speaker, want.speaker)) detail.quoteSpeaker[0]++;
      else missed.push(`quotes.speaker: "${short(text, 30)}" → want ${want.speaker}, got ${hit.speaker ?? 'none'}`);
    }
  }
  const all = factStrings(facts).map(norm);
  const forbidden = (exp?.mustNotContain ?? []).filter((s) => all.some((f) => f.includes(norm(s))));
  return { perCategory, detail, missed, forbidden };
}

// ------------------------------------------------------------------------------------------------
// Run
// ------------------------------------------------------------------------------------------------

interface FixtureResult {
  name: string;
  sanity: Sanity;
  extraction: ExtractionReport;
  clutter: ClutterReport | null;
  factsE2E: FactsReport;
  factsGold: FactsReport;
  keyFromBody: [number, number];
}

function runFixture(fx: Fixture): FixtureResult {
  const doc = parseHtml(fx.html, fx.expect.url);
  const sanity = checkFixture(fx, doc);
  const art = extractArticle(doc, { url: fx.expect.url });
  const extraction = reportExtraction(fx.expect, art);
  // A non-article page is left alone by the product; the clean view is only measured on articles
  // (and on non-articles that were wrongly judged articles, to show what a reader would lose).
  const clutter = extraction.expectedArticle || art.isArticle ? reportClutter(fx.expect, doc, art) : null;
  const lang = fx.expect.lang ?? art.lang;
  const factOptions = { lang, title: fx.expect.title ?? null, published: art.published };
  const factsE2E = reportFacts(fx.expect.facts, art.isArticle ? extractFacts(art.text, { ...factOptions, title: art.title }) : extractFacts('', {}), art.published, art.modified);
  const factsGold = reportFacts(fx.expect.facts, extractFacts(fx.expect.body ?? '', { ...factOptions, published: fx.expect.byline?.date ?? art.published }), art.published, art.modified);
  const goldBody = norm(fx.expect.body);
  const keys = art.isArticle ? keySentences(art.text, { lang, title: art.title }) : [];
  const keyFromBody: [number, number] = [keys.filter((k) => goldBody.includes(norm(k.text))).length, keys.length];
  return { name: fx.name, sanity, extraction, clutter, factsE2E, factsGold, keyFromBody };
}

const pct = (a: number, b: number): string => (b === 0 ? '  –  ' : `${a}/${b}`);
const f2 = (x: number): string => x.toFixed(3);

function printFixture(r: FixtureResult, quiet: boolean): void {
  const x = r.extraction;
  console.log(`\n=== ${r.name} ===`);
  if (r.sanity.errors.length || r.sanity.warnings.length) {
    for (const s of r.sanity.errors) console.log(`  FIXTURE ERROR: ${s}`);
    for (const s of r.sanity.warnings) console.log(`  fixture warning: ${s}`);
  } else console.log('  fixture sanity: ok');
  console.log(
    `  extract: isArticle=${x.isArticle} (expected ${x.expectedArticle}${x.verdictOk ? ', ok' : ', WRONG'}; ${x.reason})` +
      (x.expectedArticle
        ? ` | title ${x.titleOk ? 'ok' : 'WRONG'} | subtitle ${x.subtitleOk === null ? '–' : x.subtitleOk ? 'ok' : 'wrong'} | kicker ${x.kickerOk === null ? '–' : x.kickerOk ? 'ok' : 'wrong'} | captions ${x.captions} | author ${x.authorOk === null ? '–' : x.authorOk ? 'ok' : 'wrong'} | published ${x.publishedOk === null ? '–' : x.publishedOk ? 'ok' : 'wrong'} | modified ${x.modifiedOk === null ? '–' : x.modifiedOk ? 'ok' : 'wrong'} | lead image ${x.leadImageOk === null ? '–' : x.leadImageOk ? 'ok' : 'wrong'}`
        : ''),
  );
  if (x.expectedArticle) {
    console.log(`  body: token F1 ${f2(x.f1)} (P ${f2(x.precision)} R ${f2(x.recall)}) | paragraphs exact ${pct(x.parasExact, x.parasTotal)}, contained ${pct(x.parasContained, x.parasTotal)} | leaked paragraphs ${x.leaked.length}`);
    if (x.titleOk === false) console.log(`    title got: ${JSON.stringify(x.gotTitle)}`);
    if (x.subtitleOk === false) console.log(`    subtitle got: ${JSON.stringify(x.gotSubtitle)}`);
    if (x.authorOk === false) console.log(`    authors got: ${JSON.stringify(x.gotAuthors)}`);
    if (x.publishedOk === false) console.log(`    published got: ${JSON.stringify(x.gotPublished)}`);
    if (x.modifiedOk === false) console.log(`    modified got: ${JSON.stringify(x.gotModified)}`);
    if (x.leadImageOk === false) console.log(`    lead image got: ${JSON.stringify(x.gotLeadImage)}`);
    for (const p of x.lost) console.log(`    LOST body paragraph: "${short(p, 80)}"`);
    for (const p of x.leaked) console.log(`    LEAKED into body: "${short(p, 80)}"`);
  }
  const c = r.clutter;
  if (c) {
    const cats = Object.entries(c.perCategory).map(([k, v]) => `${k} ${v.hidden}/${v.total}`).join(', ');
    console.log(`  clean view (Node): ${c.items} items | mustHide ${cats || 'none'}`);
    console.log(`    kept: mustStayVisible ${pct(c.keptVisible, c.totalVisible)} | body paragraphs ${pct(c.bodyKept, c.bodyTotal)} | body table ${pct(c.tableKept, c.tableTotal)} | category agrees ${pct(c.categoryAgree, c.categoryChecked)}`);
    for (const n of c.notHidden) console.log(`    NOT HIDDEN [${n.category}]: "${n.snippet}"`);
    for (const s of c.lostVisible) console.log(`    HIDDEN BUT MUST STAY: "${short(s, 80)}"`);
    for (const s of c.bodyLost) console.log(`    BODY PARAGRAPH HIDDEN: "${short(s, 80)}"`);
    for (const s of c.tableLost) console.log(`    BODY TABLE TEXT HIDDEN: "${s}"`);
    if (!quiet) for (const m of c.categoryMismatch) console.log(`    category: "${short(m.snippet, 40)}" expected ${m.expected}, got ${m.got}`);
  } else console.log('  clean view: not run (non-article page, judged non-article: left alone)');
  const line = (f: FactsReport) => FACT_CATEGORIES.map((k) => `${k} ${pct(f.perCategory[k].found, f.perCategory[k].total)}`).join(', ');
  const d = r.factsE2E.detail;
  console.log(`  facts (extracted text): ${line(r.factsE2E)}`);
  console.log(`    detail: person title ${pct(...d.personTitle)}, date iso ${pct(...d.dateIso)}, number value ${pct(...d.numberValue)}, quote speaker ${pct(...d.quoteSpeaker)} | mustNotContain violations ${r.factsE2E.forbidden.length} | key sentences from body ${pct(...r.keyFromBody)}`);
  console.log(`  facts (gold body):      ${line(r.factsGold)}`);
  for (const m of r.factsE2E.missed) console.log(`    MISSED ${m}`);
  for (const s of r.factsE2E.forbidden) console.log(`    FACT FROM CLUTTER: "${s}"`);
}

function main(): void {
  const args = process.argv.slice(2);
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? (args[onlyIdx + 1] ?? null) : null;
  const quiet = args.includes('--quiet');
  const fixtures = loadFixtures(only);
  if (fixtures.length === 0) {
    console.error('No fixtures found in', FIXTURE_DIRS.join(', '));
    process.exitCode = 1;
    return;
  }
  const results = fixtures.map(runFixture);
  for (const r of results) printFixture(r, quiet);

  // Summary table
  console.log('\n| fixture | verdict | title | body F1 | paras | mustHide | mustStay | body kept | facts e2e (ppl/org/date/place/num/quote) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const sumHide = { hidden: 0, total: 0 };
  const perCat: Record<string, { hidden: number; total: number }> = {};
  const factTotals = Object.fromEntries(FACT_CATEGORIES.map((k) => [k, { found: 0, total: 0 }])) as Record<FactCategory, { found: number; total: number }>;
  const goldTotals = Object.fromEntries(FACT_CATEGORIES.map((k) => [k, { found: 0, total: 0 }])) as Record<FactCategory, { found: number; total: number }>;
  let stay = [0, 0];
  let bodyKept = [0, 0];
  for (const r of results) {
    const x = r.extraction;
    const c = r.clutter;
    let hid = 0;
    let tot = 0;
    for (const [k, v] of Object.entries(c?.perCategory ?? {})) {
      hid += v.hidden;
      tot += v.total;
      const row = (perCat[k] ??= { hidden: 0, total: 0 });
      row.hidden += v.hidden;
      row.total += v.total;
    }
    sumHide.hidden += hid;
    sumHide.total += tot;
    if (c) {
      stay = [stay[0]! + c.keptVisible, stay[1]! + c.totalVisible];
      bodyKept = [bodyKept[0]! + c.bodyKept, bodyKept[1]! + c.bodyTotal];
    }
    for (const k of FACT_CATEGORIES) {
      factTotals[k].found += r.factsE2E.perCategory[k].found;
      factTotals[k].total += r.factsE2E.perCategory[k].total;
      goldTotals[k].found += r.factsGold.perCategory[k].found;
      goldTotals[k].total += r.factsGold.perCategory[k].total;
    }
    const factsCell = FACT_CATEGORIES.map((k) => pct(r.factsE2E.perCategory[k].found, r.factsE2E.perCategory[k].total)).join(' ');
    console.log(
      `| ${r.name} | ${x.isArticle ? 'article' : 'not article'}${x.verdictOk ? '' : ' ✗'} | ${x.titleOk === null ? '–' : x.titleOk ? 'ok' : '✗'} | ${x.expectedArticle ? f2(x.f1) : '–'} | ${x.expectedArticle ? `${x.parasExact}/${x.parasTotal}` : '–'} | ${c ? pct(hid, tot) : '–'} | ${c ? pct(c.keptVisible, c.totalVisible) : '–'} | ${c ? pct(c.bodyKept, c.bodyTotal) : '–'} | ${factsCell} |`,
    );
  }
  const articles = results.filter((r) => r.extraction.expectedArticle);
  const rate = (a: number, b: number): number | null => (b ? Number((a / b).toFixed(3)) : null);
  const summary = {
    fixtures: results.length,
    fixtureErrors: results.reduce((n, r) => n + r.sanity.errors.length, 0),
    verdictCorrect: results.filter((r) => r.extraction.verdictOk).length,
    titleExact: articles.filter((r) => r.extraction.titleOk).length,
    subtitleWrong: articles.filter((r) => r.extraction.subtitleOk === false).length,
    kickerWrong: articles.filter((r) => r.extraction.kickerOk === false).length,
    authorWrong: articles.filter((r) => r.extraction.authorOk === false).length,
    publishedWrong: articles.filter((r) => r.extraction.publishedOk === false).length,
    modifiedWrong: articles.filter((r) => r.extraction.modifiedOk === false).length,
    leadImageWrong: articles.filter((r) => r.extraction.leadImageOk === false).length,
    captions: articles.reduce((n, r) => n + r.extraction.captions, 0),
    articles: articles.length,
    meanBodyF1: rate(articles.reduce((s, r) => s + r.extraction.f1, 0), articles.length),
    paragraphsExact: rate(articles.reduce((s, r) => s + r.extraction.parasExact, 0), articles.reduce((s, r) => s + r.extraction.parasTotal, 0)),
    mustHideRecall: rate(sumHide.hidden, sumHide.total),
    mustHideByCategory: Object.fromEntries(Object.entries(perCat).map(([k, v]) => [k, `${v.hidden}/${v.total}`])),
    mustStayVisible: rate(stay[0]!, stay[1]!),
    bodyParagraphsKept: rate(bodyKept[0]!, bodyKept[1]!),
    factRecallE2E: Object.fromEntries(FACT_CATEGORIES.map((k) => [k, rate(factTotals[k].found, factTotals[k].total)])),
    factRecallGoldBody: Object.fromEntries(FACT_CATEGORIES.map((k) => [k, rate(goldTotals[k].found, goldTotals[k].total)])),
    factsFromClutter: results.reduce((n, r) => n + r.factsE2E.forbidden.length, 0),
  };
  console.log(JSON.stringify(summary));
}

main();
