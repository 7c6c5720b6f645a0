import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { messagesLanguage } from '../../components/ui-language';

document.title = i18n.t('options.title');
document.documentElement.lang = messagesLanguage();
render(<OptionsPage />, document.getElementById('app')!);
