import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Library, type LibraryActions } from '../../components/Library';
import { messagesLanguage } from '../../components/ui-language';
import { highlightsStore } from '../../utils/highlights-store';
import { t } from '../../utils/highlights/i18n';
import { downloadText } from '../../utils/highlights/library';
import { urlWithReveal } from '../../utils/highlights/page-url';
import './style.css';

const uiLang = browser.i18n.getUILanguage();
document.documentElement.lang = messagesLanguage();
document.title = t('highlights.libraryTitle');

const actions: LibraryActions = {
  open: (highlight) => void browser.tabs.create({ url: urlWithReveal(highlight.url, highlight.id) }),
  download: (filename, content, type) => downloadText(document, filename, content, type),
};

render(<Library store={highlightsStore} actions={actions} uiLang={uiLang} />, document.getElementById('app')!);
