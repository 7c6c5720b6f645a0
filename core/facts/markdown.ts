/**
 * "Copy as Markdown" for the popup: key sentences and facts as a short Markdown document. Pure text in, text
 * out; the caller decides where it goes (clipboard). Markdown-significant characters in article text are
 * escaped so a quote cannot turn into a heading or a link.
 */
import { displaySentence } from '../summarize/display';
import type { Facts, KeySentence } from '../types';

export interface FactsSummary {
  title?: string | null;
  url?: string | null;
  keySentences: KeySentence[];
  facts: Facts;
}

export interface MarkdownLabels {
  keySentences: string;
  people: string;
  orgs: string;
  dates: string;
  places: string;
  numbers: string;
  quotes: string;
  /** Words for a date given in local time (DateFact.localTime); English when not given. */
  localTime?: string;
  /** Heading of the facts only photo captions hold; English when not given. */
  captions?: string;
}

export const DEFAULT_LABELS: MarkdownLabels = {
  keySentences: 'Key sentences',
  people: 'People',
  orgs: 'Organizations',
  dates: 'Dates',
  places: 'Places',
  numbers: 'Numbers',
  quotes: 'Quotes',
  localTime: 'local time',
  captions: 'Only in photo captions',
};

/** Escape characters that Markdown would interpret at the start of a line or inline. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1').trim();
}

export function factsToMarkdown(summary: FactsSummary, labels: MarkdownLabels = DEFAULT_LABELS): string {
  const out: string[] = [];
  const e = escapeMarkdown;
  if (summary.title) {
    out.push(summary.url ? `# [${e(summary.title)}](<${summary.url.replace(/[<>\s]/g, '')}>)` : `# ${e(summary.title)}`, '');
  }
  const section = (label: string, lines: string[]): void => {
    if (!lines.length) return;
    out.push(`## ${label}`, '', ...lines.map((l) => `- ${l}`), '');
  };
  const f = summary.facts;
  section(labels.keySentences, summary.keySentences.map((k) => e(displaySentence(k))));
  section(
    labels.people,
    f.people.map((p) => {
      const role = [p.org, p.title].filter(Boolean).map((x) => e(x!)).join(' ');
      return `${e(p.name)}${p.alias ? ` (${e(p.alias)})` : ''}${role ? ` — ${role}` : ''}`;
    }),
  );
  section(labels.orgs, f.orgs.map((o) => `${e(o.name)}${o.abbr ? ` (${e(o.abbr)})` : ''}`));
  const dateNote = (d: Facts['dates'][number]): string | undefined =>
    d.localTime ? (labels.localTime ?? DEFAULT_LABELS.localTime) : d.note;
  section(labels.dates, f.dates.map((d) => `${e(d.text)} → ${d.iso}${dateNote(d) ? ` (${e(dateNote(d)!)})` : ''}`));
  section(labels.places, f.places.map((p) => e(p.text)));
  section(labels.numbers, f.numbers.map((n) => `${e(n.text)}${n.what ? ` — ${e(n.what)}` : ''}`));
  section(labels.quotes, f.quotes.map((q) => `“${e(q.text)}”${q.speaker ? ` — ${e(q.speaker)}${q.speakerTitle ? `, ${e(q.speakerTitle)}` : ''}` : ''}`));
  return out.join('\n').trim() + '\n';
}
