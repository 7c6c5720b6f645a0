import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../core/text/sentences';

const FIXTURE = JSON.parse(
  readFileSync(new URL('../../../../shared/fixtures/seed-etoday/expect.json', import.meta.url), 'utf8'),
) as { body: string };

describe('splitSentences — English', () => {
  it('keeps titles, initials, decimals and "U.S." inside the sentence', () => {
    const text =
      'Mr. Smith paid $4.2 billion on Tuesday. Laurie E. Locascio, NIST director, visited the U.S. Army base. ' +
      'Shares rose 1.27% at 3 p.m. on Friday.';
    expect(sentenceTexts(text)).toEqual([
      'Mr. Smith paid $4.2 billion on Tuesday.',
      'Laurie E. Locascio, NIST director, visited the U.S. Army base.',
      'Shares rose 1.27% at 3 p.m. on Friday.',
    ]);
  });

  it('ends a sentence after "U.S." before a sentence opener and after a closing quote', () => {
    expect(sentenceTexts('He lives in the U.S. The end is near. She said "It is fine." Then she left.')).toEqual([
      'He lives in the U.S.',
      'The end is near.',
      'She said "It is fine."',
      'Then she left.',
    ]);
  });

  it('splits a photo caption run into the text without a period, not a letter used as a name', () => {
    expect(
      sentenceTexts(
        'Rhodri Giggs outside court yesterday, where he was banned from driving The brother of Ryan Giggs has lost his job. ' +
          'He was shot after she asked for half of his winnings A man who won $500 shot his girlfriend.',
      ),
    ).toEqual([
      'Rhodri Giggs outside court yesterday, where he was banned from driving',
      'The brother of Ryan Giggs has lost his job.',
      'He was shot after she asked for half of his winnings',
      'A man who won $500 shot his girlfriend.',
    ]);
    expect(sentenceTexts('The baby was placed by the side of Patient A and appeared purple. They drove from A to B daily.')).toEqual([
      'The baby was placed by the side of Patient A and appeared purple.',
      'They drove from A to B daily.',
    ]);
    expect(sentenceTexts('He starred in The Sound of Music last year.')).toEqual(['He starred in The Sound of Music last year.']);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(sentenceTexts("He is world No. 4 now. When England call, you shouldn't say no. 'If they want me, I am here.'")).toEqual([
      'He is world No. 4 now.',
      "When England call, you shouldn't say no.",
      "'If they want me, I am here.'",
    ]);
  });

  it('makes "Scroll down for video" a segment of its own', () => {
    expect(sentenceTexts('The hearing continues. Scroll down for video Violent: The video captures the brawl.')).toEqual([
      'The hearing continues.',
      'Scroll down for video',
      'Violent: The video captures the brawl.',
    ]);
  });

  it('does not split an ellipsis before a lower-case word', () => {
    expect(sentenceTexts('He left... and came back. Then slept.')).toEqual(['He left... and came back.', 'Then slept.']);
  });
});

describe('splitSentences — Korean', () => {
  it('keeps a quotation continued by 며/고 말했다 in one sentence', () => {
    const text = '민병주 원장은 “노력해왔다. 큰 의미가 있다”며 “바란다”고 말했다. 다음 문장이다.';
    expect(sentenceTexts(text)).toEqual(['민병주 원장은 “노력해왔다. 큰 의미가 있다”며 “바란다”고 말했다.', '다음 문장이다.']);
  });

  it('separates photo credits and ▲ captions, keeps dotted dates', () => {
    const text = '▲민병주 원장이 서명하고 있다. (사진제공=KIAT) 2022. 12. 9. 발표했다.';
    expect(sentenceTexts(text)).toEqual(['▲민병주 원장이 서명하고 있다.', '(사진제공=KIAT)', '2022. 12. 9. 발표했다.']);
  });

  it('splits the seed body into its 10 sentences, paragraphs being hard boundaries', () => {
    const sentences = sentenceTexts(FIXTURE.body);
    expect(sentences).toHaveLength(10);
    expect(sentences[0]).toBe('한국과 미국이 산업기술 협력을 강화한다.');
    expect(sentences[9]).toMatch(/^민병주 KIAT 원장은 “기술강국.*”고 말했다\.$/u);
  });
});

describe('splitSentences — invariants', () => {
  it('returns trimmed, non-empty, ordered, in-bounds spans for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const spans = splitSentences(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          last = s.end;
        }
      }),
    );
  });

  it('never throws on bad input', () => {
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitSentences — German dates', () => {
  it('does not split "am 7. Dezember"', () => {
    expect(sentenceTexts('Das Treffen findet am 7. Dezember 2022 statt. Danach reist er ab.')).toEqual([
      'Das Treffen findet am 7. Dezember 2022 statt.',
      'Danach reist er ab.',
    ]);
  });
});

describe('splitSentences — straight quotes', () => {
  it('a straight quote after a space opens a new quotation, it does not close an unbalanced one', () => {
    const text = '그는 "구글 등과 함께 고민하겠다고 강조했다. 이날 부사장 역시 "AI를 쉽게 쓰게 하겠다"고 말했다.';
    expect(sentenceTexts(text)).toEqual(['그는 "구글 등과 함께 고민하겠다고 강조했다.', '이날 부사장 역시 "AI를 쉽게 쓰게 하겠다"고 말했다.']);
  });
});
