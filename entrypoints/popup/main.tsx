import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { messagesLanguage } from '../../components/ui-language';
import { createPopupClient, resolveTabId } from '../../utils/summary/popup-client';
import './style.css';

const uiLang = browser.i18n.getUILanguage();
document.documentElement.lang = messagesLanguage();
const app = document.getElementById('app')!;

resolveTabId(location.search)
  .catch(() => null)
  .then((tabId) => {
    const client = tabId === null ? null : createPopupClient(tabId);
    render(<Popup tabId={tabId} client={client} uiLang={uiLang} />, app);
  });
