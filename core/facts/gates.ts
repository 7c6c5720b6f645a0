/**
 * Exact pre-checks that let fact extraction skip patterns which cannot match a text.
 *
 * Most of the cold cost of fact extraction is compiling and running large patterns built from the lexicons
 * (English titles, gazetteers, German organisation words) over the whole text, and most of those cannot
 * match the article at hand: English name patterns in a Korean article without two capitalised Latin words
 * in a row, Korean rules in an English article without a single Hangul letter. Each gate below is a small,
 * cheap pattern that every match of the guarded patterns implies (the comment at each gate says why); when the
 * gate does not match, the guarded patterns cannot match either, and skipping them leaves the output exactly
 * as it was. `tests/unit/facts/shortcuts.test.ts` checks that on every dev-corpus article.
 *
 * Gates are computed lazily, at most once per text and gate.
 */

/**
 * Each gate is implied by every match of the patterns it guards:
 *  - hangul: the Korean rules name Hangul words (일, 월, 관계자, 따르면, the gazetteer…).
 *  - nameLike: an English/German name (people.ts NAME) is two capitalised words, the first ending in a lower-case
 *    letter or being an initial ("E."), then white space and a capital (a particle such as "de" or "van" between
 *    them also ends in a lower-case letter); "Mr Smith", "Mr. Smith", "named Mia" and German titles have the same
 *    shape. (A sentence end before an acronym, "…했다. KIST", does not open it.)
 *  - monthEn / monthDe: every English month alternative starts with one of these abbreviations, every German
 *    month name with one of those (Jänner, März, Mai, Okt, Dez included).
 *  - weekdayEn / weekdayDe: Sunday…Saturday end in "day"; Sonntag…Samstag end in "tag" except Mittwoch.
 *  - relativeEn: yesterday, today, tomorrow and last/this/next year/month/week (case-insensitive, as the rule is).
 *  - yearAfterWord: "in 1997", "seit 2019", "im Jahr 2030": a word ending in a lower-case letter, white space and
 *    a year 18xx–20xx.
 *  - vote: the vote-tally rule needs one of its words.
 *  - latinExpansion: "Name Of Org (ABBR)": a word character (or & ' . -) right before "(" and a capital after.
 *  - enOrgName: a capitalised word (orgs.ts EN_CAP), white space, maybe a connector, then an organisation head word
 *    (all start with a capital except "plc").
 *  - enOrgOf: organisation head word (ends in a letter or ".") + white space + of/for.
 *  - chamber: House of …, Church of …, St./Saint … (4b in orgs.ts).
 *  - legalForm: a German legal form after white space, not followed by a letter.
 *  - deOrgWord: a German institutional compound ends in one of these endings, not followed by a letter.
 *  - koPlaceLatin: the Korean gazetteer's only Latin entries (UAE, LA).
 *  - enPlace: every English/German gazetteer entry has a capital followed by a lower-case letter, or is one of the
 *    all-capital names (US, U.S., USA, UK, U.K., UAE) or a Korean river (한강).
 * The shortcuts test also checks these claims against the word lists, so a new lexicon entry cannot slip past.
 */
const GATE_SOURCES = {
  hangul: ['\\p{Script=Hangul}', 'u'],
  nameLike: ['(?:[a-zäöüß]\\.?|[A-Z]\\.)\\s+[A-ZÄÖÜ]', ''],
  monthEn: ['Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec', ''],
  monthDe: ['Jan|Jän|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez', ''],
  weekdayEn: ['day', ''],
  weekdayDe: ['tag|Mittwoch', ''],
  relativeEn: ['day|tomorrow|year|month|week', 'i'],
  yearAfterWord: ['[a-z]\\s+(?:18|19|20)\\d\\d', ''],
  vote: ['vote|margin|ruling|decision|majority', ''],
  latinExpansion: ["[\\w&'.-]\\s*\\([A-Z]", ''],
  enOrgName: ["[A-Z][\\w&.'-]*\\s+(?:(?:and|of|for|&)\\s+)?(?:[A-Z]|plc)", ''],
  enOrgOf: ['[A-Za-z.]\\s+(?:of|for)\\s', ''],
  chamber: ['House of|Church of|St\\.? [A-Z]|Saint [A-Z]', ''],
  legalForm: ['\\s(?:GmbH|AG|SE|KGaA|e\\.\\s?V\\.)(?![A-Za-z])', ''],
  deOrgWord: [
    '(?:amt|gericht|ministerium|agentur|anstalt|behörde|bank|regierung|verwaltung|rat|tag|institut|verband|gewerkschaft|zentrale|werke|stiftung|konzern|kammer|betriebe)(?![A-Za-z])',
    '',
  ],
  koPlaceLatin: ['UAE|LA', ''],
  enPlace: ['[A-ZÄÖÜ][a-zäöüß]|U\\.?[SK]|UAE|강', ''],
} as const satisfies Record<string, readonly [string, string]>;

export type Gate = keyof typeof GATE_SOURCES;

/**
 * `may(gate)`: false only when no pattern guarded by `gate` can match the text. `may.shortcuts` is false when
 * every gate is open; local shortcuts of the same kind (a cheap exact check before a group of patterns) follow it.
 */
export type MayMatch = ((gate: Gate) => boolean) & { readonly shortcuts: boolean };

/** Every gate open: every pattern runs. */
export const ALL_PATTERNS: MayMatch = Object.assign(() => true, { shortcuts: false });

const compiled = new Map<Gate, RegExp>();

/** The gate's pattern (exported for the test that checks the gates' claims against the word lists). */
export function gatePattern(gate: Gate): RegExp {
  let re = compiled.get(gate);
  if (!re) {
    const [source, flags] = GATE_SOURCES[gate];
    re = new RegExp(source, flags);
    compiled.set(gate, re);
  }
  return re;
}

/** Gates for `text`; with `enabled` false every gate is open (every pattern runs), which the equivalence test uses. */
export function gatesFor(text: string, enabled = true): MayMatch {
  if (!enabled) return ALL_PATTERNS;
  const memo = new Map<Gate, boolean>();
  const may = (gate: Gate): boolean => {
    let open = memo.get(gate);
    if (open === undefined) {
      open = gatePattern(gate).test(text);
      memo.set(gate, open);
    }
    return open;
  };
  return Object.assign(may, { shortcuts: true });
}

/** Builds `make()` on first use and keeps it: large patterns cost nothing on pages whose facts are never asked for. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * `list.filter((entry) => pattern.test(entry))` for a whole-entry pattern `^…$`, in one scan of the joined list
 * instead of one pattern call per entry (hundreds of calls cost more on a fresh page). `flags` must not hold
 * g or m; entries must not contain line breaks (the word lists do not).
 */
export function entriesMatching(list: readonly string[], source: string, flags = ''): string[] {
  return list.join('\n').match(new RegExp(`^(?:${source})$`, `gm${flags}`)) ?? [];
}

/** `[...list].sort((a, b) => b.length - a.length)` (stable) without a comparator call per pair. */
export function longestFirst(list: readonly string[]): string[] {
  const byLength: string[][] = [];
  for (const entry of list) (byLength[entry.length] ??= []).push(entry);
  const out: string[] = [];
  for (let length = byLength.length - 1; length >= 0; length--) if (byLength[length]) out.push(...byLength[length]!);
  return out;
}
