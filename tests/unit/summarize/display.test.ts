import { describe, expect, it } from 'vitest';
import { displaySentence } from '../../../core/summarize/display';

describe('displaySentence', () => {
  it('marks words left out at either end of a shortened English span', () => {
    expect(displaySentence('the council approved the plan on Tuesday.')).toBe('…the council approved the plan on Tuesday.');
    expect(displaySentence('The council approved the plan')).toBe('The council approved the plan…');
    expect(displaySentence('officials said the bridge would reopen,')).toBe('…officials said the bridge would reopen,…');
  });

  it('leaves whole sentences, quotes and Korean sentences as they are', () => {
    expect(displaySentence('The council approved the plan.')).toBe('The council approved the plan.');
    expect(displaySentence('"We are ready," she said.')).toBe('"We are ready," she said.');
    expect(displaySentence('Is it over?”')).toBe('Is it over?”');
    expect(displaySentence('한국과 미국이 산업기술 협력을 강화한다')).toBe('한국과 미국이 산업기술 협력을 강화한다');
    expect(displaySentence('  iPhone sales rose.  ')).toBe('iPhone sales rose.');
    expect(displaySentence('eBay said so.')).toBe('eBay said so.');
  });

  it('is a no-op on empty or bad input', () => {
    expect(displaySentence('')).toBe('');
    expect(displaySentence(undefined as unknown as string)).toBe('');
  });
});

describe('displaySentence with kept pieces', () => {
  const text = 'Intro. Wright, who had seven seasons at Arsenal, will hand over the trophy.';
  const start = 7;
  const end = text.length;
  const sentence = { start, end, text: text.slice(start, end) };

  it('joins the pieces with an ellipsis where the middle was left out', () => {
    expect(displaySentence({ ...sentence, parts: [{ start: 7, end: 13 }, { start: 48, end }] })).toBe('Wright … will hand over the trophy.');
  });

  it('marks a shortened end as for a plain string', () => {
    expect(displaySentence({ ...sentence, parts: [{ start: 7, end: 13 }, { start: 48, end: end - 1 }] })).toBe('Wright … will hand over the trophy…');
  });

  it('shows the whole text without parts or with a single one', () => {
    expect(displaySentence(sentence)).toBe(text.slice(start));
    expect(displaySentence({ ...sentence, parts: [{ start, end }] })).toBe(text.slice(start));
    expect(displaySentence(null as unknown as string)).toBe('');
  });
});
