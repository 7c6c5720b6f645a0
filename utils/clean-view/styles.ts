/**
 * How clean view hides things: never by removing or rewriting page nodes, only by a marker attribute
 * on detected elements plus one injected stylesheet. Turning clean view off removes both, which
 * restores the page exactly.
 */
export const HIDE_ATTR = 'data-plainly-hide';
/** The stylesheet of the running clean view (attribute rule + picker rules + cached site rules). */
export const STYLE_ID = 'plainly-clean-style';
/** The stylesheet the document_start script injects from the site's cached rules (no flash). */
export const EARLY_STYLE_ID = 'plainly-early-style';

const HIDE = '{display:none!important}';

/** Whether a stored selector can go into a stylesheet without breaking or escaping its rule. */
export function isUsableSelector(doc: Document, selector: string): boolean {
  if (!selector.trim() || /[{};<]/.test(selector) || selector.includes('/*')) return false;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * One rule per selector: an invalid selector in a selector list would void the whole list, and one
 * bad stored rule must not un-hide the others.
 */
export function hideCss(doc: Document, selectors: Iterable<string>, withAttributeRule: boolean): string {
  const rules = withAttributeRule ? [`[${HIDE_ATTR}]${HIDE}`] : [];
  for (const selector of new Set(selectors)) if (isUsableSelector(doc, selector)) rules.push(`${selector}${HIDE}`);
  return rules.join('\n');
}

/** Adds (or updates) a `<style>` with the given id; into <head> when there is one yet. */
export function upsertStyle(doc: Document, id: string, css: string): HTMLStyleElement {
  let style = doc.getElementById(id) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = id;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  if (style.textContent !== css) style.textContent = css;
  return style;
}

export function removeStyle(doc: Document, id: string): void {
  doc.getElementById(id)?.remove();
}
