/**
 * Places from the gazetteer (gazetteer.ts). Korean names must stand as a word, optionally followed by a
 * particle (`미국과`, `워싱턴DC에서`), so `워싱턴대` (a university) or `한국산업기술진흥원` (an organisation)
 * do not count; English names need word boundaries and a capital letter.
 */
import type { PlaceFact, TextSpan } from '../types';
import { EN_PLACES, KO_PLACES } from './gazetteer';
import { isParticle } from './lexicon';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KO_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...KO_PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'gu',
);
const EN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${[...EN_PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]|\\.[A-Za-z])`,
  'gu',
);

/** Extract places; spans inside `blocked` (organisation names) are not places of their own. */
export function extractPlaces(text: string, blocked: TextSpan[]): PlaceFact[] {
  const byText = new Map<string, PlaceFact>();
  const add = (name: string, span: TextSpan): void => {
    // A place inside an organisation's name is part of that name ("Korea Institute"), except the place the
    // organisation is named after at its end ("Stadtwerke Leipzig", "Verbraucherzentrale Sachsen").
    const inside = (b: TextSpan): boolean =>
      b.start <= span.start && span.end <= b.end && !(b.start === span.start && b.end === span.end) &&
      !(span.end === b.end && /^[A-ZÄÖÜ][\p{L}-]+ $/u.test(text.slice(b.start, span.start)));
    if (blocked.some(inside)) return;
    let fact = byText.get(name);
    if (!fact) {
      fact = { text: name, evidence: [] };
      byText.set(name, fact);
    }
    if (fact.evidence.length < 8) fact.evidence.push(span);
  };
  for (const m of text.matchAll(KO_RE)) {
    const name = m[1]!;
    const rest = /^[\p{Script=Hangul}]*/u.exec(text.slice(m.index + name.length))![0];
    if (!isParticle(rest)) continue;
    if (/^[A-Za-z]/.test(text.slice(m.index + name.length)) && /[\p{Script=Hangul}]$/u.test(name)) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }
  for (const m of text.matchAll(EN_RE)) {
    const name = m[1]!;
    // "US" / "UK" inside an all-caps run is an acronym of something else.
    if (/^(?:US|UK)$/.test(name) && /[A-Z]{2,}\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }
  // Wire datelines in capitals: "WASHINGTON (AP) —", "SEOUL, Dec. 9 (Yonhap) --".
  const dateline = /^\s*([A-Z][A-Z .]{2,30}?)(?=\s*(?:,|\(|—|--|-\s))/.exec(text);
  if (dateline) {
    const name = dateline[1]!.trim();
    const known = EN_PLACES.find((p) => p.toUpperCase() === name);
    const start = text.indexOf(name);
    if (known) add(name, { start, end: start + name.length });
  }
  return [...byText.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
