// `npx tsx scripts/bench/korean-facts.ts [-v] [<path to core/facts/index.ts of another checkout>]`
//
// Korean structured facts on 12 invented passages (scripts/bench/korean-facts-set.ts): per category, how many of
// the expected facts are found and how many shown facts are wrong (not expected and not listed as acceptable).
// The dev corpus holds only 25 Korean articles, all read by hand before; this set covers beats and patterns they
// lack (김 모(45) 씨, 올해 1분기, 이날/전날, %포인트, 해남군수, foreign leaders). Point it at another checkout's
// core/facts/index.ts to compare. `-v` prints every passage's facts, misses and wrong facts. Last line: JSON.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Facts, FactsOptions } from '../../core/types';
import { CASES, PUBLISHED } from './korean-facts-set';

type ExtractFacts = (text: string, options: FactsOptions) => Facts;
const verbose = process.argv.includes('-v');
const modulePath = process.argv.slice(2).find((a) => a !== '-v') ?? resolve(import.meta.dirname, '../../core/facts/index.ts');
const { extractFacts } = (await import(pathToFileURL(resolve(modulePath)).href)) as { extractFacts: ExtractFacts };

const totals: Record<string, { expected: number; found: number; wrong: number }> = {};
const add = (category: string, expected: number, found: number, wrong: number) => {
  const t = (totals[category] ??= { expected: 0, found: 0, wrong: 0 });
  t.expected += expected;
  t.found += found;
  t.wrong += wrong;
};
for (const k of CASES) {
  const f = extractFacts(k.text, { lang: 'ko', published: PUBLISHED });
  const acceptable = (text: string) => k.ok?.includes(text) ?? false;
  // People: the name, and the title when one is expected.
  const titleOk = (title: string | undefined, want?: string) => !want || (title ?? '').endsWith(want);
  const pf = k.people.filter(([n, t]) => f.people.some((p) => p.name === n && titleOk(p.title, t)));
  const pw = f.people.filter((p) => !k.people.some(([n, t, o]) => n === p.name && titleOk(p.title, t) && (!p.org || !o || p.org.includes(o) || o.includes(p.org))));
  add('people', k.people.length, pf.length, pw.length);
  const of = k.orgs.filter(([n]) => f.orgs.some((o) => o.name === n));
  const ow = f.orgs.filter((o) => !acceptable(o.name) && !k.orgs.some(([n, a]) => n === o.name && (!o.abbr || o.abbr === a)));
  add('orgs', k.orgs.length, of.length, ow.length);
  const dateOk = (d: Facts['dates'][number], text: string, iso: string) => (d.text.includes(text) || text.includes(d.text)) && d.iso.startsWith(iso);
  const df = k.dates.filter(([t, iso]) => f.dates.some((d) => dateOk(d, t, iso)));
  const dw = f.dates.filter((d) => !acceptable(d.text) && !k.dates.some(([t, iso]) => dateOk(d, t, iso)));
  add('dates', k.dates.length, df.length, dw.length);
  // A place counts when written without its 시/군 (해남 for 해남군) or as the last word of an address.
  const lastWord = (t: string) => t.split(' ').pop()!;
  const lf = k.places.filter((t) => f.places.some((p) => p.text === t || lastWord(t) === p.text || lastWord(t).replace(/[시군구]$/u, '') === p.text));
  const lw = f.places.filter((p) => !k.places.some((t) => t.includes(p.text)));
  add('places', k.places.length, lf.length, lw.length);
  const nf = k.numbers.filter((t) => f.numbers.some((n) => n.text.includes(t)));
  const nw = f.numbers.filter((n) => !acceptable(n.text) && !k.numbers.some((t) => n.text.includes(t) || t.includes(n.text)));
  add('numbers', k.numbers.length, nf.length, nw.length);
  // Quotes: each expected speaker (once per quote) among the speakers found.
  const speakers = f.quotes.map((q) => q.speaker ?? '');
  const qf = k.quotes.filter((s, i) => speakers.filter((x) => x && (s.includes(x) || x.includes(s))).length > k.quotes.slice(0, i).filter((y) => y === s).length);
  const qw = f.quotes.filter((q) => !q.speaker || !k.quotes.some((s) => s.includes(q.speaker!) || q.speaker!.includes(s)));
  add('quotes', k.quotes.length, qf.length, qw.length);
  if (verbose) {
    console.log(`\n## ${k.id}`);
    console.log(' people:', JSON.stringify(f.people.map((p) => [p.name, p.title, p.org, p.alias].filter(Boolean))));
    console.log(' orgs:', JSON.stringify(f.orgs.map((o) => [o.name, o.abbr].filter(Boolean))));
    console.log(' dates:', JSON.stringify(f.dates.map((d) => [d.text, d.iso])));
    console.log(' places:', JSON.stringify(f.places.map((p) => p.text)));
    console.log(' numbers:', JSON.stringify(f.numbers.map((n) => [n.text, n.unit, n.what].filter(Boolean))));
    console.log(' quotes:', JSON.stringify(f.quotes.map((q) => [q.text.slice(0, 15), q.speaker, q.speakerTitle])));
    const missed = { people: k.people.filter((x) => !pf.includes(x)).map((x) => x[0]), orgs: k.orgs.filter((x) => !of.includes(x)).map((x) => x[0]), dates: k.dates.filter((x) => !df.includes(x)).map((x) => x[0]), places: k.places.filter((x) => !lf.includes(x)), numbers: k.numbers.filter((x) => !nf.includes(x)) };
    console.log(' MISSED', JSON.stringify(missed));
    console.log(' WRONG', JSON.stringify({ people: pw.map((p) => [p.name, p.title, p.org]), orgs: ow.map((o) => o.name), dates: dw.map((d) => [d.text, d.iso]), places: lw.map((p) => p.text), numbers: nw.map((n) => n.text), quotes: qw.map((q) => q.speaker ?? null) }));
  }
}
console.log('category  expected  found  wrong');
for (const [category, t] of Object.entries(totals)) console.log(`${category.padEnd(9)} ${String(t.expected).padStart(8)} ${String(t.found).padStart(6)} ${String(t.wrong).padStart(6)}`);
console.log(JSON.stringify(totals));
