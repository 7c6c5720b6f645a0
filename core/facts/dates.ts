/**
 * Dates and times, normalised to ISO 8601. Relative forms are resolved against the publish date:
 *  - Korean day-only dates (`7일`): same month as the publish date if the day is not after it, otherwise the
 *    previous month (news reports the past); `오는 15일` looks forward instead;
 *  - English weekdays (`on Tuesday`): the last such day on or before the publish date (`next Tuesday`, or a future
 *    tense before it in the sentence, forward);
 *  - months without a year: the nearest such month, forward after until/by/next or a future tense, back after
 *    since/last or a past tense; "October 14 last year", "지난해 3월 5일": the year the words name;
 *  - yesterday/today/tomorrow, 어제/오늘/내일, 지난해/올해/내년, last/this/next year, month and week.
 * Without a publish date only absolute dates (with a year) are reported. Times are kept as local wall-clock
 * time without an offset; "(이하 현지시간)" / "local time" set the `localTime` flag (the UI words it).
 */
import type { DateFact, TextSpan } from '../types';
import { ALL_PATTERNS, lazy, type Gate, type MayMatch } from './gates';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
const EN_MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const KO_TIME = '(?:\\s*(오전|오후|새벽|아침|밤|낮|저녁)?\\s*(\\d{1,2})시(?:\\s*(\\d{1,2})분|\\s*(반))?)?';
const KO_LOCAL_NOTE = '(?:\\s*\\((?:이하\\s*)?현지\\s*시간(?:\\s*기준)?\\))?';

/** Parse the publish date's calendar day as written (no time-zone conversion). */
export function parsePublished(published: string | null | undefined): Ymd | null {
  if (typeof published !== 'string' || !published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const ymd = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return valid(ymd) ? ymd : null;
}

function valid({ y, m, d }: Ymd): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDays({ y, m, d }: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday({ y, m, d }: Ymd): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = ({ y, m, d }: Ymd): string => `${y}-${pad(m)}-${pad(d)}`;

/** ISO 8601 week (`2025-W03`) of a calendar day. */
function isoWeek(day: Ymd): string {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Month/day without a year: the year that puts the date nearest before (or after, if `forward`) publish. */
function withYear(m: number, d: number, pub: Ymd, direction: 'past' | 'future' | 'nearest'): Ymd {
  const same = { y: pub.y, m, d };
  const cmp = m * 100 + d - (pub.m * 100 + pub.d);
  if (direction === 'past' && cmp > 0) return { y: pub.y - 1, m, d };
  if (direction === 'future' && cmp < 0) return { y: pub.y + 1, m, d };
  if (direction === 'nearest' && cmp > 600) return { y: pub.y - 1, m, d };
  if (direction === 'nearest' && cmp < -600) return { y: pub.y + 1, m, d };
  return same;
}

/** Day-of-month only: this month if it fits the direction, else the previous/next month. */
function dayOnly(d: number, pub: Ymd, direction: 'past' | 'future'): Ymd | null {
  let y = pub.y;
  let m = pub.m;
  if (direction === 'past' && d > pub.d) {
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  } else if (direction === 'future' && d < pub.d) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  const r = { y, m, d };
  return valid(r) ? r : null;
}

function koTime(ampm: string | undefined, hour: string | undefined, minute: string | undefined, half: string | undefined): string {
  if (!hour) return '';
  let h = +hour;
  if (h > 24) return '';
  if ((ampm === '오후' || ampm === '저녁' || ampm === '밤') && h < 12) h += 12;
  if ((ampm === '새벽' || ampm === '오전' || ampm === '아침') && h === 12) h = 0;
  const min = minute ? +minute : half ? 30 : 0;
  if (min > 59) return '';
  return `T${pad(h % 24)}:${pad(min)}`;
}

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, pub: Ymd | null) => { iso: string } | null;
  /** Every match implies this gate (gates.ts); rules without one (digits only) always run. */
  gate?: Gate;
}

// Rule lists are built on first use (not on every page load) and once.
const KO_RULES = lazy((): Rule[] => [
  {
    gate: 'hangul',
    // 올해 1분기 / 지난해 하반기 / 2024년 4분기: the months of that quarter or half (an ISO 8601 interval).
    re: /(?:(지난해|작년|올해|내년)|(?<!\d)(20\d{2})년)\s?(?:([1-4])분기|(상|하)반기)(?=[\s,.·)은는이가을를의에도부터까지말초중께]|$)/gu,
    resolve: (m, pub) => {
      const y = m[2] ? +m[2] : pub ? pub.y + ({ 지난해: -1, 작년: -1, 올해: 0, 내년: 1 }[m[1] ?? ''] ?? 0) : null;
      if (y === null) return null;
      const [from, to] = m[3] ? [+m[3] * 3 - 2, +m[3] * 3] : m[4] === '상' ? [1, 6] : [7, 12];
      return { iso: `${y}-${pad(from)}/${y}-${pad(to)}` };
    },
  },
  {
    gate: 'hangul',
    // 지난달 28일 / 다음달 3일
    re: new RegExp(`(지난달|이달|다음달|다음 달|지난 달)\\s*(\\d{1,2})일${KO_LOCAL_NOTE}${KO_TIME}`, 'gu'),
    resolve: (m, pub) => {
      if (!pub) return null;
      const shift = /지난/u.test(m[1]!) ? -1 : /다음/u.test(m[1]!) ? 1 : 0;
      let y = pub.y;
      let mo = pub.m + shift;
      if (mo === 0) {
        mo = 12;
        y -= 1;
      } else if (mo === 13) {
        mo = 1;
        y += 1;
      }
      const r = { y, m: mo, d: +m[2]! };
      return valid(r) ? { iso: iso(r) + koTime(m[3], m[4], m[5], m[6]) } : null;
    },
  },
  {
    gate: 'hangul',
    // 2022년 12월 7일 (오후 3시)
    re: new RegExp(`(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일${KO_LOCAL_NOTE}${KO_TIME}`, 'gu'),
    resolve: (m) => {
      const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
      return valid(r) ? { iso: iso(r) + koTime(m[4], m[5], m[6], m[7]) } : null;
    },
  },
  {
    // 2022. 12. 7 / 2022-12-07 / 2022/12/07 (optionally with hh:mm)
    re: /(?<![\d.])(\d{4})(?:\.\s?|-|\/)(\d{1,2})(?:\.\s?|-|\/)(\d{1,2})(?!\d)\.?(?:\s+(\d{1,2}):(\d{2}))?/gu,
    resolve: (m) => {
      const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
      if (!valid(r)) return null;
      const time = m[4] && +m[4] < 24 && +m[5]! < 60 ? `T${pad(+m[4])}:${m[5]}` : '';
      return { iso: iso(r) + time };
    },
  },
  {
    gate: 'hangul',
    // 2022년 12월
    re: /(\d{4})년\s*(\d{1,2})월(?!\s*\d{1,2}일)/gu,
    resolve: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? { iso: `${m[1]}-${pad(+m[2]!)}` } : null),
  },
  {
    gate: 'hangul',
    // (지난/오는) 12월 7일
    re: new RegExp(`(?:(지난|오는)\\s*)?(?<!\\d)(\\d{1,2})월\\s*(\\d{1,2})일${KO_LOCAL_NOTE}${KO_TIME}`, 'gu'),
    resolve: (m, pub) => {
      if (!pub) return null;
      const dir = m[1] === '오는' ? 'future' : m[1] === '지난' ? 'past' : 'nearest';
      // "지난해 3월 5일", "내년 1월": the year word before it fixes the year.
      const yearWord = /(지난해|작년|올해|내년)\s*$/u.exec(m.input!.slice(Math.max(0, m.index - 5), m.index))?.[1];
      const fixed = yearWord ? { 지난해: pub.y - 1, 작년: pub.y - 1, 올해: pub.y, 내년: pub.y + 1 }[yearWord] : undefined;
      const r = fixed !== undefined ? { y: fixed, m: +m[2]!, d: +m[3]! } : withYear(+m[2]!, +m[3]!, pub, dir);
      return valid(r) ? { iso: iso(r) + koTime(m[4], m[5], m[6], m[7]) } : null;
    },
  },
  {
    gate: 'hangul',
    // (지난/오는) 7일(이하 현지시간) (오후 3시) — not a duration (7일간, 7일 동안, 7일째)
    re: new RegExp(
      `(?:(지난|오는)\\s*)?(?<![\\d.,월])(\\d{1,2})일(?![간째치분의]|\\s*(?:동안|이상|이내|만에|가량|정도|여|연속|간))${KO_LOCAL_NOTE}${KO_TIME}`,
      'gu',
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const r = dayOnly(+m[2]!, pub, m[1] === '오는' ? 'future' : 'past');
      return r ? { iso: iso(r) + koTime(m[3], m[4], m[5], m[6]) } : null;
    },
  },
  {
    gate: 'hangul',
    // (오는/지난) 7월 — a month without a day: the nearest such month, or forward/back as the word says.
    re: /(?:(지난해|작년|올해|내년|지난|오는)\s*)?(?<![\d.∼~\-년])(\d{1,2})월(?!\s*\d{1,2}일)(?=[\s,.은는이가을를의에도부터까지말초중께]|$)/gu,
    resolve: (m, pub) => {
      if (!pub) return null;
      const month = +m[2]!;
      if (month < 1 || month > 12) return null;
      const diff = month - pub.m;
      const fixedYear = { 지난해: pub.y - 1, 작년: pub.y - 1, 올해: pub.y, 내년: pub.y + 1 }[m[1] ?? ''];
      const y = fixedYear ??
        (m[1] === '오는' ? (diff < 0 ? pub.y + 1 : pub.y) : m[1] === '지난' ? (diff > 0 ? pub.y - 1 : pub.y) : diff > 6 ? pub.y - 1 : diff < -6 ? pub.y + 1 : pub.y);
      return { iso: `${y}-${pad(month)}` };
    },
  },
  {
    gate: 'hangul',
    // 2022년 (a year on its own)
    re: /(?<!\d)(1\d{3}|20\d{2})년(?![대생도간])/gu,
    resolve: (m) => ({ iso: m[1]! }),
  },
  {
    gate: 'hangul',
    // 지난주 / 이번 주 / 다음 주: the ISO week (news rarely says which day).
    re: /(?<![\p{L}])(지난\s?주|이번\s?주|다음\s?주)(?=[\s,.은는이가을를의에도부터까지만]|$)/gu,
    resolve: (m, pub) => {
      if (!pub) return null;
      const shift = /지난/u.test(m[1]!) ? -7 : /다음/u.test(m[1]!) ? 7 : 0;
      return { iso: isoWeek(addDays(pub, shift)) };
    },
  },
  {
    gate: 'hangul',
    // 다음 달 / 지난 달 written with a space (the day-less month)
    re: /(?<![\p{L}])(지난|다음)\s달(?=[\s,.은는이가을를의에도부터까지말초]|$)/gu,
    resolve: (m, pub) => {
      if (!pub) return null;
      return { iso: m[1] === '지난' ? (pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}`) : pub.m === 12 ? `${pub.y + 1}-01` : `${pub.y}-${pad(pub.m + 1)}` };
    },
  },
  {
    gate: 'hangul',
    // A day word may carry the time of day ("오늘 오후 1시쯤": the fire broke out at 13:00 that day).
    re: /(어제|그제|그저께|오늘|내일|지난해|작년|올해|내년|지난달|이달|다음달)(?:\s?(오전|오후|새벽|아침|밤|낮|저녁)\s?(\d{1,2})시(?:\s?(\d{1,2})분|\s?(반))?(?=[\s,.은는이가을를의에도부터까지쯤께경]|$))?(?=[\s,.은는이가을를의에도부터까지쯤께경]|$)/gu,
    resolve: (m, pub) => {
      if (!pub) return null;
      const time = koTime(m[2], m[3], m[4], m[5]);
      if (m[3] && !/^(?:어제|그제|그저께|오늘|내일)$/u.test(m[1]!)) return null;
      switch (m[1]) {
        case '어제':
          return { iso: iso(addDays(pub, -1)) + time };
        case '그제':
        case '그저께':
          return { iso: iso(addDays(pub, -2)) + time };
        case '오늘':
          return { iso: iso(pub) + time };
        case '내일':
          return { iso: iso(addDays(pub, 1)) + time };
        case '지난해':
        case '작년':
          return { iso: String(pub.y - 1) };
        case '올해':
          return { iso: String(pub.y) };
        case '내년':
          return { iso: String(pub.y + 1) };
        case '지난달':
          return { iso: pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}` };
        case '이달':
          return { iso: `${pub.y}-${pad(pub.m)}` };
        case '다음달':
          return { iso: pub.m === 12 ? `${pub.y + 1}-01` : `${pub.y}-${pad(pub.m + 1)}` };
        default:
          return null;
      }
    },
  },
]);

const monthIndex = (name: string): number => {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return EN_MONTHS.findIndex((m) => m.startsWith(key)) + 1;
};

const DE_MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const DE_MONTH_RE = '(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const DE_WEEKDAYS = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const deMonth = (name: string): number => (name.toLowerCase() === 'jänner' ? 1 : DE_MONTHS.indexOf(name.toLowerCase()) + 1);

/** German news dates ("7. Dezember 2022", "am Dienstag"), for pages in German. */
const DE_RULES = lazy((): Rule[] => [
  {
    gate: 'monthDe',
    re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.\\s*${DE_MONTH_RE}(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'gu'),
    resolve: (m, pub) => {
      const month = deMonth(m[2]!);
      const day = +m[1]!;
      if (m[3]) {
        const r = { y: +m[3], m: month, d: day };
        return valid(r) ? { iso: iso(r) } : null;
      }
      if (!pub) return null;
      const r = withYear(month, day, pub, 'nearest');
      return valid(r) ? { iso: iso(r) } : null;
    },
  },
  {
    gate: 'yearAfterWord',
    // Bis 2038 / seit 2019 / im Jahr 2030 (a year after a preposition)
    re: /(?<![\p{L}])(?:[Bb]is|[Ss]eit|[Aa]b|[Ii]m\s+Jahre?|[Vv]on)\s+((?:18|19|20)\d{2})(?![\d.,]|\s*(?:Euro|Prozent|Menschen|Haushalte|Kilo))/gu,
    resolve: (m) => ({ iso: m[1]! }),
  },
  {
    gate: 'weekdayDe',
    re: /(?<![\p{L}])(?:(am|vergangenen|letzten|nächsten|kommenden)\s+)(Sonntag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag)(?![\p{L}])/gu,
    resolve: (m, pub) => {
      if (!pub) return null;
      const target = DE_WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = weekday(pub);
      if (m[1] === 'nächsten' || m[1] === 'kommenden') return { iso: iso(addDays(pub, ((target - today + 7) % 7) || 7)) };
      return { iso: iso(addDays(pub, -((today - target + 7) % 7))) };
    },
  },
]);

/** A future tense before a date in its sentence ("will … in May", "is set to … on Friday"). */
const EN_FUTURE_BEFORE = /\b(?:will|shall|is due|are due|is expected to|are expected to|plans? to|is set to|are set to|is scheduled|are scheduled)\b|['’]ll\b/;
/** A past tense before a date in its sentence (was/were/had/did or a verb in -ed that is not a common non-verb). */
// Reporting verbs are left out: "He added: 'The projects start in January'" speaks of the future.
const EN_PAST_BEFORE = /\b(?:was|were|had|did)\b|\b(?!(?:need|speed|feed|seed|indeed|proceed|exceed|succeed|hundred|united|based|scheduled|planned|expected|slated|red|bed|shed|bred|said|added|told|asked|explained|insisted|noted|argued|claimed|warned|stated|replied)\b)[a-z]{2,}ed\b/;

const EN_WAS_BEFORE = /\b(?:was|were)\b/;
const GLOBAL = new Map<RegExp, RegExp>();

/** The tense nearest before a date: a future form, a past one (`past`, or a reporting verb right before), or none. */
function tenseBefore(before: string, past: RegExp): 'future' | 'past' | null {
  // (the last match: a sticky scan from each match on; the patterns are compiled once, global)
  const last = (re: RegExp): number => {
    let global = GLOBAL.get(re);
    if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'g')));
    global.lastIndex = 0;
    let at = -1;
    for (let m = global.exec(before); m; m = global.exec(before)) at = m.index;
    return at;
  };
  const future = last(EN_FUTURE_BEFORE);
  const back = EN_REPORTED_JUST_BEFORE.test(before) ? before.length : last(past);
  if (future < 0 && back < 0) return null;
  return future > back ? 'future' : 'past';
}

/** "claimed in December", "told the Enquirer in December": a reporting verb whose own time the date gives. */
const EN_REPORTED_JUST_BEFORE = /\b(?:said|added|told|asked|explained|insisted|noted|argued|claimed|warned|stated|replied)(?:\s+[\w'’]+){0,2}(?:\s+(?:in|on))?\s*$/;

/** "Feb 24, '90": a two-digit year after the date (the century that does not put it after the publish year). */
function shortYearAfter(m: RegExpExecArray, pub: Ymd): number | null {
  const after = /^,?\s*['’](\d{2})(?![\d\w])/.exec(m.input!.slice(m.index + m[0].length, m.index + m[0].length + 6));
  if (!after) return null;
  const y = 2000 + +after[1]!;
  return y > pub.y ? y - 100 : y;
}

/** The text of the match's sentence (or of the quotation it is in) before the match. */
function sentenceBefore(m: RegExpExecArray): string {
  const text = m.input!;
  const start = Math.max(0, text.lastIndexOf('.', m.index) + 1, text.lastIndexOf('\n', m.index) + 1);
  const before = text.slice(start, m.index);
  const quoteAt = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('‘'), before.lastIndexOf(':'));
  return quoteAt >= 0 ? before.slice(quoteAt + 1) : before;
}

/** "December last year", "May 3 of next year": the year named right after a month (or null). */
function namedYearAfter(m: RegExpExecArray, pub: Ymd): number | null {
  const after = /^\s*,?\s*(?:of\s+)?(last|this|next)\s+year\b/i.exec(m.input!.slice(m.index + m[0].length, m.index + m[0].length + 20));
  if (!after) return null;
  const word = after[1]!.toLowerCase();
  return word === 'last' ? pub.y - 1 : word === 'next' ? pub.y + 1 : pub.y;
}

const EN_RULES = lazy((): Rule[] => [
  {
    gate: 'monthEn',
    // March 13, 2014 / Thursday, March 13, 2014
    re: new RegExp(`\\b(${EN_MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const r = { y: +m[3]!, m: monthIndex(m[1]!), d: +m[2]! };
      return valid(r) ? { iso: iso(r) } : null;
    },
  },
  {
    gate: 'monthEn',
    // 13 March 2014 / 13th of March, 2014
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH_RE})\\s*,?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => {
      const r = { y: +m[3]!, m: monthIndex(m[2]!), d: +m[1]! };
      return valid(r) ? { iso: iso(r) } : null;
    },
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
      return valid(r) ? { iso: iso(r) } : null;
    },
  },
  {
    gate: 'monthEn',
    // April 11 / 16th April (year from the publish date)
    re: new RegExp(
      `\\b(?:(${EN_MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]*\\d{3})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH_RE}))\\b`,
      'g',
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const month = monthIndex((m[1] ?? m[4])!);
      const day = +(m[2] ?? m[3])!;
      // "October 14 last year", "Feb 24, '90": the year the words after it name; otherwise the tense decides.
      const named = namedYearAfter(m, pub) ?? shortYearAfter(m, pub);
      // (only was/were and a reporting verb count as past here: "has not decided whether he rides on April 11")
      const direction = tenseBefore(sentenceBefore(m).slice(-100), EN_WAS_BEFORE) ?? 'nearest';
      const r = named !== null ? { y: named, m: month, d: day } : withYear(month, day, pub, direction);
      return valid(r) ? { iso: iso(r) } : null;
    },
  },
  {
    gate: 'monthEn',
    // August 2013 / in February 2015
    // (also "August, 1999")
    re: new RegExp(`\\b(${EN_MONTH_RE}),?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => ({ iso: `${m[2]}-${pad(monthIndex(m[1]!))}` }),
  },
  {
    gate: 'monthEn',
    // in February (month only, resolved to the nearest such month)
    // "May" only after words that cannot take a person (Theresa May) or the verb: "in May", "until May".
    re: /\b(?:(in|since|until|by|last|early|late|mid-|before|after|through|till|next|this|from|during)\s*(January|February|March|April|June|July|August|September|October|November|December)|(in|since|until|till|last|next|early|late|mid-|through|during)\s*(May)(?!['’]s?\b|\s+[A-Z]))\b/g,
    resolve: (m, pub) => {
      if (!pub) return null;
      const word = (m[1] ?? m[3])!;
      const month = monthIndex((m[2] ?? m[4])!);
      const diff = month - pub.m;
      // Words and tenses that look forward ("until December", "will … in May") take the next such month,
      // "since"/"last" the previous one; otherwise the nearest (news speaks of the recent past and near future).
      // (within its clause: captions run into the text leave long sentences without a full stop)
      const before = sentenceBefore(m).slice(-100);
      // "pulled off a win … in June": a verb in the past tense before it looks back; the nearer tense wins.
      const tense = word === 'in' ? tenseBefore(before, EN_PAST_BEFORE) : null;
      const forward = /^(?:until|till|by|next)$/.test(word) || tense === 'future';
      const back = word === 'since' || tense === 'past';
      const named = namedYearAfter(m, pub);
      const y = named ?? (forward ? (diff < 0 ? pub.y + 1 : pub.y) : back ? (diff > 0 ? pub.y - 1 : pub.y) : word === 'last' ? (diff >= 0 ? pub.y - 1 : pub.y) : diff > 6 ? pub.y - 1 : diff < -6 ? pub.y + 1 : pub.y);
      return { iso: `${y}-${pad(month)}` };
    },
  },
  {
    gate: 'weekdayEn',
    // (last/next/on) Tuesday
    re: /\b(?:(last|next|this|on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, pub) => {
      if (!pub) return null;
      // "on a Monday morning", "every Friday": no one day; "the Sunday Times", "Monday Night Football": a name.
      if (!m[1] && /\b(?:a|every|each|any)\s$/i.test(m.input!.slice(Math.max(0, m.index - 6), m.index))) return null;
      if (/^\s(?:Times|Telegraph|Mirror|Express|Post|Herald|People|Mail|Night Football)\b/.test(m.input!.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const target = EN_WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = weekday(pub);
      if (m[1] === 'next') return { iso: iso(addDays(pub, ((target - today + 7) % 7) || 7)) };
      // "will miss the game on Saturday": a future tense before the day looks forward (the coming such day).
      if (m[1] !== 'last' && tenseBefore(sentenceBefore(m).slice(-80), EN_WAS_BEFORE) === 'future') return { iso: iso(addDays(pub, (target - today + 7) % 7)) };
      return { iso: iso(addDays(pub, -((today - target + 7) % 7))) };
    },
  },
  {
    gate: 'relativeEn',
    re: /\b(yesterday|today|tomorrow|last year|this year|next year|last month|this month|next month|last week|this week|next week)\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const word = m[1]!.toLowerCase().replace(/\s+/, ' ');
      const shift = word.startsWith('last') ? -1 : word.startsWith('next') ? 1 : 0;
      if (word.endsWith('month')) {
        const month = pub.m + shift;
        const y = month < 1 ? pub.y - 1 : month > 12 ? pub.y + 1 : pub.y;
        return { iso: `${y}-${pad(((month + 11) % 12) + 1)}` };
      }
      // A week is given as its ISO week, as 지난주/다음 주 are (news rarely says which day).
      if (word.endsWith('week')) return { iso: isoWeek(addDays(pub, 7 * shift)) };
      if (word === 'yesterday') return { iso: iso(addDays(pub, -1)) };
      if (word === 'today') return { iso: iso(pub) };
      if (word === 'tomorrow') return { iso: iso(addDays(pub, 1)) };
      if (word === 'last year') return { iso: String(pub.y - 1) };
      if (word === 'this year') return { iso: String(pub.y) };
      return { iso: String(pub.y + 1) };
    },
  },
  {
    gate: 'yearAfterWord',
    // in 1997 / since 2010 (a year after a preposition)
    re: /\b(?:in|since|until|by|from|of|during)\s+((?:18|19|20)\d{2})\b(?![-–]\d)/g,
    resolve: (m) => ({ iso: m[1]! }),
  },
]);

/** Extract dates; `taken` spans (already used by other facts) are skipped, and the spans used are added. */
export function extractDates(
  text: string,
  published: string | null | undefined,
  korean: boolean,
  taken: TextSpan[],
  may: MayMatch = ALL_PATTERNS,
): DateFact[] {
  const pub = parsePublished(published);
  const facts: DateFact[] = [];
  // Both rule sets run: Korean articles cite English dates and vice versa; Korean rules first when Korean.
  const rules = korean ? [...KO_RULES(), ...EN_RULES(), ...DE_RULES()] : [...DE_RULES(), ...EN_RULES(), ...KO_RULES()];
  for (const rule of rules) {
    // A rule that cannot match adds no date and takes no span, so skipping it changes nothing.
    if (rule.gate && !may(rule.gate)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      let start = m.index;
      const end = start + m[0].length;
      // Do not start the evidence on the "on"/"in" preposition; keep 지난/오는 and last/next.
      const lead = /^(?:on|in|since|until|by|from|of|during|before|after|through|till|bis|seit|ab|im\s+Jahre?|von)\s+/i.exec(m[0]);
      if (lead) start += lead[0].length;
      const raw = text.slice(start, end).replace(/\s+$/u, '');
      const span = { start, end: start + raw.length };
      if (!raw || taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      const resolved = rule.resolve(m, pub);
      if (!resolved) continue;
      const fact: DateFact = { text: raw, iso: resolved.iso, evidence: [span] };
      // A flag, not words: the popup says "local time" / "현지 시간" in the reader's language.
      if (/현지\s*시간|local time/i.test(raw) || /^\s*\((?:local time|현지시간)/i.test(text.slice(span.end, span.end + 14))) {
        fact.localTime = true;
      }
      taken.push(span);
      // The same date written the same way is one fact with several evidence spans.
      const same = facts.find((f) => f.text === fact.text && f.iso === fact.iso);
      if (same) {
        if (same.evidence.length < 8) same.evidence.push(span);
      } else {
        facts.push(fact);
      }
    }
  }
  if (pub && may('hangul')) addNewsDayWords(text, pub, facts, taken);
  for (const f of facts) f.evidence.sort((a, b) => a.start - b.start);
  return facts.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** 이날 ("that day") and 전날 ("the day before") in Korean news count from the news day. */
const KO_NEWS_DAY_WORD = /(?<![\p{L}])(이날|전날)(?=[\s,.은는이가을를의에도부터까지만보]|$)/gu;

/**
 * The news day is the nearest day the text named before the word, if it lies within a week of the publish date
 * (an older one is background: "지난 2020년 3월 5일 … 이날"), else the publish date.
 */
function addNewsDayWords(text: string, pub: Ymd, facts: DateFact[], taken: TextSpan[]): void {
  if (!text.includes('날')) return;
  const near = (iso: string): boolean => {
    const day = parsePublished(iso);
    return !!day && Math.abs(Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(pub.y, pub.m - 1, pub.d)) <= 7 * 864e5;
  };
  const days = facts
    .filter((f) => /^\d{4}-\d{2}-\d{2}/.test(f.iso) && near(f.iso))
    .flatMap((f) => f.evidence.map((e) => ({ at: e.start, day: parsePublished(f.iso)! })))
    .sort((a, b) => a.at - b.at);
  for (const m of text.matchAll(KO_NEWS_DAY_WORD)) {
    const span = { start: m.index, end: m.index + m[1]!.length };
    if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
    const anchor = days.filter((d) => d.at < span.start).pop()?.day ?? pub;
    const fact: DateFact = { text: m[1]!, iso: iso(m[1] === '전날' ? addDays(anchor, -1) : anchor), evidence: [span] };
    taken.push(span);
    const same = facts.find((f) => f.text === fact.text && f.iso === fact.iso);
    if (same) {
      if (same.evidence.length < 8) same.evidence.push(span);
    } else facts.push(fact);
  }
}
