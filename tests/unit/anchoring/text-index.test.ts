import { describe, expect, it } from 'vitest';
import { buildTextIndex, endPoint, startPoint, textOffsetOf } from '../../../core/anchoring/text-index';
import { htmlDocument } from './dom';

describe('text index', () => {
  const doc = htmlDocument(
    '<body>\n  <h1>Title</h1><p>One&nbsp; <b>two</b>\n\tthree</p><p>four<br>five</p><script>skip()</script><style>p{}</style><ul><li>six</li><li>seven</li></ul><span>eight</span><span>nine</span></body>',
  );
  const index = buildTextIndex(doc.body);

  it('collapses whitespace, separates blocks and skips script/style', () => {
    expect(index.text).toBe('Title One two three four five six seven eightnine');
    expect(index.text).not.toContain('skip');
  });

  it('marks block boundaries (and only them)', () => {
    const breaks = [...index.blockBreak].map((b, i) => (b ? i : -1)).filter((i) => i >= 0);
    const at = (word: string) => index.text.indexOf(word);
    // after "Title", "three", "four" (br), "five", "six", "seven"
    expect(breaks).toEqual([at('One') - 1, at('four') - 1, at('five') - 1, at('six') - 1, at('seven') - 1, at('eightnine') - 1]);
    expect(index.blockBreak[at('two') - 1]).toBe(0);
  });

  it('maps offsets to DOM points and back', () => {
    const three = index.text.indexOf('three');
    const start = startPoint(index, three)!;
    expect((start.node as Text).data.slice(start.offset, start.offset + 5)).toBe('three');
    expect(textOffsetOf(index, start.node, start.offset)).toBe(three);
    const end = endPoint(index, three + 5)!;
    expect(textOffsetOf(index, end.node, end.offset)).toBe(three + 5);
    // An element boundary point: before the <b> element.
    const p = doc.querySelector('p')!;
    expect(textOffsetOf(index, p, 1)).toBe(index.text.indexOf('two'));
    // Inside a skipped element: snaps forward to the next indexed text.
    const script = doc.querySelector('script')!;
    expect(textOffsetOf(index, script.firstChild!, 2)).toBe(index.text.indexOf('six'));
    // Outside the root.
    expect(textOffsetOf(buildTextIndex(p), doc.querySelector('li')!, 0)).toBeNull();
  });

  it('never throws on odd roots', () => {
    const empty = htmlDocument('<body></body>');
    expect(buildTextIndex(empty.body).text).toBe('');
    expect(startPoint(buildTextIndex(empty.body), 0)).toBeNull();
  });
});
