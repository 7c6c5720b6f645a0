import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/OptionsPage';

document.title = i18n.t('options.title');
document.documentElement.lang = navigator.language;
render(<OptionsPage />, document.getElementById('app')!);
