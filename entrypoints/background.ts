import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../utils/background/commands';
import { registerHighlightBackground } from '../utils/highlights/background';

// Thin wiring only: each feature registers its own listeners.
export default defineBackground(() => {
  registerCommands();
  registerHighlightBackground();
});
