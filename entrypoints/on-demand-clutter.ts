/** Clean view's classifier, loaded by the content script when clean view is first turned on (utils/on-demand.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectClutter, detectClutterIn } from '../core/clutter';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('clutter', { detect: detectClutter, detectIn: detectClutterIn }));
