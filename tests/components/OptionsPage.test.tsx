// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../components/OptionsPage';
import { addPickedRule, cleanViewPrefs, getSiteMemory, updateSiteMemory } from '../../utils/settings';
import { useMessages } from './popup-messages';

describe('OptionsPage', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    useMessages('en');
    await updateSiteMemory('etoday.co.kr', (m) => ({ ...m, remember: true, rules: [{ selector: '#coinTicker', category: 'crypto-ticker' }] }));
    await addPickedRule('etoday.co.kr', '.coin-ticker');
    await addPickedRule('news.example.com', '#wrap > aside:nth-of-type(2)');
  });
  afterEach(cleanup);

  it('switches a category off (kept visible) and back on, in storage', async () => {
    render(<OptionsPage />);
    const comments = await screen.findByRole('switch', { name: 'Comments' });
    await waitFor(() => expect((comments as HTMLInputElement).disabled).toBe(false));
    expect((comments as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Site navigation' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(comments);
    await waitFor(async () => expect((await cleanViewPrefs.getValue()).keep).toEqual(['comments', 'nav']));
    fireEvent.click(screen.getByRole('switch', { name: 'Site navigation' }));
    await waitFor(async () => expect((await cleanViewPrefs.getValue()).keep).toEqual(['comments']));
  });

  it('lists remembered sites and picker rules, and exports the rules as uBlock Origin filters', async () => {
    render(<OptionsPage />);
    await screen.findByText('etoday.co.kr');
    expect(screen.getByText('Opens clean')).toBeTruthy();
    expect(screen.getByText('1 remembered block')).toBeTruthy();
    const exported = (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    expect(exported.split('\n')).toEqual(['! Plainly hide rules', 'etoday.co.kr##.coin-ticker', 'news.example.com###wrap > aside:nth-of-type(2)', '']);
  });

  it('removes a rule and forgets a site without losing its other picker rules', async () => {
    render(<OptionsPage />);
    await screen.findByText('etoday.co.kr');
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' })[1]!);
    await waitFor(async () => expect((await getSiteMemory('news.example.com'))?.picked ?? []).toEqual([]));
    await waitFor(() => expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).not.toContain('news.example.com'));

    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    await waitFor(async () => expect((await getSiteMemory('etoday.co.kr'))?.remember).toBe(false));
    const memory = await getSiteMemory('etoday.co.kr');
    expect(memory?.rules).toEqual([]);
    expect(memory?.picked.map((rule) => rule.selector)).toEqual(['.coin-ticker']);
    await waitFor(() => expect(screen.queryByText('Opens clean')).toBeNull());
  });
});
