// The one place where Node-side tools turn HTML into a DOM `Document` for core/.
// (core/ itself never parses HTML: in the page it gets the live document.)
//
// linkedom is the default: on the zyte-dev pages it parses ~4x faster than happy-dom with the same
// extraction result (see `npm run bench:extract -- --dom happy-dom` and the extraction report).
// happy-dom stays available for comparisons and for code that needs a fuller DOM.
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
