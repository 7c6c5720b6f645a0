import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/facts';

describe('facts CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plainly-facts-'));

  it('writes key sentences and facts for every document of a corpus', async () => {
    const corpus = {
      a: { title: '한·미 산업기술 협력 강화', text: '한국과 미국이 협력한다.\n\n민병주 KIAT 원장은 “큰 의미가 있다”고 말했다.\n\n포럼에는 150여 명이 참여했다.', published: '2022-12-09' },
      b: { lang: 'en', sentences: ['Prices rose 1.27% on Tuesday.', 'Officials said more would follow.'] },
      c: { text: '' },
    };
    const input = join(dir, 'corpus.json');
    const output = join(dir, 'out', 'pred.json');
    writeFileSync(input, JSON.stringify(corpus));
    await run(['--in', input, '--out', output]);
    const pred = JSON.parse(readFileSync(output, 'utf8')) as Record<string, { keySentences: string[]; facts: Record<string, unknown[]> }>;
    expect(Object.keys(pred)).toEqual(['a', 'b', 'c']);
    expect(pred.a!.keySentences).toHaveLength(3);
    expect(pred.a!.facts.quotes).toEqual([expect.objectContaining({ speaker: '민병주', text: '큰 의미가 있다' })]);
    expect(pred.b!.keySentences).toEqual(['Prices rose 1.27% on Tuesday.', 'Officials said more would follow.']);
    expect(pred.b!.facts.numbers).toEqual([expect.objectContaining({ text: '1.27%' })]);
    expect(pred.c).toEqual({ keySentences: [], facts: { people: [], orgs: [], dates: [], places: [], numbers: [], quotes: [] } });
  });

  it('rejects bad arguments and unreadable corpora with a clear error', async () => {
    await expect(run(['--in', join(dir, 'missing.json'), '--out', join(dir, 'x.json')])).rejects.toThrow(/cannot read corpus/);
    await expect(run(['--bogus'])).rejects.toThrow(/unknown argument/);
    await expect(run(['--in', 'a', '--out', 'b', '--max', '0'])).rejects.toThrow(/--max/);
    await expect(run([])).rejects.toThrow(/usage/);
  });
});
