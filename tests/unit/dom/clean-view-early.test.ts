// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyEarlyRules, MIRROR_KEY, MIRRORED_SITES_KEY, readRemembered, takeEarlyAnswer } from '../../../utils/clean-view/early';
import { EARLY_STYLE_ID } from '../../../utils/clean-view/styles';
import { cleanViewPrefs, forgetSite, updateSiteMemory } from '../../../utils/settings';

const URL = 'https://www.example.co.kr/news/2';
const mirroredSites = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(MIRRORED_SITES_KEY))[MIRRORED_SITES_KEY];
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

  it('applies the mirror before the first frame when extension storage has not answered by then', async () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(['#ticker']));
    let frame: FrameRequestCallback | null = null;
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => ((frame = callback), 1));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => new Promise(() => undefined));
    void applyEarlyRules(document, URL);
    expect(css()).toBeNull();
    frame!(0);
    expect(css()).toBe('#ticker{display:none!important}');
    raf.mockRestore();
    get.mockRestore();
  });

  it('does not touch the page origin\'s localStorage when extension storage answers first on a site never cleaned', async () => {
    const read = vi.spyOn(Storage.prototype, 'getItem');
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('removes the mirror of a site forgotten from the settings page (listed as mirrored, no memory left)', async () => {
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: true, rules: [{ selector: '#ticker', category: 'crypto-ticker' }] }));
    expect(await applyEarlyRules(document, URL)).toBe(true);
    await vi.waitFor(async () => expect(await mirroredSites()).toEqual(['example.co.kr']));
    await forgetSite('example.co.kr');
    expect(localStorage.getItem(MIRROR_KEY)).not.toBeNull();
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
    await vi.waitFor(async () => expect(await mirroredSites()).toEqual([]));
  });

  it('removes a stale mirror (site no longer remembered) and its stylesheet', async () => {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(['#ticker']));
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: false, picked: [{ selector: '.x', addedAt: 1 }] }));
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(css()).toBeNull();
    expect(localStorage.getItem(MIRROR_KEY)).toBeNull();
  });

  it('hands its storage answer to the idle content script, which then reads no storage for it', async () => {
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: true, rules: [{ selector: '#ticker', category: 'crypto-ticker' }] }));
    await cleanViewPrefs.setValue({ keep: ['comments'] });
    expect(await applyEarlyRules(document, URL)).toBe(true);
    await vi.waitFor(async () => expect(await mirroredSites()).toEqual(['example.co.kr']));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const answer = await takeEarlyAnswer('example.co.kr');
    expect(answer?.memory?.remember).toBe(true);
    expect(answer?.keep).toEqual(['comments']);
    expect(get).not.toHaveBeenCalled();
    // Taken once; another site never gets it.
    expect(takeEarlyAnswer('example.co.kr')).toBeNull();
    await applyEarlyRules(document, URL);
    await expect(takeEarlyAnswer('other.example')).rejects.toThrow();
    get.mockRestore();
  });

  it('ignores a malformed mirror', async () => {
    localStorage.setItem(MIRROR_KEY, '{not json');
    expect(await applyEarlyRules(document, URL)).toBe(false);
    expect(css()).toBeNull();
  });
});

describe('readRemembered (content script, no document_start answer)', () => {
  const keys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
  beforeEach(() => fakeBrowser.reset());

  it('reads the site memory only when the storage keys hold one', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readRemembered('example.co.kr', keys())).toBe(false);
    expect(get.mock.calls.filter(([arg]) => arg !== null)).toHaveLength(0);
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: true }));
    expect(await readRemembered('example.co.kr', keys())).toBe(true);
    expect(await readRemembered('other.example', keys())).toBe(false);
    await updateSiteMemory('example.co.kr', (m) => ({ ...m, remember: false, picked: [{ selector: '.x', addedAt: 1 }] }));
    expect(await readRemembered('example.co.kr', keys())).toBe(false);
    get.mockRestore();
  });
});
