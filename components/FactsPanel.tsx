/**
 * Key facts grouped the way a reader asks about a story: who, which organizations, when, where, how many,
 * and who said what. Every fact with evidence jumps to (the first place of) its evidence in the page.
 */
import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { DateFact, Facts, TextQuoteSelector, TextSpan } from '../core/types';
import type { CaptionFact } from '../utils/messages';

export interface FactsPanelProps {
  facts: Facts;
  onReveal(span: TextSpan): void;
  /** People, organizations and places named only in photo captions (shown apart, marked as such). */
  captionFacts?: CaptionFact[];
  /** Scrolls the page to a caption (its quote was built from the caption's text, not the article's). */
  onRevealQuote?(quote: TextQuoteSelector): void;
  /** The article's language: on the facts' page words, not on headings and notes (UI words). */
  lang?: string;
}

interface FactItem {
  key: string;
  main: ComponentChildren;
  detail?: string;
  /** The detail is the page's words (a title, an organization, a speaker), not UI words such as a date note. */
  detailFromPage?: boolean;
  evidence: TextSpan[];
}

/**
 * The note on a date in the reader's language. core/facts marks a date the article gives in local time
 * either as the English note "local time" or as a `localTime` flag; both are shown as the UI's own words.
 * Any other note is page-derived text and is shown as it is.
 */
export function dateNote(date: DateFact): string | undefined {
  const flagged = (date as DateFact & { localTime?: unknown }).localTime === true;
  if (flagged || date.note?.trim().toLowerCase() === 'local time') return i18n.t('popup.localTime');
  return date.note || undefined;
}

export type FactGroupId = 'who' | 'orgs' | 'when' | 'where' | 'numbers' | 'quotes';

export function factGroups(facts: Facts): { id: FactGroupId; items: FactItem[] }[] {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;
  return [
    {
      id: 'who' as const,
      items: facts.people.map((p, i) => ({
        key: `p${i}`,
        main: p.alias ? `${p.name} (${p.alias})` : p.name,
        detail: join(p.org, p.title),
        detailFromPage: true,
        evidence: p.evidence,
      })),
    },
    {
      id: 'orgs' as const,
      items: facts.orgs.map((o, i) => ({
        key: `o${i}`,
        main: o.name,
        detail: o.abbr && o.abbr !== o.name ? o.abbr : undefined,
        detailFromPage: true,
        evidence: o.evidence,
      })),
    },
    {
      id: 'when' as const,
      items: facts.dates.map((d, i) => ({
        key: `d${i}`,
        main: d.text,
        detail: join(d.iso && !d.text.includes(d.iso) ? d.iso.replace('T', ' ').slice(0, 16) : undefined, dateNote(d)),
        evidence: d.evidence,
      })),
    },
    {
      id: 'where' as const,
      items: facts.places.map((p, i) => ({ key: `w${i}`, main: p.text, evidence: p.evidence })),
    },
    {
      id: 'numbers' as const,
      items: facts.numbers.map((n, i) => ({ key: `n${i}`, main: n.text, detail: n.what, detailFromPage: true, evidence: n.evidence })),
    },
    {
      id: 'quotes' as const,
      items: facts.quotes.map((q, i) => ({
        key: `q${i}`,
        main: <q>{q.text}</q>,
        detail: join(q.speaker, q.speakerTitle),
        detailFromPage: true,
        evidence: q.evidence,
      })),
    },
  ].filter((group) => group.items.length > 0);
}

const GROUP_LABEL: Record<FactGroupId, () => string> = {
  who: () => i18n.t('popup.who'),
  orgs: () => i18n.t('popup.orgs'),
  when: () => i18n.t('popup.when'),
  where: () => i18n.t('popup.where'),
  numbers: () => i18n.t('popup.numbers'),
  quotes: () => i18n.t('popup.quotes'),
};

// Nouns for what a caption names ("Person · NIST 원장"), not the group questions ("Who").
const CAPTION_KIND_LABEL: Record<CaptionFact['kind'], () => string> = {
  person: () => i18n.t('popup.captionPerson'),
  org: () => i18n.t('popup.captionOrg'),
  place: () => i18n.t('popup.captionPlace'),
};

/** Facts only the photo captions hold: a group of their own, each item saying where it comes from. */
function CaptionFacts({ facts, onRevealQuote, lang }: { facts: CaptionFact[]; onRevealQuote?(quote: TextQuoteSelector): void; lang?: string }) {
  return (
    <div class="fact-group fact-group-captions" data-group="captions">
      <h3 id="facts-captions">{i18n.t('popup.fromCaptions')}</h3>
      <ul role="list" aria-labelledby="facts-captions" class="facts">
        {facts.map((fact, i) => (
          <FactItem
            key={`c${i}`}
            source="caption"
            main={fact.name}
            lang={lang}
            detail={[CAPTION_KIND_LABEL[fact.kind](), fact.detail].filter(Boolean).join(' · ')}
            title={i18n.t('popup.revealCaption')}
            onActivate={onRevealQuote ? () => onRevealQuote(fact.quote) : null}
          />
        ))}
      </ul>
    </div>
  );
}

/** One fact: a button that shows its place in the page, or plain text when there is none to show. */
function FactItem(props: { main: ComponentChildren; detail?: string | null; title: string; onActivate: (() => void) | null; source?: string; lang?: string; detailLang?: string }) {
  const { main, detail, title, onActivate, source, lang, detailLang } = props;
  const body = (
    <>
      <span class="fact-main" lang={lang}>
        {main}
      </span>
      {detail && (
        <span class="fact-detail" lang={detailLang}>
          {detail}
        </span>
      )}
    </>
  );
  return (
    <li role="listitem" data-source={source}>
      {onActivate ? (
        <button type="button" class="reveal fact" title={title} onClick={onActivate}>
          {body}
        </button>
      ) : (
        <span class="fact">{body}</span>
      )}
    </li>
  );
}

export function FactsPanel({ facts, onReveal, captionFacts = [], onRevealQuote, lang }: FactsPanelProps) {
  const groups = factGroups(facts);
  return (
    <section class="panel" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{i18n.t('popup.facts')}</h2>
      {groups.length === 0 && captionFacts.length === 0 && <p class="hint">{i18n.t('popup.noFacts')}</p>}
      {groups.map((group) => (
        <div class={`fact-group fact-group-${group.id}`} key={group.id} data-group={group.id}>
          <h3 id={`facts-${group.id}`}>{GROUP_LABEL[group.id]()}</h3>
          <ul role="list" aria-labelledby={`facts-${group.id}`} class={group.id === 'quotes' ? 'facts quotes' : 'facts'}>
            {group.items.map((item) => {
              const first = item.evidence[0];
              return (
                <FactItem
                  key={item.key}
                  main={item.main}
                  lang={lang}
                  detail={item.detail}
                  detailLang={item.detailFromPage ? lang : undefined}
                  title={i18n.t('popup.reveal')}
                  onActivate={first ? () => onReveal(first) : null}
                />
              );
            })}
          </ul>
        </div>
      ))}
      {captionFacts.length > 0 && <CaptionFacts facts={captionFacts} onRevealQuote={onRevealQuote} lang={lang} />}
    </section>
  );
}
