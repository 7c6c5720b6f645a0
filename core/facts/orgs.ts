/**
 * Organisations: expansions with their abbreviation (`한국산업기술진흥원(KIAT)`, `National Institute of Standards
 * and Technology (NIST)`), Korean words with an organisation suffix (`국립표준기술연구소`, `상무부`), English
 * capitalised names with an organisation head word (`Joseph Rowntree Foundation`; a bare `Prudential` is missed),
 * and acronyms that are known organisations or listed as such (`연방기관(NIST, NSF, NIH)`). Also city
 * governments (`서울시`), Korean names introduced by a category noun (`거래소 코빗에 따르면`) or recurring as a
 * source (`X 관계자는`), German legal forms and institutional compounds (`… GmbH`, `Bundeskartellamt`,
 * `Stadtwerke Dresden`), chambers and lower-case churches/schools (`St. Agnes's church`).
 */
import type { OrgFact, TextSpan } from '../types';
import {
  EN_ORG_WORDS,
  isParticle,
  KNOWN_ORG_ACRONYMS,
  KO_GOV_BODY,
  KO_ORG_NAMES,
  KO_NOT_NAMED,
  KO_NOT_ORGS,
  KO_NOT_SOURCE,
  KO_ORG_SUFFIXES,
  KO_PARTICLES,
  KO_WEAK_ORG_SUFFIXES,
  koreanDerived,
  NOT_ORG_ACRONYMS,
} from './lexicon';
import { EN_PLACES, KO_PLACES } from './gazetteer';
import { ALL_PATTERNS, entriesMatching, lazy, type Gate, type MayMatch } from './gates';

const KO_GOV_BODY_LAST = new Set(['부', '청', '처', '원']);
/** A district, county, town or neighbourhood word after a city ("세종시 조치원읍", "고양시 일산동구에"): an address. */
const KO_SUBDIVISION_AFTER = /^\s[\p{Script=Hangul}]{1,5}(?:구|군|읍|면|동)(?:에서|에|의|은|는|이|가|을|를|과|와|로|으로|까지)?(?![\p{Script=Hangul}])/u;
const KO_PARTICLE_MAX_LENGTH = Math.max(0, ...KO_PARTICLES.map((p) => p.length));

/** Political parties: 당 alone is too generic (정당, 식당), so a party name needs a typical stem. */
const KO_PARTY = /^[\p{Script=Hangul}]*(?:민주|국민의힘|국민|정의|진보|공화|노동|혁신|미래|자유|통합|녹색|기본소득|조국)[\p{Script=Hangul}]*당$/u;

/**
 * City and provincial governments: a known place + 시/특별시/광역시 or its office (`서울시`, `부산시청`, `수원시`).
 * Korean news names the government this way ("서울시는 … 발표했다"); the bare place (`서울`) stays a place.
 */
const KO_CITY_GOV = koreanDerived(
  () =>
    new RegExp(
      `^(?:${entriesMatching(KO_PLACES, '[\\p{Script=Hangul}]{2,3}', 'u').filter((p) => !p.endsWith('시') && !p.endsWith('도')).join('|')})(?:특별시|광역시|특별자치시|시|시청|도청|구청|군청)$`,
      'u',
    ),
);

const DE_LEADING_NOISE = new Set(['Die', 'Der', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Laut', 'Bei', 'Von', 'Mit', 'Für', 'Auch', 'Und', 'Wie']);
/** German compound words whose last part names an institution; stems keep it from matching "Ehrenamt". */
const DE_ORG_WORD = lazy(() => new RegExp(
  `(?<![\\p{L}])((?:Bundes|Landes|Stadt|Kreis|Amts|Land|Verwaltungs|Ober|Finanz|Sozial|Arbeits|Verfassungs)[\\p{Ll}]*(?:amt|gericht|ministerium|agentur|anstalt|behörde|bank|regierung|verwaltung|rat|tag|kanzleramt|institut|verband)|[A-ZÄÖÜ][\\p{Ll}]{3,}(?:ministerium|gewerkschaft|verband|kartellamt|zentrale|werke|behörde|stiftung|konzern|kammer|betriebe))(?:\\s(${entriesMatching(EN_PLACES, '[A-ZÄÖÜ][\\p{L}]+', 'u').join('|')}))?(?![\\p{L}])`,
  'gu',
));
const DE_NEEDS_PLACE = /(?:zentrale|werke|betriebe)$/u;

/** Category nouns that introduce a company or service by name ("거래소 코빗"). */
const KO_CATEGORY_NAME =
  /(?<![\p{L}])(거래소|사이트|플랫폼|업체|스타트업|증권사|운용사|보험사|카드사|제조사|통신사|항공사|유통사|여행사|배달앱|앱|포털|조사업체|리서치업체|컨설팅업체|시민단체|단체|쇼핑몰|브랜드|커뮤니티|메신저)\s([\p{Script=Hangul}A-Za-z][\p{Script=Hangul}A-Za-z0-9]{1,11}?)(에\s따르면|에서도|에서는|에서|은|는|이|가|의|도|)(?![\p{Script=Hangul}])/gu;


/** "X 관계자는", "X 측은", "X에 따르면" (X a single word). */
const KO_SOURCE_NAME = /(?<![\p{L}])([\p{Script=Hangul}A-Za-z][\p{Script=Hangul}A-Za-z0-9]{1,9})(?:\s관계자(?:는|가|에 따르면|들은)|\s측(?:은|이|에 따르면)|에\s따르면)/gu;

const KO_PLACE_SET = koreanDerived(() => new Set<string>(KO_PLACES));

const ORG_WORD_SET = new Set<string>(EN_ORG_WORDS);
const EN_LEADING_NOISE = new Set([
  'The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'Of', 'To', 'When', 'While',
  'After', 'Before', 'Yesterday', 'Today', 'Last', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Now',
]);


/** KO_ORG_SUFFIXES grouped by their last character (list order kept): a word only needs the suffixes it can end with. */
const KO_ORG_SUFFIXES_BY_LAST = koreanDerived(() => {
  const map = new Map<string, string[]>();
  for (const suffix of KO_ORG_SUFFIXES) {
    const last = suffix[suffix.length - 1]!;
    map.set(last, [...(map.get(last) ?? []), suffix]);
  }
  return map;
});

/** Korean word that names an organisation by its suffix (`strict`: also reject weak suffixes). */
export function isKoreanOrgWord(word: string, strict = true): boolean {
  if (!/^[\p{Script=Hangul}A-Za-z&·]+$/u.test(word) || KO_NOT_ORGS.has(word)) return false;
  if (KO_ORG_NAMES.has(word)) return true;
  // Each pattern ends in a fixed last syllable: check it before running the (unanchored) alternations.
  const last = word[word.length - 1]!;
  if (KO_GOV_BODY_LAST.has(last) && KO_GOV_BODY.test(word)) return true;
  if (last === '당' && KO_PARTY.test(word)) return true;
  if ((last === '시' || last === '청') && KO_CITY_GOV().test(word)) return true;
  // City, provincial and district councils: "시의회", "경기도의회", "강남구의회".
  if (last === '회' && /^[\p{Script=Hangul}]{0,4}(?:시|도|군|구)의회$/u.test(word)) return true;
  for (const suffix of KO_ORG_SUFFIXES_BY_LAST().get(last) ?? []) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 2) continue;
    if (strict && KO_WEAK_ORG_SUFFIXES.has(suffix)) continue;
    if (suffix === '연구원' && word.length < 5) continue;
    return true;
  }
  return false;
}

/** Is `word` an acronym that may name an organisation? */
export function isOrgAcronym(word: string): boolean {
  return /^[A-Z][A-Za-z0-9&]{1,7}$/.test(word) && /[A-Z].*[A-Z]|^[A-Z][a-z]+[A-Z]/.test(word) && !NOT_ORG_ACRONYMS.has(word);
}

function initialsMatch(expansion: string, abbr: string): boolean {
  const letters = abbr.replace(/[^A-Za-z]/g, '').toUpperCase();
  const words = expansion.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w));
  const initials = words.map((w) => w[0]!).join('');
  // Abbreviation letters in order among the initials (tolerates skipped small words and extra capitals).
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return i === letters.length && letters.length >= 2;
}

/** Parties that are gatherings: "Summer Party", "Christmas Party", "Launch Party". */
const EN_EVENT_PARTY = /^(?:Summer|Christmas|Birthday|Garden|Launch|Pool|Dinner|Tea|Street|Halloween|Wedding|Engagement|Leaving|Office|Costume|Fancy|Dress|Pyjama|Pajama|Block|House|Beach|Boat|Release|Premiere|After|Victory|Election|Watch) Party$/;

/** Capitalised abbreviations that end in a period inside a name ("St. Mary's", "Bros. Entertainment"). */
const EN_ABBREVIATION_WORDS = new Set(['St.', 'Co.', 'Inc.', 'Corp.', 'Ltd.', 'Bros.', 'Dept.', 'Univ.', 'Assn.', 'Natl.', 'Intl.', 'Gov.', 'Sen.', 'Rep.', 'Mt.', 'Ft.', 'Jr.', 'Sr.']);

const EN_CAP = "[A-Z][\\w&.-]*(?:'(?!s\\b)[\\w&.-]+)*";
const EN_ORG_HEADS = lazy(() => [...ORG_WORD_SET].map((w) => w.replace('.', '\\.')).join('|'));
/** English capitalised names with an organisation head word, each with the gate its matches imply (built once).
 * A name does not run over a line break ("… the Friends of the Library\n\nBoard member …"). */
const EN_ORG_NAME_PATTERNS = lazy((): Array<[RegExp, Gate]> => [
  // "Joseph Rowntree Foundation", "Friends of the Millbrook Library" — unless "of X" follows, which the next pattern reads whole.
  [new RegExp(`(?:${EN_CAP}[^\\S\\n]+(?:(?:and|of(?:[^\\S\\n]+the)?|for|&)[^\\S\\n]+)?){1,5}(?:${EN_ORG_HEADS()})(?![\\w])(?![^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?[A-Z])`, 'g'), 'enOrgName'],
  // "(U.S.) Department of Commerce", "University of Oxford"
  [new RegExp(`(?:${EN_CAP}[^\\S\\n]+){0,2}(?:${EN_ORG_HEADS()})[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?${EN_CAP}(?:[^\\S\\n]+(?:and[^\\S\\n]+)?${EN_CAP}){0,4}`, 'g'), 'enOrgOf'],
]);

export function extractOrgs(text: string, may: MayMatch = ALL_PATTERNS): OrgFact[] {
  const byName = new Map<string, OrgFact>();
  const add = (name: string, span: TextSpan, abbr?: string): void => {
    const key = name.toLowerCase();
    let fact = byName.get(key);
    if (!fact) {
      fact = { name, evidence: [] };
      byName.set(key, fact);
    }
    if (abbr && !fact.abbr) fact.abbr = abbr;
    if (!fact.evidence.some((e) => e.start === span.start && e.end === span.end) && fact.evidence.length < 8) {
      fact.evidence.push(span);
    }
  };
  const abbrToName = new Map<string, string>();

  // Each step runs only when its gate (gates.ts) says it can match: a step that cannot match adds nothing.
  const hangul = may('hangul');

  // 1. Korean expansion + (ABBR), and ABBR(Korean expansion).
  if (hangul) for (const m of text.matchAll(/([\p{Script=Hangul}][\p{Script=Hangul}A-Za-z&·]{1,30})\(([A-Z][A-Za-z0-9&]{1,9})\)/gu)) {
    const name = m[1]!;
    const abbr = m[2]!;
    // An abbreviation has at least two capitals (KIAT, UNIST); "네이처(Nature)" is a translation.
    if (!/[A-Z].*[A-Z]/.test(abbr) || NOT_ORG_ACRONYMS.has(abbr) || !isKoreanOrgWord(name, false)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, abbr);
    abbrToName.set(abbr, name);
  }
  if (hangul) for (const m of text.matchAll(/(?<![A-Za-z])([A-Z][A-Za-z0-9&]{1,9})\(([\p{Script=Hangul}][\p{Script=Hangul}·]{2,30})\)/gu)) {
    const abbr = m[1]!;
    const name = m[2]!;
    if (NOT_ORG_ACRONYMS.has(abbr) || !isKoreanOrgWord(name, false)) continue;
    add(name, { start: m.index, end: m.index + m[0].length }, abbr);
    abbrToName.set(abbr, name);
  }

  // 2. English expansion (ABBR) with matching initials.
  const enWord = "(?:[A-Z][\\w&'.-]*|of|and|for|the|on|de|du|la|&)";
  if (may('latinExpansion')) for (const m of text.matchAll(new RegExp(`(${enWord}(?:\\s+${enWord}){1,9})\\s*\\(([A-Z][A-Za-z&.]{1,9})\\)`, 'g'))) {
    const words = m[1]!.split(/\s+/);
    const abbr = m[2]!.replace(/\.$/, '');
    // Take the shortest tail of the phrase whose initials spell the abbreviation.
    let found: string | null = null;
    for (let k = words.length - 2; k >= 0; k--) {
      const tail = words.slice(k).join(' ');
      if (/^[A-Z]/.test(tail) && initialsMatch(tail, abbr)) {
        found = tail;
        break;
      }
    }
    if (!found || NOT_ORG_ACRONYMS.has(abbr)) continue;
    const start = m.index + m[0].indexOf(found);
    add(found, { start, end: m.index + m[0].length }, abbr);
    abbrToName.set(abbr, found);
  }

  // 3. Korean words with an organisation suffix (every suffix, party and government name is Hangul).
  if (hangul) for (const m of text.matchAll(/[\p{Script=Hangul}A-Za-z&]{2,40}/gu)) {
    const word = m[0];
    // Only cuts that leave a particle (or nothing) can match, and particles are short.
    for (let cut = word.length; cut >= Math.max(2, word.length - KO_PARTICLE_MAX_LENGTH); cut--) {
      const stem = word.slice(0, cut);
      if (!isParticle(word.slice(cut))) continue;
      if (isKoreanOrgWord(stem)) {
        if (!/[\p{Script=Hangul}]$/u.test(stem)) break;
        const precededByLetter = m.index > 0 && /[\p{L}]/u.test(text[m.index - 1]!);
        // "세종시 조치원읍", "고양시 일산동구에": a city in an address is a place, not its government.
        const inAddress = cut === word.length && /[시군]$/u.test(stem) && KO_SUBDIVISION_AFTER.test(text.slice(m.index + cut, m.index + cut + 12));
        if (!precededByLetter && !inAddress) add(stem, { start: m.index, end: m.index + cut });
        break;
      }
    }
  }

  // 3b. Korean names introduced by what they are: "가상자산 거래소 코빗에 따르면", "시황 사이트 코인게코에서도",
  //     "배달 플랫폼 푸드온은". The category noun before and a reporting/source particle after are the signals.
  if (hangul) for (const m of text.matchAll(KO_CATEGORY_NAME)) {
    const name = m[2]!;
    const tail = m[3]!;
    if (KO_NOT_NAMED.has(name) || KO_NOT_ORGS.has(name) || /(?:적|성|화|률|율|량|가격|시장|관계자|측)$/u.test(name)) continue;
    // The particle must end the word, or "에 따르면"/"관계자" follow.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (!/^(?:\s|[,.]|$)/u.test(after) && tail !== '') continue;
    if (tail === '' && !/^\s(?:관계자|측|대표)/u.test(after)) continue;
    if (/들$/u.test(name)) continue;
    // A topic/subject particle alone is weak: the sentence must report something the named body said or did.
    if (/^[은는이가의도]$/u.test(tail)) {
      const sentenceEnd = text.slice(m.index, m.index + 200).search(/[.!?\n]/u);
      const sentence = text.slice(m.index, m.index + (sentenceEnd < 0 ? 200 : sentenceEnd));
      if (!/(?:밝혔|발표했|전했|집계했|설명했|공지했|공시했|출시했|내놨|선보였)/u.test(sentence)) continue;
    }
    const start = m.index + m[0].indexOf(name, m[1]!.length);
    add(name, { start, end: start + name.length });
  }

  // 3c. "X 관계자는" / "X 측은" / "X에 따르면" name a source organisation; common nouns (업계, 정부, 조사, 보고서…)
  //     are stopped, and the name must recur in the article (a company is named more than once; a one-off
  //     "자료에 따르면" is not a name).
  if (hangul) for (const m of text.matchAll(KO_SOURCE_NAME)) {
    const name = m[1]!;
    if (KO_NOT_NAMED.has(name) || KO_NOT_SOURCE.has(name) || KO_NOT_ORGS.has(name) || /(?:들|적|성|률|율|량|권|계|층|자|인|가|측)$/u.test(name)) continue;
    if (KO_PLACE_SET().has(name) || /^(?:지난|올해|이번|오는|이날|당시)/u.test(name)) continue;
    // Recurs: a second mention elsewhere that starts a word (indexOf keeps this linear per name).
    let recurs = false;
    for (let i = text.indexOf(name); i >= 0 && !recurs; i = text.indexOf(name, i + 1)) {
      recurs = i !== m.index && !/[\p{L}]/u.test(text[i - 1] ?? ' ');
    }
    if (!recurs) continue;
    add(name, { start: m.index, end: m.index + name.length });
  }

  // 4. English capitalised names with an organisation head word ("Joseph Rowntree Foundation", "Ministry of Defence").
  for (const [re, gate] of EN_ORG_NAME_PATTERNS()) {
    if (!may(gate)) continue;
    for (const m of text.matchAll(re)) {
      let name = m[0];
      let start = m.index;
      const words = name.split(/\s+/);
      // "The", "But", and "Ten-year" / "Award-winning" (a compound adjective) before the name are not part of it.
      const dropLeadingNoise = (): void => {
        while (words.length && (EN_LEADING_NOISE.has(words[0]!) || /^[A-Z][a-z]+-[a-z]+$/.test(words[0]!))) {
          const dropped = words.shift()!;
          start = text.indexOf(words[0] ?? '', start + dropped.length);
        }
      };
      dropLeadingNoise();
      // "of the" inside a name only after a plural group word ("Friends of the Library", "Veterans of the …"):
      // "Vice Chairman of the Revolutionary Council" is a role, and the organisation starts after "of the".
      const ofThe = words.findIndex((w, k) => w === 'of' && words[k + 1] === 'the');
      if (gate === 'enOrgName' && ofThe >= 0 && !(ofThe === 1 && /^[A-Z][a-z]+s$/.test(words[0]!))) {
        const dropped = words.splice(0, ofThe + 2).join(' ');
        start = text.indexOf(words[0]!, start + dropped.length);
      }
      // "a Celebrity Ambassador for The Bone Cancer Research Trust": a role for the organisation is not its name.
      if (words.length > 3 && /^(?:Ambassador|Patron|President|Chairman|Director|Secretary|Minister|Commissioner|Spokesman|Spokeswoman|Member|Head|Chief)$/.test(words[0]!) && /^(?:for|of|to|at)$/.test(words[1]!)) {
        const dropped = words.splice(0, 2).join(' ');
        start = text.indexOf(words[0]!, start + dropped.length);
        dropLeadingNoise();
      }
      // A sentence end inside the match ("…a Citroen Berlingo. Police arrived", "Armed Police Force of Nepal. The
      // team…") or an honorific ("the Court of Appeal Mr Beavis said") ends the name: keep the part that holds
      // the organisation word.
      const cuts = words.map((w, k) => (k < words.length - 1 && /^[A-Z][a-z]*[a-z]{2}\.$/.test(w) && !EN_ABBREVIATION_WORDS.has(w)) || (k > 0 && /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?$/.test(words[k]!)));
      if (cuts.some(Boolean)) {
        const parts: string[][] = [[]];
        words.forEach((w, k) => {
          if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?$/.test(w) && k > 0) parts.push([]);
          else {
            parts[parts.length - 1]!.push(cuts[k] ? w.slice(0, -1) : w);
            if (cuts[k]) parts.push([]);
          }
        });
        const part = parts.find((ws) => ws.some((w) => ORG_WORD_SET.has(w)));
        if (!part) continue;
        const offset = text.indexOf(part.join(' '), start);
        if (offset < 0) continue;
        start = offset;
        words.splice(0, words.length, ...part);
        // "…in Manchester. The High Court": the part after a sentence end may open with "The".
        dropLeadingNoise();
      }
      if (words.length < 2) continue;
      // "the Serpentine Gallery Summer Party" is an event, not a political party.
      if (EN_EVENT_PARTY.test(words.slice(-2).join(' '))) continue;
      name = words.join(' ');
      if (text.slice(start, start + name.length) !== name) continue;
      add(name.replace(/[.,]$/, ''), { start, end: start + name.replace(/[.,]$/, '').length });
    }
  }

  // 4b. Legislative chambers and named places of worship or schools written in lower case
  //     ("House of Representatives", "St. Anne's church", "Saint Mary's school").
  if (may('chamber')) for (const m of text.matchAll(/\b(?:House of (?:Representatives|Commons|Lords|Delegates)|Church of (?:England|Scotland|Ireland|Jesus Christ of Latter-day Saints)|(?:St\.?|Saint) [A-Z][a-z]+(?:'s|’s)? (?:church|cathedral|parish|school|college|hospital|academy))\b/g)) {
    add(m[0], { start: m.index, end: m.index + m[0].length });
  }

  // 4c. German organisations: legal forms ("Müller Logistik GmbH"), compound names with an institutional head
  //     ("Bundeskartellamt", "Umweltministerium", "Amtsgericht") and "Stadtwerke/Verbraucherzentrale <Ort>".
  if (may('legalForm')) for (const m of text.matchAll(/(?<![\p{L}])((?:[A-ZÄÖÜ][\p{L}&.-]*\s){1,3})(GmbH|AG|SE|KGaA|e\.\s?V\.)(?![\p{L}])/gu)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length && DE_LEADING_NOISE.has(words[0]!)) words.shift();
    if (!words.length) continue;
    const name = `${words.join(' ')} ${m[2]}`;
    const start = m.index + m[0].lastIndexOf(name.split(' ')[0]!, m[0].length - name.length);
    if (text.slice(start, start + name.length) === name) add(name, { start, end: start + name.length });
  }
  if (may('deOrgWord')) for (const m of text.matchAll(DE_ORG_WORD())) {
    const word = m[1]!;
    const place = m[2];
    // "Stadtwerke", "Verbraucherzentrale": generic alone, an organisation with the place it serves.
    if (DE_NEEDS_PLACE.test(word) && !place) continue;
    const name = place ? `${word} ${place}` : word;
    add(name, { start: m.index, end: m.index + name.length });
  }

  // 4d. A name introduced by what it is and reporting something: "growers' association Asaja said", "the
  //     charity Helpwell warned". The kind of body before and the reporting verb after are the signals.
  for (const m of text.matchAll(/\b(?:association|federation|union|charity|company|firm|group|agency|organisation|organization|body|lobby|think tank|watchdog|regulator|operator|retailer|carmaker|airline|insurer|lender|broker|consultancy|manufacturer|supplier|developer)\s+((?:[A-Z][A-Za-z&-]+)(?:\s+[A-Z][A-Za-z&-]+){0,2})\s+(?:said|says|reported|warned|estimated|added|announced|told|expects|expected|forecast)\b/g)) {
    const name = m[1]!;
    if (EN_LEADING_NOISE.has(name.split(/\s+/)[0]!) || /^(?:He|She|It|They|We|I|This|That|Mr|Mrs|Ms|Dr)$/.test(name)) continue;
    const start = m.index + m[0].indexOf(name, m[0].length - name.length - 40);
    add(name, { start, end: start + name.length });
  }

  // 5. Acronyms: abbreviations given above, known organisations, or listed in "기관(NIST, NSF, NIH)".
  const listed = new Set<string>();
  for (const m of text.matchAll(/(?:기관|기업|단체|기구|조직|회사|organi[sz]ations|agencies|institutions|companies|groups)\s*\(([A-Z][A-Za-z&]{1,9}(?:\s*,\s*[A-Z][A-Za-z&]{1,9})+)\)/gu)) {
    for (const a of m[1]!.split(/\s*,\s*/)) listed.add(a);
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9&])([A-Z][A-Za-z0-9&]{1,7})(?![A-Za-z0-9&])/g)) {
    const word = m[1]!;
    if (!isOrgAcronym(word)) continue;
    const span = { start: m.index, end: m.index + word.length };
    // An acronym glued to a Korean word names a company ("SK하이닉스", "LG전자"), unless the rest is a particle.
    const glued = /^[\p{Script=Hangul}]+/u.exec(text.slice(span.end, span.end + 20))?.[0] ?? '';
    if (glued && !isParticle(glued)) {
      // Strip the longest particle ending ("SK하이닉스는" → "SK하이닉스").
      let cut = glued.length;
      for (let c = 1; c < glued.length; c++) {
        if (isParticle(glued.slice(c))) {
          cut = c;
          break;
        }
      }
      const name = word + glued.slice(0, cut);
      if (KNOWN_ORG_ACRONYMS.has(word) || isKoreanOrgWord(glued.slice(0, cut), false)) add(name, { start: span.start, end: span.end + cut });
      continue;
    }
    const full = abbrToName.get(word);
    if (full) add(full, span, word);
    else if (KNOWN_ORG_ACRONYMS.has(word) || listed.has(word)) add(word, span);
  }

  // An organisation named only inside a longer one ("Korea Institute" in "Korea Institute for Advancement of
  // Technology") is part of that name, not an organisation of its own.
  const facts = [...byName.values()];
  const spans = facts.flatMap((f) => f.evidence.map((e) => ({ f, e })));
  return facts
    .filter((f) => f.evidence.length > 0)
    .filter((f) =>
      f.evidence.some((e) => !spans.some((o) => o.f !== f && o.e.start <= e.start && e.end <= o.e.end && o.e.end - o.e.start > e.end - e.start)),
    )
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

