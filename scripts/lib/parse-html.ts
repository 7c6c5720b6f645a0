// The one place where Node-side tools turn HTML into a DOM `Document` for core/.
// (core/ itself never parses HTML: in the page it gets the live document.)
//
// linkedom is the default. Measured on the 91 zyte-dev pages, same machine, same run: parse median
// 7.5 ms (linkedom) vs 61.5 ms (happy-dom) on a quiet machine, 28.5 vs 109 ms under load; Plainly's
// extraction median on the resulting documents 2.3 vs 15.9 ms (quiet), 11.6 vs 17.6 ms (loaded).
// Fidelity: the extraction result (text, title, date, byline, verdict) is identical on 91/91 pages,
// and Readability.js scores the same F1 (0.950) on both, so linkedom's lighter DOM loses nothing we
// use. Its one known flaw for us — compareDocumentPosition is wrong across table rows — is why
// core/extract takes document order from its own walk. happy-dom stays available for comparisons
// (`npm run bench:extract -- --dom happy-dom`; one shared window: a window per page leaks gigabytes).
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';

export type NodeDom = 'linkedom' | 'happy-dom';

export function parseHtml(html: string, url?: string): Document {
  return parseHtmlWith('linkedom', html, url);
}

// happy-dom as a static page: no scripts, no loading, no navigation.
const HAPPY_DOM_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
};

/**
 * A page written into its own happy-dom window, for code that needs live Ranges (anchoring tests and
 * benchmark): linkedom has no Range.setStart, and happy-dom's DOMParser documents have broken Ranges.
 */
export function openHappyDomPage(html: string, url = 'https://example.com/article'): { window: Window; document: Document } {
  const window = new Window({ url, settings: HAPPY_DOM_SETTINGS });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

// One happy-dom window serves every parse (a window per page leaks gigabytes over a corpus).
let happyWindow: Window | null = null;

export function parseHtmlWith(dom: NodeDom, html: string, _url?: string): Document {
  if (dom === 'happy-dom') {
    happyWindow ??= new Window({
      url: 'https://localhost/',
      settings: { ...HAPPY_DOM_SETTINGS, handleDisabledFileLoadingAsSuccess: true },
    });
    const parser = new happyWindow.DOMParser();
    return parser.parseFromString(html, 'text/html') as unknown as Document;
  }
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
