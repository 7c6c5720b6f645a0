import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keySentences } from '../../../core/summarize';
import { compressSpan } from '../../../core/summarize/compress';
import { contentTokens } from '../../../core/text/tokens';

/** Sentence frequency of content tokens, as the summariser computes it. */
function frequency(sentences: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(contentTokens(s, false))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

const whole = (text: string) => ({ start: 0, end: text.length });

describe('compressSpan', () => {
  const sentence = 'Deputies rushed the murder suspect Kenneth Stancil from court on Thursday and tried to flip over a wooden table.';
  const others = ['Stancil is accused of killing an employee at the college.', 'The murder suspect swore at the judge in court.'];

  it('leaves out a trailing adjunct whose words occur in no other sentence', () => {
    const span = compressSpan(sentence, whole(sentence), frequency([sentence, ...others]));
    expect(sentence.slice(span.start, span.end)).toBe('Deputies rushed the murder suspect Kenneth Stancil from court on Thursday');
  });

  it('keeps the adjunct when the article repeats it', () => {
    const repeated = [...others, 'He tried to flip over a wooden table before deputies stopped him.'];
    const span = compressSpan(sentence, whole(sentence), frequency([sentence, ...repeated]));
    expect(span).toEqual(whole(sentence));
  });

  it('leaves out a leading adverbial that the article does not repeat', () => {
    const text = 'After deliberating for eleven long hours, jurors found Dzhokhar Tsarnaev guilty of all thirty counts in the bombing trial.';
    const rest = ['Tsarnaev was found guilty by the jurors.', 'The bombing trial counts carry the death penalty.'];
    const span = compressSpan(text, whole(text), frequency([text, ...rest]));
    expect(text.slice(span.start, span.end)).toBe('jurors found Dzhokhar Tsarnaev guilty of all thirty counts in the bombing trial.');
  });

  it('does not take a list item or a name ending in -ing for a leading adverbial', () => {
    const list = 'With his lively eyebrows, wrinkled cheeks and eyes that follow you around the room - this robotic head is lifelike.';
    expect(compressSpan(list, whole(list), frequency([list, 'The robotic head answers questions.']))).toEqual(whole(list));
    const place = 'Reading Football Club chairman John Madejski, who owns the ground, announced new rules for fans in the stands.';
    expect(compressSpan(place, whole(place), frequency([place, 'The new rules for fans start in May.'])).start).toBe(0);
  });

  it('does not end the kept part on a word that needs what follows', () => {
    const text = 'The home side from the north of the city came up with their worst performance of the whole season.';
    expect(compressSpan(text, whole(text), frequency([text, 'The home side lost again.']))).toEqual(whole(text));
  });

  it('leaves out an opening connective, which points to a sentence the popup may not show', () => {
    const text = 'But the council said the new parks budget would add ten playgrounds across the city.';
    const span = compressSpan(text, whole(text), frequency([text, 'The council parks budget adds playgrounds in the city.']));
    expect(text.slice(span.start, span.end)).toBe('the council said the new parks budget would add ten playgrounds across the city.');
    const short = 'But the council said no.';
    expect(compressSpan(short, whole(short), frequency([short]))).toEqual(whole(short));
  });

  it('leaves out a trailing prepositional phrase after a noun, not after a verb', () => {
    const striker = 'The striker denied his old team victory with a late equaliser for the home side at San Mames Stadium.';
    const others = ['The striker scored a late equaliser.', 'His old team lost the victory.'];
    const span = compressSpan(striker, whole(striker), frequency([striker, ...others]));
    expect(striker.slice(span.start, span.end)).toBe('The striker denied his old team victory with a late equaliser for the home side');
    const seen = 'The new manager of the local football club was seen in the city centre on a busy Friday night.';
    const kept = compressSpan(seen, whole(seen), frequency([seen, 'The new manager of the football club was named.']));
    expect(seen.slice(kept.start, kept.end)).toBe('The new manager of the local football club was seen in the city centre');
  });

  it('does not cut inside an opened apposition, before the main verb', () => {
    const text = 'Sterling, the England international who will lead the line at Wembley on Sunday, was exposed for inhaling gas.';
    expect(compressSpan(text, whole(text), frequency([text, 'Sterling played for England.']))).toEqual(whole(text));
  });

  it('keeps what an unfinished clause, an open quotation or aside, or a name with "and" needs', () => {
    const others = ['Nothing here repeats.'];
    const cases = [
      // The main clause is still to come after the subordinate one.
      'While it emerged this week that a baggage handler in Seattle fell asleep on the job and wound up in cargo, others worked.',
      // An opened dash aside.
      'Challenges include designing the craft to operate autonomously while the crew -- padded with fat in advance of the trip -- sleep.',
      // A name joined by "and".
      'This comes less than a week after reports that the company is the subject of a U.S. Securities and Exchange Commission inquiry.',
      // "that" needs its clause.
      'In the recorded interview the suspect confessed to the kidnapping in full, admitting that after fighting off the mother he drove away.',
    ];
    for (const text of cases) {
      const span = compressSpan(text, whole(text), frequency([text, ...others]));
      const kept = text.slice(span.start, span.end);
      expect(kept.endsWith('While') || kept.endsWith('that')).toBe(false);
      expect((kept.match(/--/g) ?? []).length % 2).toBe(0);
      expect(kept.endsWith('Securities')).toBe(false);
    }
    const stay = 'While it emerged this week that a baggage handler in Seattle fell asleep on the job and wound up in cargo, others worked.';
    expect(compressSpan(stay, whole(stay), frequency([stay, ...others])).end).toBe(stay.length);
  });

  it('never keeps fewer than eight words', () => {
    const text = 'Police arrested him and charged the suspect with assault after a long chase through town.';
    const span = compressSpan(text, whole(text), frequency([text]));
    expect(text.slice(span.start, span.end).split(/\s+/).length).toBeGreaterThanOrEqual(8);
  });

  it('returns a non-empty sub-span of its input for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), (text, seed) => {
        if (!text.trim()) return;
        const start = seed % text.length;
        const span = { start, end: text.length };
        const out = compressSpan(text, span, frequency([text]));
        expect(out.start).toBeGreaterThanOrEqual(span.start);
        expect(out.end).toBeLessThanOrEqual(span.end);
        expect(out.end).toBeGreaterThan(out.start);
      }),
    );
  });
});

describe('keySentences with compression', () => {
  it('returns compressed English spans that still slice to their text', () => {
    const text = [
      'Deputies rushed the murder suspect Kenneth Stancil from court on Thursday and tried to flip over a wooden table.',
      'Stancil is accused of killing an employee at Wayne Community College in Goldsboro.',
      'The murder suspect swore at the judge in court on Thursday.',
      'Stancil was arrested in Florida after he was found sleeping on a beach.',
    ].join(' ');
    const result = keySentences(text, { lang: 'en' });
    expect(result[0]!.text).toBe('Deputies rushed the murder suspect Kenneth Stancil from court on Thursday');
    for (const k of result) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  it('leaves Korean sentences whole', () => {
    const text = '연구진은 새로운 배터리 소재를 개발했다고 밝혔으며 이는 기존보다 두 배 오래 간다. 배터리 소재는 내년에 상용화된다. 연구진은 후속 연구를 진행한다.';
    const result = keySentences(text, { lang: 'ko' });
    for (const k of result) expect(k.text).toMatch(/다\.$/u);
  });
});
