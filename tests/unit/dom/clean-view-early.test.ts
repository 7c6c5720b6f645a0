// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEarlyRules, MIRROR_KEY } from '../../../utils/clean-view/early';
import { EARLY_STYLE_ID } from '../../../utils/clean-view/styles';
import { cleanViewPrefs, updateSiteMemory } from '../../../utils/settings';

const URL = 'https://www.example.co.kr/news/2';
const css = () => document.getElementById(EARLY_STYLE_ID)?.textContent ?? null;

describe('applyEarlyRules (document_start)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '';
    localStorage.clear();
  });

  it('does nothing on a site the user never turned clean', async () => {
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(css()).toBeNull();
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
  });

  it('hides a remembered site\'s picker rules and cached detections (minus kept categories) and mirrors them', async () => {
    await updateSiteMemory('example.co.kr', (m) => ({
      ...m,
      remember: true,
      rules: [{ selector: '#ticker', category: 'crypto-ticker' }, { selector: '#comments', category: 'comments' }, { selector: 'bad{}', category: 'ads' }],
      picked: [{ selector: '.tag_box', addedAt: 1 }],
    }));
    await cleanViewPrefs.setValue({ keep: ['comments'] });
    expect(await applyEarlyRules(document, URL)).toBe(true);
    expect(css()).toBe('.tag_box{display:none!important}\n#ticker{display:none!important}');
    expect(JSON.parse(localStorage.getItem(MIRROR_KEY)!)).toEqual(['.tag_box', '#ticker', 'bad{}']);
  });

  it('applies the mirror synchronously, before extension storage answers', () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(['#ticker']));
    void applyEarlyRules(document, URL);
    expect(css()).toBe('#ticker{display:none!important}');
  });

  it('removes a stale mirror (site no longer remembered) and its stylesheet', async () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(['#ticker']));
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: false, picked: [{ selector: '.x', addedAt: 1 }] }));
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(css()).toBeNull();
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
  });

  it('ignores a malformed mirror', async () => {
    localStorage.setItem(MIRROR_KEY, '{not json');
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(css()).toBeNull();
  });
});
