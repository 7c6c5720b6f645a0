// Photo captions: cut out of the body, listed in `captions` with their element.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const IMG = '<img src="/photo.jpg" width="635" height="423" alt="">';
const sentence = (i: number): string =>
  `문단 ${i}: 서울시는 4일 이런 내용을 담은 확대 운행 계획을 발표했으며, 새로 추가되는 노선은 강서구와 노원구, 송파구 구간이라고 밝혔다.`;

describe('photo captions', () => {
  it('a caption set after an image inside an inline wrapper (portal <br> body) is not glued to the first paragraph', () => {
    const body = [1, 2, 3, 4, 5].map(sentence).join('<br><br>');
    const html = `<html lang="ko"><head><title>심야버스 확대</title></head><body><div class="wrap"><h2>심야버스 확대</h2>
      <article id="body"><span class="p1"><div class="w">${IMG}</div><em class="d1">지난해 12월 합정역 인근에서 버스가 출발하고 있다. [사진=서울시 제공]</em></span><br>
      ${body}</article></div></body></html>`;
    const result = extractArticle(parseHtml(html));
    const first = result.text.split('\n\n')[0];
    expect(first).toBe(sentence(1));
    expect(result.text).not.toContain('합정역 인근');
    expect(result.captions?.map((c) => c.text)).toEqual(['지난해 12월 합정역 인근에서 버스가 출발하고 있다. [사진=서울시 제공]']);
    expect(result.captions?.[0]?.element.localName).toBe('span');
  });

  it('text after a linked image (a teaser card, an ad) is not listed as a caption', () => {
    const body = [1, 2, 3, 4, 5].map(sentence).join('<br><br>');
    const html = `<html lang="ko"><head><title>심야버스 확대</title></head><body><article id="body">${body}<br><br>
      <a href="https://ads.example/x">${IMG}봄맞이 에어컨 사전예약 최대 30% 할인</a></article></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.captions ?? []).toEqual([]);
  });

  it('figcaptions in the header zone and in the body are listed in reading order, not in the text', () => {
    const p = (i: number): string => `<p>Paragraph ${i}: the council said on Tuesday that the plan, which had been delayed for months, would now go ahead.</p>`;
    const html = `<html lang="en"><head><title>Plan</title></head><body><article><h1>Council approves the plan</h1>
      <figure>${IMG}<figcaption>The council chamber on Tuesday. Photo: Jane Doe</figcaption></figure>
      <div class="story">${p(1)}${p(2)}<figure>${IMG}<figcaption>Critics outside the hall.</figcaption></figure>${p(3)}${p(4)}</div></article></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.captions?.map((c) => c.text)).toEqual(['The council chamber on Tuesday. Photo: Jane Doe', 'Critics outside the hall.']);
    expect(result.captions?.every((c) => c.element.localName === 'figcaption')).toBe(true);
    expect(result.text).not.toContain('Critics outside');
  });

  it('a Korean ▲ caption line in a <br> body is listed as a caption and kept out of the text', () => {
    const body = [1, 2, 3, 4].map(sentence).join('<br><br>');
    const html = `<html lang="ko"><head><title>심야버스 확대</title></head><body><article id="body">
      <span class="p1"><img src="/photo.jpg" width="600"></span><br><em>▲ 심야 자율주행버스가 합정역을 출발하고 있다. (사진=서울시)</em><br><br>${body}</article></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.text).not.toContain('▲');
    expect(result.captions?.map((c) => c.text)).toEqual(['▲ 심야 자율주행버스가 합정역을 출발하고 있다. (사진=서울시)']);
    expect(result.captions?.[0]?.element.localName).toBe('em');
    // A bare caption line (no element of its own) still leaves the text, but is not listed with the body container as its element.
    const bare = extractArticle(parseHtml(html.replace('<em>', '').replace('</em>', '')));
    expect(bare.text).not.toContain('▲');
    expect(bare.captions ?? []).toEqual([]);
  });
});

