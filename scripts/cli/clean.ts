// `npm run -s cli -- clean --in <dir> --out <pred.json> [--urls <ground-truth.json>] [--keep cat,cat]`
// Runs article detection + clutter detection (core/) on every page of a folder and writes, per page
// id, the text that stays visible in the clean view and the hidden element counts per category:
// {id: {visibleText, hidden: {category: count}}}. Pages are `*.html` / `*.html.gz` files (id = file
// name) or sub-folders holding `page.html` (id = folder name; URL from its expect.json). A page
// that fails is reported on stderr and skipped.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detectClutter, visibleTextAfterHiding } from '../../core/clutter/index';
import { extractArticle } from '../../core/extract/index';
import { CLUTTER_CATEGORIES, type ArticleResult, type ClutterCategory, type ClutterItem } from '../../core/types';
import { parseHtml } from '../lib/parse-html';

export interface CleanPrediction {
  visibleText: string;
  hidden: Partial<Record<ClutterCategory, number>>;
}

export interface PageInput {
  id: string;
  path: string;
  url?: string;
}

/** Pages of a folder: html(.gz) files, or sub-folders with page.html (+ expect.json for the URL). */
export function listPages(dir: string): PageInput[] {
  const pages: PageInput[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (/\.html?(\.gz)?$/i.test(name) && statSync(path).isFile()) {
      pages.push({ id: name.replace(/\.html?(\.gz)?$/i, ''), path });
    } else if (statSync(path).isDirectory() && existsSync(join(path, 'page.html'))) {
      let url: string | undefined;
      try {
        const expect = JSON.parse(readFileSync(join(path, 'expect.json'), 'utf8')) as { url?: unknown };
        if (typeof expect.url === 'string') url = expect.url;
      } catch {
        // no expect.json: no URL
      }
      pages.push({ id: name, path: join(path, 'page.html'), url });
    }
  }
  return pages;
}

export function readHtml(path: string): string {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  return buf.toString('utf8');
}

export interface CleanedPage {
  doc: Document;
  article: ArticleResult;
  items: ClutterItem[];
  prediction: CleanPrediction;
}

/** The clean view of one page, computed with the same core/ code the extension runs. */
export function cleanPage(html: string, url: string | undefined, keep?: ReadonlySet<ClutterCategory>): CleanedPage {
  const doc = parseHtml(html, url);
  const article = extractArticle(doc, { url });
  const items = detectClutter(doc, article, { keep });
  const hidden: Partial<Record<ClutterCategory, number>> = {};
  for (const item of items) hidden[item.category] = (hidden[item.category] ?? 0) + 1;
  const visibleText = visibleTextAfterHiding(doc, items.map((item) => item.element));
  return { doc, article, items, prediction: { visibleText, hidden } };
}

interface Args {
  in?: string;
  out?: string;
  urls?: string;
  keep: Set<ClutterCategory>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { keep: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (key === '--in') {
      args.in = value;
      i++;
    } else if (key === '--out') {
      args.out = value;
      i++;
    } else if (key === '--urls') {
      args.urls = value;
      i++;
    } else if (key === '--keep') {
      for (const name of (value ?? '').split(',').filter(Boolean)) {
        if (!(CLUTTER_CATEGORIES as readonly string[]).includes(name)) throw new Error(`unknown category ${name} (one of ${CLUTTER_CATEGORIES.join(', ')})`);
        args.keep.add(name as ClutterCategory);
      }
      i++;
    } else throw new Error(`unknown argument ${key}`);
  }
  return args;
}

function readUrls(path: string | undefined): Record<string, string> {
  if (!path) return {};
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { url?: unknown }>;
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(data)) if (entry && typeof entry.url === 'string') out[id] = entry.url;
  return out;
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!args.in || !args.out) throw new Error('usage: clean --in <dir> --out <pred.json> [--urls <ground-truth.json>] [--keep cat,cat]');
  if (!existsSync(args.in) || !statSync(args.in).isDirectory()) throw new Error(`--in ${args.in}: not a folder`);
  const urls = readUrls(args.urls);
  const pages = listPages(args.in);
  if (pages.length === 0) throw new Error(`--in ${args.in}: no *.html, *.html.gz or */page.html found`);
  const out: Record<string, CleanPrediction> = {};
  let failed = 0;
  for (const page of pages) {
    try {
      out[page.id] = cleanPage(readHtml(page.path), page.url ?? urls[page.id], args.keep).prediction;
    } catch (error) {
      failed++;
      console.error(`${page.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(out, null, 1));
  console.error(`clean: ${Object.keys(out).length} page(s) written to ${args.out}${failed ? `, ${failed} failed` : ''}`);
}
