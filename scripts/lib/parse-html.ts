// The one place where Node-side tools turn HTML into a DOM `Document` for core/.
// (core/ itself never parses HTML: in the page it gets the live document.)
//
// linkedom is the default. Measured on the 91 zyte-dev pages (`npm run bench:extract` and
// `npm run bench:extract -- --dom happy-dom`, same machine): parse median 7.5 ms (linkedom) vs
// 61.5 ms (happy-dom); Plainly's extraction median 2.3 ms vs 15.9 ms on the resulting documents; the
// extraction F1 is identical (0.977) and so is Readability.js's (0.950), so linkedom's lighter DOM
// loses nothing we use. Its one known flaw for us — compareDocumentPosition is wrong across table
// rows — is why core/extract takes document order from its own walk. happy-dom stays available for
// comparisons (one shared window; a window per page leaks gigabytes over a corpus).
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';

export type NodeDom = 'linkedom' | 'happy-dom';

export function parseHtml(html: string, url?: string): Document {
  return parseHtmlWith('linkedom', html, url);
}

// One happy-dom window serves every parse (a window per page leaks gigabytes over a corpus).
let happyWindow: Window | null = null;

export function parseHtmlWith(dom: NodeDom, html: string, _url?: string): Document {
  if (dom === 'happy-dom') {
    happyWindow ??= new Window({
      url: 'https://localhost/',
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
        handleDisabledFileLoadingAsSuccess: true,
        navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      },
    });
    const parser = new happyWindow.DOMParser();
    return parser.parseFromString(html, 'text/html') as unknown as Document;
  }
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
