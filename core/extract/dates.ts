/**
 * Date lines as news pages print them, resolved to ISO 8601.
 *
 * Korean: "입력 2022-12-09 12:35", "기사입력 2022.12.09. 오후 12:35", "수정 2022.12.09 13:01",
 * "등록 2022년 12월 9일 12시 35분". English: "Published 9 December 2022", "Updated: Dec. 9, 2022
 * 12:35 p.m. ET", "December 9, 2022 at 9:05 AM EST". Labels tell publish from update.
 *
 * When the text has no zone, the caller's `defaultOffset` is used (Plainly passes +09:00 — KST — for
 * .kr hosts and Korean pages, since Korean sites print local time without a zone and the country has a
 * single zone with no DST). Without a default the result is a local time without offset.
 */

import { foldCase, hasWordAmong } from './text';

export type DateRole = 'published' | 'modified';

export interface ParsedDate {
  iso: string;
  role: DateRole | null;
  /** True when the text had a time of day (not just a date). */
  hasTime: boolean;
}

export interface DateParseOptions {
  /** Offset such as "+09:00" applied when the text gives none. */
  defaultOffset?: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // German, French, Spanish, Portuguese, Italian, Indonesian/Dutch (news sites print dates in words).
  januar: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  januari: 1, februari: 2, maret: 3, mei: 5, agustus: 8, desember: 12, augustus: 8, maart: 3,
};

/** Fixed zones; US zones with daylight time are resolved from the date (see usOffset). */
const ZONES: Record<string, string> = {
  utc: '+00:00', gmt: '+00:00', z: '+00:00', kst: '+09:00', jst: '+09:00', bst: '+01:00', cet: '+01:00',
  cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00', ist: '+05:30', sgt: '+08:00', hkt: '+08:00',
  aest: '+10:00', aedt: '+11:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00',
  mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const US_ZONES: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };

const PUBLISHED_LABEL = /(기사\s*입력|입력|등록|작성|게재|승인|발행|전송|\bpublished|\bposted|\bcreated|\bdate\b)/i;
const MODIFIED_LABEL = /(최종\s*수정|기사\s*수정|수정|업데이트|updated?|modified|last updated|revised)/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** US daylight time: from the second Sunday of March to the first Sunday of November. */
function usDaylight(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDow) % 7);
  return month === 3 ? day >= firstSunday + 7 : day < firstSunday;
}

function zoneOffset(zone: string | undefined, y: number, m: number, d: number): string | null {
  if (!zone) return null;
  const z = zone.toLowerCase().replace(/\./g, '');
  const numeric = /^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (numeric) return `${numeric[1]}${pad(Number(numeric[2]))}:${numeric[3] ?? '00'}`;
  if (z in ZONES) return ZONES[z]!;
  const us = US_ZONES[z];
  if (us !== undefined) {
    const h = us + (usDaylight(y, m, d) ? 1 : 0);
    return `-${pad(-h)}:00`;
  }
  return null;
}

function valid(y: number, m: number, d: number, h = 0, min = 0): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d;
}

function build(
  y: number, m: number, d: number, time: { h: number; min: number; s: number } | null, offset: string | null,
): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  return `${date}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${offset ?? ''}`;
}

// Time of day after the date: "12:35", "12:35:07", "오후 12:35", "12:35 p.m.", "12시 35분", "at 9:05 AM".
const TIME_RE =
  /^[\s,.(]*(?:[월화수목금토일]\)?\s*)?(?:at\s+|às\s+|um\s+|à\s+|a las\s+|alle\s+|pukul\s+|[|·•/-]\s*)?(오전|오후|AM|PM)?\s*(\d{1,2})(?::|시\s*)(\d{2})(?:(?::|분\s*)(\d{2}))?(?:분|초)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|오전|오후)?(?:\s*\(?\s*((?:UTC|GMT)?\s?[+-]\d{1,2}:?\d{2}|UTC|GMT|KST|JST|[ECMP][SD]?T|BST|CES?T|EES?T|MSK|IST|SGT|HKT|AEST|AEDT)\b\.?\)?)?/i;

// British papers print the time with a dot ("Wed 5 Mar 2025 14.32 GMT", "2.32pm BST"). A dot is
// also a decimal or a date separator, so it counts only with a zone or am/pm right after it.
const DOT_TIME_RE =
  /^[\s,.(]*(?:at\s+|[|·-]\s*)?(\d{1,2})\.(\d{2})\s*(?:(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|(UTC|GMT|BST|KST|JST|[ECMP][SD]T|[ECMP]T|CES?T|EES?T|IST|AEST|AEDT)\b)(?:\s*\(?\s*(UTC|GMT|BST|[ECMP][SD]?T|CES?T)\b\)?)?/i;

function parseTime(rest: string): { h: number; min: number; s: number; zone?: string } | null {
  const m = TIME_RE.exec(rest) ?? dotTime(rest);
  if (!m) return null;
  let h = Number(m[2]);
  const min = Number(m[3]);
  const s = m[4] ? Number(m[4]) : 0;
  const meridiem = (m[1] || m[5] || '').toLowerCase().replace(/[.\s]/g, '');
  if (meridiem === '오후' || meridiem === 'pm') {
    if (h < 12) h += 12;
  } else if ((meridiem === '오전' || meridiem === 'am') && h === 12) h = 0;
  if (h > 23 || min > 59 || s > 59) return null;
  return { h, min, s, zone: m[6]?.replace(/\s/g, '') };
}

/** A dot-separated time as a TIME_RE-shaped match (groups: 2 hour, 3 minute, 5 meridiem, 6 zone). */
function dotTime(rest: string): RegExpExecArray | null {
  if (!rest.includes('.')) return null;
  const d = DOT_TIME_RE.exec(rest);
  if (!d) return null;
  const m = [d[0], undefined, d[1], d[2], undefined, d[3], d[4] ?? d[5]] as unknown as RegExpExecArray;
  return m;
}

function roleOf(text: string, index: number, reach = 24): DateRole | null {
  // The label is the last label word before the date (before its time, when the time comes first).
  const before = text.slice(Math.max(0, index - reach), index);
  const mod = MODIFIED_LABEL.exec(before);
  const pub = PUBLISHED_LABEL.exec(before);
  if (mod && (!pub || before.lastIndexOf(mod[0]) >= before.lastIndexOf(pub[0]))) return 'modified';
  if (pub) return 'published';
  return null;
}

const NUMERIC_DATE = /(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})(?:\s*일)?\.?/g;
const EN_MONTH_FIRST =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/gi;
const EN_DAY_FIRST =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})/gi;
// Other languages, full month names: "4. März 2025", "22 de outubro de 2010", "5 juin 2019",
// "30 Maret 2015"; month first as some Indonesian/Spanish sites print it ("Maret 30, 2015").
const ENGLISH_MONTHS = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;
const OTHER_MONTHS = Object.keys(MONTHS).filter((k) => !ENGLISH_MONTHS.test(k));
const OTHER_NAMES = OTHER_MONTHS.sort((a, b) => b.length - a.length).join('|');
const OTHER_DAY_FIRST = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º)?\\s+(?:de\\s+)?(${OTHER_NAMES})(?![\\p{L}])\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})`, 'giu');
const OTHER_MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${OTHER_NAMES})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'giu');

const DAY_MONTH_YEAR = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d./]\d)/g;
const US_ZONE_AFTER = /^[\s,|·-]*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\(?(?:[ECMP][SD]?T)\b/i;

// A time right before the date, with only a zone, commas and a weekday between.
const TIME_BEFORE =
  /(?<![\d:.])(\d{1,2}):(\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*((?:UTC|GMT|KST|BST|CES?T|[ECMP][SD]?T))?\.?[,\s]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;

function timeBefore(before: string): { h: number; min: number; s: number; zone?: string } | null {
  if (!before.includes(':')) return null;
  const m = TIME_BEFORE.exec(before);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const meridiem = (m[3] ?? '').toLowerCase().replace(/[.\s]/g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  else if (meridiem === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { h, min, s: 0, zone: m[4] };
}

/** Every date found in `text`, in order, each with its label role. Never throws. */
export function parseDateLines(text: string, options: DateParseOptions = {}): ParsedDate[] {
  const out: { at: number; date: ParsedDate }[] = [];
  if (!text || text.length > 2000) return [];
  const push = (at: number, end: number, y: number, mo: number, d: number): void => {
    // The time usually follows the date; wire pages print it first ("Updated 3:42 PM EST, Tue March 4, 2025").
    const after = parseTime(text.slice(end, end + 40));
    const time = after ?? (at > 0 ? timeBefore(text.slice(Math.max(0, at - 40), at)) : null);
    if (!valid(y, mo, d, time?.h, time?.min)) return;
    const offset = time ? (zoneOffset(time.zone, y, mo, d) ?? options.defaultOffset ?? null) : null;
    out.push({ at, date: { iso: build(y, mo, d, time, offset), role: roleOf(text, at, time && !after ? 44 : 24), hasTime: !!time } });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) push(m.index, m.index + m[0].length, +m[1]!, +m[2]!, +m[3]!);
  // Day/month/year with the year last: "05.03.2025" (dots: day first, as in German), "27/09/2018" or
  // "03/27/2025" (slashes: whichever order the numbers allow; both ≤ 12 only with a US zone after).
  if (/\d[./]\d{1,2}[./]\d{4}/.test(text)) {
    for (const m of text.matchAll(DAY_MONTH_YEAR)) {
      const a = +m[1]!;
      const b = +m[3]!;
      const end = m.index + m[0].length;
      let monthFirst = false;
      if (m[2] === '/') {
        if (a > 12 && b <= 12) monthFirst = false;
        else if (b > 12 && a <= 12) monthFirst = true;
        else if (a <= 12 && b <= 12 && US_ZONE_AFTER.test(text.slice(end, end + 30))) monthFirst = true;
        else continue;
      }
      push(m.index, end, +m[4]!, monthFirst ? a : b, monthFirst ? b : a);
    }
  }
  for (const m of text.matchAll(EN_MONTH_FIRST)) {
    push(m.index, m.index + m[0].length, +m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!);
  }
  for (const m of text.matchAll(EN_DAY_FIRST)) {
    push(m.index, m.index + m[0].length, +m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!);
  }
  // Exact gate: both other-language patterns need a four-digit year and one of the month names
  // standing as a word; they are long /iu alternations that take milliseconds to compile on first
  // use, and most lines (and pages) never need them.
  if (/\d{4}/.test(text) && hasWordAmong(foldCase(text), OTHER_MONTHS)) {
    for (const m of text.matchAll(OTHER_DAY_FIRST)) {
      push(m.index, m.index + m[0].length, +m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!);
    }
    for (const m of text.matchAll(OTHER_MONTH_FIRST)) {
      push(m.index, m.index + m[0].length, +m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!);
    }
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.date);
}

/** The first date in a line (e.g. a byline), or null. */
export function parseDateLine(text: string, options: DateParseOptions = {}): ParsedDate | null {
  return parseDateLines(text, options)[0] ?? null;
}

/**
 * Normalises a machine date (JSON-LD, meta, `<time datetime>`) to ISO 8601. Keeps the page's offset;
 * adds `defaultOffset` to a zone-less date-time. Returns null for anything unparseable.
 */
export function normalizeIsoDate(value: string | null | undefined, options: DateParseOptions = {}): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!valid(+y!, +mo!, +d!, h ? +h : 0, mi ? +mi : 0)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    let offset: string | null = options.defaultOffset ?? null;
    if (zone) offset = zone.toUpperCase() === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset ?? ''}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(v);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    if (!valid(+y!, +mo!, +d!, h ? +h : 0, mi ? +mi : 0)) return null;
    return h ? `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${options.defaultOffset ?? ''}` : `${y}-${mo}-${d}`;
  }
  const line = parseDateLine(v, options);
  if (line) return line.iso;
  // RFC 2822-ish ("Fri, 09 Dec 2022 03:35:00 GMT"): let Date do it, output in UTC.
  if (/^[a-z]{3},?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}/i.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', '+00:00');
  }
  return null;
}
