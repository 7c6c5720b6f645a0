/**
 * Structured facts from article text: people (title, organisation, alias), organisations (with their
 * abbreviation), dates (ISO, relative ones resolved against the publish date), places, numbers (unit,
 * qualifier, what is counted) and quotations (with speaker).
 *
 * Rule- and lexicon-based (lexicon.ts, gazetteer.ts; the Korean lists in lexicon-ko.ts, which index.ts installs and
 * the extension loads only for Korean articles), Korean and English. Every fact carries evidence spans
 * into `text`, and a final check drops any fact whose evidence does not contain it: Plainly never shows a fact
 * that is not in the article. Never throws; bad input gives empty facts.
 */
import type { Facts, FactsOptions, TextSpan } from '../types';
import { isKorean } from '../text/tokens';
import { extractDates } from './dates';
import { gatesFor } from './gates';
import { extractNumbers } from './numbers';
import { extractOrgs } from './orgs';
import { extractPeople } from './people';
import { extractPlaces } from './places';
import { extractQuotes } from './quotes';

export function emptyFacts(): Facts {
  return { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] };
}

export function extractFacts(text: string, options: FactsOptions = {}): Facts {
  return extractFactsWith(text, options, true);
}

/**
 * `extractFacts` with the exact shortcuts (gates.ts: patterns that cannot match the text are skipped) switched
 * on or off. Both give the same facts; `tests/unit/facts/shortcuts.test.ts` compares them on every dev article.
 */
export function extractFactsWith(text: string, options: FactsOptions, shortcuts: boolean): Facts {
  if (typeof text !== 'string' || !text.trim()) return emptyFacts();
  try {
    const lang = typeof options?.lang === 'string' ? options.lang : null;
    const korean = isKorean(text, lang);
    const may = gatesFor(text, shortcuts);
    const taken: TextSpan[] = [];
    const dates = extractDates(text, options?.published ?? null, korean, taken, may);
    const numbers = extractNumbers(text, korean, taken, /^de\b/i.test(lang ?? ''), may);
    const orgs = extractOrgs(text, may);
    const people = extractPeople(text, korean, may);
    const personSpans = people.flatMap((p) => p.evidence);
    const places = extractPlaces(text, orgs.flatMap((o) => o.evidence), personSpans, may).filter(
      // A place inside a person's name ("Georgia Smith") is not a place.
      (pl) => !pl.evidence.every((e) => personSpans.some((s) => s.start <= e.start && e.end <= s.end && isInName(text, s, e))),
    );
    const quotes = extractQuotes(text, people);
    return verifyEvidence(text, { people, orgs, dates, places, numbers, quotes });
  } catch {
    return emptyFacts();
  }
}

function isInName(text: string, personSpan: TextSpan, placeSpan: TextSpan): boolean {
  // Only when the place word is followed by another capitalised word of the same name.
  return /^\s+[A-Z]/.test(text.slice(placeSpan.end, personSpan.end));
}

/**
 * The "never invent" guard: keep only evidence spans that are in bounds, non-empty and contain the fact's
 * name/text, and drop facts left without evidence.
 */
export function verifyEvidence(text: string, facts: Facts): Facts {
  const check = <T extends { evidence: TextSpan[] }>(list: T[], key: (f: T) => string, alt?: (f: T) => string | undefined): T[] =>
    list
      .map((f) => ({
        ...f,
        evidence: f.evidence.filter(
          (e) =>
            Number.isInteger(e.start) &&
            Number.isInteger(e.end) &&
            e.start >= 0 &&
            e.end <= text.length &&
            e.end > e.start &&
            (text.slice(e.start, e.end).includes(key(f)) || (!!alt?.(f) && text.slice(e.start, e.end).includes(alt(f)!))),
        ),
      }))
      // At least one span must contain the fact's name itself (an organisation may add abbreviation mentions).
      .filter((f) => key(f).length > 0 && f.evidence.some((e) => text.slice(e.start, e.end).includes(key(f))));
  return {
    people: check(facts.people, (f) => f.name),
    orgs: check(facts.orgs, (f) => f.name, (f) => f.abbr),
    dates: check(facts.dates, (f) => f.text),
    places: check(facts.places, (f) => f.text),
    numbers: check(facts.numbers, (f) => f.text),
    quotes: checkQuotes(text, facts.quotes),
  };
}

function checkQuotes(text: string, quotes: Facts['quotes']): Facts['quotes'] {
  return quotes.filter((q) => {
    const first = q.evidence[0];
    if (!first || first.start < 0 || first.end > text.length || first.end <= first.start) return false;
    if (!text.slice(first.start, first.end).includes(q.text) || !q.text) return false;
    // Speaker spans must be in bounds and contain the speaker's name.
    q.evidence = [first, ...q.evidence.slice(1).filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start && !!q.speaker && text.slice(e.start, e.end).includes(q.speaker))];
    return true;
  });
}
