// Lines around the body that are not article text: sign-offs, reading-time labels, the site's
// notices after its copyright line, contact lines, pull quotes, reaction counts.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const para = (i: number): string =>
  `<p>Paragraph ${i}: the committee voted on Tuesday to advance the bill, which would put billions of dollars into rural internet service over five years, officials said.</p>`;
const article = (inner: string, after = ''): string =>
  `<html lang="en"><head><title>Bill advances</title></head><body><main><article><h1>Senate panel advances broadband bill</h1>
  <div class="story">${inner}</div>${after}</article></main></body></html>`;
const paragraphsOf = (html: string): string[] => extractArticle(parseHtml(html)).text.split('\n\n');

describe('end of the body', () => {
  it('wire sign-offs ("Reporting by …; Editing by …", "Additional reporting by …") are not body text', () => {
    const html = article(`${para(1)}${para(2)}${para(3)}<p>Reporting by Jane Doe and John Roe in Washington; Editing by Sam Lee</p><p>Additional reporting by Joseph Hudak</p>`);
    expect(paragraphsOf(html)).toHaveLength(3);
  });

  it('a sentence that merely mentions reporting stays', () => {
    const line = 'Reporting on the bill has been scarce, and the committee said it would publish its own summary next week.';
    const html = article(`${para(1)}${para(2)}${para(3)}<p>${line}</p>`);
    expect(paragraphsOf(html).at(-1)).toBe(line);
  });

  it('a reading-time meta line ("Published in … · 9 min read · Mar 2, 2025") is not body text', () => {
    const html = article(`<p>Published in The Long Table · 9 min read · Mar 2, 2025</p>${para(1)}${para(2)}${para(3)}`);
    expect(paragraphsOf(html)[0]).toMatch(/^Paragraph 1/);
  });

  it("short notices after the site's copyright line go; a photo credit with © inside the story does not end it", () => {
    const notice = '<p>기사 섹션 분류 안내: 기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.</p>';
    const html = article(`${para(1)}${para(2)}${para(3)}<p>Copyright © Daily Example. All rights reserved.</p>${notice}`);
    expect(paragraphsOf(html)).toHaveLength(3);
    const credit = `${para(1)}${para(2)}<p><em>Installation views, photos © Example Agency, 2018</em></p><p>The show runs until May 4 at the gallery on Main Street, 9.30 A.M. to 7 P.M.</p>`;
    expect(paragraphsOf(article(credit)).at(-1)).toMatch(/^The show runs/);
  });

  it('a contact line with an e-mail address at the end is not body text', () => {
    const html = article(`${para(1)}${para(2)}${para(3)}<p>Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook and Instagram.</p>`);
    expect(paragraphsOf(html)).toHaveLength(3);
  });

  it('a pull quote repeating a body sentence is dropped; a heading that repeats one stays', () => {
    const quote = '<p>“People used to apologize when they brought us something old,” she said. “Now they bring it in like a trophy.”</p>';
    const html = article(`${para(1)}${quote}<blockquote class="q"><p>“Now they bring it in like a trophy.”</p></blockquote>${para(2)}${para(3)}`);
    const got = paragraphsOf(html);
    expect(got).toHaveLength(4);
    expect(got.filter((p) => p.includes('like a trophy'))).toHaveLength(1);
    const heading = `${para(1)}<h3>Now they bring it in like a trophy</h3>${quote}${para(2)}${para(3)}`;
    expect(paragraphsOf(article(heading))).toContain('Now they bring it in like a trophy');
  });

  it('an abbreviated reaction count ("1.2K") is dropped, a bare number (a table cell, a score) stays', () => {
    const html = article(`${para(1)}<div class="x"><span>1.2K</span></div>${para(2)}<div class="y">2019</div>${para(3)}`);
    const got = paragraphsOf(html);
    expect(got).not.toContain('1.2K');
    expect(got).toContain('2019');
  });

  it('control labels and teaser headings standing alone ("Caption", "Close", "Read More", "1 of 6", "Iklan") are not body text', () => {
    const labels = ['Caption', 'Close', 'Read More', "DON'T MISS", 'You may also like...', '1 of 6', 'Iklan', 'Filed under: Politics |'];
    const html = article(`${para(1)}${labels.map((l) => `<div class="l">${l}</div>`).join('')}${para(2)}${para(3)}`);
    expect(paragraphsOf(html)).toHaveLength(3);
    // The same words inside a sentence stay.
    const sentence = 'Read more about the bill in the committee report, which runs to 1 of 6 volumes.';
    expect(paragraphsOf(article(`${para(1)}<p>${sentence}</p>${para(2)}`))).toContain(sentence);
  });

  it('a date line in another language at the top of the body ("sexta-feira, 22 de outubro de 2010 às 20:13") is not body text', () => {
    const html = article(`<p>sexta-feira, 22 de outubro de 2010 às 20:13</p><p>Posted on Maret 30, 2015 by Admin</p>${para(1)}${para(2)}${para(3)}`);
    expect(paragraphsOf(html)[0]).toMatch(/^Paragraph 1/);
  });

  it("the site's call to action after the story goes; a closing sentence that starts with a verb stays", () => {
    const promo = [
      '<p>Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.</p>',
      '<p>If you enjoyed this article, we have a proposition for you: Join NRPLUS.</p>',
      '<p>Follow our full coverage of the budget at https://example.com/budget</p>',
    ].join('');
    expect(paragraphsOf(article(`${para(1)}${para(2)}${para(3)}${promo}`))).toHaveLength(3);
    const closing = 'Watch for the final vote, which the committee expects to hold before the summer recess.';
    expect(paragraphsOf(article(`${para(1)}${para(2)}${para(3)}<p>${closing}</p>`)).at(-1)).toBe(closing);
  });
});

