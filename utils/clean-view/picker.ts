/**
 * "Hide this" picker: outlines the element under the pointer (in a closed shadow root, so page CSS
 * cannot restyle it), a click picks it, Esc cancels, ↑/↓ widen or narrow the pick to the parent/child.
 * While it runs, clicks never reach the page (no link is followed).
 */
export const PICKER_HOST_TAG = 'plainly-picker';

export interface PickerOptions {
  onPick(element: Element): void;
  onCancel(): void;
  /** The hint line shown at the top of the window. */
  hint: string;
  /** Short text describing the current candidate (e.g. its selector). */
  describe(element: Element): string;
}

export interface Picker {
  stop(): void;
}

const PICKER_CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #d93025; background: rgba(217,48,37,0.12); border-radius: 2px; display: none; z-index: 2147483647; }
.hint { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); pointer-events: none; z-index: 2147483647;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  color: #fff; background: rgba(32,33,36,0.92); padding: 6px 12px; border-radius: 6px; max-width: 90vw; text-align: center; }
.what { display: block; opacity: 0.8; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

const BLOCKED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu'] as const;

export function startPicker(doc: Document, options: PickerOptions): Picker {
  const view = doc.defaultView!;
  const host = doc.createElement(PICKER_HOST_TAG);
  host.setAttribute('style', 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;display:block;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PICKER_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const hint = doc.createElement('div');
  hint.className = 'hint';
  const hintText = doc.createElement('span');
  hintText.textContent = options.hint;
  const what = doc.createElement('span');
  what.className = 'what';
  hint.append(hintText, what);
  shadow.append(style, box, hint);
  doc.documentElement.appendChild(host);

  let current: Element | null = null;
  const trail: Element[] = [];
  let running = true;

  const pickable = (element: Element | null): element is Element =>
    !!element && element !== doc.documentElement && element !== doc.body && element !== host && element.localName !== 'head';

  function outline(element: Element | null) {
    current = element;
    if (!element) {
      box.style.display = 'none';
      what.textContent = '';
      return;
    }
    const rect = element.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    what.textContent = options.describe(element);
  }

  const onMove = (event: MouseEvent) => {
    const target = doc.elementFromPoint(event.clientX, event.clientY);
    // After ↑ widened the pick, moving within it keeps the wider element.
    if (trail.length && current && target && current.contains(target)) return;
    if (pickable(target) && target !== current) {
      trail.length = 0;
      outline(target);
    }
  };
  const block = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click' && current) {
      const picked = current;
      stop();
      options.onPick(picked);
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      options.onCancel();
    } else if (event.key === 'ArrowUp' && current && pickable(current.parentElement)) {
      event.preventDefault();
      trail.push(current);
      outline(current.parentElement);
    } else if (event.key === 'ArrowDown' && trail.length) {
      event.preventDefault();
      outline(trail.pop()!);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      const picked = current;
      stop();
      options.onPick(picked);
    }
  };
  const onScroll = () => outline(current);

  view.addEventListener('mousemove', onMove, true);
  view.addEventListener('keydown', onKey, true);
  view.addEventListener('scroll', onScroll, true);
  for (const type of BLOCKED_EVENTS) view.addEventListener(type, block, true);

  function stop() {
    if (!running) return;
    running = false;
    view.removeEventListener('mousemove', onMove, true);
    view.removeEventListener('keydown', onKey, true);
    view.removeEventListener('scroll', onScroll, true);
    for (const type of BLOCKED_EVENTS) view.removeEventListener(type, block, true);
    host.remove();
  }

  return { stop };
}
