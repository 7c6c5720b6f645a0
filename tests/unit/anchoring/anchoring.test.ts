import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorMany, anchorSpan, buildTextIndex, describeRange, rangeForQuote, rangeFromSpan } from '../../../core/anchoring';
import type { Selector, TextQuoteSelector } from '../../../core/types';
import { htmlDocument, normalized, rangeOfText } from './dom';

const ARTICLE = `<!doctype html><html><head><title>t</title><style>p{color:red}</style></head><body>
<header><nav>Home · World · Business</nav></header>
<article id="story">
  <h1>Chipmaker raises forecast as demand for AI servers grows</h1>
  <p>The company said on Tuesday that revenue for the quarter would rise to
     <b>$4.2 billion</b>, well above the $3.9 billion analysts had expected.</p>
  <p>Shares rose 8 percent in late trading. The company said the new plant in Arizona
     would open next year, creating about 1,500 jobs.</p>
  <script>var said = "The company said";</script>
  <p>“We are seeing demand we have never seen before,” the chief executive said in a statement.
     Analysts said the forecast was conservative.</p>
  <p>The company said it would also raise its dividend.</p>
</article>
<footer>© 2025 Example News</footer>
</body></html>`;

function quoteOf(selectors: Selector[]): TextQuoteSelector {
  const q = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!q) throw new Error('no quote');
  return q;
}

describe('describeRange', () => {
  it('produces quote, position and structural selectors on the normalised text', () => {
    const doc = htmlDocument(ARTICLE);
    const range = rangeOfText(doc.body, 'revenue for the quarter would rise to');
    const selectors = describeRange(doc.body, range);
    const quote = quoteOf(selectors);
    expect(quote.exact).toBe('revenue for the quarter would rise to');
    expect(quote.prefix.length).toBe(32);
    expect(quote.prefix.endsWith('company said on Tuesday that ')).toBe(true);
    expect(quote.suffix.startsWith(' $4.2 billion, well above')).toBe(true);
    expect(selectors.find((s) => s.type === 'TextPositionSelector')).toBeTruthy();
    const css = selectors.find((s) => s.type === 'CssSelector');
    expect(css).toEqual({ type: 'CssSelector', value: '#story > p:nth-of-type(1)' });
    expect(doc.body.querySelector(css!.value)?.textContent).toContain('revenue for the quarter');
  });

  it('spans several nodes and skips script text', () => {
    const doc = htmlDocument(ARTICLE);
    const range = doc.createRange();
    range.setStart(rangeOfText(doc.body, 'would open next year').startContainer, 0);
    range.setEnd(rangeOfText(doc.body, 'the chief executive').endContainer, 10);
    const quote = quoteOf(describeRange(doc.body, range));
    expect(quote.exact.startsWith('Shares rose 8 percent')).toBe(true);
    expect(quote.exact).toContain('1,500 jobs. “We are se');
    expect(quote.exact).not.toContain('var said');
  });

  it('returns [] for a range outside the root or holding only whitespace', () => {
    const doc = htmlDocument(ARTICLE);
    const article = doc.getElementById('story')!;
    expect(describeRange(article, rangeOfText(doc.body, 'Home'))).toEqual([]);
    const blank = doc.createRange();
    blank.setStart(article, 0);
    blank.setEnd(article, 1); // the whitespace text node before <h1>
    expect(describeRange(article, blank)).toEqual([]);
  });
});

describe('anchor', () => {
  it('finds the right one of several identical quotes by context', () => {
    const doc = htmlDocument(ARTICLE);
    const third = rangeOfText(doc.body, 'The company said it would also');
    third.setEnd(third.startContainer, third.startOffset + 'The company said'.length);
    const selectors = describeRange(doc.body, third);
    const result = anchor(doc.body, selectors);
    expect(result?.method).toBe('exact');
    expect(result?.range.startContainer.parentElement?.textContent).toContain('raise its dividend');
  });

  it('survives inserted ads, re-indentation, new markup and moved paragraphs', () => {
    const doc = htmlDocument(ARTICLE);
    const before = [
      'well above the $3.9 billion',
      'creating about 1,500 jobs',
      'the chief executive said in a statement',
      'raise its dividend',
    ].map((t) => describeRange(doc.body, rangeOfText(doc.body, t)));
    const changed = htmlDocument(`<html><body><div class="consent">We use cookies</div>
      <article id="story"><h1>Chipmaker   raises forecast as demand for AI servers grows</h1>
      <p>The company said that revenue for the quarter would rise to <a href="#">$4.2 billion</a>,
      well above the <em>$3.9</em>
         billion analysts had expected.</p>
      <aside>Advertisement</aside>
      <p>The company said it would also raise its dividend.</p>
      <p>Shares rose 8 percent in late trading. The company said the new plant in Arizona would open next year, creating about 1,500 jobs.</p>
      <div>Read more: Chip stocks rally</div>
      <p>“We are seeing demand we have never seen before,” the chief executive said in a statement. Analysts said the forecast was conservative.</p>
      </article></body></html>`);
    const results = anchorMany(changed.body, before);
    expect(results.map((r) => r && normalized(r.range.toString()))).toEqual([
      'well above the $3.9 billion',
      'creating about 1,500 jobs',
      'the chief executive said in a statement',
      'raise its dividend',
    ]);
  });

  it('re-anchors fuzzily after an edit inside the quote, and orphans removed text', () => {
    const doc = htmlDocument(ARTICLE);
    const edited = describeRange(doc.body, rangeOfText(doc.body, 'Shares rose 8 percent in late trading. The company said the new plant'));
    const removed = describeRange(doc.body, rangeOfText(doc.body, 'Analysts said the forecast was conservative.'));
    const changed = htmlDocument(ARTICLE.replace('Shares rose 8 percent', 'Shares jumped 9 percent').replace(/Analysts said the forecast was conservative\./, ''));
    const fuzzy = anchor(changed.body, edited);
    expect(fuzzy?.method).toBe('fuzzy');
    expect(normalized(fuzzy!.range.toString())).toBe('Shares jumped 9 percent in late trading. The company said the new plant');
    expect(anchor(changed.body, removed)).toBeNull();
  });

  it('finds a highlight in a short paragraph that moved (both contexts changed)', () => {
    const page = (order: string[]) =>
      htmlDocument(`<body><p>Intro paragraph with some words in it for context.</p>${order.map((t) => `<p>${t}</p>`).join('\n')}<p>Closing remarks of the story.</p></body>`);
    const paragraphs = ['Alpha section opens the report.', 'The Mach E was unveiled Sunday night.', 'TOYOTA RAV4 PRIME', 'Beta section closes it.'];
    const doc = page(paragraphs);
    const inner = describeRange(doc.body, rangeOfText(doc.body, 'Mach E was unveiled Sunday night.'));
    const whole = describeRange(doc.body, rangeOfText(doc.body, 'TOYOTA RAV4 PRIME'));
    const moved = page([paragraphs[2]!, paragraphs[0]!, paragraphs[3]!, paragraphs[1]!]);
    expect(normalized(anchor(moved.body, inner)!.range.toString())).toBe('Mach E was unveiled Sunday night.');
    expect(normalized(anchor(moved.body, whole)!.range.toString())).toBe('TOYOTA RAV4 PRIME');
    // The same words inside another paragraph are not the moved paragraph.
    const other = page(['Alpha section opens the report.', 'Elsewhere: The Mach E was unveiled Sunday night. More text follows here.']);
    expect(anchor(other.body, inner)).toBeNull();
  });

  it('a pull quote repeating the sentence: the structural hint decides, else the highlight is an orphan', () => {
    const original = htmlDocument(
      '<body><article><p>First paragraph of the story, with enough words to matter.</p><p>Markets fell sharply on Monday. Investors fled to bonds after the report.</p><p>Third paragraph goes here with more words.</p></article></body>',
    );
    const selectors = describeRange(original.body, rangeOfText(original.body, 'Investors fled to bonds after the report.'));
    const changed = htmlDocument(
      '<body><article><p>First paragraph of the story, with enough words to matter.</p><aside class="pull">Investors fled to bonds after the report.</aside><p>Markets fell sharply on Monday. Investors fled to bonds after the report.</p><div>Advertisement</div><p>Third paragraph goes here with more words.</p></article></body>',
    );
    const result = anchor(changed.body, selectors);
    expect(result?.range.startContainer.parentElement?.tagName).toBe('P');
    expect(normalized(result!.range.toString())).toBe('Investors fled to bonds after the report.');
    const withoutHint = selectors.filter((s) => s.type !== 'CssSelector');
    expect(anchor(changed.body, withoutHint)).toBeNull();
  });

  it('the structural hint survives a banner inserted at the top of the page', () => {
    const story = (extra: string) =>
      `<body>${extra}<div class="page"><p>Markets fell sharply on Monday. Investors fled to bonds after the report.</p><p>Third paragraph goes here with more words.</p></div></body>`;
    const original = htmlDocument(story(''));
    const selectors = describeRange(original.body, rangeOfText(original.body, 'Investors fled to bonds after the report.'));
    expect(selectors.find((s) => s.type === 'CssSelector')).toEqual({ type: 'CssSelector', value: ':scope > div:nth-of-type(1) > p:nth-of-type(1)' });
    const changed = htmlDocument(
      story('<div>We use cookies. Accept?</div>').replace('<p>Third', '<div>Advertisement</div><aside>Investors fled to bonds after the report.</aside><p>Third'),
    );
    const result = anchor(changed.body, selectors);
    expect(result?.range.startContainer.parentElement?.tagName).toBe('P');
  });

  it('orphans a highlight whose paragraph was removed while a pull quote still repeats it', () => {
    const sentence = 'Investors fled to government bonds after the report showed prices rising for a third month.';
    const story = (middle: string, after: string) =>
      `<body><article><p>First paragraph of the story, with enough words to matter.</p>${middle}<p>Third paragraph goes here with more words.</p>${after}<p>Closing paragraph of the story.</p></article></body>`;
    const original = htmlDocument(story(`<p>Markets fell sharply on Monday. ${sentence}</p>`, ''));
    const selectors = describeRange(original.body, rangeOfText(original.body, sentence));
    // The paragraph is gone; the same sentence now stands alone in a pull quote further down.
    const changed = htmlDocument(story('', `<aside class="pull-quote">${sentence}</aside>`));
    // (Without the CssSelector hint it would look like the one-sentence paragraph moved: anchored.)
    expect(anchor(changed.body, selectors)).toBeNull();
    // A truncated teaser quoting the paragraph's start agrees on one side only, and only partly: orphan.
    const opening = 'Markets fell sharply on Monday. Investors fled';
    const head = describeRange(original.body, rangeOfText(original.body, opening));
    const teaser = htmlDocument(story('', `<div>Read more: Markets fell sharply on Monday. ${sentence.slice(0, 38)}…</div>`));
    expect(anchor(teaser.body, head)).toBeNull();
    expect(anchor(teaser.body, head.filter((s) => s.type !== 'CssSelector'))).toBeNull();
    // The paragraph itself, still there after the teaser, is found.
    const kept = htmlDocument(story(`<p>Markets fell sharply on Monday. ${sentence}</p>`, `<div>Read more: Markets fell sharply on Monday. ${sentence.slice(0, 38)}…</div>`));
    expect(normalized(anchor(kept.body, head)!.range.toString())).toBe(opening);
  });

  it('two places whose context agrees equally (repeated sentence): the hint decides, else orphan', () => {
    const sentence = 'The council approved the budget by a vote of seven to two.';
    const original = htmlDocument(
      `<body><div><p>Opening words of the local report. ${sentence}</p><p>Next paragraph with other words.</p></div></body>`,
    );
    const selectors = describeRange(original.body, rangeOfText(original.body, sentence));
    // Both copies end their paragraph and follow the same sentence start; ads after each differ.
    const changed = htmlDocument(
      `<body><aside><p>Summary: Opening words of the local report. ${sentence}</p><div>Advertisement</div></aside><div><p>Opening words of the local report. ${sentence}</p><div>Sponsored content</div><p>Next paragraph with other words.</p></div></body>`,
    );
    const withHint = anchor(changed.body, selectors);
    expect(withHint).not.toBeNull();
    expect(withHint!.range.startContainer.parentElement?.textContent?.startsWith('Opening words')).toBe(true);
    expect(anchor(changed.body, selectors.filter((s) => s.type !== 'CssSelector'))).toBeNull();
  });

  it('does not anchor a short quote elsewhere when its paragraph is gone', () => {
    const doc = htmlDocument(ARTICLE);
    const selectors = describeRange(doc.body, rangeOfText(doc.body, 'The company said it would'));
    const changed = htmlDocument(ARTICLE.replace('<p>The company said it would also raise its dividend.</p>', ''));
    expect(anchor(changed.body, selectors)).toBeNull();
  });

  it('rangeForQuote finds a sentence quoted from the extracted article text', () => {
    const doc = htmlDocument(ARTICLE);
    const range = rangeForQuote(doc.body, {
      type: 'TextQuoteSelector',
      exact: 'Shares rose 8 percent in late trading.',
      prefix: 'analysts had expected.\n\n',
      suffix: ' The company said the new plant',
    });
    expect(range && normalized(range.toString())).toBe('Shares rose 8 percent in late trading.');
    expect(rangeForQuote(doc.body, { type: 'TextQuoteSelector', exact: 'not in the page at all', prefix: '', suffix: '' })).toBeNull();
  });

  it('honours an isHidden probe (hidden text is neither described nor matched)', () => {
    const doc = htmlDocument('<body><p>Visible text here.</p><p class="x">Hidden duplicate text here.</p></body>');
    const isHidden = (el: Element) => el.classList.contains('x');
    const index = buildTextIndex(doc.body, { isHidden });
    expect(index.text).toBe('Visible text here. ');
    expect(anchorSpan(index, [{ type: 'TextQuoteSelector', exact: 'Hidden duplicate', prefix: '', suffix: '' }])).toBeNull();
  });

  it('uses a bare position selector only when it fits the text', () => {
    const doc = htmlDocument(ARTICLE);
    const index = buildTextIndex(doc.body);
    expect(anchorSpan(index, [{ type: 'TextPositionSelector', start: 0, end: 4 }])?.method).toBe('position');
    expect(anchorSpan(index, [{ type: 'TextPositionSelector', start: 0, end: 10 ** 7 }])).toBeNull();
  });
});

describe('properties', () => {
  const PAGE = htmlDocument(ARTICLE);
  const INDEX = buildTextIndex(PAGE.body);
  const TEXT = INDEX.text;

  it('describe → anchor on an unchanged page gives back the same text (random ranges)', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length - 1), fc.integer({ min: 1, max: 200 }), (start, length) => {
        const end = Math.min(TEXT.length, start + length);
        const range = rangeFromSpan(INDEX, start, end);
        fc.pre(range !== null && TEXT.slice(start, end).trim().length > 0);
        const selectors = describeRange(PAGE.body, range!);
        const quote = quoteOf(selectors);
        const result = anchor(PAGE.body, selectors);
        expect(result).not.toBeNull();
        // (Range.toString() would include the <script> text the index skips: compare index text.)
        expect(TEXT.slice(result!.start, result!.end)).toBe(quote.exact);
        expect(result!.method).toBe('exact');
        // Same place, not just the same words: the position is where it was described.
        const pos = selectors.find((s) => s.type === 'TextPositionSelector');
        expect(pos).toMatchObject({ start: result!.start, end: result!.end });
      }),
      { numRuns: 300, seed: 1234 },
    );
  });

  it('describe → anchor works for ranges with element boundary points', () => {
    const elements = [...PAGE.body.querySelectorAll('*')];
    fc.assert(
      fc.property(fc.nat(elements.length - 1), fc.nat(elements.length - 1), (a, b) => {
        const [x, y] = [elements[Math.min(a, b)]!, elements[Math.max(a, b)]!];
        const range = PAGE.createRange();
        range.setStart(x, 0);
        range.setEnd(y, y.childNodes.length);
        fc.pre(!range.collapsed);
        const selectors = describeRange(PAGE.body, range);
        if (selectors.length === 0) return; // no text in it
        const result = anchor(PAGE.body, selectors);
        expect(result && TEXT.slice(result.start, result.end)).toBe(quoteOf(selectors).exact);
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  it('anchoring never throws on garbage selectors', () => {
    const selector = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'CssSelector', 'Other'), exact: fc.anything(), prefix: fc.anything(), suffix: fc.anything(), start: fc.anything(), end: fc.anything(), value: fc.anything() }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ maxLength: 300 }), prefix: fc.string(), suffix: fc.string() }),
      fc.record({ type: fc.constant('CssSelector'), value: fc.string() }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(selector, { maxLength: 4 })), (selectors) => {
        const result = anchor(PAGE.body, selectors, INDEX);
        if (result) expect(typeof result.range.toString()).toBe('string');
        expect(() => rangeForQuote(PAGE.body, selectors as never, INDEX)).not.toThrow();
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('decision rules added for removed paragraphs and repeated words', () => {
  it('remembered block kind: a pull quote <aside> repeating the removed paragraph is not the highlight', () => {
    const story = (middle: string) =>
      `<body><article><p>First paragraph of the story, with enough words to matter.</p>${middle}<p>Closing paragraph of the story.</p></article></body>`;
    const sentence = 'The mayor said the bridge will reopen in May after repairs.';
    const original = htmlDocument(story(`<p>${sentence}</p>`));
    const selectors = describeRange(original.body, rangeOfText(original.body, 'the bridge will reopen in May'));
    // The paragraph is gone; a pull quote with the same sentence stands where it was, an ad after it.
    const changed = htmlDocument(story(`<aside class="pull">${sentence}</aside><div>Advertisement</div>`));
    expect(anchor(changed.body, selectors)).toBeNull();
    // Text alone cannot tell (one side intact, nothing else fits): without the hint it is anchored.
    expect(anchor(changed.body, selectors.filter((s) => s.type !== 'CssSelector'))).not.toBeNull();
    // The paragraph still there next to the pull quote is found, although the pull quote's context fits better.
    const both = htmlDocument(story(`<div>Sponsored content</div><p>${sentence}</p><aside class="pull">${sentence}</aside>`));
    const found = anchor(both.body, selectors);
    expect(found?.range.startContainer.parentElement?.tagName).toBe('P');
    // A site that changed its markup (p → div) with the text around it unchanged: still the highlight.
    const restyled = htmlDocument(story(`<div class="para">${sentence}</div>`));
    expect(normalized(anchor(restyled.body, selectors)!.range.toString())).toBe('the bridge will reopen in May');
  });

  it('contradicting side: the same short words in another sentence are not the highlight', () => {
    const tail = ' watch The Palace with friends and family this winter.';
    const story = (third: string) =>
      `<body><article><p>Tickets are on sale this week at the box office.</p><p>Visitors came to the theater to${tail}</p>${third}<p>Closing paragraph of the story.</p></article></body>`;
    const original = htmlDocument(story(`<p>For those who have yet to${tail}</p>`));
    const index = buildTextIndex(original.body);
    const at = index.text.indexOf('yet to') + 4;
    const selectors = describeRange(original.body, rangeFromSpan(index, at, at + 2)!, index);
    expect(quoteOf(selectors).exact).toBe('to');
    // Unchanged page: found at its place, not in the other sentence.
    expect(anchorSpan(index, selectors)).toMatchObject({ start: at, end: at + 2 });
    // Its paragraph removed: "… came to the theater [to] watch …" agrees after the word but not before it.
    const changed = htmlDocument(story(''));
    expect(anchor(changed.body, selectors)).toBeNull();
    // A word edited right before the quote is an edit, not another sentence: still found.
    const edited = htmlDocument(story(`<p>For those who have not yet to${tail}</p>`));
    expect(normalized(anchor(edited.body, selectors)!.range.toString())).toBe('to');
  });

  it('contradicting side: a long line repeated elsewhere that goes on differently is not the highlight', () => {
    const line = 'Eat every 2–3 hours. Tomato salad (½ cup cherry tomatoes, ½ cup cucumber slices, ¼ cup feta, 1 Tbsp. balsamic vinegar)';
    const story = (monday: string) =>
      `<body><article><h2>Monday</h2>${monday}<p>Portion Fix Containers: 1 Green, 1 Blue</p><h2>Tuesday</h2><p>${line}, 1 cup grapes and a walk after lunch.</p><p>Portion Fix Containers: 1 Green, 1 Purple</p></article></body>`;
    const original = htmlDocument(story(`<p>${line}</p>`));
    const quote = 'tomatoes, ½ cup cucumber slices, ¼ cup feta, 1 Tbsp. balsamic vinegar)';
    const selectors = describeRange(original.body, rangeOfText(original.body, line));
    const index = buildTextIndex(original.body);
    const at = index.text.indexOf(quote);
    const narrow = describeRange(original.body, rangeFromSpan(index, at, at + quote.length)!, index);
    expect(anchorSpan(index, narrow)).toMatchObject({ start: at });
    const changed = htmlDocument(story(''));
    expect(anchor(changed.body, narrow)).toBeNull();
    void selectors;
  });
});

describe('known look-alike (lookalikeFit stored with the quote)', () => {
  const lead = 'The band will unite with former frontman Michael McDonald for a 2020 North American tour.';
  const page = (body: string) =>
    `<body><article><div class="share">Share Print</div><figure><img src="a.jpg" alt=""><figcaption><p>${lead}</p></figcaption></figure><p>Photo by Jason Kempin/Getty Images</p><div class="body">${body}<p>Second paragraph of the story, with other words.</p></div></article></body>`;

  it('records how well another place holding the same words fitted, and nothing for unique words', () => {
    const doc = htmlDocument(page(`<p>${lead} Tickets go on sale Friday.</p>`));
    const index = buildTextIndex(doc.body);
    const at = index.text.lastIndexOf('unite with former frontman');
    const twin = quoteOf(describeRange(doc.body, rangeFromSpan(index, at, at + 'unite with former frontman'.length)!, index));
    // The caption: identical after the words, identical before them up to its paragraph edge.
    expect(twin.lookalikeFit).toBe(5);
    expect(quoteOf(describeRange(doc.body, rangeOfText(doc.body, 'Tickets go on sale'))).lookalikeFit).toBeUndefined();
  });

  it('a caption repeating the lead is not the highlight once the lead paragraph is gone; the paragraph is found while there', () => {
    const doc = htmlDocument(page(`<p>${lead} Tickets go on sale Friday.</p>`));
    const index = buildTextIndex(doc.body);
    const at = index.text.lastIndexOf('unite with former frontman');
    const selectors = describeRange(doc.body, rangeFromSpan(index, at, at + 'unite with former frontman'.length)!, index);
    // Lead paragraph removed: the caption fits exactly as well as it did when the highlight was made.
    expect(anchor(htmlDocument(page('')).body, selectors)).toBeNull();
    // Without the stored fit (an older highlight) the caption would be taken for it.
    const older = selectors.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, lookalikeFit: undefined } : s));
    expect(anchor(htmlDocument(page('')).body, older)).not.toBeNull();
    // An ad inserted before the paragraph: it fits only as well as the caption, and the hint confirms it.
    const withAd = htmlDocument(page(`<div>Advertisement</div><p>${lead} Tickets go on sale Friday.</p>`));
    const found = anchor(withAd.body, selectors);
    expect(found?.range.startContainer.parentElement?.closest('.body')).not.toBeNull();
  });

  it('quote-only anchoring (the reader view lays the article out anew, no hint) is not held back by it', () => {
    const doc = htmlDocument(page(`<p>${lead} Tickets go on sale Friday.</p>`));
    const index = buildTextIndex(doc.body);
    const at = index.text.lastIndexOf('unite with former frontman');
    const quote = quoteOf(describeRange(doc.body, rangeFromSpan(index, at, at + 'unite with former frontman'.length)!, index));
    expect(quote.lookalikeFit).toBe(5);
    const reader = htmlDocument(`<body><main><p>${lead} Tickets go on sale Friday.</p><p>Second paragraph of the story, with other words.</p></main></body>`);
    expect(normalized(anchor(reader.body, [quote])!.range.toString())).toBe('unite with former frontman');
  });
});
