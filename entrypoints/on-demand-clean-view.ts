/** Clean view's controller (state machine, picker, per-site memory), loaded when the page needs it (utils/clean-view/content.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CleanViewController } from '../utils/clean-view/controller';
import { provide } from '../utils/on-demand-registry';

export default defineUnlistedScript(() => provide('clean-view', { CleanViewController }));
