import { describe, expect, it } from 'vitest';
import { leadInLength } from '../../../core/summarize/lead-in';
import { keySentences } from '../../../core/summarize';

const rest = (s: string): string => s.slice(leadInLength(s));

describe('leadInLength', () => {
  it('drops wire datelines with their source', () => {
    expect(rest('(CNN)They may be close to finding alien life, a NASA scientist says.')).toBe(
      'They may be close to finding alien life, a NASA scientist says.',
    );
    expect(rest('Kathmandu, Nepal (CNN)Rescuers pulled a man from the wreckage.')).toBe('Rescuers pulled a man from the wreckage.');
    expect(rest('LONDON, England (CNN) -- Police arrested two men on Monday.')).toBe('Police arrested two men on Monday.');
    expect(rest('NEW YORK -- Stocks fell sharply on Friday.')).toBe('Stocks fell sharply on Friday.');
  });

  it('drops bylines before publication stamps and the stamps themselves', () => {
    expect(
      rest('By . Daily Mail Reporter . PUBLISHED: . 12:44 EST, 18 March 2013 . | . UPDATED: . 13:01 EST, 18 March 2013 . A man was jailed.'),
    ).toBe('A man was jailed.');
    expect(rest('Last updated at 5:14 PM on 20th March 2012 The council voted to close the library.')).toBe(
      'The council voted to close the library.',
    );
  });

  it('drops caption labels and video prompts but not speech or ordinary openings', () => {
    expect(rest('Wanted: Police in Maryland have issued a warrant for his arrest.')).toBe(
      'Police in Maryland have issued a warrant for his arrest.',
    );
    expect(rest('Scroll down for video A new graph reveals the favourite teams.')).toBe('A new graph reveals the favourite teams.');
    expect(leadInLength('Smith said: The deal is done and we are happy.')).toBe(0);
    expect(leadInLength('The president (CNN reported) signed the bill.')).toBe(0);
    expect(leadInLength('Police arrested two men on Monday.')).toBe(0);
  });

  it('never trims a sentence down to nothing', () => {
    expect(leadInLength('(CNN)')).toBe(0);
    expect(leadInLength('Warning: Yes')).toBe(0);
  });
});

describe('keySentences — English clean-up', () => {
  it('shows a key sentence without its dateline, as a contiguous span with right offsets', () => {
    const text =
      'LONDON, England (CNN) -- The city council approved a new budget for public parks on Monday. ' +
      'The parks budget adds ten new playgrounds across the city. Council members called it the largest in a decade.';
    const [first] = keySentences(text, { lang: 'en', max: 3 });
    expect(first?.text).toBe('The city council approved a new budget for public parks on Monday.');
    expect(text.slice(first!.start, first!.end)).toBe(first!.text);
  });

  it('does not pick the tail of a quotation that an earlier sentence opened', () => {
    const text =
      'A reporter was filmed berating a worker at a tow company in Virginia on Monday afternoon. ' +
      'She said: "I am on television and you are in a trailer. ' +
      'Makes my skin crawl even being here at this tow company." ' +
      'The reporter was suspended by the network for one week after the video of the tow company spread. ' +
      'The tow company said the worker had done nothing wrong and would not take any action. ' +
      'The network said it expected better from the reporter in any public setting.';
    const picked = keySentences(text, { lang: 'en', max: 3 }).map((k) => k.text);
    expect(picked.some((s) => s.startsWith('Makes my skin crawl'))).toBe(false);
  });

  it('does not pick a photo caption run into the text', () => {
    const captioned =
      'Rhodri Giggs outside the magistrates court yesterday, where he was banned from driving for six months ' +
      'The brother of the footballer Ryan Giggs has lost his job as a lorry driver after a driving ban. ' +
      'Giggs, 37, was found guilty of driving a Mercedes without insurance. ' +
      'He said he is now unemployed and looking for work. The court heard he had two speeding offences.';
    const first = keySentences(captioned, { lang: 'en', max: 3 })[0];
    expect(first?.text.startsWith('The brother of the footballer')).toBe(true);
  });
});
