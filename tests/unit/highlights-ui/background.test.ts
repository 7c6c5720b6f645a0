import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const sent = vi.hoisted(() => [] as { type: string; data: unknown; target: unknown }[]);
vi.mock('../../../utils/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown, target: { tabId: number }) => {
    sent.push({ type, data, target });
    if (target.tabId === 666) throw new Error('Could not establish connection. Receiving end does not exist.');
    return true;
  }),
}));

const { HIGHLIGHT_MENU_ID, createHighlightMenu, onHighlightMenuClicked } = await import('../../../utils/highlights/background');

describe('highlight context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
  });

  it('creates one "Highlight" item for selected text on web pages', async () => {
    const created: unknown[] = [];
    fakeBrowser.contextMenus.remove = vi.fn(async () => undefined) as never;
    fakeBrowser.contextMenus.create = vi.fn((props: unknown) => {
      created.push(props);
      return HIGHLIGHT_MENU_ID;
    }) as never;
    fakeBrowser.i18n.getMessage = ((name: string) => (name === 'highlights_contextMenu' ? 'Highlight' : '')) as never;
    createHighlightMenu();
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ id: HIGHLIGHT_MENU_ID, title: 'Highlight', contexts: ['selection'] });
  });

  it('relays a click to the content script of that tab and frame as highlightSelection', async () => {
    expect(await onHighlightMenuClicked({ menuItemId: HIGHLIGHT_MENU_ID, frameId: 0 } as never, { id: 12 } as never)).toBe(true);
    expect(sent).toEqual([{ type: 'highlightSelection', data: {}, target: { tabId: 12, frameId: 0 } }]);
  });

  it('ignores other menu items and tabs without a content script', async () => {
    expect(await onHighlightMenuClicked({ menuItemId: 'other' } as never, { id: 12 } as never)).toBe(false);
    expect(await onHighlightMenuClicked({ menuItemId: HIGHLIGHT_MENU_ID } as never, { id: 666 } as never)).toBe(false);
    expect(await onHighlightMenuClicked({ menuItemId: HIGHLIGHT_MENU_ID } as never, undefined)).toBe(false);
    expect(sent.map((s) => s.target)).toEqual([{ tabId: 666, frameId: 0 }]);
  });
});
