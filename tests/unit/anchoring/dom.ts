// Test helper: a happy-dom document (linkedom has no Range.setStart, needed to build ranges).
// The page is written into the window's own document: happy-dom's DOMParser documents have broken Ranges.
import { openHappyDomPage } from '../../../scripts/lib/parse-html';

export function htmlDocument(html: string, url = 'https://example.com/article'): Document {
  return openHappyDomPage(html, url).document;
}

/** A Range over the first occurrence of `needle` inside a single text node of `root`. */
export function rangeOfText(root: Element, needle: string): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(needle);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range;
    }
  }
  throw new Error(`text not found: ${needle}`);
}

export function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
