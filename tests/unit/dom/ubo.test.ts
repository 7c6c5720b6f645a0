import { describe, expect, it } from 'vitest';
import { formatUboFilters, toUboFilter } from '../../../core/dom/ubo';

describe('uBlock Origin export', () => {
  it('writes site##selector lines under a comment header, sorted and deduplicated', () => {
    const text = formatUboFilters([
      { site: 'etoday.co.kr', selector: '.coin-ticker' },
      { site: 'a.com', selector: '#x > div:nth-of-type(2)' },
      { site: 'etoday.co.kr', selector: '.coin-ticker' },
    ]);
    expect(text).toBe('! Plainly hide rules\na.com###x > div:nth-of-type(2)\netoday.co.kr##.coin-ticker\n');
  });
  it('refuses rules that would not be a single cosmetic filter', () => {
    expect(toUboFilter({ site: 'a.com', selector: 'div\n##body' })).toBeNull();
    expect(toUboFilter({ site: 'a.com', selector: 'div ## span' })).toBeNull();
    expect(toUboFilter({ site: 'a.com', selector: '+js(nowebrtc)' })).toBeNull();
    expect(toUboFilter({ site: 'bad host', selector: '.x' })).toBeNull();
    expect(toUboFilter({ site: 'A.com', selector: ' .x ' })).toBe('a.com##.x');
  });
});
