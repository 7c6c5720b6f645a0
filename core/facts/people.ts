/**
 * People with title and organisation.
 * Korean: a title word (`원장`, `교수`…) preceded by the name and optional organisation words, in either order
 * (`민병주 KIAT 원장`, `서울대 오명돈 교수`), a foreign name with a parenthesised romanisation
 * (`로리 로카시오(Laurie E. Locascio) NIST 원장`), and `홍길동 씨`.
 * English: `Laurie E. Locascio, NIST director`, `NIST Director Laurie Locascio`, `Mr Yeaman`, `Leon Yeaman, 55,`,
 * appositions with a person noun (`Helen Marsh, 58, a retired school teacher who…` → that title) and
 * `a seven-year-old named Mia`. German: compound titles before the name (`Pressesprecherin Jana Vogt`) and
 * `Name, Titel der Organisation`. Korean department heads of any length (`이정훈 부산시 해양정책과장`).
 * A name must look like one (Korean surname + 1–2 syllables, or capitalised words that are not a place,
 * month or organisation word), so common nouns before a title are not taken for people.
 */
import type { PersonFact, TextSpan } from '../types';
import { EN_PLACES, KO_PLACES } from './gazetteer';
import {
  EN_ORG_WORDS,
  EN_TITLES,
  isParticle,
  KO_COMPOUND_SURNAMES,
  KO_NOT_NAMES,
  KO_ORG_SUFFIXES,
  KO_PARTICLES,
  KO_SURNAMES,
  KO_TITLES,
  koreanDerived,
} from './lexicon';
import { ALL_PATTERNS, lazy, longestFirst, type MayMatch } from './gates';
import { isKoreanOrgWord, isOrgAcronym } from './orgs';


const KO_TITLE_SET = koreanDerived(() => new Set<string>(KO_TITLES));
const KO_PLACE_SET = koreanDerived(() => new Set<string>(KO_PLACES));
const KO_SUFFIX_WORDS = koreanDerived(() => new Set<string>(KO_ORG_SUFFIXES));
/** Korean titles by their first syllable, longest first: most words start with none of them. */
const KO_TITLES_BY_FIRST = koreanDerived(() => {
  const map = new Map<string, string[]>();
  for (const title of longestFirst(KO_TITLES)) map.set(title[0]!, [...(map.get(title[0]!) ?? []), title]);
  return map;
});
// Titles in lower case and capitalised ("director", "Director"); names stay case-sensitive.
const EN_TITLE_RE = lazy(() =>
  longestFirst(EN_TITLES)
    .flatMap((t) => [t, t.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase()), ...(/^c[a-z]o$/.test(t) ? [t.toUpperCase()] : [])])
    .map((t) => t.replace('.', '\\.'))
    .join('|'),
);
const EN_NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'And', 'But', 'Or', 'If', 'When',
  'While', 'After', 'Before', 'During', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Its', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Yesterday', 'Today', 'Tomorrow', 'However', 'Meanwhile',
  'According', 'Police', 'Officials', 'Last', 'Next', 'New', 'North', 'South', 'East', 'West', 'Premier', 'League',
  'Champions', 'Cup', 'Club', 'United', 'City', 'Street', 'Road', 'Avenue', 'Park', 'Court', 'House', 'Hospital',
  'Airport', 'Station', 'University', 'Daily', 'Mail', 'Sunday', 'Times', 'News', 'CNN', 'BBC', 'Twitter',
  'Facebook', 'Instagram', 'YouTube', 'Google', 'Apple', 'Christmas', 'Easter', 'God', 'Jesus', 'Grand', 'National',
  'Royal', 'Prince', 'Princess', 'Duke', 'Duchess', 'King', 'Queen', 'Pope', 'Saint', 'St', 'Lord', 'Lady',
  'President', 'Minister', 'Director', 'Chief', 'Secretary', 'Senator', 'Governor', 'Mayor', 'Professor', 'Judge',
  'Manager', 'Coach', 'Captain', 'General', 'Officer', 'Detective', 'Inspector', 'Sergeant', 'Constable',
  'War', 'Wars', 'Games', 'Olympics', 'Festival', 'Awards',
]);
const EN_PLACE_SET = new Set<string>(EN_PLACES);
/** Capitalised sentence openers (German adverbs and articles, English connectives) before a name. */
const NAME_LEAD_WORDS =
  /^(?:Auch|Laut|Zudem|Außerdem|Dabei|Dann|Doch|Jetzt|Nun|Heute|Gestern|So|Wie|Als|Nach|Seit|Bei|Für|Mit|Von|Der|Die|Das|Den|Dem|Des|Und|Aber|Denn|Also|But|And|Then|Now|When|While|As|Meanwhile|However)\s+/;
/** Heads of an apposition that describe a person ("engineer", "developer", "resident", "mother"). */
const EN_PERSON_NOUN =
  /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|nurse|chef|student|mother|father|veteran|official|expert|leader|activist|artist|parent|grandmother|grandfather|widow|survivor|spokesperson|executive|pilot|farmer|priest|pastor|rabbi|imam|monk|nun|doctor|surgeon|economist|historian|scientist|mechanic|critic|medic|cleric)$/;
/** Heads of a role written after a name without an article ("Dana Whitley, Northside resident"): a closed list, as
 * a bare noun after a comma is more often a list item than a role. */
const EN_BARE_ROLE_HEAD = /^(?:resident|residents|student|volunteer|parent|teacher|nurse|homeowner|shopper|commuter|voter|retiree|pensioner|neighbo(?:u)?r|organizer|organiser|spokesperson|spokesman|spokeswoman|founder|co-founder|owner|member|worker|farmer|patient|survivor|activist)$/;
/** Apposition heads that end like a person noun but are not one ("a center", "a member" is kept). */
const EN_NOT_PERSON_HEADS = new Set(['center', 'centre', 'corner', 'order', 'number', 'letter', 'paper', 'river', 'water', 'matter', 'quarter', 'chapter', 'winter', 'summer', 'monitor', 'sector', 'factor', 'error', 'amount', 'event', 'agreement', 'statement', 'document', 'moment', 'percent', 'parent company', 'component', 'department', 'government', 'segment', 'tournament', 'investment', 'payment', 'district', 'contest', 'after', 'other', 'another', 'whether', 'former', 'latter', 'cancer', 'computer', 'tower', 'filter', 'border', 'counter', 'fever', 'weather', 'newspaper', 'server', 'barrier', 'manner', 'dinner', 'member']);
/** Sentence-initial function words that are not part of an organisation before a title. */
const EN_LEADING_WORDS = new Set(['Laut', 'Sagte', 'Wie', 'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Ein', 'Eine', 'Auch', 'So', 'Nach', 'Von', 'Mit', 'Für', 'Said', 'According', 'The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'When', 'While', 'After', 'Before', 'Former', 'Then', 'Now', 'Its', 'His', 'Her', 'Their', 'Our']);
const EN_ORG_SET = new Set<string>(EN_ORG_WORDS);

// Mc/O'/D' names first, so "McConnell" is not cut to "Mc".
const NAME_WORD = "(?:Mc[A-Z][a-z]+|O'[A-Z][a-z]+|D'[A-Z][a-z]+|[A-ZÄÖÜ][a-zäöüß]+(?:[-'][A-ZÄÖÜ]?[a-zäöüß]+)*|[A-Z]\\.)";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:de|van|von|da|di|le|la|bin|del|der)\\s+)?${NAME_WORD}){1,3}`;

/** Is `word` (2–4 Hangul syllables) a plausible Korean personal name? */
export function isKoreanName(word: string): boolean {
  if (!/^[\p{Script=Hangul}]{2,4}$/u.test(word) || KO_NOT_NAMES.has(word) || KO_TITLE_SET().has(word)) return false;
  if (word.length === 4) return KO_COMPOUND_SURNAMES.some((s) => word.startsWith(s));
  if (isKoreanOrgWord(word, false)) return false;
  // Departments and schools (화학과, 화학부, 서울대) end like this; given names almost never do.
  if (/[과부대]$/u.test(word)) return false;
  // Participles (당선된, 취임한 뒤의 "지낸") are not names: given names do not end in 된/던/될.
  if (/[된던될]$/u.test(word)) return false;
  // Two-syllable words ending in a particle syllable are nouns with a particle (강의, 정의), not names.
  if (word.length === 2 && /[의을를은는가에와과도로]$/u.test(word)) return false;
  return KO_SURNAMES.has(word[0]!);
}

/** Share of syllables with a final consonant: transliterated names (마이클 다이아몬드) have few. */
function finalConsonantShare(word: string): number {
  let closed = 0;
  let total = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    total++;
    if (code % 28 !== 0) closed++;
  }
  return total ? closed / total : 1;
}

/** Words that are also common surnames ("Helen Park", "Carole King"): a name may end in one after a title. */
const EN_SURNAME_WORDS = new Set(['Park', 'King', 'House']);

function isEnglishName(name: string, titled = false): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const last = words.length - 1;
  if (words.some((w, k) => (EN_NOT_NAME_WORDS.has(w.replace(/\.$/, '')) && !(titled && k === last && k > 0 && EN_SURNAME_WORDS.has(w))) || EN_ORG_SET.has(w))) return false;
  if (EN_PLACE_SET.has(name)) return false;
  return !words.every((w) => /^[A-Z]\.$/.test(w));
}

interface Token {
  start: number;
  end: number;
  /** Token without leading bullets/quotes and without its parenthesised part. */
  base: string;
  baseStart: number;
  paren: string | null;
}

function tokensBefore(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s()]*(?:\([^()\n]{0,60}\))?[^\s()]*/gu;
  const region = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(region)) !== null) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    // Bullets and opening marks are not part of a word; "○○거래소" (an anonymised name) keeps its marks.
    const lead = /^(?:[▲△■□●◆◇•·“"‘'[(]|○(?![○\p{Script=Hangul}]))+/u.exec(m[0])?.[0].length ?? 0;
    const raw = m[0].slice(lead);
    const paren = /\(([^()]*)\)/u.exec(raw);
    const base = paren ? raw.slice(0, paren.index) + raw.slice(paren.index + paren[0].length) : raw;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, base, baseStart: from + m.index + lead, paren: paren ? paren[1]! : null });
  }
  return out;
}

const WHOLE_NAME = lazy(() => new RegExp(`^${NAME}$`));

/** Latin alias in parentheses that looks like a personal name ("Laurie E. Locascio"). */
function latinAlias(paren: string | null): string | undefined {
  if (!paren) return undefined;
  return WHOLE_NAME().test(paren.trim()) ? paren.trim() : undefined;
}

function isOrgToken(token: string): boolean {
  const base = token.replace(/^[○◯Ｏ]{1,3}(?=[\p{Script=Hangul}])/u, ''); // "○○거래소": an anonymised name
  if (isOrgAcronym(base)) return true;
  if (/^[A-Z][A-Za-z&.]+$/.test(base)) return true;
  if (!/^[\p{Script=Hangul}A-Za-z·&]+$/u.test(base)) return false;
  return isKoreanOrgWord(base, false) || /(?:대|대학|대학교|과|실|팀|부|국|처|청|원|소|센터|본부|지부|학과|의대|병원)$/u.test(base);
}

/** Words between a name and its last title that do not break the link: `겸`, other titles (`부총리 겸 … 장관`). */
function isConnector(base: string): boolean {
  return base === '겸' || koreanTitleWord(base) === base;
}

const KO_ENDING = /(?:[은는이가을를의에와과도만로며고]|에서|에게|으로|했다|한다|하는|하고|한|된|될|할|인|던)$/u;

export function extractPeople(text: string, korean: boolean, may: MayMatch = ALL_PATTERNS): PersonFact[] {
  const people = new Map<string, PersonFact>();
  const add = (found: string, span: TextSpan, extra: Partial<PersonFact> = {}): void => {
    let name = hasHangul(found) ? found : cleanEnglishName(text, found);
    if (!name) return;
    // "Triathlete Charlotte Roach", "Chief Magistrate Ray Rinaudo": a role word before a full name is a title.
    const role = hasHangul(name) ? null : EN_ROLE_BEFORE_NAME.exec(name);
    if (role && name.split(/\s+/).length >= 3) {
      name = name.slice(role[0].length);
      extra = { ...extra, title: [extra.title, role[1]!.toLowerCase()].filter(Boolean).join(' ') };
    }
    if (extra.org && !hasHangul(extra.org)) {
      const rawOrg = extra.org;
      const org = cleanEnglishOrg(text, rawOrg);
      extra = { ...extra };
      if (org) extra.org = org;
      else {
        // "Ken McCall, Managing Director": an "organisation" of title modifiers only is part of the title.
        if (extra.title && /^(?:(?:Deputy|Assistant|Acting|Interim|Senior|Associate|Vice|Executive|Managing)\s*)+$/.test(rawOrg)) {
          extra.title = `${rawOrg.toLowerCase()} ${extra.title}`;
        }
        delete extra.org;
      }
    }
    let fact = people.get(name);
    if (!fact) {
      fact = { name, evidence: [] };
      people.set(name, fact);
    }
    if (extra.title && !fact.title) fact.title = extra.title;
    if (extra.org && !fact.org) fact.org = extra.org;
    if (extra.alias && !fact.alias) fact.alias = extra.alias;
    if (!fact.evidence.some((e) => e.start === span.start) && fact.evidence.length < 8) fact.evidence.push(span);
  };
  // Korean titles are Hangul words; every English/German pattern needs a name (gates.ts: nameLike).
  if (may.shortcuts ? may('hangul') : korean || /\p{Script=Hangul}/u.test(text)) {
    koreanPeople(text, add);
    koreanSpeakerLines(text, add);
    anonymisedPeople(text, add);
  }
  if (may('nameLike')) englishPeople(text, add, !may.shortcuts || mayHoldEnglishTitle(text));
  return mergeSurnames([...people.values()]).sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

type Add = (name: string, span: TextSpan, extra?: Partial<PersonFact>) => void;

/** Does `s` hold a Hangul syllable or jamo? (A character scan: no pattern to compile on a page's first call.) */
function hasHangul(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return true;
  }
  return false;
}

/** Sentence openers that are participles or adjectives, not first names ("Married Adeli, 32, arranged…"). */
const EN_PARTICIPLE_OPENERS = /^(?:Married|Jailed|Pictured|Accused|Convicted|Retired|Former|Late|Young|Speaking|Asked|Born|Described|Dubbed|Named|Known|Divorced|Widowed|Injured|Wounded|Disgraced|Tragic|Heartbroken|Grieving|Pregnant|Furious|Distraught)$/;
/** Capitalised role words that stand before a full name without being part of it. */
const EN_ROLE_BEFORE_NAME = /^(Triathlete|Athlete|Resident|Recorder|Magistrate|Witness|Neighbour|Neighbor|Victim|Pensioner|Student|Teacher|Patient|Actress|Actor|Singer|Rapper|Model|Star|Veteran|Widow|Mum|Dad|Grandmother|Grandfather|Shopkeeper|Landlord|Landlady|Councillor|Councilman|Councilwoman)\s+(?=[A-Z])/;
/** Answers of writtenInLowerCase for the text last asked about (the same words come up many times per article). */
let lowerCaseCache: { text: string; answers: Map<string, boolean> } | null = null;
/** Does `word` also stand in the text in lower case (so it is a common word, not a name)? */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  if (lowerCaseCache?.text !== text) lowerCaseCache = { text, answers: new Map() };
  let answer = lowerCaseCache.answers.get(lower);
  if (answer === undefined) {
    answer = false;
    // indexOf first: most capitalised words never stand in lower case, and then no pattern is built.
    for (let i = text.indexOf(lower); i >= 0 && !answer; i = text.indexOf(lower, i + 1)) {
      answer = !/[A-Za-z\u00C0-\u024F]/.test(text[i - 1] ?? '') && !/[A-Za-z\u00C0-\u024F]/.test(text[i + lower.length] ?? '');
    }
    lowerCaseCache.answers.set(lower, answer);
  }
  return answer;
}

/**
 * An English name as the article means it: without a possessive ("Ms Ratcliffe's conduct"), without an honorific
 * ("Miss Kensit, 47,") and without a sentence-opening participle ("Married Adeli, 32,"). Empty when nothing is left.
 */
function cleanEnglishName(text: string, name: string): string {
  let clean = name.endsWith('s') ? name.replace(/['’]s$/u, '') : name;
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b/.test(clean)) clean = clean.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+(?=\S)/u, '');
  if (!clean.includes(' ')) return clean;
  const words = clean.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length >= 2 && (EN_PARTICIPLE_OPENERS.test(first) || (/^[A-Z][a-z]{3,}(?:ed|ing)$/.test(first) && writtenInLowerCase(text, first)))) {
    clean = words.slice(1).join(' ');
  }
  return clean;
}

/** Title words that open a compound title rather than an organisation ("District Judge", "Deputy … Attorney"). */
const EN_TITLE_MODIFIERS = /^(?:Deputy|District|Assistant|Acting|Former|Interim|Senior|Associate|Vice|Circuit|Executive|Principal|Lead|Head|Managing)\s*/;

/**
 * The organisation before or after an English title, or nothing: "Panel chairman" is a role in a panel the text
 * also writes in lower case.
 */
function cleanEnglishOrg(text: string, org: string): string {
  // An acronym ("KIAT", "NASA") is neither a title word nor a common noun.
  if (org === org.toUpperCase()) return org;
  let clean = org;
  while (EN_TITLE_MODIFIERS.test(clean)) clean = clean.replace(EN_TITLE_MODIFIERS, '');
  clean = clean.trim();
  if (!clean) return '';
  if (!/\s/.test(clean) && /^[A-Z][a-z]+$/.test(clean) && writtenInLowerCase(text, clean)) return '';
  return clean;
}

/**
 * Titles that may close a compound word (`경제부총리`, `산업부장관`, `연구소장`). Words such as 시장 (market),
 * 사장/회장 (site/hall) or 감사 (audit) are left out: as suffixes they are usually something else.
 */
const KO_COMPOUND_TITLES = ['부총리', '총리', '장관', '차관', '대변인', '위원장', '원장', '청장', '처장', '실장', '국장', '본부장',
  '센터장', '연구소장', '이사장', '총장', '교수', '대표', '대사', '팀장', '과장', '부장', '단장', '부시장', '부지사',
  '정책관', '심의관', '기획관', '군수', '구청장', '도지사', '교육감', '시장'];
/** Unit heads whose compounds name a department of any length (`해양정책과장`, `글로벌금융팀장`). */
const KO_UNIT_HEADS = new Set(['실장', '국장', '본부장', '센터장', '팀장', '과장', '부장', '단장']);

const KO_COMPOUND_TITLE_LAST = new Set(KO_COMPOUND_TITLES.map((t) => t[t.length - 1]!));
const KO_PARTICLE_MAX_LENGTH = Math.max(0, ...KO_PARTICLES.map((p) => p.length));
/**
 * Cheap pre-check for the compound-title loop: a compound title is followed only by a particle, so its last
 * syllable lies within the word's last (longest particle + 1) syllables.
 */
function mayEndInCompoundTitle(word: string): boolean {
  for (let i = Math.max(1, word.length - 1 - KO_PARTICLE_MAX_LENGTH); i < word.length; i++) {
    if (KO_COMPOUND_TITLE_LAST.has(word[i]!)) return true;
  }
  return false;
}

/** The title a Korean word starts with (or, for a few titles, ends with), before its particle. */
function koreanTitleWord(word: string): string | null {
  // Asked for every Hangul word: only the titles that start with the word's first syllable, longest first.
  for (const t of KO_TITLES_BY_FIRST().get(word[0] ?? '') ?? []) {
    if (word.startsWith(t) && (isParticle(word.slice(t.length)) || word.slice(t.length) === '씨')) return t;
  }
  if (!mayEndInCompoundTitle(word)) return null;
  for (const t of KO_COMPOUND_TITLES) {
    const at = word.indexOf(t);
    if (at < 1 || at > (KO_UNIT_HEADS.has(t) ? 8 : 4) || !isParticle(word.slice(at + t.length))) continue;
    // 시장 is also a market (주식시장): a mayor only after a known city (서울시장, 수원시장).
    if (t === '시장' && !KO_PLACE_SET().has(word.slice(0, at))) continue;
    const compound = word.slice(0, at + t.length);
    if (/^[\p{Script=Hangul}]+$/u.test(compound) && !isKoreanOrgWord(compound, false)) return compound;
  }
  return null;
}

/** "씨" (Mr/Ms after a name) with the particles it takes. */
const KO_SSI_FORMS = new Set(['씨', ...[...'는가를의와도에', '에게', '께서'].map((p) => `씨${p}`)]);

function koreanPeople(text: string, add: Add): void {
  for (const m of text.matchAll(/[\p{Script=Hangul}]+/gu)) {
    const word = m[0];
    const start = m.index;
    const prev = text[start - 1] ?? ' ';
    if (!/[\s▲△■●◆•·“"‘'(]/u.test(prev)) continue; // the title must start a word
    const title = koreanTitleWord(word);
    const isSsi = !title && word[0] === '씨' && KO_SSI_FORMS.has(word);
    if (!title && !isSsi) continue;
    // Look back within the sentence: at most 5 words, not across a quote, period or comma.
    const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 120);
    let from = lineStart;
    // Search only this window: a stop before it is ignored anyway, and searching the whole text back from every
    // title made long articles quadratic.
    const window = text.slice(lineStart, start);
    for (const stop of ['.', ',', '”', '“', '"', '·', '、', ':']) {
      const k = window.lastIndexOf(stop);
      const i = k < 0 ? -1 : lineStart + k;
      if (i >= from && !isInsideParen(text, i, start)) from = i + 1;
    }
    const tokens = tokensBefore(text, from, start).slice(-5).reverse();
    if (!tokens.length) continue;
    const titleEnd = start + (title ?? '').length;
    const person = resolveKoreanName(tokens);
    if (!person) continue;
    const span = { start: person.start, end: title ? titleEnd : person.end };
    add(person.name, span, {
      ...(title ? { title } : {}),
      ...(person.org ? { org: person.org } : {}),
      ...(person.alias ? { alias: person.alias } : {}),
    });
  }
}

/** "김 모(45) 씨", "이모씨": news withholds the given name, writing 모 after the surname; 씨 makes it a person. */
const KO_ANONYMISED = /(?<![\p{L}\d])([\uAC00-\uD7A3]\s?모)(?:\s?\(\d{1,3}\)|\s?\(\d{1,3}[·,]\s?[^()\n]{1,12}\))?\s?씨(?![\uAC00-\uD7A3]{2})/gu;

function anonymisedPeople(text: string, add: Add): void {
  if (!text.includes('모')) return;
  for (const m of text.matchAll(KO_ANONYMISED)) add(m[1]!, { start: m.index, end: m.index + m[0].length });
}

/**
 * Broadcast transcripts name who speaks on a line of its own: "[인터뷰] 홍길동/마포구 주민 : “…”", "[녹취] 홍길동 /
 * 시 안전총괄과장: …". A tag or a quotation after the colon marks the line; the last role word is the title and
 * the words before it, when they end in an organisation word, the organisation.
 */
const KO_SPEAKER_LINE = /(?:^|\n)[^\S\n]*((?:[[<〈【(]\s*(?:인터뷰|녹취|싱크|현장음|전화\s?인터뷰)\s*[\]>〉】)][^\S\n]*)?)([\uAC00-\uD7A3]{2,4})[^\S\n]*\/[^\S\n]*([^\n:：/"“]{1,40}?)[^\S\n]*[:：][^\S\n]*(["“]?)/gu;

function koreanSpeakerLines(text: string, add: Add): void {
  if (!text.includes('/')) return;
  for (const m of text.matchAll(KO_SPEAKER_LINE)) {
    const [, tag, name, role, quote] = m;
    if ((!tag && !quote) || !isKoreanName(name!)) continue;
    const words = role!.trim().split(/\s+/);
    const title = words[words.length - 1]!;
    const orgWords = words.slice(0, -1);
    const lastOrgWord = orgWords[orgWords.length - 1];
    const org = lastOrgWord && (isOrgToken(lastOrgWord) || /[단팀]$/u.test(lastOrgWord)) ? orgWords.join(' ') : undefined;
    const start = m.index + m[0].indexOf(name!, tag!.length);
    const roleEnd = m.index + m[0].indexOf(role!, tag!.length + name!.length) + role!.length;
    add(name!, { start, end: roleEnd }, { ...(/^[\uAC00-\uD7A3]+$/.test(title) ? { title } : {}), ...(org ? { org } : {}) });
  }
}

function isInsideParen(text: string, i: number, limit: number): boolean {
  const open = text.lastIndexOf('(', i);
  const close = text.indexOf(')', i);
  return open >= 0 && close >= 0 && close < limit && text.lastIndexOf(')', i) < open;
}

interface KoreanName {
  name: string;
  start: number;
  end: number;
  org?: string;
  alias?: string;
}

/** `tokens` are the words before the title, nearest first. */
function resolveKoreanName(tokens: Token[]): KoreanName | null {
  // 1. A Korean name, possibly with organisation words between it and the title (`민병주 KIAT 원장`),
  //    or before it (`서울대 오명돈 교수`).
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    const t = tokens[i]!;
    if (isKoreanName(t.base) && !t.paren?.match(/^[가-힣]/u)) {
      const between = tokens.slice(0, i);
      if (!between.every((b) => isOrgToken(b.base) || isConnector(b.base))) break;
      let org = between
        .filter((b) => isOrgToken(b.base))
        .reverse()
        .map((b) => b.base)
        .join(' ');
      if (!org) {
        const before = tokens[i + 1];
        if (before && isOrgToken(before.base) && !KO_ENDING.test(before.base)) org = before.base;
        // "대한증권의 최서진 연구원": the organisation with its genitive particle.
        else if (before && /의$/u.test(before.base) && isKoreanOrgWord(before.base.slice(0, -1), false)) org = before.base.slice(0, -1);
      }
      const alias = latinAlias(t.paren);
      return {
        name: t.base,
        start: t.baseStart,
        end: t.baseStart + t.base.length,
        ...(org ? { org } : {}),
        ...(alias ? { alias } : {}),
      };
    }
    if (!isOrgToken(t.base) && !isConnector(t.base)) break;
  }
  // 2. A foreign name (two or three words), ideally with its romanisation: `로리 로카시오(Laurie E. Locascio) NIST 원장`.
  let i = 0;
  const orgTokens: Token[] = [];
  // The country or city a foreign leader serves counts as the organisation (`도널드 트럼프 미국 대통령`).
  while (i < tokens.length && i < 2 && !tokens[i]!.paren && (isOrgAcronym(tokens[i]!.base) || isKoreanOrgWord(tokens[i]!.base, false) || KO_PLACE_SET().has(tokens[i]!.base))) {
    orgTokens.unshift(tokens[i]!);
    i++;
  }
  const nameTokens: Token[] = [];
  while (i < tokens.length && nameTokens.length < 3) {
    const t = tokens[i]!;
    if (!/^[\p{Script=Hangul}]{2,7}$/u.test(t.base) || KO_NOT_NAMES.has(t.base) || KO_ENDING.test(t.base) && nameTokens.length > 0 && !t.paren) break;
    if (KO_TITLE_SET().has(t.base) || isKoreanOrgWord(t.base, false) || KO_PLACE_SET().has(t.base) || KO_SUFFIX_WORDS().has(t.base)) break;
    if (nameTokens.length && t.paren) break;
    nameTokens.unshift(t);
    i++;
  }
  if (nameTokens.length < 2) return null;
  const last = nameTokens[nameTokens.length - 1]!;
  const alias = latinAlias(last.paren);
  // Without a romanisation, only accept what reads like a transliteration: a long last part, no Korean
  // endings, and mostly open syllables (마이클 다이아몬드: 2 of 8 closed; 높아 태양전지: 3 of 6).
  if (!alias) {
    // A country or organisation between the name and the title vouches for a Korean-looking or (in a long name) short
    // last part: 에마뉘엘 마크롱 프랑스 대통령, 블라디미르 푸틴 러시아 대통령 (not two nouns: 유력 후보 미국 대통령).
    const long = nameTokens.reduce((n, t) => n + t.base.length, 0) >= 5;
    if (!(orgTokens.length ? last.base.length >= (long ? 2 : 3) : last.base.length >= 3 && !isKoreanName(last.base))) return null;
    if (nameTokens.some((t) => KO_ENDING.test(t.base) || /[아어게지]$/u.test(t.base) && t !== last)) return null;
    if (finalConsonantShare(nameTokens.map((t) => t.base).join('')) > (orgTokens.length ? 0.4 : 0.3)) return null;
  }
  const first = nameTokens[0]!;
  const org = orgTokens.map((t) => t.base).join(' ');
  return {
    name: nameTokens.map((t) => t.base).join(' '),
    start: first.baseStart,
    end: last.baseStart + last.base.length,
    ...(org ? { org } : {}),
    ...(alias ? { alias } : {}),
  };
}

const EN_TITLE_ABBR: Record<string, string> = { 'dr.': 'doctor', 'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor' };
/** Titles as English prose writes them (lower case, CEO in capitals); German nouns keep their capital. */
const titleOf = (raw: string): string =>
  /^c[a-z]o$/i.test(raw)
    ? raw.toUpperCase()
    : /[äöüß]|^(?:Bundes|Kanzler|Minister(?:in|präsident)|Präsident|Vorsitzende|Sprecher|Bürgermeister|Oberbürgermeister|Direktor|Professorin|Trainer|Geschäftsführer|Chef|Presse|Polizei|Landr|Staatssekret)/.test(raw)
      ? raw
      : (EN_TITLE_ABBR[raw.toLowerCase()] ?? raw.toLowerCase());

/** The English/German person patterns that carry the whole title list: built on first use, and only for a text
 * that holds a title (`mayHoldEnglishTitle`), since compiling them is most of a first call's cost. */
const EN_TITLED_PEOPLE = lazy(() => ({
  // Name, (the) [Org] title (of Org)
  withTitleAfter: new RegExp(
    `(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?((?:[A-Z][\\w&.'-]*\\s+){0,4})(${EN_TITLE_RE()})\\b(?:\\s+(?:of|at|for|der|des|vom|beim)\\s+(?:the\\s+)?([A-ZÄÖÜ][\\wäöüß&.'-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+|&\\s+)?[A-ZÄÖÜ][\\wäöüß&.'-]*){0,5}))?`,
    'g',
  ),
  // [Org] Title Name, with lazy organisation words (see englishPeople).
  withTitleBefore: new RegExp(`((?:[A-Z][\\w&.'-]*\\s+){0,3}?)\\b(${EN_TITLE_RE()})\\s+(${NAME})`, 'g'),
  titleBefore: new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(${EN_TITLE_RE()})$`),
}));

/**
 * Could a title pattern match `text`? Each alternative of EN_TITLE_RE is a title of EN_TITLES, or it with capitals
 * ("Chief Executive", "CEO"), so its match lower-cased is that title lower-cased: when no lower-cased title is a
 * substring of the lower-cased text, none of EN_TITLED_PEOPLE can match. (A Korean article that names one
 * person in Latin letters, "로리 로카시오(Laurie E. Locascio)", opens the name gate but rarely holds an English title.)
 */
export function mayHoldEnglishTitle(text: string): boolean {
  const lower = text.toLowerCase();
  return EN_TITLES_LOWER().some((title) => lower.includes(title));
}
const EN_TITLES_LOWER = lazy(() => [...new Set(EN_TITLES.map((title) => title.toLowerCase()))]);

/** The other English/German person patterns, built on first use and once. */
const EN_PEOPLE = lazy(() => ({
  honorific: new RegExp(`\\b(Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\\.?\\s+((?:${NAME_WORD}\\s+){0,2}${NAME_WORD})`, 'g'),
  apposition: new RegExp(
    `(${NAME}),(?:\\s+\\d{1,3},)?\\s+(?:a|an)\\s+(?:\\d{1,3}-year-old\\s+|[a-z]+-year-old\\s+)?((?:[a-z][a-z-]*\\s+){0,3}[a-z][a-z-]*)(?=\\s+(?:who|whose|at|for|of|with|from|in|on)\\b|[,.;])`,
    'g',
  ),
  deTitle: new RegExp(`(?<![\\p{L}])([A-ZÄÖÜ][a-zäöüß]{2,}(?:referent|referentin|sprecher|sprecherin|leiter|leiterin|meister|meisterin|direktor|direktorin|experte|expertin|beauftragte|beauftragter|vorsitzende|vorsitzender|minister|ministerin|präsident|präsidentin|führer|führerin|chef|chefin|manager|managerin|analyst|analystin|ökonom|ökonomin|forscher|forscherin|berater|beraterin))\\s+(${NAME})`, 'gu'),
  named: new RegExp(`\\b(?:[Aa]|[Aa]n)\\s+(?:[a-z]+-year-old|(?:[a-z-]+\\s+){0,2}(?:boy|girl|man|woman|child|son|daughter|teenager|student|nurse|teacher|worker|resident|mother|father))\\s+(?:named|called)\\s+((?:${NAME_WORD})(?:\\s+${NAME_WORD})?)\\b`, 'g'),
  afterVerb: new RegExp(`^\\s+(${NAME})(?=[,.;]|\\s*$)`),
  beforeVerb: new RegExp(`(${NAME})\\s+$`),
  withAge: new RegExp(`(${NAME}),\\s+\\d{1,3},`, 'g'),
  // "The health secretary, Angela Whitford, said", "Its chief executive, Omar Haddad, said": a determiner, a
  // title, then the name set off by commas.
  // Found from ", Name," (cheap), then the determiner and title that end right before it are read.
  commaName: new RegExp(`,\\s+(${NAME}),`, 'g'),
  // "Board member Gail Osborne", "council member Ray Lutz": a member of a named body.
  memberOf: new RegExp(`\\b([Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Cc]abinet|[Ss]taff|[Pp]anel|[Jj]ury|[Cc]ongress|[Pp]arliament|[Aa]ssembly)\\s+member\\s+(${NAME})`, 'g'),
  // "Dana Whitley, Northside resident" closing a line or a clause (a pull quote's attribution): no article.
  bareRole: new RegExp(`(${NAME}),\\s+(?!(?:a|an|the|his|her|their)\\s)((?:[A-Z][a-z]+\\s+)?(?:[a-z][a-z-]*\\s+){0,2}[a-z][a-z-]*)(?=\\s*(?:\\n|$)|[,.;](?:\\s|$))`, 'g'),
  // "Dana Whitley was 24 when she …", "Dana Whitley is 61 and …": an age after the name.
  ageVerb: new RegExp(`(${NAME})\\s+(?:was|is)\\s+\\d{1,3}(?=\\s+(?:when|and|years old)\\b|,)`, 'g'),
}));

/** "Name, who chairs/heads/leads … the <Org>": the verb names the role. */
const WHO_ROLE = /^,\s+who\s+(chairs|heads|leads|directs|manages|founded|co-founded)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5})/;
const WHO_ROLE_TITLE: Record<string, string> = {
  chairs: 'chair', heads: 'head', leads: 'leader', directs: 'director', manages: 'manager', founded: 'founder', 'co-founded': 'co-founder',
};

/** `titles`: false when no title can occur in the text (the title patterns are then neither built nor run). */
function englishPeople(text: string, add: Add, titles: boolean): void {
  const patterns = EN_PEOPLE();
  const titled = titles ? EN_TITLED_PEOPLE() : null;
  // Name, (the) [Org] title (of Org)
  const a = titled?.withTitleAfter;
  if (a) a.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (a && (m = a.exec(text)) !== null) {
    // German sentences capitalise their first word ("Auch Petra Lange, Sprecherin …"): it is not part of the name.
    const lead = NAME_LEAD_WORDS.exec(m[1]!);
    const name = lead ? m[1]!.slice(lead[0].length) : m[1]!;
    if (!isEnglishName(name)) continue;
    // A sentence-final period is not part of the organisation ("… of the Taxpayers Union."), "U.S." keeps its own.
    // The organisation ends with its line and its sentence ("… Alliance.\n\nStaff …").
    // "chief executive of Jo’s Cervical Cancer Trust": a possessor cut off from the name is not the organisation.
    const possessorCut = !!m[4] && /^['’]s\b/u.test(text.slice(m.index + m[0].length));
    // "Sanjay Gupta, CNN's chief medical correspondent": the organisation without its possessive.
    let org = (m[2]!.trim() || (possessorCut ? '' : m[4]) || '').trim().split('\n')[0]!.trim().replace(/(?<=\S)['’]s$/u, '');
    const sentenceEnd = /(?<!\b[A-Z])\.(?:\s|$)/.exec(org);
    if (sentenceEnd) org = org.slice(0, sentenceEnd.index);
    // When the organisation was cut at a sentence end, the next sentence is searched again ("… Halle. Auch Petra …").
    let end = m.index + m[0].length;
    if (m[4] && org && !m[2]!.trim() && org !== m[4].trim()) end = m.index + m[0].lastIndexOf(m[4]) + org.length;
    a.lastIndex = Math.max(m.index + 1, end);
    add(name, { start: m.index + (lead ? lead[0].length : 0), end }, { title: titleOf(m[3]!), ...(org ? { org } : {}) });
  }
  // [Org] Title Name: "NIST Director Laurie Locascio", "Liverpool manager Brendan Rodgers"
  // Lazy organisation words, so "Prime Minister" is read as one title rather than org "Prime" + "Minister".
  for (const m of titled ? text.matchAll(titled.withTitleBefore) : []) {
    const name = m[3]!;
    if (!/^[A-Z]/.test(name) || !isEnglishName(name, true)) continue;
    let orgWords = m[1]!.trim().split(/\s+/).filter((w) => w && !EN_LEADING_WORDS.has(w));
    // A sentence end among the words ("… Jana Vogt. Laut Geschäftsführer …") starts afresh after it.
    const lastStop = orgWords.findLastIndex((w) => /[.!?]$/.test(w) && !/^(?:[A-Z]\.)+$/.test(w));
    if (lastStop >= 0) orgWords = orgWords.slice(lastStop + 1).filter((w) => !EN_LEADING_WORDS.has(w));
    // "… on Saturday Belgium captain Vincent Kompany" (a caption run into the text): a day or a month ends the
    // sentence before the organisation.
    const dateWord = orgWords.findLastIndex((w) => /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/.test(w));
    if (dateWord >= 0) orgWords = orgWords.slice(dateWord + 1);
    // "Brenda Burns's attorney": a possessor, not an organisation.
    if (/['’]s$/.test(orgWords[orgWords.length - 1] ?? '')) orgWords = [];
    const titleStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    // "Arsenal vice-captain Per Mertesacker": the prefix belongs to the title.
    const prefix = /(?:vice|co|deputy|assistant)-$/i.exec(text.slice(Math.max(0, titleStart - 10), titleStart))?.[0].toLowerCase() ?? '';
    if (prefix) {
      // (the organisation before it, if any, keeps its own words: "Arsenal vice-")
      orgWords = orgWords.filter((w) => !/-$/.test(w));
      const org = orgWords.join(' ');
      add(name, { start: org ? m.index + m[0].indexOf(orgWords[0]!) : titleStart - prefix.length, end: m.index + m[0].length }, { title: prefix + titleOf(m[2]!), ...(org ? { org } : {}) });
      continue;
    }
    // "Assistant Fire Chief Rick Hughes": words after a title modifier make one compound title, not an organisation.
    if (orgWords.length && EN_TITLE_MODIFIERS.test(orgWords[0]!) && orgWords.every((w) => /^[A-Z][a-z]+$/.test(w))) {
      const start = m.index + m[0].indexOf(orgWords[0]!);
      add(name, { start, end: m.index + m[0].length }, { title: [...orgWords, m[2]!].join(' ').toLowerCase() });
      continue;
    }
    const org = orgWords.join(' ');
    const start = org ? m.index + m[0].indexOf(orgWords[0]!) : titleStart;
    add(name, { start, end: m.index + m[0].length }, { title: titleOf(m[2]!), ...(org ? { org } : {}) });
  }
  // Honorifics: Mr Yeaman, Dr. Jane Smith
  for (const m of text.matchAll(patterns.honorific)) {
    let name = m[2]!;
    if (name.split(/\s+/).some((w) => EN_NOT_NAME_WORDS.has(w))) continue;
    let title = /^(?:Dr|Prof|Professor)$/.test(m[1]!) ? (m[1] === 'Dr' ? 'doctor' : 'professor') : undefined;
    // "Mr Justice Warby": a judge's title between the honorific and the name.
    const titled = /^(Justice|Judge|Commissioner|Chief Justice)\s+(?=[A-Z])/.exec(name);
    if (titled) {
      name = name.slice(titled[0].length);
      title = titled[1]!.toLowerCase();
    }
    add(name, { start: m.index + m[0].indexOf(name), end: m.index + m[0].length }, title ? { title } : {});
  }
  // Name, (55,) a/an [age] description ending in a person noun: "Helen Marsh, 58, a retired school teacher
  // who…", "Oliver Brandt, a 34-year-old bike mechanic". The description is the title.
  for (const m of text.matchAll(patterns.apposition)) {
    const name = m[1]!;
    const description = m[2]!;
    const head = description.split(/\s+/).pop()!;
    if (!isEnglishName(name) || !EN_PERSON_NOUN.test(head) || EN_NOT_PERSON_HEADS.has(head)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, { title: description });
  }
  // German compound titles before the name: "Mietrechtsexpertin Laura Hofmann", "Pressesprecher Jan Vogt".
  for (const m of text.matchAll(patterns.deTitle)) {
    const name = m[2]!;
    if (!isEnglishName(name)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, { title: m[1]! });
  }
  // "a seven-year-old named Mia", "a retired nurse called Edna": a person noun, then the (first) name.
  for (const m of text.matchAll(patterns.named)) {
    const name = m[1]!;
    if (name.split(/\s+/).some((w) => EN_NOT_NAME_WORDS.has(w)) || EN_PLACE_SET.has(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    add(name, { start, end: start + name.length });
  }
  // Attributions without a title ("said Jamal Reed", "Jamal Reed told…", "according to Jamal Reed") are people
  // when the article goes on to use the surname alone as a subject ("Reed said", "Reed, who…", "Reed has…");
  // an organisation named like a person ("said Morgan Stanley") is rarely referred to that way.
  const surnameUses = new Map<string, number[]>();
  // Anchored on the reporting verb (scanning for a name at every capital letter is slow on long pages).
  const { afterVerb, beforeVerb } = patterns;
  const attributions: Array<{ index: number; 0: string; 1?: string; 2?: string }> = [];
  for (const v of text.matchAll(/\b(?:said|says|[Aa]ccording to|added|told)\b/g)) {
    const verbEnd = v.index + v[0].length;
    const after = v[0] !== 'told' ? afterVerb.exec(text.slice(verbEnd, verbEnd + 60)) : null;
    if (after) {
      attributions.push({ index: v.index, 0: text.slice(v.index, verbEnd + after[0].length), 1: after[1]! });
      continue;
    }
    if (/ccording/.test(v[0])) continue;
    const windowStart = Math.max(0, v.index - 60);
    const before = beforeVerb.exec(text.slice(windowStart, v.index));
    if (before) attributions.push({ index: windowStart + before.index, 0: text.slice(windowStart + before.index, verbEnd), 2: before[1]! });
  }
  for (const m of attributions) {
    const full = m[1] ?? m[2]!;
    // "Name said" must start its clause ("… as Harry Potter Charlotte said" runs two names together).
    if (!m[1] && !/(?:^|[.!?"“”,;:]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const lead = NAME_LEAD_WORDS.exec(full);
    const name = lead ? full.slice(lead[0].length) : full;
    if (!isEnglishName(name) || name.split(/\s+/).length !== 2) continue;
    const surname = name.split(/\s+/).pop()!;
    if (surname.length < 3) continue;
    // "said Linda Marsh, who chairs …": a relative "who" right after the attributed name marks a person.
    if (m[1]) {
      const start = m.index + m[0].indexOf(name);
      if (/^,\s+who\b/.test(text.slice(start + name.length, start + name.length + 8))) {
        // "…, who chairs the Flood Action Group": the role and the organisation.
        const role = WHO_ROLE.exec(text.slice(start + name.length, start + name.length + 90));
        if (role) add(name, { start, end: start + name.length + role[0].length }, { title: WHO_ROLE_TITLE[role[1]!]!, org: role[2]! });
        else add(name, { start, end: start + name.length });
        continue;
      }
    }
    const known = surnameUses.get(surname);
    if (known !== undefined && known.length > 1) {
      const start = m.index + m[0].indexOf(name);
      add(name, { start, end: start + name.length });
      continue;
    }
    const later = new RegExp(`(?<![A-Z][\\w'’-]*\\s)\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,\\s+who\\b|\\s+(?:said|says|told|added|has|had|is|was|keeps|kept|believes|thinks|argued|estimates|wrote|noted|explained|recalled)\\b)`, 'g');
    // Where the surname is used as a subject (computed once per surname; at most two uses are needed).
    const uses = known ?? [];
    if (known === undefined) {
      for (const r of text.matchAll(later)) if (uses.push(r.index) >= 2) break;
      surnameUses.set(surname, uses);
    }
    if (!uses.some((i) => i < m.index || i >= m.index + m[0].length)) continue;
    const start = m.index + m[0].indexOf(name);
    add(name, { start, end: start + name.length });
  }
  for (const c of titled ? text.matchAll(patterns.commaName) : []) {
    const windowStart = Math.max(0, c.index - 70);
    const m = titled!.titleBefore.exec(text.slice(windowStart, c.index));
    const name = c[1]!;
    if (!m || !isEnglishName(name)) continue;
    const start = c.index + c[0].indexOf(name);
    add(name, { start: windowStart + m.index, end: start + name.length }, { title: (m[1]! + titleOf(m[2]!)).trim() });
  }
  // Name, 55, (age apposition)
  for (const m of text.matchAll(patterns.withAge)) {
    if (isEnglishName(m[1]!)) add(m[1]!, { start: m.index, end: m.index + m[1]!.length });
  }
  for (const m of text.matchAll(patterns.ageVerb)) {
    const lead = NAME_LEAD_WORDS.exec(m[1]!);
    const name = lead ? m[1]!.slice(lead[0].length) : m[1]!;
    const start = m.index + (lead ? lead[0].length : 0);
    if (isEnglishName(name) && !EN_PLACE_SET.has(name)) add(name, { start, end: start + name.length });
  }
  for (const m of text.matchAll(patterns.memberOf)) {
    const name = m[2]!;
    if (!isEnglishName(name, true)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, { title: `${m[1]!.toLowerCase()} member` });
  }
  for (const m of text.matchAll(patterns.bareRole)) {
    const name = m[1]!;
    const description = m[2]!;
    const head = description.split(/\s+/).pop()!;
    if (!EN_BARE_ROLE_HEAD.test(head) || !isEnglishName(name) || EN_PLACE_SET.has(name)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, { title: description });
  }
}

/** "Yeaman" (from "Mr Yeaman") joins "Leon Yeaman" when that full name is in the article. */
function mergeSurnames(people: PersonFact[]): PersonFact[] {
  const full = people.filter((p) => p.name.includes(' '));
  const out: PersonFact[] = [];
  for (const p of people) {
    if (!p.name.includes(' ') && /^[A-Z]/.test(p.name)) {
      const target = full.find((f) => f.name.endsWith(' ' + p.name));
      if (target) {
        // Evidence must contain the fact's name, so the surname-only mentions are not added to it.
        if (!target.title && p.title) target.title = p.title;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
