// Scaffolding: the owner of this feature replaces this with the real registration.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '../page-context';

export function registerHighlights(_ctx: ContentScriptContext, _page: PageContext): void {}
