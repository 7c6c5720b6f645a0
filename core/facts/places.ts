/**
 * Places from the gazetteer (gazetteer.ts). Korean names must stand as a word, optionally followed by a
 * particle (`미국과`, `워싱턴DC에서`), so `워싱턴대` (a university) or `한국산업기술진흥원` (an organisation)
 * do not count; English names need word boundaries and a capital letter. Beyond the gazetteer, structural
 * signals only: stations (`신림역`, with a stop list of 지역/무역…), 동 after a district, the other end of a
 * route from a known place (`망원동~신촌`), `<Town>, <State>` and datelines with a state, and rivers.
 */
import type { PlaceFact, TextSpan } from '../types';
import { EN_PLACES, KO_PLACES } from './gazetteer';
import { ALL_PATTERNS, entriesMatching, lazy, type MayMatch } from './gates';
import {
  isParticle,
  KO_NOT_DISTRICT,
  KO_NOT_DONG,
  KO_NOT_STATIONS,
  KO_NOT_TOWNSHIPS,
  koreanDerived,
} from './lexicon';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The gazetteers as patterns: the specification of what a gazetteer match is. Compiling alternations of hundreds
 * of names costs more than the rest of the place rules together on a fresh page, so extraction uses the
 * equivalent matcher below (`gazetteerMatches`); the patterns run when shortcuts are off, and the shortcuts test
 * compares the two on every dev article.
 */
// (not eager: only the shortcut-free path used by tests compiles it)
const KO_RE = koreanDerived(
  () => new RegExp(`(?<![\\p{L}\\p{N}])(${[...KO_PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gu'),
  false,
);
const EN_RE = lazy(
  () =>
    new RegExp(
      `(?<![\\p{L}\\p{N}.])(${[...EN_PLACES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]|\\.[A-Za-z])`,
      'gu',
    ),
);

/** Names by their first UTF-16 unit, longest first (ties in list order), as the patterns try them. */
function byFirstUnit(names: readonly string[]): Map<number, string[]> {
  // Bucket first, then sort each (short) bucket: one sort of the whole list costs more on a fresh page.
  const map = new Map<number, string[]>();
  for (const name of names) {
    const list = map.get(name.charCodeAt(0));
    if (list) list.push(name);
    else map.set(name.charCodeAt(0), [name]);
  }
  for (const list of map.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  return map;
}
const KO_BY_FIRST = koreanDerived(() => byFirstUnit(KO_PLACES));
const EN_BY_FIRST = lazy(() => byFirstUnit(EN_PLACES));
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;
/** Runs of letters and digits: a gazetteer name starts a run (the patterns' lookbehind), so only run starts are tried. */
const LETTER_DIGIT_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Matches of KO_RE (`english` false) or EN_RE (`english` true), found without compiling them: at each start of a
 * run of letters and digits (English: not right after a period) whose first unit starts a name, the longest name
 * there whose end passes the pattern's lookahead; the scan resumes after a match, as a global pattern's does.
 */
export function gazetteerMatches(text: string, english: boolean): Array<{ index: number; name: string }> {
  const byFirst = english ? EN_BY_FIRST() : KO_BY_FIRST();
  const out: Array<{ index: number; name: string }> = [];
  let resumeAt = 0;
  LETTER_DIGIT_RUN.lastIndex = 0;
  for (let run = LETTER_DIGIT_RUN.exec(text); run; run = LETTER_DIGIT_RUN.exec(text)) {
    const i = run.index;
    if (i < resumeAt) continue;
    const names = byFirst.get(text.charCodeAt(i));
    if (!names || (english && text[i - 1] === '.')) continue;
    for (const name of names) {
      if (!text.startsWith(name, i)) continue;
      const end = i + name.length;
      // (?![\p{L}\p{N}]|\.[A-Za-z]) after English names; a failing name lets a shorter one try, as in the pattern.
      if (english && (LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2)) || (text[end] === '.' && /[A-Za-z]/.test(text[end + 1] ?? '')))) continue;
      out.push({ index: i, name });
      resumeAt = end;
      break;
    }
  }
  return out;
}

/** The same matches from the patterns themselves (exported for the equivalence test). */
export function gazetteerMatchesByPattern(text: string, english: boolean): Array<{ index: number; name: string }> {
  return [...text.matchAll(english ? EN_RE() : KO_RE())].map((m) => ({ index: m.index, name: m[1]! }));
}

const KO_PLACE_SET = koreanDerived(() => new Set<string>(KO_PLACES));




const NOT_STATES = new Set(['Washington', 'Georgia', 'America', 'Europe', 'Asia', 'Africa']);
const EN_STATES = lazy(() => entriesMatching(EN_PLACES, '[A-Z][a-z]+(?: [A-Z][a-z]+)?').filter((p) => !NOT_STATES.has(p)));
/** AP-style state abbreviations used in datelines and after towns ("Greenville, S.C.", "Lowell, Massachusetts"). */
const AP_STATES = 'Ala\\.|Ariz\\.|Ark\\.|Calif\\.|Colo\\.|Conn\\.|Del\\.|Fla\\.|Ga\\.|Ill\\.|Ind\\.|Kan\\.|Ky\\.|La\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|Neb\\.|Nev\\.|N\\.H\\.|N\\.J\\.|N\\.M\\.|N\\.Y\\.|N\\.C\\.|N\\.D\\.|Okla\\.|Ore\\.|Pa\\.|R\\.I\\.|S\\.C\\.|S\\.D\\.|Tenn\\.|Va\\.|Vt\\.|Wash\\.|Wis\\.|W\\.Va\\.|Wyo\\.';
const EN_TOWN_BEFORE = /(?<![\p{L}.])([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)$/u;
const EN_STATE_AFTER = lazy(() => new RegExp(`^(?:(?:${EN_STATES().join('|')})(?=[,.;:)]|\\s+(?:on|in|and|where|who|which|that|to|for|is|was|has|have)\\b)|(?:${AP_STATES})(?=[,;:)]|\\s))`));
const EN_NOT_TOWNS = lazy(() => new Set<string>([...EN_PLACES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'The', 'But',
  'And', 'However', 'Meanwhile', 'Police', 'Officials', 'Reuters', 'Inc', 'Corp', 'Meanwhile', 'Yesterday', 'Today', 'Also']));

/** Whole Korean words that begin with a place name followed by what looks like a particle (고양 + 이 = a cat). */
const KO_NOT_PLACE_WORDS = new Set(['고양이', '고양이가', '고양이를', '고양이는', '고양이의', '고양이와', '고양이도', '고양이에게']);
/** Place names that are also common nouns, with the context that makes them places (경기 = the economy, a match;
 * "경기 악화시" = when the economy worsens). */
const KO_AMBIGUOUS_PLACES: Record<string, (before: string, after: string) => boolean> = {
  경기: (before, after) => /[·,]\s?$|서울\s?$/u.test(before) || /^\s?(?:·|지역|남부|북부|일대|도내|(?!(?:악화|부진|침체|회복|둔화|호황|불황|과열|위축|하강|변동|개선|상승|하락)시)\S+[시군]\s)/u.test(after),
  선전: (before, after) => /중국\s?$/u.test(before) || /^시/u.test(after),
};
/** Media and brand words that make "워싱턴 포스트" a newspaper rather than a place. */
const KO_NAME_AFTER_PLACE = [' 포스트', ' 타임스', ' 타임즈', ' 저널', ' 헤럴드', ' 데일리', ' 스트리트저널'];
const isHangulSyllable = (ch: string | undefined): boolean => !!ch && ch >= '\uAC00' && ch <= '\uD7A3';
/** "워싱턴 포스트": the place name followed by a media word (and nothing more of that word). */
function mediaWordAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  return KO_NAME_AFTER_PLACE.some((w) => text.startsWith(w, end) && !isHangulSyllable(text[end + w.length]));
}

/**
 * Is the gazetteer match a place, judged by the word it stands in? Not when it continues a word after a closing
 * quotation mark ("'뜻밖의 일'이란 뜻": a particle), not a cat (고양이), not a common noun (경기 침체), and not the
 * first word of a newspaper's name (워싱턴 포스트).
 */
function isKoreanPlaceWord(text: string, index: number, name: string, rest: string): boolean {
  const prev = text[index - 1] ?? '';
  if (prev && '\'’"”」』)'.includes(prev) && /[A-Za-z0-9\u00C0-\u024F\uAC00-\uD7A3]/.test(text[index - 2] ?? '')) return false;
  if (KO_NOT_PLACE_WORDS.has(name + rest)) return false;
  const ambiguous = KO_AMBIGUOUS_PLACES[name];
  const end = index + name.length;
  if (ambiguous && !rest && !ambiguous(text.slice(Math.max(0, index - 6), index), text.slice(end, end + 12))) return false;
  if (ambiguous && rest && !ambiguous(text.slice(Math.max(0, index - 6), index), '')) return false;
  return !(!rest && mediaWordAfter(text, end));
}

/** Capitalised words that may follow a place name without making it part of another name ("Sydney Harbour"). */
const EN_AFTER_PLACE_OK = new Set([
  'City', 'County', 'State', 'States', 'Province', 'Region', 'River', 'Harbour', 'Harbor', 'Bay', 'Valley', 'Island', 'Islands',
  'Mountains', 'Coast', 'Square', 'Bridge', 'Beach', 'Lake', 'Sea', 'Ocean', 'Strait', 'District',
  'Area', 'Metro', 'Territory', 'Peninsula', 'Desert', 'Canyon', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'President', 'Prime', 'Minister', 'Governor', 'Senator', 'Mayor', 'Secretary', 'Ambassador',
  'Chancellor', 'King', 'Queen', 'Foreign', 'Defence', 'Defense', 'Health', 'Finance', 'Interior', 'Justice', 'Trade',
  'Attorney', 'General', 'Judge', 'Sheriff', 'Police', 'Army', 'Navy', 'Government', 'Parliament', 'Congress', 'Senate',
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'For', 'Of', 'To', 'As', 'By', 'From', 'With', 'He', 'She', 'It', 'They',
  'We', 'I', 'This', 'That', 'Some', 'More', 'Most', 'Officials', 'Authorities', 'Residents',
]);

/**
 * "the New York Yankees", "Daily Mail Australia" aside: a place name directly followed by a
 * capitalised word that is not a geographic word, a title, a date word or a function word is the first word of
 * a team's, a paper's or a company's name, and one right after a paper's or a channel's name is its edition;
 * "Her granddaughter, Paris, 20," is a person.
 */
function isPartOfEnglishName(text: string, end: number, start = end): boolean {
  // "told Daily Mail Australia", "Sky News Australia": an edition of a paper or a channel.
  if (EN_MEDIA_BEFORE_PLACE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // "Real Madrid", "Force India", "Bayern Munich": a club or team named with a word before the place.
  if (EN_TEAM_BEFORE_PLACE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // "New England", "New South Wales" (a "New X" the gazetteer has is matched whole, before X).
  if (/(?:^|[^A-Za-z])New $/.test(text.slice(Math.max(0, start - 5), start))) return true;
  const next = /^ ([A-Z][A-Za-z\u00C0-\u024F'’-]*)/.exec(text.slice(end, end + 30));
  // "Manchester United", "Leicester City": a club (a city called "X City" is in the gazetteer whole: the longer
  // name matched first). "Wisconsin Avenue", "London Road": a street named after a place is not in that place.
  if (next && EN_TEAM_AFTER_PLACE.has(next[1]!)) return true;
  if (next && !EN_AFTER_PLACE_OK.has(next[1]!) && !EN_PLACE_WORDS().has(next[1]!)) return true;
  return /^, \d{1,3},/.test(text.slice(end, end + 8));
}
const KO_PROVINCE_CITY = /(?:^|[^\p{L}])(경기도|경기(?=\s[\uAC00-\uD7A3]{2,3}[시군]\s[\uAC00-\uD7A3]{1,4}[구읍면동](?:\s|[은는이가을를의에도]|$))|강원도?|충북|충남|전북|전남|경북|경남|충청[남북]도|전라[남북]도|경상[남북]도|강원특별자치도|전북특별자치도)\s([\uAC00-\uD7A3]{2,3})([시군])(?=\s|[은는이가을를의에도과와로]|$)/gu;
const EN_STREET_BEFORE = /(?:^|[^\p{L}])(?:on|at|in|along|near|across|off|down|up|from|to|into|through|throughout|around|of)\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)$/u;
/** Capitalised words that do not start a street's or a valley's name (a determiner, a month, a weekday, an idiom). */
const EN_NOT_STREET_WORDS = new Set(['The', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // Figures of speech: "a trip down Memory Lane", "on Easy Street", "the uncanny valley", "the open road".
  'Memory', 'Easy', 'Uncanny', 'Open']);
const EN_TEAM_BEFORE_PLACE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:Real|Atletico|Atlético|Force|Inter|AC|Sporting|Dynamo|Dinamo|Olympique|Borussia|Bayern|Racing|Deportivo|Hertha) $/;
const EN_TEAM_AFTER_PLACE = new Set(['United', 'City', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur', 'Rangers', 'FC', 'Villa', 'Argyle', 'Orient']);
const EN_MEDIA_BEFORE_PLACE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:Mail|Times|Post|Herald|News|Telegraph|Journal|Tribune|Radio|Television|TV|Insider|Express|Mirror|Guardian|Chronicle|Gazette) $/;
const EN_PLACE_WORDS = lazy(() => new Set<string>(EN_PLACES.flatMap((p) => p.split(' '))));

/** Extract places; spans inside `blocked` (organisation names) are not places of their own. */
export function extractPlaces(text: string, blocked: TextSpan[], personSpans: TextSpan[] = [], may: MayMatch = ALL_PATTERNS): PlaceFact[] {
  const byText = new Map<string, PlaceFact>();
  const add = (name: string, span: TextSpan, namesOrg = false): void => {
    // A place inside an organisation's name is part of that name ("Korea Institute"), except the place the
    // organisation is named after at its end ("Stadtwerke Dresden", "Verbraucherzentrale Bayern").
    const inside = (b: TextSpan): boolean =>
      b.start <= span.start && span.end <= b.end && !(b.start === span.start && b.end === span.end) &&
      !(span.end === b.end && /^[A-ZÄÖÜ][\p{L}-]+ $/u.test(text.slice(b.start, span.start)));
    // A city named at the start of a longer organisation name ("울산시 교통공사", also read as 울산시 + 교통공사) is
    // a place; the city government alone ("울산시 제공") stays an organisation.
    const namesLongerOrg = (b: TextSpan): boolean =>
      b.start === span.start && (b.end > span.end + 1 || blocked.some((o) => o.start === b.end + 1 && text[b.end] === ' '));
    if (blocked.some((b) => inside(b) && !(namesOrg && namesLongerOrg(b)))) return;
    let fact = byText.get(name);
    if (!fact) {
      fact = { text: name, evidence: [] };
      byText.set(name, fact);
    }
    if (fact.evidence.length < 8) fact.evidence.push(span);
  };
  // Each gazetteer runs only when its gate (gates.ts) says one of its names can be in the text.
  const gazetteer = may.shortcuts ? gazetteerMatches : gazetteerMatchesByPattern;
  if (may('hangul') || may('koPlaceLatin')) for (const m of gazetteer(text, false)) {
    const { name } = m;
    const rest = /^[\p{Script=Hangul}]*/u.exec(text.slice(m.index + name.length))![0];
    // "수원시는", "울산시 교통공사": a city name with its administrative suffix (시/군) is that city, also when an
    // organisation is named after it.
    if (/^[시군]/u.test(rest) && isParticle(rest.slice(1)) && !KO_PLACE_SET().has(name + rest[0]) && isKoreanPlaceWord(text, m.index, name, '')) {
      add(name, { start: m.index, end: m.index + name.length }, true);
      continue;
    }
    if (!isParticle(rest)) continue;
    if (/^[A-Za-z]/.test(text.slice(m.index + name.length)) && /[\p{Script=Hangul}]$/u.test(name)) continue;
    if (!isKoreanPlaceWord(text, m.index, name, rest)) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }
  if (may('enPlace')) for (const m of gazetteer(text, true)) {
    const { name } = m;
    // "US" / "UK" inside an all-caps run is an acronym of something else.
    if (/^(?:US|UK)$/.test(name) && /[A-Z]{2,}\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (isPartOfEnglishName(text, m.index + name.length, m.index)) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }
  // "on Canal Street", "across the Hudson Valley": one or two capitalised words and a street or valley word after
  // a preposition name a place. Anchored on the rare last word; not when another capital follows ("Main Street
  // Bank", "Hudson Valley Authority") or when the words are an organisation's or a person's.
  if (may('nameLike')) for (const a of text.matchAll(/ (?:Street|Avenue|Boulevard|Road|Lane|Valley)\b(?! [A-Z])/g)) {
    const w = EN_STREET_BEFORE.exec(text.slice(Math.max(0, a.index - 48), a.index));
    if (!w || w[1]!.split(' ').some((x) => EN_NOT_STREET_WORDS.has(x))) continue;
    const start = a.index - w[1]!.length;
    const end = a.index + a[0].length;
    if (personSpans.some((p) => p.start < end && start < p.end)) continue;
    add(text.slice(start, end), { start, end });
  }
  // Stations (`신림역`) and neighbourhoods after a district (`마포구 망원동`), by suffix; common nouns ending
  // in 역/동 (지역, 무역, 활동, 이동) are excluded by a stop list and by the district context for 동.
  // Each rule is anchored on its rare character (역, 구, ~) and reads the words around it: scanning every
  // Hangul position with the whole pattern is several times slower on long pages.
  for (const a of text.matchAll(/역/gu)) {
    const w = /(?:^|[^\p{L}\p{N}])([\p{Script=Hangul}]{2,5}역)$/u.exec(text.slice(Math.max(0, a.index - 6), a.index + 1));
    if (!w || !/^(?:$|[~∼\-·,\s]|(?:에서|에|으로|까지|부터|과|와|을|를|은|는|이|가|의|도)(?![\p{Script=Hangul}]))/u.test(text.slice(a.index + 1, a.index + 5))) continue;
    const name = w[1]!;
    if (KO_NOT_STATIONS.has(name) || KO_NOT_STATIONS.has(name.slice(-2))) continue;
    const start = a.index + 1 - name.length;
    add(name, { start, end: start + name.length });
  }
  for (const a of text.matchAll(/구\s/gu)) {
    const d = /(?:^|[^\p{L}])([\p{Script=Hangul}]{1,4}구)$/u.exec(text.slice(Math.max(0, a.index - 5), a.index + 1));
    const n = /^([\p{Script=Hangul}]{1,4}동)([\p{Script=Hangul}]*)/u.exec(text.slice(a.index + a[0].length, a.index + a[0].length + 16));
    if (!d || !n) continue;
    const district = d[1]!;
    const name = n[1]!;
    // The district must be one (not 연구/인구/친구), and the 동 word a name (not 활동/이동/행동).
    if (!(KO_PLACE_SET().has(district) || (district.length >= 3 && !KO_NOT_DISTRICT.has(district.slice(-2)))) || KO_NOT_DONG.has(name) || KO_NOT_DONG.has(name.slice(-2)) || !isParticle(n[2]!)) continue;
    const start = a.index + a[0].length;
    add(name, { start, end: start + name.length });
  }
  // "경남 밀양시", "충남 당진군": a city or county named after its province is a place (the gazetteer lists only the
  // largest cities). The name is given without 시/군, as articles mostly write it ("밀양의 한 야산"). 경기 alone is
  // also "the economy" ("경기 악화시": 시 = when), so Gyeonggi needs its 도.
  if (may('hangul')) for (const a of text.matchAll(KO_PROVINCE_CITY)) {
    const name = a[2]!;
    const start = a.index + a[0].lastIndexOf(name + a[3]!);
    add(name, { start, end: start + name.length + 1 });
  }
  // Towns and townships (읍/면) named in a list of them or with an area word after them: "조치원읍과 연기면",
  // "소정면 주민", "A면 일대". 면 ends many common nouns and verb forms (반면, 측면, 하면), so one alone is not enough.
  if (may('hangul')) {
    const townships: Array<{ name: string; start: number; end: number; after: string; verbLike: boolean }> = [];
    for (const a of text.matchAll(/[읍면](?![\p{Script=Hangul}])|[읍면](?=(?:과|와|에서|에|의|은|는|이|을|도)(?![\p{Script=Hangul}]))/gu)) {
      const w = /(?:^|[^\p{L}\p{N}])([\p{Script=Hangul}]{2,4}[읍면])$/u.exec(text.slice(Math.max(0, a.index - 5), a.index + 1));
      if (!w || KO_NOT_TOWNSHIPS.has(w[1]!)) continue;
      const start = a.index + 1 - w[1]!.length;
      // 면 after these syllables is mostly a verb ending ("하면", "되면"); such a word needs 일대/일원… after it or a
      // county (군) before it: "해남군 송지면", "송지면 일대".
      const verbLike = /(?:하|되|다|라|으|이|려|보|가|오|지|리|니|시)[면]$/u.test(w[1]!);
      townships.push({ name: w[1]!, start, end: a.index + 1, after: text.slice(a.index + 1, a.index + 12), verbLike });
    }
    for (const t of townships) {
      const listed = !t.verbLike && townships.some((o) => {
        const gap = text.slice(Math.min(t.end, o.end), Math.max(t.start, o.start));
        return o !== t && gap.length <= 3 && /^(?:과|와|,|·)?\s?$/u.test(gap);
      });
      const areaWord = /^(?:[과와의]|에서)?\s?(?:등\s)?(?:읍면|지역|주민|일대|일원|사무소|행정복지센터|이장)/u.test(t.after);
      // An address: "천안시 동남구 병천면", "가평군 청평면" (a city, county or district right before it).
      const address = /(?:^|[^\p{L}])[\p{Script=Hangul}]{1,4}[시군구]\s$/u.test(text.slice(Math.max(0, t.start - 7), t.start));
      const strong = /^\s?(?:일대|일원|사무소|행정복지센터|이장)/u.test(t.after) || /[\p{Script=Hangul}]군\s$/u.test(text.slice(Math.max(0, t.start - 3), t.start));
      if (t.verbLike ? strong : listed || areaWord || address) add(t.name, { start: t.start, end: t.end });
    }
  }
  // "녹산·사상 등 3개 산업단지": the items of a list closed by 등 and a count of places.
  for (const a of text.matchAll(/\s?등\s?(?:\d+|[한두세네]|다섯)\s?개\s?(?:산업단지|산단|지역|지구|마을|도시|시군|시·군|자치구|국가|나라)/gu)) {
    const list = /(?:^|[^\p{L}\p{N}·])((?:[\p{Script=Hangul}]{2,6}·){1,6}[\p{Script=Hangul}]{2,6})$/u.exec(text.slice(Math.max(0, a.index - 60), a.index));
    if (!list) continue;
    let start = a.index - list[1]!.length;
    for (const item of list[1]!.split('·')) {
      add(item, { start, end: start + item.length });
      start += item.length + 1;
    }
  }
  // Route endpoints ("망원동~신촌", "신림역~사당역"): the other end of a route from a known place is a place.
  const known = (w: string): boolean => [...byText.keys()].some((k) => w === k || (w.startsWith(k) && isParticle(w.slice(k.length))));
  for (const a of text.matchAll(/[~∼]/gu)) {
    const l = /(?:^|[^\p{L}])([\p{Script=Hangul}]{2,6})\s?$/u.exec(text.slice(Math.max(0, a.index - 8), a.index));
    const r = /^\s?([\p{Script=Hangul}]{2,6})(?![\p{Script=Hangul}])/u.exec(text.slice(a.index + 1, a.index + 10));
    if (!l || !r) continue;
    const left = l[1]!;
    const right = r[1]!.replace(/(?:에서|까지|구간|간|을|를|은|는|이|가|의)$/u, '');
    const leftKnown = known(left);
    const rightKnown = known(right);
    if (leftKnown === rightKnown || right.length < 2) continue;
    const name = leftKnown ? right : left;
    if (/\d|[시분]$/u.test(name)) continue;
    const start = leftKnown ? a.index + 1 + r[0].indexOf(name) : a.index - l[0].length + l[0].indexOf(left);
    add(name, { start, end: start + name.length });
  }
  // "Lowell, Massachusetts": a capitalised word before a state or country from the gazetteer is a town.
  // Anchored on ", <Capital>" (testing the state list at every capital letter is slow on long pages).
  for (const c of text.matchAll(/(?<=[a-z]), (?=[A-Z])/g)) {
    const windowStart = Math.max(0, c.index - 30);
    const m0 = EN_TOWN_BEFORE.exec(text.slice(windowStart, c.index));
    if (!m0 || !EN_STATE_AFTER().test(text.slice(c.index + 2, c.index + 40))) continue;
    const m = { index: windowStart + m0.index };
    const name = m0[1]!;
    if (EN_NOT_TOWNS().has(name) || personSpans.some((p) => p.start <= m.index && m.index < p.end)) continue;
    // Only a whole name: not the tail of "Ho Chi Minh City" or "Deir ez-Zor".
    const lead = text.slice(Math.max(0, m.index - 24), m.index);
    if (!/(?:^|[\s(;:,])$/.test(lead) || /(?:[A-Z][\w'’.-]*|\b(?:de|del|da|do|du|la|le|el|al|ez|es|van|von|di))\s$/.test(lead)) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }
  // Every context rule needs a capital followed by a small letter (exact precondition, cheaper than the scans).
  const capitalised = /\p{Lu}[\p{Ll}\u00C0-\u024F]/u.test(text);
  if (capitalised) englishContextPlaces(text, personSpans, add);
  // "in Thornby" where the article also names a local body after it ("the Thornby Flood Action Group"): a town.
  if (capitalised) {
    const localBodies = new Set<string>();
    for (const b of blocked) {
      const m = /^(\p{Lu}[\p{Ll}]+) (?:[A-Z][a-z]+ ){0,3}(?:Council|Group|Association|Society|Trust|Police)$/u.exec(text.slice(b.start, b.end));
      if (m) localBodies.add(m[1]!);
    }
    for (const town of localBodies) {
      if (EN_NOT_CONTEXT_PLACES.has(town)) continue;
      for (const m of text.matchAll(new RegExp(`\\bin (${escape(town)})(?![\\p{L}'’-]| [A-Z])`, 'gu'))) {
        const start = m.index + 3;
        if (!personSpans.some((p) => p.start <= start && start < p.end)) add(town, { start, end: start + town.length });
      }
    }
  }
  // Rivers: "the Ohio River", "the River Thames", "the Mekong river".
  for (const m of text.matchAll(/\b[Tt]he ((?:[A-Z][a-z]+ ){1,2}[Rr]iver|River [A-Z][a-z]+)\b/g)) {
    const name = m[1]!;
    const start = m.index + 4;
    if (blocked.some((b) => b.start <= start && start < b.end)) continue;
    add(name, { start, end: start + name.length });
  }
  // Wire datelines in capitals: "WASHINGTON (AP) —", "SEOUL, Dec. 9 (Yonhap) --".
  const dateline = /^\s*([A-Z][A-Z .]{2,30}?)(?=\s*(?:,|\(|—|--|-\s))/.exec(text);
  if (dateline) {
    const name = dateline[1]!.trim();
    const known = EN_PLACES.find((p) => p.toUpperCase() === name);
    const start = text.indexOf(name);
    // An unknown town in a dateline is named with its state or country: "DAYTON, Ohio —", "GOMA, Congo (Reuters)".
    const withRegion = new RegExp(`^,\\s*(?:${EN_STATES().join('|')}|${AP_STATES}|[A-Z][a-z]+)\\.?\\s*(?:\\(|—|--|-\\s)`).test(text.slice(start + name.length, start + name.length + 40));
    if (known || (withRegion && name.length >= 3 && !/\s{2}/.test(name))) add(name, { start, end: start + name.length });
  }
  // A place only ever seen inside a longer place ("Mekong" in "Mekong river") is that place.
  const all = [...byText.values()];
  // Spans sorted by start; a containing span starts at most a place name's length earlier (keeps this near-linear).
  const spans = all.flatMap((p) => p.evidence.map((e) => ({ p, e }))).sort((a, b) => a.e.start - b.e.start);
  const starts = spans.map((x) => x.e.start);
  const containedElsewhere = (p: PlaceFact, e: TextSpan): boolean => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= e.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && spans[k]!.e.start >= e.start - 60; k--) {
      const o = spans[k]!;
      if (o.p !== p && o.e.start <= e.start && e.end <= o.e.end && o.e.end - o.e.start > e.end - e.start) return true;
    }
    return false;
  };
  return all
    .filter((p) => p.evidence.some((e) => !containedElsewhere(p, e)))
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** A capitalised place name of one to three words ("Castilla-La Mancha", "San Pedro"). */
const EN_PLACE_NAME = "\\p{Lu}[\\p{Ll}\\u00C0-\\u024F]+(?:-\\p{Lu}?[\\p{Ll}\\u00C0-\\u024F]+)*(?: \\p{Lu}[\\p{Ll}\\u00C0-\\u024F]+(?:-\\p{Lu}[\\p{Ll}]+)*){0,2}";
const EN_PLACE_LIST = `(${EN_PLACE_NAME})((?:, ${EN_PLACE_NAME}){0,4},? and ${EN_PLACE_NAME})?`;
const EN_CONTEXT_PLACES = lazy(() => ({
  // "homes in A, B and C", "farmers in A", "lives near A": a noun or verb of living, then in/near and the place(s).
  // Found from "in"/"near" (cheap to find), then the words before and the names after are read.
  inOrNear: /\b(?:in|near) (?=[A-Z\u00C0-\u00DE])/g,
  livingBefore: /\b(?:homes|houses|households|residents|families|farmers|growers|villagers|communities|properties|neighbourhoods|neighborhoods|towns|villages|lives|lived|living|born|raised|based|farms?)\s+$/,
  listAfter: new RegExp(`${EN_PLACE_LIST}(?![\\p{L}'’-]| [A-Z])`, 'uy'),
  // "in A, B and C districts", "in A province", "Dalton County": found from the area noun (a scan for names at
  // every capital letter costs several times more), then the name or list that ends right before it.
  areaNoun: / (?:province|provinces|county|counties|district|districts|region|regions|prefecture|prefectures|municipality|municipalities|borough|boroughs|County)\b/g,
  listBefore: new RegExp(`(?<![\\p{L}'’-])${EN_PLACE_LIST} $`, 'u'),
  nameBefore: new RegExp(`(?<![\\p{L}'’-])(${EN_PLACE_NAME}) $`, 'u'),
  // Not a club named after its county ("Derby County beat them", "County fans").
  notCountyClub: /^ (?:beat|beats|won|win|wins|lost|lose|drew|draw|season|fans|manager|boss|striker|players?|FC|AFC)\b/,
  // English counties by their suffix: "Yorkshire", "Lancashire" (found from "shire").
  shire: /shire(?![\p{L}'’-])/gu,
  shireName: /(?<![\p{L}'’-])[A-Z][a-z]+$/u,
}));
/** Last words of institutions and buildings named after a place ("near Utah Valley University"). */
const EN_INSTITUTION_LAST = / (?:University|College|School|Academy|Institute|Hospital|Airport|Station|Park|Stadium|Church|Cathedral|Centre|Center|Hotel|Prison|Jail|Mall|Club|Museum|Base|Court|Hall|House|Palace|Castle|Bridge|Street|Road|Avenue|Square)$/;
/** Capitalised words that are not places after "in"/"near" (time, institutions, languages). */
const EN_NOT_CONTEXT_PLACES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Christmas',
  'Easter', 'Congress', 'Parliament', 'Senate', 'Court', 'English', 'French', 'Spanish', 'German', 'The', 'A', 'An', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'This', 'That', 'These', 'Those', 'Mr', 'Mrs', 'Ms', 'Dr', 'God', 'Heaven', 'Hell', 'Central', 'North',
  'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Greater', 'Old', 'New', 'St', 'Saint']);

/**
 * Places named by their context rather than a gazetteer: after a noun or verb of living ("homes in A, B and C",
 * "farmers in A and B", "born in A", "near A"), before an area noun ("in A province", "A, B and C districts",
 * "A County"), and English counties ending in -shire. Names inside a person's name are not places.
 */
function englishContextPlaces(text: string, personSpans: TextSpan[], add: (name: string, span: TextSpan) => void): void {
  const patterns = EN_CONTEXT_PLACES();
  const take = (name: string, start: number): void => {
    const first = name.split(/[\s-]/)[0]!;
    if (EN_NOT_CONTEXT_PLACES.has(first) || EN_NOT_CONTEXT_PLACES.has(name) || EN_INSTITUTION_LAST.test(name)) return;
    if (personSpans.some((p) => p.start <= start && start < p.end)) return;
    add(name, { start, end: start + name.length });
  };
  const list = (m: RegExpMatchArray, from: number): void => {
    // The list's names with their offsets: m[from] is the first, m[from + 1] the rest (", B and C").
    const first = m[from]!;
    const firstStart = m.index! + m[0].indexOf(first);
    take(first, firstStart);
    const rest = m[from + 1];
    if (!rest) return;
    let offset = firstStart + first.length;
    for (const part of rest.split(/,? and |, /)) {
      if (!part) continue;
      const at = text.indexOf(part, offset);
      take(part, at);
      offset = at + part.length;
    }
  };
  for (const a of text.matchAll(patterns.inOrNear)) {
    if (a[0] !== 'near ' && !patterns.livingBefore.test(text.slice(Math.max(0, a.index - 24), a.index))) continue;
    patterns.listAfter.lastIndex = a.index + a[0].length;
    const m = patterns.listAfter.exec(text);
    if (m) list(m, 1);
  }
  for (const a of text.matchAll(patterns.areaNoun)) {
    const at = a.index + 1;
    const windowStart = Math.max(0, at - 160);
    const before = text.slice(windowStart, at);
    if (a[0] !== ' County') {
      const m = patterns.listBefore.exec(before);
      if (m) list(Object.assign(m, { index: windowStart + m.index }), 1);
      continue;
    }
    const m = patterns.nameBefore.exec(before);
    if (!m || patterns.notCountyClub.test(text.slice(at + 6, at + 20))) continue;
    take(`${m[1]!} County`, windowStart + m.index);
  }
  for (const a of text.matchAll(patterns.shire)) {
    const head = patterns.shireName.exec(text.slice(Math.max(0, a.index - 20), a.index));
    if (!head) continue;
    const start = a.index - head[0].length;
    const end = a.index + 5;
    if (!isPartOfEnglishName(text, end, start)) take(text.slice(start, end), start);
  }
}
