import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * WXT's content-script context announces each start to the page with `window.postMessage` carrying the
 * extension id (legacy; WXT itself listens only to the document event). Any site could read it and learn
 * that Plainly is installed, so the build drops that call. Fails the build if WXT's code changed shape,
 * so an update cannot silently bring the broadcast back.
 */
function dropContentScriptBroadcast(): Plugin {
  const BROADCAST = /\n\t*window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;
  return {
    name: 'plainly:drop-content-script-broadcast',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('wxt/dist/utils/content-script-context.mjs')) return null;
      if (!BROADCAST.test(code)) throw new Error(`${id}: WXT's content-script start broadcast changed shape; update dropContentScriptBroadcast`);
      return { code: code.replace(BROADCAST, ''), map: null };
    },
  };
}

/**
 * WXT names its content-script start event (dispatched on `document`) and its SPA location-change event
 * (on `window`) `<extension id>:<script>:<name>`. A site that knows Plainly's public id could listen for either
 * and learn that Plainly is installed. Only the content script that dispatches an event ever listens for it
 * (the start event would stop an older copy of the same script, which Plainly never injects twice: it runs
 * from the manifest only, and a context orphaned by an update notices through `runtime.id`), so the build
 * names them with a random token made per script run instead, which the page cannot know.
 */
function unguessableEventNames(): Plugin {
  const NAMED_BY_ID = /return `\$\{browser\?\.runtime\?\.id\}:\$\{import\.meta\.env\.ENTRYPOINT\}:\$\{eventName\}`;/;
  return {
    name: 'plainly:unguessable-event-names',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('wxt/dist/utils/internal/custom-events.mjs')) return null;
      if (!NAMED_BY_ID.test(code)) throw new Error(`${id}: WXT's event naming changed shape; update unguessableEventNames`);
      const token = 'const plainlyEventToken = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);\n';
      return { code: token + code.replace(NAMED_BY_ID, 'return `${plainlyEventToken}:${eventName}`;'), map: null };
    },
  };
}

// Manifest and build settings. Permissions are the fewest that do the job; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Separate output folders let several builds (e.g. parallel e2e runs) coexist.
  outDir: process.env.PLAINLY_OUT_DIR ?? '.output',
  // Explicit imports everywhere: no auto-import magic.
  imports: false,
  // MV3 for every browser (WXT would build MV2 for Firefox by default).
  manifestVersion: 3,
  // The Firefox sources zip (for add-on review) holds what builds the extension, not local outputs.
  zip: {
    excludeSources: ['bench-output/**', 'demo-output/**', 'test-results/**', '.output*/**', 'tests/**', 'scripts/bench/**'],
  },
  vite: () => ({
    plugins: [preact(), dropContentScriptBroadcast(), unguessableEventNames()],
    // Vite's modulepreload polyfill fetch()es chunk URLs; extension pages load their chunks directly.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: highlights and settings stay in the browser; contextMenus: "Highlight" on selected text.
    // No host or tabs permission: the content script (declared below by WXT) does the page work, and
    // the popup and shortcuts only need tab ids. (activeTab is not needed: nothing reads tab URLs.)
    permissions: ['storage', 'contextMenus'],
    // Clean view's classifier, reader view and facts load on demand (utils/on-demand.ts): import() from a
    // content script needs them web-accessible. Chrome's use_dynamic_url serves them only under a
    // per-session random id, so pages cannot probe for the extension by its fixed id.
    web_accessible_resources: [
      {
        resources: ['on-demand-*.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-clean-view': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandToggleCleanView__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'plainly@plainly.app',
              // 142: data_collection_permissions (desktop 140, Android 142); CSS Custom Highlight API (140).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
