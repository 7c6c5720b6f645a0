/**
 * Clean view's registration in the content script: message handlers for the popup (switch, reader
 * button, picker) and the background (keyboard shortcut), all backed by one controller per page.
 * @webext-core/messaging allows one handler per message name per script, one root listener in all.
 *
 * The controller's code is loaded on demand (entrypoints/on-demand-clean-view.ts): at once on a site
 * the user asked to open clean (the document_start script has just read that from storage), otherwise
 * only when the popup, the shortcut or the picker turns something on. Until then the popup's state
 * question is answered here: nothing is on, and the site is not remembered.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteKey } from '../../core/url';
import type { CleanViewState } from '../messages';
import { onMessage } from '../messages';
import { loadOnDemand } from '../on-demand';
import type { PageContext } from '../page-context';
import type { CleanViewController } from './controller';
import { localStorageKeys } from '../storage-keys';
import { peekEarlyAnswer, readRemembered, takeEarlyAnswer } from './early';

export interface CleanViewHooks {
  /** Called before the reader opens (features shown inside the reader start then). */
  beforeReader?: () => void;
  /** The extension storage's keys, read once for the whole content script (utils/storage-keys.ts). */
  storageKeys?: Promise<readonly string[]>;
}

export function registerCleanView(ctx: ContentScriptContext, page: PageContext, hooks: CleanViewHooks = {}): void {
  const site = siteKey(page.url);
  let controller: Promise<CleanViewController> | null = null;
  let disposed = false;
  const start = (): Promise<CleanViewController> =>
    (controller ??= loadOnDemand('clean-view').then(
      ({ CleanViewController }) => {
        const created = new CleanViewController(page, site);
        if (disposed) created.dispose();
        return created;
      },
      (error: unknown) => {
        controller = null; // e.g. the extension was just updated: the next request tries again
        throw error;
      },
    ));

  // The document_start script asked storage on a site with a mirror; other sites are looked up by key.
  let storageKeys = hooks.storageKeys;
  const keys = () => (storageKeys ??= localStorageKeys());
  const remembered: Promise<boolean> = site
    ? (peekEarlyAnswer(site)?.then((answer) => answer.memory?.remember === true) ?? readRemembered(site, keys())).catch(() =>
        readRemembered(site, keys()).catch(() => false),
      )
    : Promise.resolve(false);
  void remembered.then((yes) => {
    if (yes) return void start().catch(() => undefined);
    // A controller started later reads storage afresh rather than this page-load answer.
    if (site) void takeEarlyAnswer(site)?.catch(() => undefined);
  });

  // What the controller will load next, loaded alongside it rather than after it (same scripts: the
  // browser imports each once).
  const prefetch = (names: readonly ('clutter' | 'reader')[]) => {
    for (const name of names) void loadOnDemand(name).catch(() => undefined);
  };

  const off: CleanViewState = { mode: 'off', hidden: {}, rememberedForSite: false };
  const removers = [
    onMessage('getCleanViewState', async () => {
      const opensClean = await remembered;
      if (!controller && !opensClean) return { ...off };
      return stateOf(await start());
    }),
    onMessage('setViewMode', async ({ data }) => {
      if (data.mode === 'reader') hooks.beforeReader?.();
      if (data.mode !== 'off') prefetch(data.mode === 'reader' ? ['clutter', 'reader'] : ['clutter']);
      return (await start()).setViewMode(data.mode);
    }),
    onMessage('toggleCleanView', async () => {
      prefetch(['clutter']);
      return (await start()).toggle();
    }),
    onMessage('startHidePicker', async () => (await start()).startPicker()),
  ];
  ctx.onInvalidated(() => {
    disposed = true;
    for (const remove of removers) remove();
    void controller?.then((created) => created.dispose()).catch(() => undefined);
  });
}

async function stateOf(controller: CleanViewController): Promise<CleanViewState> {
  await controller.ready;
  return controller.state();
}
