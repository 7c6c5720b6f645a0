// Facts only a photo caption holds (utils/summary/captions.ts): invented captions, plus the seed page end to end
// (its caption names 로리 로카시오, whom the body never names) with the quote found again in the page's DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeForQuote } from '../../../core/anchoring';
import { extractArticle } from '../../../core/extract';
import { extractFacts } from '../../../core/facts';
import type { ArticleCaption } from '../../../core/types';
import { openHappyDomPage } from '../../../scripts/lib/parse-html';
import { captionOnlyFacts, MAX_CAPTION_FACTS } from '../../../utils/summary/captions';
import { pageSummary } from '../../../utils/summary/summary';
import type { PageContext } from '../../../utils/page-context';

const caption = (text: string) => ({ text }) as unknown as ArticleCaption;
function only(body: string, captions: string[], lang = 'en') {
  const article = { text: body, lang, published: null, captions: captions.map(caption) };
  return captionOnlyFacts(article, extractFacts(body, { lang })).map((f) => [f.kind, f.name]);
}

describe('captionOnlyFacts', () => {
  it('keeps people, organizations and places the body does not name', () => {
    const body = 'The council approved the plan on Monday after a long debate about the river.';
    expect(only(body, ['Mayor Ana Ruiz speaks at City Hall in Lisbon. Photo: Reuters'])).toEqual([
      ['person', 'Ana Ruiz'],
      ['place', 'Lisbon'],
    ]);
  });
  it('drops what the body already names, by full name or family name', () => {
    const body = 'Ruiz said the plan would help Lisbon. The mayor spoke for an hour.';
    expect(only(body, ['Mayor Ana Ruiz speaks in Lisbon.'])).toEqual([]);
  });
  it('leaves photo credits out, in English and Korean', () => {
    expect(only('The storm hit the coast.', ['Waves hit the coast. Photograph: Simon Ash/Reuters'])).toEqual([]);
    expect(only('태풍이 해안을 덮쳤다.', ['해안에 파도가 친다. [사진=연합뉴스]', '파도가 높다. 서울시 제공'], 'ko')).toEqual([]);
  });
  it('does not take a caption label for a credit', () => {
    const body = 'Ministers met in the capital to discuss the budget.';
    expect(only(body, ['Photograph: The health secretary, Angela Whitford, spoke in Birmingham. Photograph: Simon Ash/PA'])).toEqual([
      ['place', 'Birmingham'],
    ]);
  });
  it('lists a name once and at most MAX_CAPTION_FACTS', () => {
    const body = 'Leaders met.';
    const many = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Dublin', 'Oslo', 'Athens'];
    const facts = only(body, [`Flags of ${many.join(', ')} and Paris.`, 'Paris at night.']);
    expect(facts.length).toBe(MAX_CAPTION_FACTS);
    expect(new Set(facts.map((f) => f[1])).size).toBe(facts.length);
  });
});

describe('pageSummary: caption facts on the seed page', () => {
  it('shows the person named only in the photo caption, with a quote that finds the caption in the page', () => {
    const dir = join(process.cwd(), '..', 'shared', 'fixtures', 'seed-etoday');
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    const url = (JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { url: string }).url;
    // A happy-dom page: anchoring builds a DOM Range, which linkedom does not implement.
    const document = openHappyDomPage(html, url).document;
    let cached: ReturnType<typeof extractArticle> | null = null;
    const page: PageContext = {
      document,
      url,
      article: () => (cached ??= extractArticle(document, { url })),
      invalidate: () => (cached = null),
      isHidden: () => false,
    };
    const summary = pageSummary(page);
    expect(summary.text).not.toContain('로카시오');
    const fact = summary.captionFacts?.find((f) => f.name === '로리 로카시오');
    expect(fact).toMatchObject({ kind: 'person', detail: 'NIST 원장' });
    // Traceable: the quote finds the caption's words in the page.
    const range = rangeForQuote(document.body, fact!.quote);
    expect(range?.toString()).toBe(fact!.quote.exact);
    expect(fact!.quote.exact).toContain('로리 로카시오');
    expect(range!.startContainer.parentElement!.closest('figcaption')?.textContent).toContain('협력의향서');
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary); // plain data: it crosses the message channel
  });
});
