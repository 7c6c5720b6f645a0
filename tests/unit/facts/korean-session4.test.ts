// Korean recall rules from a scratch set of invented news passages (economy, politics, society, sports, IT,
// international, local government). Each test uses an invented sentence and fails on the code before its rule.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../core/facts';

const ko = (text: string) => extractFacts(text, { lang: 'ko', published: '2025-05-16' });

describe('Korean anonymised people (김 모 씨)', () => {
  it('reads a surname with 모 and 씨, with or without an age, as a person, and gives the quote its speaker', () => {
    const f = ko('공장에서 불이 나 근로자 김 모(45) 씨가 숨졌다. 주민 박모씨는 "올해처럼 비가 안 온 적은 처음"이라며 한숨을 쉬었다. 경찰은 30대 이 모 씨를 구속했다.');
    expect(f.people.map((p) => p.name)).toEqual(['김 모', '박모', '이 모']);
    expect(f.quotes.map((q) => q.speaker)).toEqual(['박모']);
  });
  it('does not read 모 without 씨, or 모씨 inside a longer word, as a person', () => {
    const f = ko('모든 주민이 모였다. 김 모델은 웃었다. 이 모씨앗은 잘 자란다.');
    expect(f.people).toEqual([]);
  });
});
