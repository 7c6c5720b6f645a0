// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createToolbar, TOOLBAR_TAG } from '../../../utils/highlights/toolbar';
import { useMessages } from '../../components/popup-messages';

function handlers() {
  return {
    onHighlight: vi.fn(),
    onSaveNote: vi.fn(),
    onRecolor: vi.fn(),
    onEditNote: vi.fn(),
    onDelete: vi.fn(),
    onUndoDelete: vi.fn(),
    onClose: vi.fn(),
  };
}

const near = new DOMRect(100, 200, 50, 20);

describe('selection toolbar host', () => {
  beforeEach(() => {
    useMessages('en');
    document.body.innerHTML = '<p>Some article text.</p>';
  });

  it('is attached to <html> in an open shadow root only while shown', () => {
    const on = handlers();
    const toolbar = createToolbar(document, on);
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
    act(() => toolbar.show({ kind: 'selection', color: 'yellow' }, near));
    const host = document.querySelector(TOOLBAR_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).not.toBeNull();
    const bar = within(host.shadowRoot as unknown as HTMLElement);
    fireEvent.click(bar.getByRole('button', { name: 'Highlight' }));
    expect(on.onHighlight).toHaveBeenCalledWith('yellow', false);
    fireEvent.click(bar.getByRole('button', { name: 'Highlight in Blue' }));
    expect(on.onHighlight).toHaveBeenCalledWith('blue', false);
    fireEvent.click(bar.getByRole('button', { name: 'Add note' }));
    expect(on.onHighlight).toHaveBeenCalledWith('yellow', true);
    act(() => toolbar.hide());
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
    expect(toolbar.state).toBeNull();
  });

  it('keeps the page selection when a button is pressed (mousedown is cancelled)', () => {
    const toolbar = createToolbar(document, handlers());
    act(() => toolbar.show({ kind: 'selection', color: 'yellow' }, near));
    const button = within(toolbar.host.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Highlight' });
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    act(() => toolbar.hide());
  });

  it('edits a note, and offers recolour, edit and delete for an existing highlight', () => {
    const on = handlers();
    const toolbar = createToolbar(document, on);
    act(() => toolbar.show({ kind: 'note', id: 'h1', note: 'old' }, near));
    const shadow = within(toolbar.host.shadowRoot as unknown as HTMLElement);
    fireEvent.input(shadow.getByRole('textbox', { name: 'Note' }), { target: { value: '  새 메모  ' } });
    fireEvent.click(shadow.getByRole('button', { name: 'Save' }));
    expect(on.onSaveNote).toHaveBeenCalledWith('h1', '새 메모');

    act(() => toolbar.show({ kind: 'existing', id: 'h1', color: 'green', note: '새 메모' }, near));
    expect(shadow.getByText('새 메모')).toBeTruthy();
    expect(shadow.getByRole('button', { name: 'Highlight in Green' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(shadow.getByRole('button', { name: 'Highlight in Purple' }));
    expect(on.onRecolor).toHaveBeenCalledWith('h1', 'purple');
    fireEvent.click(shadow.getByRole('button', { name: 'Edit note' }));
    expect(on.onEditNote).toHaveBeenCalledWith('h1', '새 메모');
    fireEvent.click(shadow.getByRole('button', { name: 'Delete' }));
    expect(on.onDelete).toHaveBeenCalledWith('h1');

    act(() => toolbar.show({ kind: 'message', text: 'Highlight deleted', undoId: 'h1' }, near));
    fireEvent.click(shadow.getByRole('button', { name: 'Undo' }));
    expect(on.onUndoDelete).toHaveBeenCalledWith('h1');
    fireEvent.click(shadow.getByRole('button', { name: 'Close' }));
    expect(on.onClose).toHaveBeenCalled();
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
  });
});
