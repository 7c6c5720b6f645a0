import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClutter } from '../../../core/clutter/index';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { listFixtureFolders } from '../../../scripts/lib/fixtures';
import { paragraphsFromBreaks, readerBlocks } from '../../../utils/reader/content';

// What reader view copies from the page: the text blocks and the article's own photos with their
// captions (figures and table-layout photo boxes), in page order; not ads, teasers, author pictures or
// what the page hides (e.g. an image zoom layer).

const isHidden = (element: Element) => element.hasAttribute('hidden') || /display\s*:\s*none/i.test(element.getAttribute('style') ?? '');

function blocksOf(fixture: string, html?: string) {
  const folder = listFixtureFolders().find((f) => f.name === fixture)!;
  const doc = parseHtml(html ?? readFileSync(join(folder.dir, 'page.html'), 'utf8'), 'https://example.org/a') as unknown as Document;
  const article = extractArticle(doc);
  const clutter = new Set(detectClutter(doc, article, { isHidden }).map((item) => item.element));
  return { doc, ...readerBlocks({ article, clutter, isHidden }) };
}

/** The text the reader would copy: the blocks without what it skips. */
function copiedText(blocks: Element[], skip: (element: Element) => boolean): string {
  const text = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1 || skip(node as Element)) return '';
    return Array.from(node.childNodes).map(text).join('');
  };
  return blocks.map(text).join('\n').replace(/\s+/g, ' ');
}

/** The images the reader would show: in the blocks and not inside anything it skips. */
function shownImages(blocks: Element[], skip: (element: Element) => boolean): Element[] {
  const shown = (element: Element, block: Element): boolean => {
    for (let node: Element | null = element; node; node = node === block ? null : node.parentElement) if (skip(node)) return false;
    return true;
  };
  return blocks.flatMap((block) => (block.localName === 'img' ? [block] : Array.from(block.querySelectorAll('img'))).filter((img) => shown(img, block)));
}

describe('readerBlocks', () => {
  it('keeps the lead photo and its caption (a header element) before the first paragraph, once', () => {
    const { blocks, skip, hasLeadPhoto } = blocksOf('seed-etoday');
    const figure = blocks.findIndex((block) => block.localName === 'figure' || !!block.querySelector('figure'));
    expect(figure).toBe(0);
    expect(hasLeadPhoto).toBe(true);
    const text = copiedText(blocks, skip);
    expect(text).toContain('민병주 KIAT 원장(왼쪽)과 로리 로카시오');
    expect(text.indexOf('민병주 KIAT 원장(왼쪽)')).toBeLessThan(text.indexOf('한국과 미국이 산업기술 협력을 강화한다.'));
    // The headline and the byline are shown by the reader itself, the ad and the hidden zoom layer not at all.
    expect(text).not.toContain('공동R&D 등 협력');
    expect(shownImages(blocks, skip).map((img) => img.getAttribute('class'))).toEqual(['view_img']);
  });

  it('keeps a table-layout photo box with its caption between the paragraphs it sits between', () => {
    const { blocks, skip } = blocksOf('ko-newspaper-photo');
    const text = copiedText(blocks, skip);
    const caption = '조치원읍 한 마을 정류장에서 주민 두 명이 버스를 기다리고 있다.';
    expect(text).toContain(caption);
    expect(text.indexOf('142억원으로')).toBeLessThan(text.indexOf(caption));
    expect(text.indexOf(caption)).toBeLessThan(text.indexOf('빈 차로 다니는 시간 줄여야'));
    expect(text).toContain('세종시 보람동 정류장에 행복버스가 정차해 있다.');
    // The related-news box and the ad between the paragraphs stay out.
    expect(text).not.toContain('봄 이사철 포장이사');
  });

  it('leaves out the author picture and small images, keeps the lead figure of a magazine page', () => {
    const { blocks, skip } = blocksOf('en-magazine-longread');
    expect(shownImages(blocks, skip).map((img) => img.getAttribute('alt'))).toEqual(['Volunteers at a long table repairing small appliances']);
    expect(copiedText(blocks, skip)).toContain('Volunteers sort the morning');
  });

  it('adds no photo to a page whose only images link to other stories', () => {
    const html = `<!doctype html><html lang="en"><head><title>T</title></head><body><main><article><h1>Rates held</h1>
      ${Array.from({ length: 6 }, (_, i) => `<p>The central bank held its main rate at 3.5 percent on Thursday, paragraph ${i} of a story long enough to read as an article for the detector to find.</p>`).join('')}
      <div class="more"><a href="/news/other-story"><img src="/t.jpg" width="300" height="200" alt=""></a></div>
      </article></main></body></html>`;
    const { blocks, skip } = blocksOf('seed-etoday', html);
    expect(blocks.length).toBeGreaterThan(0);
    expect(shownImages(blocks, skip)).toEqual([]);
    expect(copiedText(blocks, skip)).toContain('paragraph 5');
  });
});

describe('paragraphsFromBreaks', () => {
  const run = (html: string) => {
    const doc = parseHtml(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, 'https://example.org/') as unknown as Document;
    const root = doc.getElementById('root')!;
    paragraphsFromBreaks(root);
    return root.innerHTML.replace(/\n\s*/g, '');
  };

  it('turns runs of two or more <br> into paragraph boundaries and keeps single line breaks', () => {
    expect(run('<div class="txt">첫 문단.<br><br>둘째 문단, <b>굵게</b> 한 줄<br>이어서.<br>\n<br><br>셋째 문단.<br><br></div>')).toBe(
      '<div class="txt"><p>첫 문단.</p><p>둘째 문단, <b>굵게</b> 한 줄<br>이어서.</p><p>셋째 문단.</p></div>',
    );
    // A <p> split this way becomes several <p>s (no <p> inside a <p>).
    expect(run('<p>One.<br><br>Two.</p>')).toBe('<p>One.</p><p>Two.</p>');
  });

  it('leaves elements with block children, and text without break runs, as they are', () => {
    const mixed = '<div>Intro<br><br><p>A paragraph.</p></div>';
    expect(run(mixed)).toBe(mixed);
    expect(run('<p>One line<br>and the next.</p>')).toBe('<p>One line<br>and the next.</p>');
  });
});
