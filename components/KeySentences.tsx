/** The article's key sentences, in article order; each one jumps to its place in the page. */
import { i18n } from '#i18n';
import { displaySentence } from '../core/summarize/display';
import type { KeySentence, TextSpan } from '../core/types';

export interface KeySentencesProps {
  sentences: KeySentence[];
  onReveal(span: TextSpan): void;
  /** The article's language: on the sentences (page words), not on the heading (a UI word). */
  lang?: string;
}

export function KeySentences({ sentences, onReveal, lang }: KeySentencesProps) {
  if (!sentences.length) return null;
  return (
    <section class="panel" aria-labelledby="key-sentences-heading">
      <h2 id="key-sentences-heading">{i18n.t('popup.keySentences')}</h2>
      <ol class="sentences" role="list">
        {sentences.map((sentence) => (
          <li key={sentence.start} role="listitem">
            <button type="button" class="reveal sentence" lang={lang} title={i18n.t('popup.reveal')} onClick={() => onReveal(sentence)}>
              {displaySentence(sentence)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
