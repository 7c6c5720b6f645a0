/**
 * Finding the article body: Readability-style candidate scoring (paragraph scores flow to their
 * ancestors, weighted by class/id hints and link density), sibling merging, then a per-paragraph
 * clean-up inside the chosen area. Works on the paragraphs gathered by walk.ts and never touches the
 * DOM beyond reading attributes and parents.
 */
import { BOILERPLATE_TAGS, BOILERPLATE_WORDS, HEADING_TAGS, NEGATIVE_HINT, POSITIVE_HINT, hintTokens } from './hints';
import { bylineFrom } from './byline';
import { parseDateLines } from './dates';
import { commaCount, foldCase, hasWordAmong } from './text';
import type { Paragraph, WalkResult } from './walk';

export interface BodyResult {
  root: Element | null;
  paragraphs: Paragraph[];
  /** Score of the winning candidate (for the verdict). */
  score: number;
  /** Paragraphs inside the chosen area before clean-up (the verdict looks at their pattern). */
  considered: Paragraph[];
}

const MIN_PARAGRAPH = 25;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function classWeight(el: Element): number {
  // schema.org microdata: the publisher marks its own article body.
  let weight = el.getAttribute('itemprop') === 'articleBody' ? 25 : 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE_HINT.test(cls)) weight -= 25;
    if (POSITIVE_HINT.test(cls)) weight += 25;
  }
  const id = el.getAttribute('id');
  if (id) {
    if (NEGATIVE_HINT.test(id)) weight -= 25;
    if (POSITIVE_HINT.test(id)) weight += 25;
  }
  return weight;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      return -5;
    default:
      return 0;
  }
}

const tagOf = (el: Element): string => (el.localName || '').toLowerCase();

function findChild(parent: Element | null, tag: string): Element | null {
  for (let el = parent?.firstElementChild ?? null; el; el = el.nextElementSibling) if (tagOf(el) === tag) return el;
  return null;
}

export function findBody(walk: WalkResult): BodyResult {
  const { paragraphs, stats } = walk;
  const scores = new Map<Element, number>();
  // Not `document.body`: some Node DOMs create a missing <head>/<body> in that getter.
  const body = findChild(walk.paragraphs[0]?.owner.ownerDocument?.documentElement ?? null, 'body');

  const ensure = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagWeight(tagOf(el)) + classWeight(el);
      scores.set(el, s);
    }
    return s;
  };

  // prefix[i] = sum of paragraph scores before paragraph i: the score of a whole subtree (at any
  // depth) is then prefix[end] - prefix[first], in O(1).
  const prefix = new Float64Array(paragraphs.length + 1);
  for (const p of paragraphs) {
    prefix[p.index + 1] = prefix[p.index]!;
    // Page chrome (nav, aside, footer) never holds the article: it does not vote for a container.
    if (p.length < MIN_PARAGRAPH || HEADING_TAGS.has(p.tag) || p.inChrome) continue;
    const linkDensity = p.linkLength / p.length;
    if (linkDensity > 0.5) continue;
    const score = (1 + commaCount(p.text) + Math.min(Math.floor(p.length / 100), 3)) * (1 - linkDensity);
    prefix[p.index + 1] = prefix[p.index]! + score;
    // A paragraph that is its element's whole content scores its parent; inline runs inside a
    // container with block children (text split by <br>) score the container itself.
    // Inline wrappers (a <span> around <p>s) are not candidates: only block elements have stats.
    let el: Element | null = p.whole ? p.owner.parentElement : p.owner;
    for (let level = 0; el && level < 5; el = el.parentElement) {
      if (el === body || tagOf(el) === 'html') break;
      if (!stats.has(el)) continue;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, ensure(el) + score / divider);
      level++;
    }
  }

  const linkDensityOf = (el: Element): number => {
    const s = stats.get(el);
    return s && s.length > 0 ? s.linkLength / s.length : 0;
  };
  const finalScore = (el: Element): number => (scores.get(el) ?? 0) * (1 - linkDensityOf(el));
  const deepScore = (el: Element): number => {
    const st = stats.get(el);
    return st ? (prefix[st.end]! - prefix[st.first]!) * (1 - linkDensityOf(el)) : 0;
  };

  const ranked = [...scores.keys()].map((el) => ({ el, score: finalScore(el) })).sort((a, b) => b.score - a.score);
  let top = ranked[0]?.el ?? null;
  if (!top) return { root: null, paragraphs: [], score: 0, considered: [] };
  let topScore = ranked[0]!.score;

  // Several strong candidates under one ancestor: the article is split; take the ancestor.
  const alternatives = ranked.slice(1, 6).filter((c) => c.score >= topScore * 0.75).map((c) => c.el);
  if (alternatives.length >= 3) {
    for (let parent = top.parentElement; parent && parent !== body && tagOf(parent) !== 'html'; parent = parent.parentElement) {
      const containing = alternatives.filter((a) => parent!.contains(a)).length;
      if (containing >= 3) {
        top = parent;
        break;
      }
    }
  }
  // Climb while the parent scores higher (its other children carry article text too).
  {
    let lastScore = finalScore(top);
    const threshold = lastScore / 3;
    for (let parent = top.parentElement; parent && parent !== body && tagOf(parent) !== 'html'; parent = parent.parentElement) {
      if (!scores.has(parent)) continue;
      const parentScore = finalScore(parent);
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
  }
  // An only child adds nothing: use the wrapper.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1 && tagOf(top.parentElement) !== 'html') {
    top = top.parentElement;
  }
  topScore = finalScore(top);

  // Siblings that look like more of the article join it (Readability's sibling rule).
  const included: Element[] = [];
  const parent = top.parentElement;
  if (parent && parent !== body && tagOf(parent) !== 'html') {
    const threshold = Math.max(10, topScore * 0.2);
    const topClass = top.getAttribute('class') ?? '';
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === top) {
        included.push(sib);
        continue;
      }
      const st = stats.get(sib);
      if (!st || st.length === 0) continue;
      let bonus = 0;
      if (topClass && sib.getAttribute('class') === topClass) bonus += topScore * 0.2;
      const score = finalScore(sib) + bonus;
      if (scores.has(sib) && score >= threshold) {
        included.push(sib);
        continue;
      }
      // Article text nested deeper than the five scored levels (bodies split into sections by
      // figures or ads): compare whole-subtree scores, with the sibling's own class hints.
      const deep = deepScore(sib);
      if (deep >= 5 && deep + classWeight(sib) + bonus >= Math.max(10, deepScore(top) * 0.2)) {
        included.push(sib);
        continue;
      }
      if (tagOf(sib) === 'p' || HEADING_TAGS.has(tagOf(sib))) {
        const ld = linkDensityOf(sib);
        const p = paragraphs[st.first];
        const text = p?.text ?? '';
        if ((st.length > 80 && ld < 0.25) || (st.length <= 80 && st.length > 0 && ld === 0 && /[.!?。다](\s|$)/.test(text))) {
          included.push(sib);
        }
      }
    }
  } else {
    included.push(top);
  }
  const root = included.length > 1 ? parent! : top;

  const considered: Paragraph[] = [];
  for (const el of included) {
    const st = stats.get(el);
    if (!st) continue;
    for (let i = st.first; i < st.end; i++) considered.push(paragraphs[i]!);
  }
  const kept = cleanParagraphs(considered, root, walk);
  return { root, paragraphs: kept, score: topScore, considered };
}

const COPYRIGHT_LINE = /(ⓒ|©|copyright\b|all rights reserved|무단\s*전재|재배포\s*금지|저작권자)/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const REPORTER_LINE = /(기자|특파원|칼럼니스트|에디터|통신원|논설위원|reporter|correspondent|columnist|editor|writer)/i;
// Korean photo credits and captions set as their own line: "[사진=KBS]", "사진제공=KIAT",
// "▲민병주 원장(왼쪽)과 … (사진제공=KIAT)". (△ starts list items in Korean prose; ▲ with a credit is a caption.)
const KOREAN_CREDIT_LINE = /^[[(<]?\s*(사진|영상|그래픽|자료|이미지|출처)\s*(제공)?\s*[=:]/;
const KOREAN_CAPTION = /^▲.*(사진|제공|=|연합뉴스|뉴시스|뉴스1)/;
// The paper's own arrows after a Korean story: "☞ … 구독하기", "▶ 네이버 메인에서 … 받아보세요", "▶ 제보는 카카오톡 …".
const KOREAN_PROMO = /^[▶☞▷►]\s*.*(구독|받아보|바로가기|제보|카카오톡|네이버|채널 추가|앱 설치|클릭)/;
// …and a caption line that ends with its credit: "조치원읍 한 마을 정류장 모습. (사진=세종시 제공)".
const KOREAN_CREDIT_END = /[[(]\s*(?:사진|영상|그래픽|자료|이미지)\s*(?:제공)?\s*[=:][^\])]{0,40}[\])]$/;
const AD_LINE = /^(advertisement|advert|adverti[sz]ing|sponsored( content)?|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|iklan|реклама|광고|ad|this slideshow requires javascript\.?)$/i;
/**
 * Control labels and teaser headings that stand alone as a paragraph: caption toggles ("Caption",
 * "Close"), "Read more", "Don't miss", "You may also like…", gallery counters ("1 of 6"),
 * "Filed under: …".
 */
const UI_LABEL =
  /^(?:caption|close|hide caption|show caption|toggle caption|expand|read more|more:?|see more|show more|comments?|don[’']t miss|you may also like(?:\.\.\.|…)?|tell us what you think(?:\.\.\.|…)?|\d+ of \d+|filed under:.*)$/i;

/**
 * A byline or dateline that sits inside the body container ("By Jane Doe - 11/18/19 11:04 PM EST",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …", "2018-08-16", "Updated at 1:23 p.m."): once
 * the dates, times, labels and names are taken out, nothing of a sentence is left.
 */
const BYLINE_START = /^(by|written|words|von|por|par|di|da|автор)\s|기자|특파원|칼럼니스트|통신원/i;

/** A post's author line in a live blog, maybe after the post's time: "From Tom Castle", "11:40 a.m. ET From Tom Castle". */
const FROM_NAME = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[ECMP][SD]?T|GMT|UTC|BST)?\s*)?[Ff]rom\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

function isMetaLine(text: string): boolean {
  if (text.length <= 60 && FROM_NAME.test(text)) return true;
  // Cheap gate: a dateline has a digit, a byline starts with "By"-like words or names a reporter.
  if (!/\d/.test(text) && !BYLINE_START.test(text)) return false;
  // A Korean sentence, not a line of names and dates ("김철수 기자가 보도합니다.", an anchor's lead-in).
  if (/[가-힣](?:니다|다)[.!]?$/.test(text) && !/기자\s*=/.test(text)) return false;
  const byline = bylineFrom(text);
  const dated =
    parseDateLines(text).length > 0 ||
    /\d{1,2}\/\d{1,2}\/\d{2,4}|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\.?|gmt|bst|utc|cet|[ecmp][sd]?t)\b/i.test(text);
  if (!byline && !dated) return false;
  let rest = text;
  for (const name of byline ?? []) rest = rest.split(name).join(' ');
  rest = rest
    .replace(/\b(by|published|updated|posted|modified|last|at|on|and|입력|수정|기사입력|최종수정|등록|승인|기자)\b|입력|수정|등록|기자/gi, ' ')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, ' ');
  if (hasWordAmong(foldCase(rest), OTHER_DATE_WORD_LIST)) rest = rest.replace(OTHER_DATE_WORDS, ' ');
  rest = rest
    .replace(/\b(a\.?m\.?|p\.?m\.?|[ecmp][sd]?t|utc|gmt|kst)\b|오전|오후/gi, ' ')
    .replace(/[\d\s:|,./()\-–—·년월일시분]+/g, ' ')
    .trim();
  return rest.length < 12;
}

// Weekday and month names and date filler words of other languages ("sexta-feira, 22 de outubro de
// 2010 às 20:13", "Posted on Maret 30, 2015 by Admin", "4. März 2025, 16:20 Uhr"). One list feeds
// both the pattern and its exact pre-check (hasWordAmong): the /iu pattern takes milliseconds to
// compile on first use, and most meta lines hold none of these words.
const OTHER_DATE_WORD_LIST = [
  'segunda-feira', 'terça-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'januari', 'january', 'januar', 'februari', 'february',
  'februar', 'märz', 'maret', 'maart', 'marzo', 'mars', 'março', 'avril', 'abril', 'aprile', 'mai', 'mei', 'maio', 'mayo',
  'maggio', 'juni', 'juin', 'junio', 'junho', 'giugno', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'agustus',
  'augustus', 'août', 'agosto', 'septembre', 'septiembre', 'setembro', 'settembre', 'oktober', 'octobre', 'octubre',
  'outubro', 'ottobre', 'novembre', 'noviembre', 'novembro', 'dezember', 'desember', 'décembre', 'diciembre',
  'dezembro', 'dicembre', 'janvier', 'enero', 'janeiro', 'gennaio', 'février', 'febrero', 'fevereiro', 'febbraio',
  'de', 'às', 'um', 'uhr', 'pukul', 'oleh', 'le', 'à', 'a las', 'alle', 'posted', 'por', 'von',
];
const OTHER_DATE_WORDS = new RegExp(`(?<!\\p{L})(?:${OTHER_DATE_WORD_LIST.join('|')})(?!\\p{L})`, 'giu');

const CALL_TO_ACTION = /^(follow|subscribe|sign up|join|listen|watch|read|click|get|download|like us|share|see also|more on)\b/i;

/** Prose that happens to be mostly links: enough words of its own and a sentence ending. */
function isLinkedSentence(p: Paragraph, linkDensity: number): boolean {
  return (
    linkDensity <= 0.8 &&
    p.length - p.linkLength >= 20 &&
    /[.!?。！？…]["”’»)]?$/.test(p.text) &&
    !/^[^.!?]{0,25}:/.test(p.text) && // "Read more: …", "Related: …"
    !CALL_TO_ACTION.test(p.text)
  );
}

/** Is this container (between a paragraph and the root) a widget rather than article text? */
export function isJunkContainer(el: Element, walk: WalkResult, rootLength: number): boolean {
  const tag = tagOf(el);
  const st = walk.stats.get(el);
  // Inline wrappers around blocks (a <span> holding <p>s) are markup accidents, not widgets.
  if (!st) return false;
  const share = st && rootLength > 0 ? st.length / rootLength : 0;
  if (BOILERPLATE_TAGS.has(tag) && share < 0.5) return true;
  const hints = classAndId(el);
  if (hints.trim() && share < 0.4) {
    const tokens = hintTokens(hints);
    // An embedded post (tweet, Instagram, "social-media-embed") is quoted content of the story,
    // unlike the share/follow widgets the same words usually name.
    const has = (t: string): boolean => tokens.includes(t);
    const embedded =
      (has('tweet') || has('instagram') || has('tiktok') || (has('social') && (has('embed') || has('embedded')))) &&
      !has('caption') && !has('credit') && !has('share') && !has('follow');
    if (!embedded && tokens.some((t) => BOILERPLATE_WORDS.has(t))) return true;
  }
  if (st.length > 0 && share < 0.3) {
    // Link lists (related, most-read, tags): mostly links, and little text of their own per item.
    // Lists of "linked headline + a sentence" items keep enough own text to stay.
    const ld = st.linkLength / st.length;
    const items = Math.max(1, st.end - st.first);
    const ownPerItem = (st.length - st.linkLength) / items;
    // (A single paragraph is judged by itself in cleanParagraphs.)
    if (ld > 0.5 && ownPerItem < 40 && items > 1) return true;
  }
  return false;
}

function cleanParagraphs(considered: Paragraph[], root: Element, walk: WalkResult): Paragraph[] {
  const rootLength = walk.stats.get(root)?.length ?? 0;
  const junk = new Map<Element, boolean>();
  const isJunk = (el: Element): boolean => {
    let v = junk.get(el);
    if (v === undefined) {
      v = isJunkContainer(el, walk, rootLength);
      junk.set(el, v);
    }
    return v;
  };
  const kept: Paragraph[] = [];
  for (const p of considered) {
    let bad = false;
    for (let el: Element | null = p.owner; el && el !== root; el = el.parentElement) {
      if (isJunk(el)) {
        bad = true;
        break;
      }
    }
    if (bad) continue;
    // A photo caption set as text after an image in an inline wrapper (no <figure>), or as the
    // only text of a block that holds a picture (<div><img><p>…</p></div>, a two-row photo table).
    if (p.caption || imageCaptionBlock(p, walk, root)) continue;
    const text = p.text;
    const linkDensity = p.length ? p.linkLength / p.length : 0;
    // A paragraph that is mostly a link and has little text of its own ("Read more: …", a teaser).
    // A sentence with several inline links ("X has been eliminated from “Y”.") stays.
    if (linkDensity > 0.5 && (p.length - p.linkLength < 40 || linkDensity > 0.8) && !isLinkedSentence(p, linkDensity)) continue;
    if (p.length < 300 && COPYRIGHT_LINE.test(text)) continue;
    if (p.length < 120 && EMAIL.test(text) && (REPORTER_LINE.test(text) || p.length < 60)) continue;
    if (p.length < 60 && AD_LINE.test(text)) continue;
    if (p.length < 60 && UI_LABEL.test(text)) continue;
    if (p.length < 120 && isMetaLine(text)) continue;
    if (p.length < 120 && KOREAN_CREDIT_LINE.test(text)) continue;
    if (p.length < 600 && KOREAN_CAPTION.test(text)) continue;
    if (p.length < 300 && KOREAN_CREDIT_END.test(text)) continue;
    if (p.length < 200 && KOREAN_PROMO.test(text)) continue;
    // A CMS shortcode that was never rendered ("[button link=…]Send us…[/button]").
    if (/^\[\w+[^\]]*\].*\[\/\w+\]$/.test(text)) continue;
    if (p.length < 300 && SIGN_OFF.test(text)) continue;
    if (p.length < 100 && READING_TIME.test(text)) continue;
    // A bare abbreviated count ("1.2K" claps) left over from a reaction bar. (Plain numbers stay:
    // they are table cells and scores as often as counters.)
    if (p.length <= 8 && /^\d+(?:[.,]\d+)?\s*[KkMm]$/.test(text)) continue;
    kept.push(p);
  }
  return dropPullQuotes(trimTail(kept, considered));
}

/** Blocks that wrap a picture and its caption in templates without <figure> (not quotes or list items). */
const CAPTION_BLOCK_TAGS = new Set(['div', 'table', 'span', 'p', 'center']);

/**
 * The block a caption-like paragraph stands in when it is a photo caption without <figure>: the
 * largest ancestor (below `root`) whose only text is this paragraph, when that block also holds a
 * picture outside the paragraph's own element. Short text only; null otherwise.
 */
export function imageCaptionBlock(p: Paragraph, walk: WalkResult, root: Element): Element | null {
  // (A counter such as a gallery's "6" is not a caption; a quotation next to a picture is content.)
  if (p.length >= 300 || p.length < 20 || p.owner === root) return null;
  let el: Element = p.owner;
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const st = walk.stats.get(parent);
    if (!st || st.end - st.first !== 1) break;
    el = parent;
  }
  if (el === p.owner || !CAPTION_BLOCK_TAGS.has(tagOf(el))) return null;
  for (const img of walk.images) {
    if (!el.contains(img) || p.owner.contains(img)) continue;
    const width = Number(img.getAttribute('width') ?? '0');
    if (!width || width >= 100) return el;
  }
  return null;
}

/**
 * Wire-service sign-offs and credits: "Reporting by Jane Doe in Washington; Editing by Sam Lee",
 * "(Additional reporting by …)", "Contributing: …", "— With files from The Canadian Press". Never body
 * text, wherever they are.
 */
const SIGN_OFF =
  /^[([—–-]?\s*(?:with )?(?:additional |further )?(?:reporting|writing|editing|research|compiled|compiling|graphics|fact[- ]checking)(?: and \w+)? by\b|;\s*(?:editing|writing) by\b|^contributing\s*:|^[([—–-]?\s*with files from\b|^(?:촬영\s?기자|영상\s?취재|영상\s?편집|촬영|그래픽|자료\s?조사|화면\s?제공)\s*[:：]/i;
/** Reading-time labels ("9 min read", "Lesezeit: 4 Minuten", "Tempo de leitura: 1 minuto"). */
const READING_TIME =
  /\b\d+\s*(?:min|mins|minutes?)\s+read\b|\breading time\b|\blesezeit\b|\btempo de leitura\b|\btiempo de lectura\b|\btemps de lecture\b|읽는\s*시간/i;
/** The site's copyright notice (not a photo credit "photos © Agency" inside the story). */
const SITE_COPYRIGHT = /^\s*(?:copyright|©|ⓒ|\(c\))|all rights reserved|무단\s*전재|재배포\s*금지|저작권자/i;
/**
 * The site's own call to action after the story: an imperative or "If you enjoyed this article"
 * opening together with a subscription/follow word ("Get … delivered through your letterbox … Click
 * here", "Subscribe to our newsletters", "Follow AP's full coverage at …", "Listen … live at 12:45").
 */
const PROMO_START = /^(?:get|subscribe|sign up|join|click|follow|listen|watch|download|like us|if you (?:enjoyed|liked|found|value))\b/i;
const PROMO_WORD = /newsletter|subscri|inbox|letterbox|click here|twitter|facebook|instagram|tiktok|bluesky|youtube|whatsapp|\bon x\b|podcast|\bapp\b|live at|full coverage|issues for|\bjoin\b|membership|members get|donat|become a (?:member|supporter|subscriber)|tax[- ]deductible/i;
/** Source notes at the end of a story ("SOURCE: News agencies", "출처: …"). */
const SOURCE_LINE = /^(?:source|sources|quelle|fuente|fonte|출처)\s*:/i;

/**
 * The end of the article: once a copyright line or a sign-off has been passed, the few short lines
 * after it are the site's notices, not article text ("기사 섹션 분류 안내: …"). Separately, in the
 * last three paragraphs, short contact lines with an e-mail address ("Have a tip? … may be reached
 * at …@…") and source notes go.
 */
function trimTail(kept: Paragraph[], considered: Paragraph[]): Paragraph[] {
  const n = kept.length;
  if (n < 3) return kept;
  // Only a marker between the 4th-last and the last kept paragraph can cut anything.
  const lo = kept[Math.max(0, n - 4)]!.index;
  const hi = kept[n - 1]!.index;
  let first = 0;
  for (let step = considered.length; step > 0; step >>= 1) {
    while (first + step < considered.length && considered[first + step - 1]!.index < lo) first += step;
  }
  let end = n;
  for (let i = first; i < considered.length; i++) {
    const p = considered[i]!;
    if (p.index >= hi) break;
    if (p.index < lo || p.length >= 300 || !(SITE_COPYRIGHT.test(p.text) || SIGN_OFF.test(p.text))) continue;
    let k = n;
    while (k > 0 && kept[k - 1]!.index > p.index) k--;
    if (n - k <= 3 && kept.slice(k).every((q) => q.length < 200)) {
      end = k;
      break;
    }
  }
  let out = kept.slice(0, Math.max(1, end));
  const tailStart = Math.max(1, out.length - 3);
  out = out.filter(
    (p, i) =>
      i < tailStart ||
      !(p.length < 200 && (EMAIL.test(p.text) || (p.length < 80 && SOURCE_LINE.test(p.text)))) &&
        !(p.length < 300 && PROMO_START.test(p.text) && PROMO_WORD.test(p.text)),
  );
  return out;
}

/**
 * Pull quotes: a quotation set apart (in quotation marks as a whole, or a <blockquote>/<aside>)
 * whose words all stand in a longer paragraph of the same body is a repeat set large for design,
 * not more text. Headings and unquoted sentences that recur stay (recipes, lists repeat lines).
 */
const QUOTE_TAGS = new Set(['blockquote', 'aside']);
const WHOLLY_QUOTED = /^["“„«‘'「『].*["”“»’'」』]$/;
// The opening marks of WHOLLY_QUOTED: a first-character look-up spares the regex scan of every paragraph.
const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘', "'", '「', '『']);
function dropPullQuotes(kept: Paragraph[]): Paragraph[] {
  if (kept.length < 4) return kept;
  // Ancestor tags by a plain walk (selector-based closest() is slow in Node DOMs).
  const within = (el: Element, tags: Set<string>): boolean => {
    for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) if (tags.has(tagOf(e))) return true;
    return false;
  };
  const setApart = (p: Paragraph): boolean =>
    p.length <= 400 && ((OPEN_QUOTES.has(p.text[0]!) && WHOLLY_QUOTED.test(p.text)) || within(p.owner, QUOTE_TAGS)) && !within(p.owner, HEADING_TAGS);
  // Most bodies have no quotation set apart: skip the text comparison then.
  return kept.filter((p) => {
    if (!setApart(p)) return true;
    // The quotation without its marks and final punctuation, looked up verbatim in longer paragraphs.
    const core = p.text.replace(/^["“„«‘'「『\s]+|["”“»’'」』\s.!?,…]+$/g, '');
    if (core.length < 25 || core.split(' ').length < 5) return true;
    // A pull quote lifted from mid-sentence starts with a capital the paragraph does not have.
    const rest = core.slice(1);
    const first = core.charAt(0);
    const lower = first.toLowerCase();
    return !kept.some((other) => other !== p && other.text.length > p.text.length && (other.text.includes(core) || (lower !== first && other.text.includes(lower + rest))));
  });
}
