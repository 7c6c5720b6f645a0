import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../utils/background/commands';

// Thin wiring only: each feature registers its own listeners.
export default defineBackground(() => {
  registerCommands();
  // context menu: the highlights feature registers its menu item here.
});
