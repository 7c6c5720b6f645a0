/**
 * Small word lists for rule-based fact extraction (Korean and English news). Plain data, documented here so
 * it can be extended in one place: title words, organisation suffixes, well-known organisation acronyms,
 * reporting verbs and Korean particles. Nothing here is keyed to a site or an article.
 */
import { setKoreanPlaces } from './gazetteer';

/** English job titles (lower case; matched case-insensitively). */
export const EN_TITLES = [
  'president', 'vice president', 'prime minister', 'minister', 'secretary', 'chancellor', 'governor', 'senator',
  'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy director',
  'executive director', 'managing director', 'director general', 'general secretary', 'secretary general',
  'secretary-general', 'managing editor', 'chairman', 'chairwoman', 'chair',
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'head',
  'chief', 'professor', 'researcher', 'scientist', 'economist', 'analyst', 'manager', 'coach', 'captain',
  'commissioner', 'superintendent', 'sheriff', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor',
  'general', 'admiral', 'colonel', 'officer', 'detective', 'inspector', 'leader', 'boss', 'owner', 'editor',
  'correspondent', 'administrator', 'dean', 'principal', 'representative', 'rep.', 'sen.', 'gov.', 'dr.',
  // German titles (capitalised in text; same patterns: "Bundeskanzler Olaf Scholz")
  'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'bundespräsident', 'bundespräsidentin', 'ministerpräsident',
  'ministerpräsidentin', 'ministerin', 'präsident', 'präsidentin', 'vorsitzende', 'vorsitzender', 'sprecher', 'sprecherin',
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'direktor', 'direktorin', 'professorin', 'trainer',
  'geschäftsführer', 'geschäftsführerin', 'chef', 'chefin', 'oberbürgermeisterin', 'landrat', 'landrätin', 'staatssekretär',
  'staatssekretärin', 'pressesprecher', 'pressesprecherin', 'polizeisprecher', 'polizeisprecherin',
] as const;

/**
 * The Korean lists (lexicon-ko.ts) as live bindings: empty until `useKoreanLexicon` installs them, so a page
 * without Hangul never loads them (they cannot match such a text anyway). Rules read them at call time, and
 * anything built from them is rebuilt through `koreanDerived` when they change.
 */
export interface KoreanLexicon {
  titles: readonly string[];
  orgSuffixes: readonly string[];
  notOrgs: readonly string[];
  notNames: readonly string[];
  places: readonly string[];
  notNamed: readonly string[];
  notSource: readonly string[];
  notDistrict: readonly string[];
  notDong: readonly string[];
  notStations: readonly string[];
  notTownships: readonly string[];
  /** A pattern source (a RegExp with the u flag). */
  govBody: string;
  notWhat: readonly string[];
  /** Bodies named without an organisation suffix (국회, 대통령실, 국민의힘) and short forms (한은, 금감원). */
  orgNames?: readonly string[];
}
/** Korean job titles that follow a name (`민병주 KIAT 원장`). */
export let KO_TITLES: readonly string[] = [];
/** Korean organisation suffixes: a word ending in one of these (and long enough) names an organisation. */
export let KO_ORG_SUFFIXES: readonly string[] = [];
/** Standalone words ending in a strong suffix that are nevertheless not organisations. */
export let KO_NOT_ORGS: ReadonlySet<string> = new Set();
/** Words that look like names (surname + 1–2 syllables) but are common nouns in news text. */
export let KO_NOT_NAMES: ReadonlySet<string> = new Set();
export let KO_NOT_NAMED: ReadonlySet<string> = new Set();
export let KO_NOT_SOURCE: ReadonlySet<string> = new Set();
export let KO_NOT_DISTRICT: ReadonlySet<string> = new Set();
export let KO_NOT_DONG: ReadonlySet<string> = new Set();
export let KO_NOT_STATIONS: ReadonlySet<string> = new Set();
export let KO_NOT_TOWNSHIPS: ReadonlySet<string> = new Set();
/** Government bodies whose suffix (부/청/처/원) is too generic to accept without a known stem. */
export let KO_GOV_BODY: RegExp = /(?!)/u;
/** Words next to a number that are not what it counts. */
export let KO_NOT_WHAT: ReadonlySet<string> = new Set();
export let KO_ORG_NAMES: ReadonlySet<string> = new Set();
let installed: KoreanLexicon | null = null;
let generation = 0;

/** Installs the Korean lists (once per lexicon object; later calls with the same object do nothing). */
export function useKoreanLexicon(lexicon: KoreanLexicon): void {
  if (installed === lexicon) return;
  installed = lexicon;
  KO_TITLES = lexicon.titles;
  KO_ORG_SUFFIXES = lexicon.orgSuffixes;
  KO_NOT_ORGS = new Set(lexicon.notOrgs);
  KO_NOT_NAMES = new Set(lexicon.notNames);
  setKoreanPlaces(lexicon.places);
  KO_GOV_BODY = new RegExp(lexicon.govBody, 'u');
  KO_NOT_WHAT = new Set(lexicon.notWhat);
  KO_ORG_NAMES = new Set(lexicon.orgNames);
  KO_NOT_NAMED = new Set(lexicon.notNamed);
  KO_NOT_SOURCE = new Set(lexicon.notSource);
  KO_NOT_DISTRICT = new Set(lexicon.notDistrict);
  KO_NOT_DONG = new Set(lexicon.notDong);
  KO_NOT_STATIONS = new Set(lexicon.notStations);
  KO_NOT_TOWNSHIPS = new Set(lexicon.notTownships);
  generation++;
  // What the rules build from the lists is built now, as the lists arrive (as module code did when they were part
  // of the facts script), not in the middle of the first extraction.
  for (const get of derived) get();
}

/** Every value built from the Korean lists (koreanDerived), to build when the lists are installed. */
const derived: Array<() => unknown> = [];

/**
 * A value built from the Korean lists, built on first use and again after `useKoreanLexicon` changed them;
 * `eager` ones are also built at once when the lists are installed.
 */
export function koreanDerived<T>(build: () => T, eager = true): () => T {
  let builtAt = -1;
  let value: T;
  const get = (): T => {
    if (builtAt !== generation) {
      value = build();
      builtAt = generation;
    }
    return value;
  };
  if (eager) derived.push(get);
  return get;
}

/** Suffixes too generic to make an organisation of a standalone word; only accepted with an abbreviation. */
export const KO_WEAK_ORG_SUFFIXES = new Set(['원', '부', '처', '청', '당', '군', '국', '기관', '센터', '대학', '그룹', '방송']);

/** English organisation heads: a capitalised phrase ending (or starting "X of") with one of these. */
export const EN_ORG_WORDS = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Company', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'Group', 'Holdings',
  'Agency', 'Administration', 'Institute', 'Institutes', 'Institution', 'University', 'College', 'School',
  'Department', 'Ministry', 'Office', 'Bureau', 'Council', 'Committee', 'Commission', 'Association', 'Federation',
  'Foundation', 'Society', 'Union', 'League', 'Party', 'Bank', 'Fund', 'Court', 'Police', 'Service', 'Services',
  'Board', 'Authority', 'Organization', 'Organisation', 'Center', 'Centre', 'Laboratory', 'Laboratories', 'Club',
  'Trust', 'Network', 'Press', 'Times', 'Post', 'News', 'Hospital', 'Army', 'Navy', 'Force', 'Congress', 'Senate',
  'Parliament', 'Assembly', 'Academy', 'Museum', 'Council', 'Secretariat', 'Exchange', 'Airlines', 'Motors',
  'Coalition', 'Alliance', 'Partnership', 'Consortium', 'Cooperative', 'Cathedral', 'Library', 'Libraries', 'Electric',
] as const;

/** Well-known organisation acronyms accepted as organisations even without an expansion in the article. */
export const KNOWN_ORG_ACRONYMS = new Set([
  'UN', 'EU', 'NATO', 'WHO', 'WTO', 'IMF', 'OECD', 'OPEC', 'ASEAN', 'APEC', 'UNESCO', 'UNICEF', 'IAEA', 'ICC', 'FIFA',
  'IOC', 'UEFA', 'NASA', 'FBI', 'CIA', 'NSA', 'CDC', 'FDA', 'EPA', 'SEC', 'FTC', 'FCC', 'NIH', 'NSF', 'NIST', 'DOE',
  'DOJ', 'DHS', 'IRS', 'NOAA', 'NHS', 'BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'AP', 'AFP', 'KBS', 'MBC', 'SBS', 'JTBC',
  'KAIST', 'POSTECH', 'UNIST', 'DGIST', 'GIST', 'ETRI', 'KIST', 'KIAT', 'KOTRA', 'KDI', 'KOSPI', 'LG', 'SK', 'KT',
  'GS', 'CJ', 'HD', 'IBM', 'AMD', 'TSMC', 'ESA', 'CERN', 'MIT', 'UCLA', 'NYU', 'OpenAI', 'ECB', 'BOJ', 'BOK', 'Fed',
  'NPS', 'KEPCO', 'KOICA', 'KISTEP', 'KEIT', 'KOSDAQ', 'NFL', 'NBA', 'MLB', 'NHL', 'PGA',
]);

/** Upper-case words that are not organisations (documents, fields, technologies, places, units). */
export const NOT_ORG_ACRONYMS = new Set([
  'LOI', 'MOU', 'MOA', 'NDA', 'ICT', 'IT', 'AI', 'R&D', 'RD', 'CEO', 'CFO', 'CTO', 'COO', 'DC', 'US', 'USA', 'UK',
  'PC', 'TV', 'VR', 'AR', 'IoT', 'GDP', 'GNP', 'CPI', 'PM', 'AM', 'OK', 'ID', 'PDF', 'API', 'SNS', 'PR', 'IR', 'IPO',
  'ESG', 'EV', 'SUV', 'CO2', 'DNA', 'RNA', 'PCR', 'GPS', 'LED', 'OLED', 'LCD', 'CPU', 'GPU', 'HBM', 'DRAM', 'SSD',
  'ETF', 'KRW', 'USD', 'EUR', 'JPY', 'CNY', 'GBP', 'FTA', 'VIP', 'FAQ', 'QR', 'SW', 'HW', 'BTS', 'MVP', 'TBD', 'UTC',
  'KST', 'EST', 'EDT', 'PST', 'GMT', 'BC', 'AD', 'NO', 'THE', 'A', 'I', 'II', 'III', 'IV', 'V', 'X', 'Q1', 'Q2', 'Q3',
  'Q4', 'OS', 'UI', 'UX', 'RE', 'FW', 'CC', 'PS', 'NB', 'HIV', 'AIDS', 'COVID', 'MERS', 'SARS', 'ICU', 'ER', 'MRI',
]);

/** Korean reporting verbs after a quotation (`…”라고 말했다`). */
export const KO_REPORT_VERBS =
  /^(?:[이]?라고|고|며|라며|이라며|면서|라면서|는|란|이라는|라는)?\s*(?:\S+\s+)?(?:말했|밝혔|강조했|설명했|전했|덧붙였|주장했|지적했|언급했|당부했|말한|답했|물었|했|촉구했|호소했|평가했|예상했|전망했|분석했|제안했|발표했|반박했|토로했|털어놨|밝힌|말하|밝히|강조하|설명하|지적하|주장하)/u;

/** English reporting verbs. */
export const EN_REPORT_VERBS =
  'said|says|told|added|explained|insisted|claimed|noted|stated|wrote|warned|argued|asked|replied|admitted|revealed|declared|continued|recalled|tweeted|posted|commented|confirmed|announced|sagte|sagt|erklärte|betonte|meinte|so';

/** Korean particles/endings that may follow a noun inside one space-separated word. */
export const KO_PARTICLES = [
  '', '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께서', '과', '와', '도', '만', '로', '으로', '까지',
  '부터', '에는', '에서는', '에서도', '에도', '으로는', '로는', '과의', '와의', '이나', '나', '이며', '며', '이다', '였다',
  '이었다', '측', '측은', '측이', '측의', '이라고', '라고', '처럼', '보다', '에서의', '으로의', '로의', '간', '내', '산',
  '발', '행', '쪽', '에선', '서', '이라는', '라는', '인', '등', '등의', '등이', '등을', '등은', '에게서', '한테',
];

const KO_PARTICLE_SET = new Set(KO_PARTICLES);

/** Is `rest` (the remainder of a Korean word after a noun) a particle or nothing? */
export function isParticle(rest: string): boolean {
  return KO_PARTICLE_SET.has(rest);
}

/** Common Korean surnames (single syllable), for telling a 2–4 syllable name from a noun. */
export const KO_SURNAMES = new Set(
  ('김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도' +
    '소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창')
    .split(''),
);
export const KO_COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방'];

