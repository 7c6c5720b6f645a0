// The one place where Node-side tools turn HTML into a DOM `Document` for core/.
// (core/ itself never parses HTML: in the page it gets the live document.)
import { parseHTML } from 'linkedom';

export function parseHtml(html: string, _url?: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
