// `npm run -s cli -- facts --in <corpus.json> --out <pred.json> [--max 3]`
// Runs core/summarize + core/facts on every document of a corpus {id: {title?, text, lang?, published?}}
// (the format of ../shared/corpora/*/corpus.json) and writes {id: {keySentences: [string], facts}}; each key
// sentence is written as the popup shows it (core/summarize/display.ts: "…" where words were left out).
// A document without usable text is reported on stderr and written with empty results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { extractFacts } from '../../core/facts/index';
import { displaySentence } from '../../core/summarize/display';
import { keySentences } from '../../core/summarize/index';
import type { Facts } from '../../core/types';

export interface CorpusEntry {
  title?: string;
  text?: string;
  sentences?: string[];
  lang?: string;
  published?: string;
}

export interface FactsPrediction {
  keySentences: string[];
  facts: Facts;
}

/** The article text of a corpus entry (pre-split corpora are joined one sentence per line, as they ship it). */
export function entryText(entry: CorpusEntry): string {
  if (typeof entry.text === 'string') return entry.text;
  if (Array.isArray(entry.sentences)) return entry.sentences.join('\n');
  return '';
}

export function predictDocument(entry: CorpusEntry, max = 3): FactsPrediction {
  const text = entryText(entry);
  const options = { lang: entry.lang ?? null, title: entry.title ?? null };
  return {
    keySentences: keySentences(text, { ...options, max }).map((k) => displaySentence(k)),
    facts: extractFacts(text, { ...options, published: entry.published ?? null }),
  };
}

function parseArgs(argv: string[]): { in?: string; out?: string; max: number } {
  const args: { in?: string; out?: string; max: number } = { max: 3 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (key !== '--in' && key !== '--out' && key !== '--max') throw new Error(`unknown argument ${key}`);
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--in') args.in = value;
    else if (key === '--out') args.out = value;
    else args.max = Number(value);
    i++;
  }
  if (!Number.isInteger(args.max) || args.max < 1 || args.max > 10) throw new Error('--max must be an integer from 1 to 10');
  return args;
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!args.in || !args.out) throw new Error('usage: facts --in <corpus.json> --out <pred.json> [--max 3]');
  let corpus: Record<string, CorpusEntry>;
  try {
    corpus = JSON.parse(readFileSync(args.in, 'utf8')) as Record<string, CorpusEntry>;
  } catch (error) {
    throw new Error(`cannot read corpus ${args.in}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!corpus || typeof corpus !== 'object' || Array.isArray(corpus)) throw new Error(`${args.in}: expected an object {id: {text}}`);
  const out: Record<string, FactsPrediction> = {};
  let empty = 0;
  for (const id of Object.keys(corpus).sort()) {
    const entry = corpus[id] ?? {};
    if (!entryText(entry).trim()) {
      empty++;
      console.error(`facts: ${id}: no text`);
    }
    out[id] = predictDocument(entry, args.max);
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(out, null, 1));
  console.error(`facts: ${Object.keys(out).length} documents → ${args.out}${empty ? ` (${empty} without text)` : ''}`);
}
