/**
 * The text a reader still sees once the clean view hides `hidden`, without layout: skips
 * non-rendered tags, the `hidden` attribute, inline `display:none` (and whatever the optional
 * probe says is hidden). Block boundaries and `<br>` become line breaks so lines stay apart.
 */
import { isInlineHidden, NON_TEXT_TAGS } from './features';

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
  'wbr', 'picture', 'source', 'button', 'input',
]);

export function visibleTextAfterHiding(doc: Document, hidden: Element[], isHidden?: (element: Element) => boolean): string {
  const start = doc?.documentElement ?? doc?.body;
  if (!start) return '';
  const skip = new Set(hidden);
  const out: string[] = [];
  const walk = (element: Element, depth: number) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (tag === 'br') {
          out.push('\n');
          continue;
        }
        if (NON_TEXT_TAGS.has(tag) || depth > 400 || skip.has(el) || isInlineHidden(el)) continue;
        if (isHidden) {
          try {
            if (isHidden(el)) continue;
          } catch {
            // a failing probe means "visible"
          }
        }
        const block = !INLINE.has(tag);
        if (block) out.push('\n');
        walk(el, depth + 1);
        if (block) out.push('\n');
      }
    }
  };
  walk(start, 0);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
