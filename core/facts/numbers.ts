/**
 * Numbers with their unit, qualifier and what they count: `150여 명` → 150 명 (approximate), `14곳`,
 * `3대 연방기관`, `1.27%`, `3조5000억원`, `$4.2 billion`, `13 per cent`, `300 fans`.
 * Bare numbers without a unit are not facts (they are usually ranks, scores, ages or parts of names).
 */
import type { NumberFact, TextSpan } from '../types';
import { KO_NOT_WHAT } from './lexicon';
import { ALL_PATTERNS, type MayMatch } from './gates';

type Kind = NumberFact['kind'];

const KO_SMALL_MULT: Record<string, number> = { 천: 1e3, 백: 1e2 };
const KO_BIG_MULT: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const EN_MULT: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Korean units after a number, longest first, with their kind. */
const KO_UNITS: Array<[string, Kind]> = [
  ['헥타르', 'measure'], ['에이커', 'measure'],
  ['개국', 'count'], ['개사', 'count'], ['개소', 'count'], ['개월', 'measure'], ['가구', 'count'], ['차례', 'count'],
  ['퍼센트', 'percent'], ['%포인트', 'percent'], ['%p', 'percent'], ['%', 'percent'], ['포인트', 'percent'], ['달러', 'money'], ['유로', 'money'],
  ['위안', 'money'], ['파운드', 'money'], ['원', 'money'], ['엔', 'money'], ['명', 'count'], ['곳', 'count'],
  ['개', 'count'], ['건', 'count'], ['대', 'count'], ['마리', 'count'], ['채', 'count'], ['척', 'count'],
  ['편', 'count'], ['권', 'count'], ['종', 'count'], ['회', 'count'], ['번', 'count'], ['배', 'other'], ['위', 'other'],
  ['세', 'other'], ['살', 'other'], ['시간', 'measure'], ['분', 'measure'], ['주', 'measure'], ['년간', 'measure'], ['년', 'measure'],
  ['㎞', 'measure'], ['km', 'measure'], ['㎏', 'measure'], ['kg', 'measure'], ['mg', 'measure'], ['g', 'measure'],
  ['cm', 'measure'], ['mm', 'measure'], ['m', 'measure'], ['톤', 'measure'], ['t', 'measure'], ['평', 'measure'],
  ['㎡', 'measure'], ['이닝', 'measure'], ['승', 'count'], ['패', 'count'], ['골', 'count'], ['기가비트', 'measure'], ['MW', 'measure'], ['GW', 'measure'], ['kW', 'measure'], ['kWh', 'measure'], ['GWh', 'measure'],
  ['TB', 'measure'], ['GB', 'measure'], ['nm', 'measure'], ['층', 'other'],
];

const EN_UNITS: Array<[RegExp, string, Kind]> = [
  [/^\s?(?:%|per ?cent\b|percent\b)/i, '%', 'percent'],
  [/^\s?percentage points?\b/i, 'percentage points', 'percent'],
  [/^\s?(?:km|kilomet(?:re|er)s?)\b/i, 'km', 'measure'],
  [/^\s?miles?\b/i, 'miles', 'measure'],
  [/^\s?mph\b/i, 'mph', 'measure'],
  [/^\s?(?:kg|kilograms?|kilos?)\b/i, 'kg', 'measure'],
  [/^\s?(?:lbs?|pounds? in weight)\b/i, 'lb', 'measure'],
  [/^\s?(?:tonnes?|tons?)\b/i, 't', 'measure'],
  [/^\s?(?:ft|feet|foot)\b/i, 'ft', 'measure'],
  [/^\s?(?:m|metres?|meters?)\b/i, 'm', 'measure'],
  [/^\s?(?:cm|centimet(?:re|er)s?)\b/i, 'cm', 'measure'],
  // Smaller units in one pattern (one compile and one test per number): the unit is read from the match.
  [/^\s?(?:mm|millimet(?:re|er)s?|yards?|yds?|ml|millilit(?:re|er)s?|lit(?:re|er)s?|micrograms?|microgrammes?|mcg|mg|milligrams?|milligrammes?|grams?|grammes?)\b|^\s?µg/i, '*', 'measure'],
  [/^\s?(?:inch|inches|in\.)\b/i, 'in', 'measure'],
  [/^\s?(?:acres?)\b/i, 'acres', 'measure'],
  [/^\s?(?:hectares?)\b/i, 'ha', 'measure'],
  [/^\s?degrees?\b/i, 'degrees', 'measure'],
  [/^\s?(?:megabits? per second|Mbps|Mbit\/s)(?![\w/])/i, 'Mbps', 'measure'],
  [/^\s?(?:gigabits? per second|Gbps|Gbit\/s)(?![\w/])/i, 'Gbps', 'measure'],
  [/^\s?(?:megawatts?|MW)\b/, 'MW', 'measure'],
  [/^\s?(?:gigawatts?|GW)\b/, 'GW', 'measure'],
  [/^\s?(?:kilowatt[- ]hours?|kWh)\b/i, 'kWh', 'measure'],
  [/^\s?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b/i, '', 'measure'],
  // A frequency ("60 times a day"); "three times as many" and "times" alone are not counts.
  [/^\s?times(?=\s(?:a|an|per|each|every)\s(?:day|night|week|month|year|hour|minute|season)\b)/i, 'times', 'count'],
];

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', US$: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW' };
const CURRENCY_WORD: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', won: 'KRW', yuan: 'CNY',
};
const KO_CURRENCY: Record<string, string> = { 원: 'KRW', 달러: 'USD', 유로: 'EUR', 엔: 'JPY', 위안: 'CNY', 파운드: 'GBP' };

/** A Hangul syllable (a plain range: Unicode-property patterns cost more to compile on a page's first call). */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
/** Syllables that turn a unit into the start of another word (see koreanNumber). */
const KO_UNIT_STARTS_WORD: Record<string, string> = { 세: '대기', 번: '째지', 년: '대', 배: '체', 주: '년', 승: '객률리인부계', 패: '배널션키', 골: '프든목격', 분: '기의야석류할량쟁명리포산배위노당양열단' };

const KO_APPROX_AFTER = /^(?:여|餘|가량|남짓|안팎|정도|쯤|내외)/u;
const KO_QUALIFIER_AFTER = /^\s?(?:이상|이하|미만|초과|넘게|넘는|이내|가량|남짓|안팎|정도|쯤|내외|여)/u;
const KO_AGE_BRACKET_AFTER = /^\s?(?:남성|여성|남자|여자|남녀|청년|청소년|초반|중반|후반|이상|연령|운전자|직장인|회사원|주부|부부|엄마|아빠|아들|딸|남편|아내|피의자|용의자|[A-Z]\s?씨|[가-힣]\s?모?\s?씨)/u;
const KO_QUALIFIER_BEFORE = /(약|대략|최소|최대|무려|총|모두|전체|대략)\s?$/u;
const EN_QUALIFIER_BEFORE =
  /\b(about|around|nearly|almost|roughly|approximately|some|more than|over|at least|up to|fewer than|less than|under|as many as|as much as|an estimated|estimated)\s+$/i;
const EN_APPROX = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'an estimated', 'estimated']);

const EN_NOT_COUNTED = new Set([
  'a', 'an', 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'was', 'are',
  'were', 'be', 'has', 'have', 'had', 'pm', 'am', 'p', 'st', 'nd', 'rd', 'th', 'per', 'after', 'before', 'when', 'but',
  'than', 'out', 'year', 'old', 'goals', 'times', 'point', 'points', 'runs', 'ago', 'later', 'earlier', 'into',
]);

/** Function words and adverbs that say nothing about what a measure or an amount is of. */
const EN_FUNCTION_WORDS = new Set([...EN_NOT_COUNTED, 'away', 'under', 'where', 'when', 'compared', 'their', 'his', 'her', 'its',
  'our', 'my', 'your', 'this', 'that', 'these', 'those', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'which', 'who', 'up',
  'down', 'off', 'over', 'about', 'around', 'more', 'less', 'ahead', 'behind', 'back', 'so', 'too', 'very', 'just', 'only',
  'each', 'every', 'also', 'still', 'then', 'there', 'here', 'not', 'no', 'all', 'some', 'any', 'such',
  // dimensions and adverbs: "9km long", "2061m and 3454m respectively"
  'long', 'high', 'wide', 'deep', 'tall', 'thick', 'across', 'respectively', 'apart', 'away', 'overall', 'altogether']);

/**
 * The words of a "what" phrase that say what is counted ("of their lunchtime" → "lunchtime"); empty when the
 * phrase is only function words ("away from", "under the", "the").
 */
function contentWords(phrase: string): string {
  const words = phrase.split(' ');
  // Only a determiner may go ("their lunchtime" → "lunchtime"); "and spread" is the next clause, not a noun.
  if (words.length > 1 && /^(?:the|a|an|their|his|her|its|our|my|your|this|that|these|those)$/.test(words[0]!)) words.shift();
  while (words.length && EN_FUNCTION_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.length && !words.some((w) => EN_FUNCTION_WORDS.has(w)) ? words.join(' ') : '';
}

function parseNumber(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** Extract numbers; `taken` spans (dates, …) are skipped. */
export function extractNumbers(text: string, korean: boolean, taken: TextSpan[], german = false, may: MayMatch = ALL_PATTERNS): NumberFact[] {
  const facts: NumberFact[] = german ? germanNumbers(text, taken) : [];
  if (!korean) facts.push(...spelledNumbers(text, taken, german));
  // Vote tallies: "voted 15-12", "a 6-3 ruling" (value: votes in favour; the text keeps both sides).
  if (may('vote')) for (const m of text.matchAll(/(?<=\b(?:voted|vote of|margin of)\s)(\d{1,3})[-–](\d{1,3})\b|\b(\d{1,3})[-–](\d{1,3})(?=\s(?:vote|ruling|decision|majority)\b)/g)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    facts.push({ text: m[0], value: Number(m[1] ?? m[3]), kind: 'other', what: 'vote', evidence: [span] });
    taken.push(span);
  }
  const re = /(?<![\p{L}\d.,\-/:~∼])(?:(US\$|[$£€¥₩])\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d:/])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const numStart = m.index + (m[1] ? m[0].indexOf(m[2]!) : 0);
    if (taken.some((t) => t.start <= numStart && numStart < t.end)) continue;
    const koreanUnitNext = /^\s?[\p{Script=Hangul}㎞㎏㎡]/u.test(text.slice(m.index + m[0].length));
    const fact = m[1]
      ? englishMoney(text, m)
      : korean || koreanUnitNext
        ? (koreanNumber(text, m) ?? englishNumber(text, m, may.shortcuts))
        : (englishNumber(text, m, may.shortcuts) ?? koreanNumber(text, m));
    if (!fact) continue;
    const span = fact.evidence[0]!;
    // Reject numbers that run into an already used span (a date, a time).
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    taken.push(span);
    // The same number written the same way is one fact with several evidence spans.
    const same = facts.find((f) => f.text === fact.text && f.value === fact.value);
    if (same) {
      if (same.evidence.length < 8) same.evidence.push(span);
    } else {
      facts.push(fact);
    }
    re.lastIndex = Math.max(re.lastIndex, span.end);
  }
  return facts.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

function koreanNumber(text: string, m: RegExpExecArray): NumberFact | null {
  let value = parseNumber(m[2]! + (m[3] ? '.' + m[3] : ''));
  if (!Number.isFinite(value)) return null;
  const start = m.index;
  let pos = m.index + m[0].length;
  let approx = false;
  let qualifier: string | undefined;
  let multiplied = false;
  // Multipliers: 3조5000억, 2억, 150만, mixed forms with a plain remainder (3만2500, 1억2000만3000) and 천/백
  // inside a 만/억 group (4천800만 = 48,000,000). Big units must decrease, as must 천/백 within a group.
  if (/^\s?[천백만억조]/u.test(text.slice(pos))) {
    let cur: number | null = value;
    let group = 0;
    let total = 0;
    let lastBig = Infinity;
    let lastSmall = Infinity;
    for (let guard = 0; guard < 8; guard++) {
      const unit = /^\s?([천백만억조])/u.exec(text.slice(pos));
      if (unit) {
        const small = KO_SMALL_MULT[unit[1]!];
        const big = KO_BIG_MULT[unit[1]!];
        if (small !== undefined) {
          if (cur === null || small >= lastSmall) break;
          group += cur * small;
          lastSmall = small;
        } else if (big !== undefined) {
          if (big >= lastBig || (cur === null && group === 0)) break;
          total += (group + (cur ?? 0)) * big;
          group = 0;
          lastBig = big;
          lastSmall = Infinity;
        }
        pos += unit[0].length;
        multiplied = true;
        cur = null;
        continue;
      }
      if (cur !== null) break;
      // Digits glued to the previous unit continue the number ("9만7500"; not "3만 2025년").
      let digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(text.slice(pos));
      // …or, after a space, when a smaller unit follows them ("1억 6천km" is one number, not 1억 and 6천km).
      if (!digits) {
        const spacedDigits = /^ (\d{1,4})(?=[천백만억])/u.exec(text.slice(pos));
        if (spacedDigits) {
          pos += 1;
          digits = /^(\d{1,4})()/.exec(text.slice(pos));
        }
      }
      if (!digits) break;
      const next = parseNumber(digits[1]! + (digits[2] ? '.' + digits[2] : ''));
      const unitNext = /^\s?[천백만억조]/u.test(text.slice(pos + digits[0].length));
      // A plain remainder must be smaller than the last big unit.
      if (!Number.isFinite(next) || (!unitNext && next >= Math.min(lastBig, lastSmall))) break;
      cur = next;
      pos += digits[0].length;
    }
    value = total + group + (cur ?? 0);
  }
  // A range written with a tilde ("10~11시간") is one fact; its value is the lower bound.
  const range = multiplied || (text[pos] !== '~' && text[pos] !== '∼') ? null : /^[~∼]\d+(?:\.\d+)?/u.exec(text.slice(pos));
  if (range) pos += range[0].length;
  const approxMatch = KO_APPROX_AFTER.exec(text.slice(pos));
  if (approxMatch) {
    approx = true;
    qualifier = approxMatch[0];
    pos += approxMatch[0].length;
  }
  const after = text.slice(pos);
  let unit: string | undefined;
  let kind: NumberFact['kind'] = 'other';
  for (const [u, k] of KO_UNITS) {
    const spaced = after.startsWith(' ' + u) ? 1 : 0;
    if (after.startsWith(u, spaced)) {
      const next = after[spaced + u.length] ?? '';
      if (/[A-Za-z]/.test(u) && /[A-Za-z]/.test(next)) continue;
      // "20분" is minutes; "3 분이" may be people (honorific 분), so minutes are written without a space, and
      // "10시 30분" is a time of day.
      if (u === '분' && (spaced || /\d시\s?$/u.test(text.slice(Math.max(0, start - 4), start)))) continue;
      // The unit is the start of another word: 3세대 (a generation), 21세기 (a century), 18번째 (an ordinal),
      // 1980년대 (a decade), 2배체 (diploid), 5주년 (an anniversary): not a quantity of 세, 번, 년, 배 or 주.
      if (!spaced && KO_UNIT_STARTS_WORD[u]?.includes(next)) return null;
      // "30대 남성", "20대 초반": an age bracket, not thirty vehicles.
      if (u === '대' && value % 10 === 0 && value <= 90 && KO_AGE_BRACKET_AFTER.test(after.slice(spaced + 1))) return null;
      unit = u;
      kind = k;
      pos += spaced + u.length;
      // "1000원대": a price range around the amount, not the amount itself.
      if (k === 'money' && next === '대' && !HANGUL_SYLLABLE.test(after[spaced + u.length + 1] ?? '')) {
        pos += 1;
        approx = true;
        qualifier = '대';
      }
      break;
    }
  }
  if (!unit && !multiplied) return null;
  const q = KO_QUALIFIER_AFTER.exec(text.slice(pos));
  if (q) {
    qualifier = q[0].trim();
    if (/가량|남짓|안팎|정도|쯤|내외|여/u.test(qualifier)) approx = true;
    pos += q[0].length;
  }
  const before = KO_QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  let evidenceStart = start;
  if (before) {
    qualifier = qualifier ?? before[1];
    if (before[1] === '약' || before[1] === '대략') approx = true;
    evidenceStart = start - before[0].length;
  }
  const currency = unit ? KO_CURRENCY[unit] : undefined;
  if (currency) kind = 'money';
  const raw = text.slice(evidenceStart, pos);
  const fact: NumberFact = { text: raw, value, kind, evidence: [{ start: evidenceStart, end: pos }] };
  if (unit) fact.unit = unit;
  if (approx) fact.approx = true;
  if (qualifier) fact.qualifier = qualifier;
  const what = koreanWhat(text, evidenceStart, pos);
  if (what) fact.what = what;
  return fact;
}

const KO_VERB_FORM = /(?:[은는이가을를의에도와과로다요된한는해고게진던서며운될할아어른려린]|에서|으로|하게|되어|까지|부터|보다|처럼|만큼|려면|으면|하면|라면)$/u;

/** What is counted: the noun right after (`3대 연방기관`) or the word before (`산업기술인 150여 명이`). */
function koreanWhat(text: string, start: number, end: number): string | undefined {
  const after = /^ ([\p{Script=Hangul}A-Za-z]{2,12})(?![\p{Script=Hangul}A-Za-z])/u.exec(text.slice(end, end + 16));
  const directlyAttached = /^[\p{Script=Hangul}]/u.test(text.slice(end));
  if (after && !directlyAttached && !KO_NOT_WHAT.has(after[1]!) && !KO_VERB_FORM.test(after[1]!)) return after[1];
  // The word before must be a whole word (not the tail of "10년간").
  const before = /(?:^|\s)([\p{Script=Hangul}A-Za-z]{2,12}) $/u.exec(text.slice(Math.max(0, start - 14), start));
  if (before) {
    const word = before[1]!.replace(/의$/u, '');
    if (word.length >= 2 && !KO_NOT_WHAT.has(word) && !KO_VERB_FORM.test(word) && !/^(?:약|총)$/u.test(word)) return word;
  }
  return undefined;
}

function englishMoney(text: string, m: RegExpExecArray): NumberFact | null {
  let value = parseNumber(m[2]! + (m[3] ? '.' + m[3] : ''));
  let pos = m.index + m[0].length;
  const mult = /^\s?(thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b/i.exec(text.slice(pos));
  if (mult) {
    value *= EN_MULT[mult[1]!.toLowerCase()] ?? 1;
    pos += mult[0].length;
  }
  return withEnglishQualifier(text, m.index, pos, value, CURRENCY_SYMBOL[m[1]!] ?? m[1]!, 'money');
}

/** What may follow a number in English: a letter or % (after one optional space), or a dash (ordinals aside). */
const EN_AFTER_NUMBER = /^\s?[A-Za-z%]|^[-–]/;

// "one in five", "four out of five users", "one out of 40": the whole of a share, not a count of its own.
const ONE_IN_BEFORE = /\b(?:(?:one|One|1) in|out of) $/;

function englishNumber(text: string, m: RegExpExecArray, shortcuts = false): NumberFact | null {
  const rawNumber = m[2]! + (m[3] ? '.' + m[3] : '');
  let value = parseNumber(rawNumber);
  let pos = m.index + m[0].length;
  const start = m.index;
  // Every pattern below starts with an optional space and a letter or %, or with a dash; Korean text mostly has
  // a Hangul unit or a particle here, and then none of the twenty-odd unit patterns needs to be tried.
  if (shortcuts && !EN_AFTER_NUMBER.test(text.slice(pos, pos + 2))) return null;
  // "one in 10 people" is a share, not ten people; "the No 1 jersey" is a rank.
  if (ONE_IN_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || /\b(?:No\.?|no\.|[Nn]umber) $/.test(text.slice(Math.max(0, start - 8), start))) return null;
  // "a 12 year old", "an 83 year-old woman": an age, not a duration.
  if (/^\s?(?:year|month|week)s?[\s-]old\b/i.test(text.slice(pos, pos + 12))) return null;
  // Ordinals, ages and compound adjectives ("20th", "28-year-old", "6-3") are not quantities.
  if (/^(?:st|nd|rd|th)\b|^-(?:year|month|week|day|time|yard|man|point|hour|minute)/i.test(text.slice(pos))) return null;
  if (/^[-–]\d/.test(text.slice(pos))) return null;
  if (/^\s?(?:a\.?m\.?|p\.?m\.?|GMT|BST|ET|EST)\b/i.test(text.slice(pos))) return null;
  const mult = /^\s?(thousand|million|billion|trillion|bn|mn)\b/i.exec(text.slice(pos));
  if (mult) {
    value *= EN_MULT[mult[1]!.toLowerCase()] ?? 1;
    pos += mult[0].length;
  }
  const cur = /^\s?(dollars?|euros?|pounds|yen|won|yuan)\b/i.exec(text.slice(pos));
  if (cur) {
    return withEnglishQualifier(text, start, pos + cur[0].length, value, CURRENCY_WORD[cur[1]!.toLowerCase()]!, 'money');
  }
  for (const [unitRe, unit, kind] of EN_UNITS) {
    const u = unitRe.exec(text.slice(pos));
    if (u) {
      const unitText = unit === '*' ? smallUnit(u[0]) : unit || u[0].trim().toLowerCase();
      const fact = withEnglishQualifier(text, start, pos + u[0].length, value, unitText, kind);
      if (fact && kind !== 'percent') {
        // (not the first half of a hyphenated word: "a 20lb new-born")
        const what = /^\s(?:of\s)?([a-z]+(?:\s[a-z]+)?)(?![\w-])/.exec(text.slice(pos + u[0].length));
        const counted = what ? contentWords(what[1]!) : '';
        if (counted && kind === 'measure') fact.what = counted;
      }
      return fact;
    }
  }
  const isPlural = (w: string): boolean => /(?:s|people|men|women|children|staff|police|personnel|cattle|sheep|fish|deer|aircraft)$/.test(w) && !/(?:ss|ous|less)$/.test(w);
  // A part of a whole: "11 of 60 homes" counts 11 homes (the whole is part of the evidence, not a fact of its own).
  const part = mult ? null : /^ of (?:the )?(\d{1,3}(?:,\d{3})+|\d+) ((?:[a-z]+-)?[a-z]{2,})\b/.exec(text.slice(pos));
  if (part && isPlural(part[2]!) && !EN_NOT_COUNTED.has(part[2]!) && value <= parseNumber(part[1]!) && !/^(?:19|20)\d\d$/.test(part[1]!)) {
    const fact = withEnglishQualifier(text, start, pos + part[0].length, value, undefined, 'count');
    if (fact) fact.what = part[2]!;
    return fact;
  }
  // Counts: "300 fans", "10 men", "1.2 million people"
  const noun = /^\s((?:[a-z]+-)?[a-z]{2,})(?:\s((?:[a-z]+-)?[a-z]{3,}))?(?:\s([a-z]{3,}))?/.exec(text.slice(pos));
  if (!noun) return mult ? withEnglishQualifier(text, start, pos, value, undefined, 'other') : null;
  const word = noun[1]!;
  if (EN_NOT_COUNTED.has(word) || /^(?:19|20)\d\d$/.test(rawNumber)) return null;
  if (!isPlural(word) && value !== 1) {
    // "800 small carriers", "1,200 new hot-food outlets": one or two adjectives before the counted noun (the
    // evidence ends at the number).
    const second = noun[2];
    const adjective = (w: string): boolean => !EN_NOT_COUNTED.has(w) && !/(?:ly|ed|ing)$/.test(w);
    if (!second || !adjective(word)) return null;
    let what: string | null = null;
    if (isPlural(second) && !EN_NOT_COUNTED.has(second)) what = `${word} ${second}`;
    else if (noun[3] && second.includes('-') && adjective(second) && isPlural(noun[3]) && !EN_NOT_COUNTED.has(noun[3])) what = `${word} ${second} ${noun[3]}`;
    if (!what) return null;
    const fact = withEnglishQualifier(text, start, pos, value, undefined, 'count');
    if (fact) fact.what = what;
    return fact;
  }
  const fact = withEnglishQualifier(text, start, pos + 1 + word.length, value, undefined, 'count');
  if (fact) fact.what = word;
  return fact;
}

function withEnglishQualifier(
  text: string,
  start: number,
  end: number,
  value: number,
  unit: string | undefined,
  kind: Kind,
): NumberFact | null {
  if (!Number.isFinite(value)) return null;
  const q = EN_QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const evidenceStart = q ? start - q[0].length : start;
  const fact: NumberFact = { text: text.slice(evidenceStart, end), value, kind, evidence: [{ start: evidenceStart, end }] };
  if (unit) fact.unit = unit;
  if (q) {
    const word = q[1]!.toLowerCase();
    fact.qualifier = word;
    if (EN_APPROX.has(word)) fact.approx = true;
  }
  if (kind === 'money' && !fact.what) {
    const what = /^\s(?:for|on|in|of)\s((?:the\s)?[a-z]+(?:\s[a-z]+)?)(?![\w-])/.exec(text.slice(end));
    const counted = what ? contentWords(what[1]!) : '';
    if (counted) fact.what = counted;
  }
  return fact;
}

const DE_MULT: Record<string, number> = { tausend: 1e3, millionen: 1e6, million: 1e6, 'mio.': 1e6, milliarden: 1e9, milliarde: 1e9, 'mrd.': 1e9, billionen: 1e12 };
const DE_MONTH_WORDS = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Uhr|Jahre?n?|Prozent)$/;

/** German unit nouns read as measures ("8.000 Kilowattstunden" → kWh). */
const DE_MEASURE_NOUNS: Record<string, string> = {
  Kilowattstunden: 'kWh', Megawattstunden: 'MWh', Megawatt: 'MW', Kilometer: 'km', Meter: 'm', Tonnen: 't', Kilogramm: 'kg',
  Quadratmeter: 'm²', Hektar: 'ha', Liter: 'l', Grad: 'degrees',
};

/** German numbers: decimal comma and thousands dot ("1,27 Prozent", "4,2 Milliarden Euro", "150 Menschen"). */
function germanNumbers(text: string, taken: TextSpan[]): NumberFact[] {
  const facts: NumberFact[] = [];
  const re = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s?(Tausend|Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen))?(?:\s?(Prozent|%|Euro|€|US-Dollar|Dollar|Franken|Prozentpunkte)|\s([A-ZÄÖÜ][\p{Ll}]{2,}))?/gu;
  for (const m of text.matchAll(re)) {
    let value = Number(m[1]!.replace(/\./g, '') + (m[2] ? '.' + m[2] : ''));
    if (m[3]) value *= DE_MULT[m[3].toLowerCase()] ?? 1;
    const unitWord = m[4];
    const noun = m[5];
    if (!unitWord && !m[3] && (!noun || DE_MONTH_WORDS.test(noun))) continue;
    if (/^\./.test(text.slice(m.index + m[1]!.length)) && !m[2] && !unitWord && !m[3]) continue; // "7. Dezember"
    const end = m.index + m[0].length;
    const span = { start: m.index, end };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const kind: NumberFact['kind'] = unitWord
      ? /Prozent|%/.test(unitWord)
        ? 'percent'
        : 'money'
      : noun
        ? 'count'
        : 'other';
    const fact: NumberFact = { text: text.slice(span.start, span.end), value, kind, evidence: [span] };
    if (unitWord) fact.unit = unitWord === '€' || unitWord === 'Euro' ? 'EUR' : /Dollar/.test(unitWord) ? 'USD' : unitWord === 'Franken' ? 'CHF' : '%';
    const measure = noun && !unitWord ? DE_MEASURE_NOUNS[noun] : undefined;
    if (measure) {
      fact.kind = 'measure';
      fact.unit = measure;
    } else if (noun && !unitWord) fact.what = noun;
    const q = /(rund|etwa|circa|ca\.|knapp|mehr als|über|fast|mindestens|bis zu)\s+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (q) {
      fact.qualifier = q[1]!.toLowerCase();
      if (/rund|etwa|circa|ca\.|knapp|fast/i.test(q[1]!)) fact.approx = true;
    }
    facts.push(fact);
    taken.push(span);
  }
  return facts;
}

const EN_NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const DE_NUMBER_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
};
const EN_TIME_UNITS = /^(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)$/;
const DE_UNITS: Record<string, [string, NumberFact['kind']]> = {
  Prozent: ['%', 'percent'], Prozentpunkte: ['percentage points', 'percent'], Euro: ['EUR', 'money'], Jahre: ['years', 'measure'],
  Jahren: ['years', 'measure'], Monate: ['months', 'measure'], Monaten: ['months', 'measure'], Wochen: ['weeks', 'measure'],
  Tage: ['days', 'measure'], Tagen: ['days', 'measure'], Stunden: ['hours', 'measure'],
};

/**
 * Spelled-out numbers with what they count: "five years", "three Republicans", "zwölf Prozent". "one" is left
 * out (too often a pronoun), and a number word needs a unit or a plural noun right after it.
 */
/** The symbol of a unit matched by EN_UNITS' combined pattern of smaller units. */
function smallUnit(matched: string): string {
  const w = matched.trim().toLowerCase();
  if (/^(?:mm|millimet)/.test(w)) return 'mm';
  if (/^(?:yard|yd)/.test(w)) return 'yd';
  if (/^(?:ml|millilit)/.test(w)) return 'ml';
  if (/^lit/.test(w)) return 'l';
  if (/^(?:microgram|mcg|µg)/.test(w)) return 'µg';
  if (/^(?:mg|milligram)/.test(w)) return 'mg';
  return 'g';
}

/** The unit of a measure noun written after a spelled-out number ("metres" → m), if it is one. */
function measureUnit(noun: string): [string, Kind] | null {
  for (const [unitRe, unit, kind] of EN_UNITS) {
    const u = unitRe.exec(' ' + noun);
    if (u && u[0].length === noun.length + 1 && unit && kind === 'measure') return [unit === '*' ? smallUnit(u[0]) : unit, kind];
  }
  return null;
}

function spelledNumbers(text: string, taken: TextSpan[], german: boolean): NumberFact[] {
  const facts: NumberFact[] = [];
  const words = german ? DE_NUMBER_WORDS : EN_NUMBER_WORDS;
  const re = german
    ? /(?<![\p{L}\d-])(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)\s(Prozentpunkte|Prozent|Euro|Jahren?|Monaten?|Wochen|Tagen?|Stunden)(?![\p{L}])/giu
    : /(?<![\p{L}\d-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\s([A-Za-z]{3,})(?![\p{L}'’-])/giu;
  for (const m of text.matchAll(re)) {
    const value = words[m[1]!.toLowerCase()];
    const noun = m[2]!;
    if (value === undefined) continue;
    // "a three hour drive" is an adjective; "the Six Nations" mid-sentence is a name.
    if (!/s$/i.test(noun) && !german) continue;
    if (/^[A-Z]/.test(m[1]!) && !/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "two Champions League medals": a capitalised noun that starts a name is not what is counted.
    if (/^[A-Z]/.test(noun) && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // "one in five divorcees" is a share, not five divorcees; "half a dozen", "several hundred" are not 12 or 100.
    if (ONE_IN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/\b(?:half an?|several|a few|many) $/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    let unit: string | undefined;
    let kind: NumberFact['kind'] = 'count';
    if (german) {
      const u = DE_UNITS[noun];
      if (!u) continue;
      [unit, kind] = u;
    } else if (EN_TIME_UNITS.test(noun.toLowerCase())) {
      unit = /^centur/.test(noun.toLowerCase()) ? 'centuries' : noun.toLowerCase().replace(/s$/, '') + 's';
      kind = 'measure';
    } else if (/^(?:percent|per cent)$/i.test(noun)) {
      unit = '%';
      kind = 'percent';
    } else if (measureUnit(noun)) {
      // "nine metres" is a length, not a count of metres.
      [unit, kind] = measureUnit(noun)!;
    } else if (!/[a-z]s$/.test(noun) || /(?:ss|ous|less|ness|ics)$/.test(noun) || EN_NOT_COUNTED.has(noun.toLowerCase()) || /^(?:times|others|ones|sides|ways|things|of)$/i.test(noun)) {
      continue;
    }
    const fact: NumberFact = { text: text.slice(span.start, span.end), value, kind, evidence: [span] };
    if (unit) fact.unit = unit;
    else fact.what = noun;
    facts.push(fact);
    taken.push(span);
  }
  return facts;
}
