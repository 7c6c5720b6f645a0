/**
 * Quotations with their speaker.
 * Korean: `“…”라고/고/며 말했다/밝혔다/강조했다…`; chained quotes (`“…”며 “…”고 말했다`) share the speaker, who
 * is the person named before the first quote of the sentence (`민병주 KIAT 원장은 “…`), else the subject word
 * before it (`연구진은`), else the last person mentioned before (for `그는 “…`).
 * English: `"…," said X`, `"…," X said`, `X said: "…"`, with he/she resolved to the last person mentioned.
 * Scare quotes (one or two words) are not quotations.
 */
import type { PersonFact, QuoteFact, TextSpan } from '../types';
import { splitSentences } from '../text/sentences';
import { EN_REPORT_VERBS, KO_COMPOUND_SURNAMES, KO_NOT_NAMES, KO_REPORT_VERBS, KO_SURNAMES, KO_TITLES, koreanDerived } from './lexicon';

const KO_TITLE_SET = koreanDerived(() => new Set<string>(KO_TITLES));
/** Role nouns that are not titles in the lexicon but name a position, not a speaker ("연구 책임자"). */
const KO_ROLE_WORDS = new Set(['책임자', '담당자', '책임연구자', '총괄', '학장']);

/** A word that names a role: a role noun, or a compound ending in a title ("자연대학장", "해양정책과장"). */
function isKoreanRoleWord(word: string): boolean {
  if (KO_ROLE_WORDS.has(word)) return true;
  if (word.length < 3) return false;
  for (let cut = 1; cut < word.length - 1; cut++) if (KO_TITLE_SET().has(word.slice(cut)) && word.slice(cut).length >= 2) return true;
  return false;
}

/** Korean surname + one or two syllables, and not a common noun of that shape. */
function looksLikeKoreanName(word: string): boolean {
  const surname = KO_COMPOUND_SURNAMES.find((s) => word.startsWith(s)) ?? (KO_SURNAMES.has(word[0]!) ? word[0]! : null);
  if (!surname) return false;
  const rest = word.length - surname.length;
  return rest >= 1 && rest <= 2 && !KO_NOT_NAMES.has(word);
}
/** Sentence openers that are not speakers (time and discourse words). */
const KO_NOT_SPEAKER = /^(?:이날|이번|지난|올해|최근|한편|또한|특히|이어|이후|당시|현재|오늘|어제)$/u;

// Capitalised words or initials ("Laurie E. Locascio"); a word's trailing period ends the name.
// Letters beyond \\w (German umlauts, accents) belong to names and titles ("Oberbürgermeisterin").
const EN_NAME = "((?:[A-Z]\\.|[A-ZÄÖÜ][\\wäöüßÄÖÜéèáàíóúñ'’-]*)(?:\\s+(?:[A-Z]\\.|[A-ZÄÖÜ][\\wäöüßÄÖÜéèáàíóúñ'’-]*)){0,3}|he|she|they|He|She|They)";
// The attribution after a quotation stays in its paragraph ("…”\n\nCritics argued" is a new statement).
const EN_AFTER_SAID = new RegExp(`^[^\\S\\n]*,?[^\\S\\n]*(?:${EN_REPORT_VERBS})\\s+${EN_NAME}`);
const EN_AFTER_NAME = new RegExp(`^[^\\S\\n]*,?[^\\S\\n]*${EN_NAME}\\s+(?:${EN_REPORT_VERBS})\\b`);
/** Group words are not a speaker; a named person nearby is ("Critics said …"). */
const EN_GROUP_WORDS = /^(?:Opponents|Critics|Supporters|Officials|Analysts|Experts|Residents|Protesters|Others|Some|Many|Most|Both|Democrats|Republicans|Lawmakers|Activists|Observers|Scientists|Researchers|Organizers|Organisers|Aides|Sources|Police|Witnesses|Parents|Neighbors|Neighbours|Kritiker|Experten|Beobachter|Anwohner)$/;
const EN_REPORT_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${EN_REPORT_VERBS})(?![\\p{L}])`, 'gu');
// "Roy Bentham of Spirit of Shankly said:": the person, not the last word of the body they speak for.
const EN_OF_BODY = "(?:\\s+of\\s+(?:the\\s+)?[A-Z][^\\s,:]*(?:\\s+(?:of\\s+|and\\s+|for\\s+|the\\s+)?[A-Z][^\\s,:]*){0,4})?";
const EN_BEFORE = new RegExp(`${EN_NAME}(?:,[^,]{1,60},)?\\s+(?:${EN_REPORT_VERBS})(?:\\s[^:,.!?"“”]{0,40})?[:,]?\\s*$`);
/** "The health secretary, Angela Whitford, said:", "Ms Rusoff-Hoen, said:": the name closes an apposition (a comma
 * or an honorific before it, so "an oncologist at University College Hospital, said" is not read as a name). */
const EN_BEFORE_APPOSITION = new RegExp(`(?:,\\s|\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s)${EN_NAME},\\s+(?:${EN_REPORT_VERBS})(?:\\s[^:,.!?"“”]{0,40})?[:,]?\\s*$`);
/** EN_BEFORE with the body a person speaks for; tried only when EN_BEFORE's name follows "of" (it backtracks more). */
const EN_BEFORE_OF_BODY = new RegExp(`${EN_NAME}${EN_OF_BODY}(?:,[^,]{1,60},)?\\s+(?:${EN_REPORT_VERBS})(?:\\s[^:,.!?"“”]{0,40})?[:,]?\\s*$`);
/** "a video titled 'X'": the quotation marks hold the name of a work. */
const EN_TITLED_BEFORE = /\b(?:titled|entitled|called|named|dubbed|headlined|labelled|labeled|nicknamed|branded)[,:]?\s*$/;
/** A quotation of capitalised words only ("The Times They Are A Changin"): a title. */
const EN_TITLE_CASE = /^(?:[A-Z0-9][\w'’-]*)(?:\s+(?:[A-Z0-9][\w'’-]*|a|an|the|of|in|on|to|and|for|at|by))*[’']?$/u;
/** "But Eddie Coyle, prosecuting, said": a conjunction that opens the sentence is not part of the name. */
const EN_LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Then|Now|Also|Meanwhile|Still|However|Instead|Later|Earlier)\s+(?=[A-Z])/;
/** Words that open a clause but never name a speaker ("It said the most effective policy…"). */
const EN_NOT_SPEAKER = /^(?:It|This|That|These|Those|There|Here|We|I|You|One|Some|All|Each|Both|Another|Such)$/;
/** Capitalised words that are not part of a person's name (for the "someone else was named in between" check). */
const EN_NOT_NAME_PAIR_WORD = new Set(
  (
    'The A An And But Or In On At For From With By As Of To When While After Before If It He She They We I His Her Their Our Its Mr Mrs Ms Dr Miss Prime Minister President Secretary Chancellor Senator Judge House Street Road Avenue Square Park Court Office Party Department Ministry Council Committee Service Agency Bureau Union Association Institute College School University Hospital Church Club Airport Station League Cup Open Cathedral Bridge Palace Hall Centre Center Museum Gallery Stadium Arena Times Post News Mail Daily Sunday Press Radio Television General Election Day Week Year Christmas Easter English American British European Union States Kingdom Republic Democratic Republican National International Federal State City County Government Police Force Army Navy Air Royal Supreme High Crown Magistrates Special Relationship'
  ).split(' '),
);

const MAX_QUOTE = 2000;
/** Capitalised words that are not a person who could be "he"/"she" (days, months, a few common nouns). */
const EN_NOT_REFERENT =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|God|Christmas|Internet|English|American|British|European|Democrat|Democrats|Republican|Republicans|Senate|Congress|Parliament|Government|Police|Court|Street|Road|City|State|University|Hospital|Church|School|Club|Airport|Station)$/;

interface RawQuote {
  /** Span of the quoted text, without the marks. */
  inner: TextSpan;
  /** Span including the marks. */
  outer: TextSpan;
}

const PAIRS: Array<[string, string]> = [
  ['„', '“'],
  ['»', '«'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
  ['「', '」'],
  ['『', '』'],
];

/** "[.!?] + space + opening mark": a re-opened quotation (one pattern per mark, built once). */
const REOPEN = new Map<string, RegExp>();
const reopenPattern = (open: string): RegExp => {
  let re = REOPEN.get(open);
  if (!re) REOPEN.set(open, (re = new RegExp(`[.!?]\\s+${open}`, 'u')));
  return re;
};

function findQuotes(text: string): RawQuote[] {
  const quotes: RawQuote[] = [];
  // Characters already inside a quotation (a mask keeps the check O(1) on pathological input).
  const used = new Uint8Array(text.length + 1);
  for (const [open, close] of PAIRS) {
    let i = 0;
    let newline = -1; // next line break at or after the current opening mark (cached: keeps the scan linear)
    const reopenRe = reopenPattern(open);
    while ((i = text.indexOf(open, i)) >= 0) {
      const start = i;
      i += 1;
      if (used[start]) continue;
      // An apostrophe between letters is not an opening quote (don't, Locke's).
      if ((open === "'" || open === '‘') && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      if (open === "'" && /\s/u.test(text[start + 1] ?? ' ')) continue;
      // '…authorities." The Department…': a straight double mark right after punctuation and before a space closes
      // a quotation; taken as an opening one (after a mark missing in the source) it pairs the narration between.
      if (open === '"' && /[.,!?;]/u.test(text[start - 1] ?? '') && /\s/u.test(text[start + 1] ?? ' ')) continue;
      // Quotations are searched within their paragraph and at most MAX_QUOTE characters (keeps this linear).
      if (newline < start) {
        newline = text.indexOf('\n', start);
        if (newline < 0) newline = text.length;
      }
      const paragraphEnd = Math.min(newline, start + MAX_QUOTE);
      let end = -1;
      let j = start + 1;
      // Multi-paragraph quotations re-open each paragraph without closing the previous one; when the text has
      // lost its paragraph breaks, a new opening mark after a sentence end closes the running quote.
      const reopen = open === close ? -1 : text.slice(start + 1, paragraphEnd).search(reopenRe);
      const limit = reopen >= 0 ? start + 1 + reopen + 1 : paragraphEnd;
      let candidates = 0;
      // Search up to `limit` only: an unmatched mark must not scan the rest of the text.
      const region = text.slice(0, limit);
      while ((j = region.indexOf(close, j)) >= 0 && j < limit && candidates++ < 64) {
        const after = text[j + 1] ?? ' ';
        const before = text[j - 1] ?? ' ';
        if (close === "'" || close === '’') {
          // Closing single quote: not followed by a letter (don't) and not preceded by a space.
          // At most 64 apostrophes are examined per opening mark, which bounds pathological input.
          if (/[\p{L}\p{N}]/u.test(after) || /\s/u.test(before)) {
            j++;
            continue;
          }
        }
        end = j;
        break;
      }
      if (end < 0) {
        // A quote that opens a paragraph (or is re-opened as above) and runs to its end.
        if (reopen >= 0) end = limit;
        else if (start === 0 || text[start - 1] === '\n') end = paragraphEnd;
        else continue;
      }
      const inner = trimSpan(text, start + 1, end);
      if (inner.end <= inner.start) continue;
      quotes.push({ inner, outer: { start, end: Math.min(text.length, end + 1) } });
      used.fill(1, start, Math.min(text.length, end + 1));
      i = end + 1;
    }
  }
  return quotes.sort((a, b) => a.outer.start - b.outer.start);
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && /[\s]/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface Speaker {
  name: string;
  title?: string;
  span?: TextSpan;
}

type Referent = { name: string; person?: PersonFact; span: TextSpan };
type Mention = { person: PersonFact; span: TextSpan };

/** The position of the last entry of `list` (sorted by start) that starts before `index`, or -1. */
function lastStartingBefore<T>(list: readonly T[], index: number, startOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]!) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Reporters (the byline "김철수 기자 =") are not the people they quote. */
const isReporter = (p?: PersonFact): boolean => p?.title === '기자' || p?.title === 'correspondent';

/** The latest mention before `index` of a known person who is not a reporter. */
function latestMention(mentions: readonly Mention[], index: number): Referent | null {
  for (let i = lastStartingBefore(mentions, index, (m) => m.span.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.span.end > index || isReporter(m.person)) continue;
    return { name: m.person.name, person: m.person, span: m.span };
  }
  return null;
}

/**
 * Who "he"/"she" can point back to, in text order: every mention of a known person, by full name or by one of
 * its name words ("Pat" for Pat Ingles, "Stofan" for Ellen Stofan), and people the text only names as speakers
 * ("Locke said", "former astronaut John Grunsfeld said"). The capitalised words and the "First Last said" names
 * are read in one pass each, on the first pronoun (English text only); look-ups are binary searches, so long
 * texts with many quotations stay linear.
 */
function referentFinder(text: string, people: readonly PersonFact[], mentions: readonly Mention[], namedSpeakers: readonly string[]) {
  const wordOwner = new Map<string, { name: string; person?: PersonFact }>();
  for (const p of people) {
    for (const w of p.name.split(/\s+/)) if (/^[A-Z][a-z'’-]{2,}$/.test(w) && !wordOwner.has(w)) wordOwner.set(w, { name: p.name, person: p });
  }
  const addNamedSpeaker = (name: string): void => {
    const last = name.split(/\s+/).pop()!;
    if (/^[A-Z][a-z'’-]{2,}$/.test(last) && !wordOwner.has(last)) wordOwner.set(last, { name });
  };
  let capitalised: { word: string; start: number }[] | null = null;
  let saidNames: Referent[] | null = null;
  const readCapitalised = (): { word: string; start: number }[] =>
    [...text.matchAll(/(?<![A-Za-z\u00C0-\u024F0-9'’-])[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*/g)].map((m) => ({ word: m[0].replace(/['’]s$/u, ''), start: m.index }));
  const readSaidNames = (): Referent[] => {
    const list: Referent[] = [];
    // "former astronaut John Grunsfeld said": anchored on the verb, then the two words before it.
    for (const v of text.matchAll(/ (?:said|says|told|added|explained|wrote)\b/g)) {
      const windowStart = Math.max(0, v.index - 40);
      const m = /\b([A-Z][a-z'’-]+) ([A-Z][a-z'’-]+)$/.exec(text.slice(windowStart, v.index));
      if (!m) continue;
      const first = m[1]!;
      const last = m[2]!;
      if (EN_NOT_NAME_PAIR_WORD.has(first) || EN_NOT_NAME_PAIR_WORD.has(last) || EN_NOT_REFERENT.test(first)) continue;
      if (wordOwner.has(first) || wordOwner.has(last)) continue;
      const index = windowStart + m.index;
      list.push({ name: `${first} ${last}`, span: { start: index, end: index + first.length + 1 + last.length } });
    }
    return list;
  };
  /** The latest mention before `index` of someone who may be speaking, by full name or name word. */
  const latestReferent = (index: number): Referent | null => {
    let best: Referent | null = null;
    const consider = (r: Referent): void => {
      if (!best || r.span.start > best.span.start) best = r;
    };
    const mention = latestMention(mentions, index);
    if (mention) consider(mention);
    saidNames ??= readSaidNames();
    for (let i = lastStartingBefore(saidNames, index, (r) => r.span.start); i >= 0; i--) {
      if (saidNames[i]!.span.end > index) continue;
      consider(saidNames[i]!);
      break;
    }
    capitalised ??= readCapitalised();
    const floor = Math.max((best as Referent | null)?.span.start ?? -1, index - 3000);
    for (let i = lastStartingBefore(capitalised, index, (c) => c.start); i >= 0 && capitalised[i]!.start > floor; i--) {
      const { word, start } = capitalised[i]!;
      const who = wordOwner.get(word);
      if (!who || start + word.length > index || isReporter(who.person)) continue;
      // "pole dancing with friend Julia": a name after a preposition is not who goes on speaking (a possessor
      // is: "Police arrived at Boase's house … He told the court").
      if (!/^['’]s\b/u.test(text.slice(start + word.length, start + word.length + 3)) && /\b(?:with|to|by|for|from|of|at|about|against|and|than)(?: [a-z]+)? $/.test(text.slice(Math.max(0, start - 24), start))) continue;
      consider({ ...who, span: { start, end: start + word.length } });
      break;
    }
    return best;
  };
  for (const name of namedSpeakers) addNamedSpeaker(name);
  return { latestReferent, addNamedSpeaker };
}

export function extractQuotes(text: string, people: PersonFact[]): QuoteFact[] {
  const facts: QuoteFact[] = [];
  const quotes = findQuotes(text);
  if (!quotes.length) return facts;
  const sentences = splitSentences(text);
  /** Start of the sentence that contains `index`. */
  const sentenceAt = (index: number): number => {
    let start = 0;
    for (const s of sentences) {
      if (s.start > index) break;
      start = s.start;
    }
    return start;
  };
  const mentions = people
    .flatMap((p) => p.evidence.map((e) => ({ person: p, span: e })))
    .sort((a, b) => a.span.start - b.span.start);
  const speakerFor = (p: PersonFact, span?: TextSpan): Speaker => {
    const title = [p.org, p.title].filter(Boolean).join(' ');
    return { name: p.name, ...(title ? { title } : {}), ...(span ? { span } : {}) };
  };
  const known = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  /** Names the text gives only as speakers ("said Locke"): he/she may refer to them later. */
  const namedSpeakers: string[] = [];
  let finder: ReturnType<typeof referentFinder> | null = null;
  const addNamedSpeaker = (name: string): void => {
    namedSpeakers.push(name);
    finder?.addNamedSpeaker(name);
  };
  const latestReferent = (index: number, pronoun: boolean): Referent | null =>
    pronoun ? (finder ??= referentFinder(text, people, mentions, namedSpeakers)).latestReferent(index) : latestMention(mentions, index);
  /** The pronoun each name was last resolved with: "she said" for someone named with "he" is a different person. */
  const pronounOf = new Map<string, string>();
  const lastPersonBefore = (index: number, pronoun?: string): Speaker | null => {
    const best = latestReferent(index, !!pronoun);
    if (!best) return null;
    if (pronoun && /^(?:he|she)$/i.test(pronoun)) {
      const gender = pronoun.toLowerCase();
      const earlier = pronounOf.get(best.name);
      if (earlier && earlier !== gender) return null;
    }
    // A proper name nobody has introduced between that mention and the quotation ("a doctor who treated
    // Khanal … she said") may be the one meant: a pronoun is then left unresolved rather than guessed.
    const gap = text.slice(best.span.end, index);
    // …and so may a full name nobody has introduced ("first coined in a speech by Winston Churchill, when he
    // said…"): two capitalised words that are not a title, an institution or a place word.
    if (pronoun) {
      // (the last 2,000 characters: a pronoun further from its referent is not resolved by this check alone)
      for (const w of gap.slice(-2000).matchAll(/(?<=[a-z,;] )([A-Z][a-z]+) ([A-Z][a-z]+)(?![A-Za-z\u00C0-\u024F'’-]| [A-Z])/g)) {
        const [, first, last] = w as unknown as [string, string, string];
        if (known.has(first) || known.has(last) || EN_NOT_NAME_PAIR_WORD.has(first) || EN_NOT_NAME_PAIR_WORD.has(last)) continue;
        if (EN_NOT_REFERENT.test(first) || EN_NOT_REFERENT.test(last)) continue;
        return null;
      }
    }
    // …and so may a surname that opens a sentence as its subject ("Carver knows how…", "Stewart, who played…"),
    // when it is no person the article names in full.
    if (pronoun) {
      for (const w of gap.slice(-2000).matchAll(/(?:^|[.!?]['’"”]?\s+)([A-Z][a-z]{2,})(?=,\s+who\b|\s+(?:is|was|has|had|knows|knew|believes|thinks|admits|admitted|insists|insisted|says|said|told|added|wants|wanted)\b)/g)) {
        const word = w[1]!;
        if (known.has(word) || EN_NOT_NAME_PAIR_WORD.has(word) || EN_NOT_REFERENT.test(word) || EN_NOT_SPEAKER.test(word) || EN_GROUP_WORDS.test(word)) continue;
        return null;
      }
    }
    // Only where a person is the object of the clause ("treated Khanal", "married Ortiz").
    for (const w of gap.matchAll(/(?<=\b(?:treated|named|told|asked|met|helped|rescued|found|saw|called|married|visited|interviewed) )([A-Z][a-z]{2,})(?![\w'’-]|\s+[A-Z])/g)) {
      if (!known.has(w[1]!) && !EN_NOT_REFERENT.test(w[1]!)) return null;
    }
    if (pronoun) pronounOf.set(best.name, pronoun.toLowerCase());
    return best.person ? speakerFor(best.person) : { name: best.name };
  };

  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q]!;
    const inner = text.slice(quote.inner.start, quote.inner.end);
    const hangul = /\p{Script=Hangul}/u.test(inner);
    // Very short quotations are usually scare quotes; Korean ones followed by a reporting verb are kept.
    if (hangul ? inner.replace(/\s/g, '').length < 4 : wordCount(inner) < 4) continue;
    const after = text.slice(quote.outer.end, quote.outer.end + 80);
    const lineStart = text.lastIndexOf('\n', quote.outer.start - 1) + 1;
    const sentenceStart = Math.max(lineStart, sentenceAt(quote.outer.start));
    const before = text.slice(sentenceStart, quote.outer.start);
    // "a video titled 'Until It Came To Them'", "Bob Dylan's 'The Times They Are A Changin''": the name of a work,
    // not something said (every word capitalised, no sentence punctuation).
    if (!hangul && (EN_TITLED_BEFORE.test(before) || EN_TITLE_CASE.test(inner))) continue;
    let speaker: Speaker | null = null;
    let reported = false;
    /** "…,” she said" with no safe referent: not to be handed the previous quotation's speaker either. */
    let pronounUnresolved = false;

    if (hangul || /^[\p{Script=Hangul}]/u.test(after)) {
      // Follow the chain “…”며 “…”고 말했다 to its reporting verb.
      let k = q;
      let tail = after;
      for (let guard = 0; guard < 6; guard++) {
        if (KO_REPORT_VERBS.test(tail)) {
          reported = true;
          break;
        }
        if (!/^(?:이?라며|며|면서|이?라면서|이?라고|고)?(?:도)?\s*[“"]/u.test(tail) || !quotes[k + 1]) break;
        k++;
        tail = text.slice(quotes[k]!.outer.end, quotes[k]!.outer.end + 80);
      }
      // The first quote of the chain: the subject of the sentence stands before it.
      let chainStart = quote.outer.start;
      for (let p = q - 1; p >= 0; p--) {
        const gap = text.slice(quotes[p]!.outer.end, chainStart);
        if (/^(?:이?라며|며|면서|이?라면서|이?라고|고)?(?:도)?\s*$/u.test(gap)) chainStart = quotes[p]!.outer.start;
        else break;
      }
      const regionStart = Math.max(lineStart, sentenceAt(chainStart));
      const subjectRegion = text.slice(regionStart, chainStart);
      const inRegion = mentions.filter((m) => m.span.start >= regionStart && m.span.end <= chainStart);
      if (inRegion.length) {
        const m = inRegion[inRegion.length - 1]!;
        speaker = speakerFor(m.person, m.span);
      } else {
        const subject = /(?:^|\s)([\p{Script=Hangul}A-Za-z]{2,15}?)(?:은|는|이|가|도|측은|측이)\s*(?:또\s*|이어\s*|특히\s*)?$/u.exec(subjectRegion);
        const titled = subject && KO_TITLE_SET().has(subject[1]!) ? subject[1]! : null;
        if (titled) {
          // "최 교수는 “…”": a later mention by surname + title refers to the person introduced earlier.
          const surname = /([\p{Script=Hangul}])\s*$/u.exec(subjectRegion.slice(0, subjectRegion.lastIndexOf(titled)))?.[1];
          const earlier = [...mentions].reverse().find(
            (m) => m.span.end <= chainStart && m.person.title === titled && (!surname || m.person.name.startsWith(surname)),
          );
          speaker = earlier ? speakerFor(earlier.person) : { name: titled };
          if (!earlier) speaker = null;
        } else if (subject && isKoreanRoleWord(subject[1]!)) {
          // "김성근 자연대학장은 “…”", "앨런 스턴 뉴호라이즌 연구 책임자는 “…”": the role is not the speaker; the
          // Korean name right before it is, and without one the speaker is left open.
          const roleAt = regionStart + subjectRegion.lastIndexOf(subject[1]!);
          const name = /(?:^|\s)([\uAC00-\uD7A3]{2,4})\s$/.exec(text.slice(Math.max(regionStart, roleAt - 6), roleAt))?.[1];
          speaker = name && looksLikeKoreanName(name) ? { name, title: subject[1]!, span: { start: roleAt - name.length - 1, end: roleAt - 1 } } : null;
        } else if (subject && !/^(?:그|그녀|이)$/u.test(subject[1]!)) {
          let s = regionStart + subjectRegion.lastIndexOf(subject[1]!);
          let name = subject[1]!;
          // "씽씽타 관계자는 “…”": an official is named by the body they speak for.
          const body = /^(?:관계자|대변인|측)$/u.test(name) ? /([\p{Script=Hangul}A-Za-z0-9]{2,15})\s$/u.exec(text.slice(Math.max(regionStart, s - 16), s)) : null;
          if (body && !/[은는이가을를의에도]$/u.test(body[1]!)) {
            s -= body[0].length;
            name = `${body[1]} ${name}`;
          }
          speaker = { name, span: { start: s, end: s + name.length } };
        } else {
          // The topic of the sentence: its first word with 은/는/이/가 ("삼성전자는 이날 … “…”라고 전망했다").
          const topic = /^\s*([\p{Script=Hangul}A-Za-z]{2,15}?)(?:은|는|이|가)\s/u.exec(subjectRegion);
          if (reported && topic && !/^(?:그|그녀|이|이는|그는)$/u.test(topic[1]!) && !KO_NOT_SPEAKER.test(topic[1]!)) {
            const s = regionStart + subjectRegion.indexOf(topic[1]!);
            speaker = { name: topic[1]!, span: { start: s, end: s + topic[1]!.length } };
          } else if (reported) {
            // "대학 측은 20일 “…”": the body speaks, not the last person named before.
            const side = subjectRegion.includes('측') ? /(?:^|\s)([\uAC00-\uD7A3A-Za-z]{2,15})\s?측(?:은|는|이|도)\s/.exec(subjectRegion) : null;
            if (side) {
              const s = regionStart + side.index + side[0].indexOf(side[1]!);
              speaker = { name: `${side[1]} 측`, span: { start: s, end: s + side[1]!.length } };
            } else {
              speaker = lastPersonBefore(chainStart);
            }
          }
        }
      }
    } else {
      const afterSaid = EN_AFTER_SAID.exec(after);
      const afterName = EN_AFTER_NAME.exec(after);
      // Only the end of the lead-in matters; a bounded window keeps the end-anchored match linear.
      const tailStart = Math.max(0, before.length - 160);
      const window = before.slice(tailStart);
      let beforeMatch = EN_BEFORE.exec(window) ?? EN_BEFORE_APPOSITION.exec(window);
      if (beforeMatch && /\sof\s+(?:the\s+)?(?:[A-Z][^\s,:]*\s+(?:of\s+|and\s+|for\s+|the\s+)?){0,4}$/.test(window.slice(0, beforeMatch.index))) {
        beforeMatch = EN_BEFORE_OF_BODY.exec(window) ?? beforeMatch;
      }
      const beforeName = beforeMatch ? Object.assign(beforeMatch, { index: beforeMatch.index + tailStart }) : null;
      // "…they probably got scared.' Kuhar said the zoo had…" and "…' He added: '…'": after a quotation that ends its
      // sentence, a name and a verb followed by more words (or a colon) start the next statement; they do not
      // attribute this one.
      const endsSentence = /[.!?]$/u.test(inner);
      const opensNext = (m: RegExpExecArray | null): boolean =>
        !!m && (/^\s*:/u.test(after.slice(m.index + m[0].length)) || (endsSentence && /^\s+[A-Za-z\u00C0-\u024F\d'‘“"]/.test(after.slice(m.index + m[0].length))));
      const afterNameHit = afterName && !EN_GROUP_WORDS.test(afterName[1]!) && !EN_NOT_SPEAKER.test(afterName[1]!) && !opensNext(afterName) ? afterName : null;
      const hit = (afterSaid && !opensNext(afterSaid) ? afterSaid : null) ?? afterNameHit;
      const beforeWho = beforeName && !EN_GROUP_WORDS.test(beforeName[1]!) && !EN_NOT_SPEAKER.test(beforeName[1]!) ? beforeName[1]! : null;
      // A name written in quotation marks ("'Amy' said:") is the name without them.
      let who = (hit?.[1] ?? beforeWho)?.replace(/^['‘’"“”]+|['‘’"“”]+$/gu, '').replace(EN_LEADING_CONJUNCTION, '') || null;
      // "said United's head coach": a possessor is whose the speaker is, not the speaker.
      if (who && /['’]s$/u.test(who)) who = null;
      // "against Valencia Enrique said:" (a caption run into the text): the end of the words names a known person.
      let knownTail = false;
      if (who && who.includes(' ') && !people.some((p) => p.name === who)) {
        const words = who.split(/\s+/);
        for (let k = 1; k < words.length && !knownTail; k++) {
          const tail = words.slice(k).join(' ');
          if (people.some((p) => p.name === tail || (p.name.includes(' ') && p.name.split(/\s+/).includes(tail)))) {
            who = tail;
            knownTail = true;
          }
        }
      }
      // "His mother Lucy, 32, of Upminster, east London, said:", "an expert on the subject of Mirreyes said": a
      // name after a preposition is what the clause is about, not who speaks.
      if (!hit && !knownTail && who && beforeName && /\b(?:of|from|in|at|on|about|against|for|with|to|near)\s+(?:the\s+)?$/.test(window.slice(0, beforeName.index - tailStart + beforeName[0].indexOf(who)))) {
        who = null;
      }
      if (who) {
        reported = true;
        const at = hit ? quote.outer.end + hit.index + hit[0].indexOf(who) : sentenceStart + beforeName!.index + beforeName![0].indexOf(who);
        if (/^(?:he|she|they)$/i.test(who)) {
          speaker = lastPersonBefore(quote.outer.start, who);
          pronounUnresolved = !speaker;
        } else {
          const bare = who.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+/, '');
          // "Locascio" or "Min" (family name first) refers to the full name given earlier.
          // "Senator Paul Green": a title before the full name of a known person.
          const person =
            people.find((p) => p.name === who || p.name === bare || p.name.split(/\s+/).includes(bare)) ??
            people.find((p) => p.name.includes(' ') && who.endsWith(' ' + p.name));
          // "said Under Secretary … and NIST Director Laurie E. Locascio": the attribution starts with a title;
          // the person named in that same clause is the speaker.
          const clauseEnd = (() => {
            const stop = /[.!?](?:\s|$)|[“"‘]/u.exec(text.slice(at, at + 240));
            return at + (stop ? stop.index : 240);
          })();
          const inClause = hit ? mentions.find((m) => m.span.start >= at && m.span.start < clauseEnd) : undefined;
          if (person) speaker = speakerFor(person, { start: at, end: at + who.length });
          else if (inClause) speaker = speakerFor(inClause.person, inClause.span);
          else speaker = { name: who, span: { start: at, end: at + who.length } };
          if (!person && !inClause) addNamedSpeaker(who);
        }
      }
    }
    if (!hangul && !speaker && !reported && /^\s*$/u.test(before) && sentenceStart > lineStart) {
      // A quotation that opens a sentence right after "…, sagte Mietrechtsexpertin Laura Hofmann." / "…, said X.":
      // the person named after the reporting verb of the previous sentence speaks on.
      const prevStart = Math.max(lineStart, sentenceAt(sentenceStart - 1));
      const prev = text.slice(prevStart, sentenceStart);
      let verbAt = -1;
      for (const v of prev.matchAll(EN_REPORT_VERB_RE)) verbAt = v.index;
      if (verbAt >= 0) {
        const named = mentions.filter((m) => m.span.start >= prevStart + verbAt && m.span.end <= sentenceStart);
        const last = named[named.length - 1];
        if (last) speaker = speakerFor(last.person);
      }
    }
    if (hangul && !reported && (inner.replace(/\s/g, '').length < 8 || wordCount(inner) < 2)) continue;
    // Korean single quotes mark emphasis or titles ('슈퍼맨'), not speech, unless a reporting verb follows.
    const singleMark = /['‘]/u.test(text[quote.outer.start] ?? '');
    if (hangul && singleMark && !reported) continue;
    // A quotation that directly continues the previous one (re-opened paragraph) has the same speaker.
    const previous = facts[facts.length - 1];
    const prevQuote = quotes[q - 1];
    const gap = prevQuote ? text.slice(prevQuote.outer.end, quote.outer.start) : '';
    // …or follows it right after its attribution ("…," said X. "…").
    const afterAttribution =
      !!previous?.speaker && gap.length < 300 && gap.includes(previous.speaker.split(/\s+/).pop()!) && (gap.match(/[\p{Ll}\d][.!?](?:\s|$)/gu) ?? []).length <= 1;
    if (!speaker && !pronounUnresolved && previous?.speaker && prevQuote && (/^\s*$/u.test(gap) || afterAttribution)) {
      speaker = { name: previous.speaker, ...(previous.speakerTitle ? { title: previous.speakerTitle } : {}) };
    }
    // Quotations that nobody is reported to say are shown only when they are whole statements
    // (long enough and starting like a sentence), not phrases quoted inside the reporter's sentence.
    if (!speaker && !reported && (wordCount(inner) < 6 || /^\p{Ll}/u.test(inner))) continue;
    const duplicate = facts.find((f) => f.text === inner);
    if (duplicate) {
      if (duplicate.evidence.length < 8) duplicate.evidence.push(quote.inner);
      continue;
    }
    const fact: QuoteFact = { text: inner, evidence: [quote.inner] };
    if (speaker) {
      fact.speaker = speaker.name;
      if (speaker.title) fact.speakerTitle = speaker.title;
      if (speaker.span && text.slice(speaker.span.start, speaker.span.end).includes(speaker.name)) fact.evidence.push(speaker.span);
    }
    facts.push(fact);
  }
  return facts;
}
