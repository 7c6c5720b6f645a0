// `npm run -s cli -- extract --in <dir> --out <pred.json> [--urls <ground-truth.json>]`
// Runs core/extract on every *.html / *.html.gz in a folder (id = file name without extensions) and
// writes {id: {articleBody, title, byline, published, lang}}. A page that fails is reported and skipped.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../core/extract/index';
import { parseHtml } from '../lib/parse-html';

export interface ExtractPrediction {
  articleBody: string;
  title: string | null;
  byline: string[];
  published: string | null;
  lang: string | null;
}

export interface PageInput {
  id: string;
  path: string;
}

export function listPages(dir: string): PageInput[] {
  return readdirSync(dir)
    .filter((name) => /\.html?(\.gz)?$/i.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.html?(\.gz)?$/i, ''), path: join(dir, name) }));
}

export function readHtml(path: string): string {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  return buf.toString('utf8');
}

export function readUrls(path: string | undefined): Record<string, string> {
  if (!path) return {};
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { url?: string }>;
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(data)) if (entry && typeof entry.url === 'string') out[id] = entry.url;
  return out;
}

function parseArgs(argv: string[]): { in?: string; out?: string; urls?: string } {
  const args: { in?: string; out?: string; urls?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (key === '--in') args.in = value;
    else if (key === '--out') args.out = value;
    else if (key === '--urls') args.urls = value;
    else throw new Error(`unknown argument ${key}`);
    i++;
  }
  return args;
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!args.in || !args.out) throw new Error('usage: extract --in <dir> --out <pred.json> [--urls <ground-truth.json>]');
  const urls = readUrls(args.urls);
  const pages = listPages(args.in);
  const out: Record<string, ExtractPrediction> = {};
  const failed: string[] = [];
  for (const page of pages) {
    try {
      const doc = parseHtml(readHtml(page.path), urls[page.id]);
      const result = extractArticle(doc, { url: urls[page.id] });
      if (result.reason.startsWith('error:')) throw new Error(result.reason);
      out[page.id] = {
        articleBody: result.text,
        title: result.title,
        byline: result.byline,
        published: result.published,
        lang: result.lang,
      };
    } catch (error) {
      failed.push(page.id);
      console.error(`extract: ${page.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(out, null, 1));
  console.error(`extract: ${Object.keys(out).length}/${pages.length} pages written to ${args.out}, ${failed.length} failed`);
}
