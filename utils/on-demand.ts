/**
 * Features most pages never use are not part of the content script that runs on every page: article
 * detection, clean view's controller and classifier, reader view (Preact overlay + DOMPurify), the
 * popup's facts and the highlights UI are separate scripts (entrypoints/on-demand-*.ts), imported from
 * the extension the first time they are needed. Measured on the seed page, this takes most of the parse
 * and start-up cost off every page load.
 *
 * Those scripts are web-accessible resources (import() needs that). In Chrome they are declared with
 * `use_dynamic_url`, so a page cannot probe for them at the extension's fixed id (Firefox's extension
 * URLs are random per install anyway). The load is recorded as `plainly:load-<name>`.
 */
import { browser } from 'wxt/browser';
import { onDemandRegistry, type OnDemandModules, type OnDemandName } from './on-demand-registry';

// Loads in flight, shared by every bundle that loads on-demand scripts (the content script, and on-demand
// scripts that load others) through the extension's isolated-world global, so each script loads once.
const LOADING = Symbol.for('plainly.on-demand-loading');
const loading = ((globalThis as unknown as Record<symbol, Map<OnDemandName, Promise<unknown>> | undefined>)[LOADING] ??= new Map());

/**
 * What each script relies on being loaded with it. Article detection is its own script: every feature
 * that reads the page's article (PageContext.article(), synchronous) loads it first through this table.
 */
const NEEDS: Partial<Record<OnDemandName, readonly OnDemandName[]>> = {
  clutter: ['extract'],
  reader: ['extract'],
  facts: ['extract'],
  // The session takes over the toolbar the content script may already show (utils/highlights/content.ts).
  highlights: ['extract', 'toolbar'],
};

export function loadOnDemand<K extends OnDemandName>(name: K): Promise<OnDemandModules[K]> {
  const ready = onDemandRegistry()[name];
  const needs = NEEDS[name] ?? [];
  if (ready && needs.every((need) => onDemandRegistry()[need])) return Promise.resolve(ready as OnDemandModules[K]);
  let pending = loading.get(name) as Promise<OnDemandModules[K]> | undefined;
  if (!pending) {
    const start = performance.now();
    const url = browser.runtime.getURL(`/on-demand-${name}.js` as '/on-demand-clutter.js');
    const own = ready ? Promise.resolve() : import(/* @vite-ignore */ url);
    pending = Promise.all([own, ...needs.map((need) => loadOnDemand(need))]).then(() => {
      const module = onDemandRegistry()[name];
      if (!module) throw new Error(`Plainly: ${name} did not load`);
      try {
        performance.measure(`plainly:load-${name}`, { start, end: performance.now() });
      } catch {
        // timing is best effort
      }
      return module as OnDemandModules[K];
    });
    // A failed load (e.g. the extension was just updated) may be tried again on the next request.
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}
