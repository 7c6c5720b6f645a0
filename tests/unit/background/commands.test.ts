import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const sent = vi.hoisted(() => [] as { type: string; data: unknown; tabId: number }[]);
vi.mock('../../../utils/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown, tabId: number) => {
    sent.push({ type, data, tabId });
    if (tabId === 666) throw new Error('Could not establish connection. Receiving end does not exist.');
    return null;
  }),
}));

const { runCommand } = await import('../../../utils/background/commands');

describe('keyboard commands', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    sent.length = 0;
  });

  it('toggle-clean-view sends toggleCleanView to the tab the key was pressed in', async () => {
    await runCommand('toggle-clean-view', { id: 12 } as never);
    expect(sent).toEqual([{ type: 'toggleCleanView', data: undefined, tabId: 12 }]);
  });

  it('highlight-selection sends highlightSelection, to the active tab when none is given', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 } as never]);
    await runCommand('highlight-selection');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toEqual([{ type: 'highlightSelection', data: {}, tabId: 5 }]);
  });

  it('ignores unknown commands and tabs without Plainly', async () => {
    await runCommand('something-else', { id: 1 } as never);
    expect(sent).toEqual([]);
    await expect(runCommand('toggle-clean-view', { id: 666 } as never)).resolves.toBeUndefined();
  });
});
