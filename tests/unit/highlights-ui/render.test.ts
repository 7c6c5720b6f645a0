// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter, MARK_ATTRIBUTE } from '../../../utils/highlights/render';

const ARTICLE = '<article id="a"><p id="p1">First paragraph of the story.</p><p id="p2">Second <b>bold</b> paragraph.</p></article>';

function rangeOf(startNode: Node, start: number, endNode: Node, end: number): Range {
  const range = document.createRange();
  range.setStart(startNode, start);
  range.setEnd(endNode, end);
  return range;
}

const text = (id: string) => document.getElementById(id)!.firstChild as Text;

/** A minimal CSS Custom Highlight API (happy-dom has none): a registry of Sets of ranges. */
class FakeHighlight extends Set<Range> {}

describe('painter with the CSS Custom Highlight API', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
    registry = new Map();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  });
  afterEach(() => {
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    delete (window as unknown as { CSS?: unknown }).CSS;
  });

  it('registers one set per colour, paints overlaps and cross-paragraph ranges, never touches the DOM', () => {
    const before = document.body.innerHTML;
    const painter = createPainter(document);
    expect(painter.mode).toBe('css-highlights');
    painter.paint('a', rangeOf(text('p1'), 0, text('p2'), 6), 'yellow'); // across paragraphs
    painter.paint('b', rangeOf(text('p1'), 6, text('p1'), 15), 'green'); // overlaps 'a'
    painter.paint('c', rangeOf(text('p1'), 0, text('p1'), 5), 'no-such-colour'); // unknown → default
    expect([...registry.keys()].sort()).toEqual(['plainly-green', 'plainly-yellow']);
    expect([...registry.get('plainly-yellow')!].map((r) => r.toString())).toEqual(['First paragraph of the story.Second', 'First']);
    expect([...registry.get('plainly-green')!].map((r) => r.toString())).toEqual(['paragraph']);
    expect(document.body.innerHTML).toBe(before);

    expect(painter.idsAt(text('p1'), 8).sort()).toEqual(['a', 'b']);
    painter.recolor('b', 'blue'); // recolour moves it between sets
    expect(registry.get('plainly-green')!.size).toBe(0);
    expect(registry.get('plainly-blue')!.size).toBe(1);
    painter.unpaint('a');
    expect(painter.has('a')).toBe(false);
    expect([...registry.get('plainly-yellow')!].map((r) => r.toString())).toEqual(['First']);
    painter.clear();
    expect([...registry.values()].every((set) => set.size === 0)).toBe(true);
  });
});

describe('painter fallback without CSS.highlights', () => {
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });

  it('wraps the text in marks, and unwrapping restores the exact DOM', () => {
    const before = document.body.innerHTML;
    const painter = createPainter(document);
    expect(painter.mode).toBe('marks');
    painter.paint('a', rangeOf(text('p1'), 6, text('p2'), 3), 'pink');
    const marks = [...document.querySelectorAll(`mark[${MARK_ATTRIBUTE}="a"]`)];
    expect(marks.map((m) => m.textContent)).toEqual(['paragraph of the story.', 'Sec']);
    expect(marks.every((m) => m.getAttribute('data-color') === 'pink')).toBe(true);
    expect(painter.rangeOf('a')!.toString()).toBe('paragraph of the story.Sec');

    // An overlapping second highlight nests its marks inside the first one's.
    painter.paint('b', rangeOf(document.querySelector('#p2 b')!.firstChild!, 0, document.querySelector('#p2 b')!.firstChild!, 4), 'blue');
    expect(document.querySelector(`mark[${MARK_ATTRIBUTE}="b"]`)!.textContent).toBe('bold');
    painter.recolor('a', 'green');
    expect(marks.every((m) => m.getAttribute('data-color') === 'green')).toBe(true);

    painter.unpaint('a');
    painter.unpaint('b');
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('p1')!.childNodes.length).toBe(1); // text nodes re-joined
  });
});
