/**
 * Facts that only a photo caption holds. Facts are computed on the article body; a caption often names the
 * person in the picture, or the place it was taken, and nothing in the body says so. Those people,
 * organizations and places are listed apart in the popup, marked as coming from a caption, each with a quote
 * that finds its caption in the page.
 *
 * Photo credits ("사진=연합뉴스", "Photograph: Simon Ash/PA") name who took or gave the picture, not who or what
 * is in it, and are left out.
 */
import { extractFacts } from '../../core/facts/extract';
import type { ArticleResult, Facts, TextSpan } from '../../core/types';
import type { CaptionFact } from '../messages';
import { quoteForSpan } from './quote';

/** Enough to show what the pictures add, few enough not to crowd the body's facts. */
export const MAX_CAPTION_FACTS = 8;

/** A credit line starts here: the rest of the caption names a photographer, an agency or a source. */
const CREDIT_MARK =
  /(?:사진\s*제공|사진|자료\s*사진|자료|그래픽|제공|출처|Photograph|Photo|Picture|Image|Credit|Foto|Bild|Quelle)\s*(?:[=:]|by\b)/giu;
/** A credit that follows the source ("서울시 제공", "금강일보 DB", "[한빛통신 자료사진]"). */
const CREDIT_AFTER = /^\s*(?:제공|DB|자료\s*사진|사진)(?![\p{L}])/u;

/** Is the entity at `span` of the caption inside its credit? */
function inCredit(caption: string, span: TextSpan): boolean {
  // The credit runs from its last mark ("사진=", "Photograph:") to the caption's end or closing bracket. A mark
  // that opens a sentence ("Photograph: The health secretary, Angela Whitford, said …") is a label, not a credit.
  let mark: RegExpExecArray | null = null;
  for (const m of caption.slice(0, span.start).matchAll(CREDIT_MARK)) mark = m;
  if (mark) {
    const between = caption.slice(mark.index + mark[0].length, span.start);
    if (!/[)\]]|[.!?]\s/u.test(between) && !/^\s*(?:The|A|An)\s/u.test(between)) return true;
  }
  return CREDIT_AFTER.test(caption.slice(span.end, span.end + 8));
}

/** Is `name` (or, for a person, the family name) already in the body text? */
function inBody(body: string, name: string, kind: CaptionFact['kind']): boolean {
  if (body.includes(name)) return true;
  const words = name.split(/\s+/);
  return kind === 'person' && words.length > 1 && body.includes(words[words.length - 1]!);
}

/**
 * The people, organizations and places of `article`'s captions that its body does not name, in caption order,
 * without duplicates. `bodyFacts` are the body's facts (a name the body has as a fact is never repeated).
 */
export function captionOnlyFacts(article: Pick<ArticleResult, 'text' | 'lang' | 'published' | 'captions'>, bodyFacts: Facts): CaptionFact[] {
  const known = new Set<string>([
    ...bodyFacts.people.flatMap((p) => [p.name, ...(p.alias ? [p.alias] : [])]),
    ...bodyFacts.orgs.flatMap((o) => [o.name, ...(o.abbr ? [o.abbr] : [])]),
    ...bodyFacts.places.map((p) => p.text),
  ]);
  const out: CaptionFact[] = [];
  for (const caption of article.captions ?? []) {
    const text = caption.text;
    if (!text?.trim() || out.length >= MAX_CAPTION_FACTS) continue;
    const facts = extractFacts(text, { lang: article.lang, published: article.published });
    const found: Array<{ kind: CaptionFact['kind']; name: string; detail?: string; span: TextSpan }> = [
      ...facts.people.map((p) => ({ kind: 'person' as const, name: p.name, detail: [p.org, p.title].filter(Boolean).join(' ') || undefined, span: p.evidence[0]! })),
      ...facts.orgs.map((o) => ({ kind: 'org' as const, name: o.name, span: o.evidence[0]! })),
      ...facts.places.map((p) => ({ kind: 'place' as const, name: p.text, span: p.evidence[0]! })),
    ].filter((f) => f.span);
    found.sort((a, b) => a.span.start - b.span.start);
    for (const fact of found) {
      if (out.length >= MAX_CAPTION_FACTS) break;
      if (known.has(fact.name) || inBody(article.text, fact.name, fact.kind) || inCredit(text, fact.span)) continue;
      const quote = quoteForSpan(text, fact.span);
      if (!quote) continue;
      known.add(fact.name);
      out.push({ kind: fact.kind, name: fact.name, ...(fact.detail ? { detail: fact.detail } : {}), quote });
    }
  }
  return out;
}
