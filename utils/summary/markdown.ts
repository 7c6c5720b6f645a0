/**
 * "Copy as Markdown": the popup's summary of a page as a small Markdown note (headline, source line, key
 * sentences, facts grouped as in the popup). Labels come from the UI language so the note reads naturally.
 */
import type { Facts } from '../../core/types';
import type { PageSummary } from '../messages';

export interface MarkdownLabels {
  keySentences: string;
  who: string;
  orgs: string;
  when: string;
  where: string;
  numbers: string;
  quotes: string;
}

// Markdown control characters that would change the meaning of page text pasted into a note.
const escapeInline = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function factLines(facts: Facts, labels: MarkdownLabels): string[] {
  const groups: [string, string[]][] = [
    [
      labels.who,
      facts.people.map((p) => {
        const role = [p.title, p.org].filter(Boolean).join(', ');
        return `**${escapeInline(p.name)}**${p.alias ? ` (${escapeInline(p.alias)})` : ''}${role ? ` — ${escapeInline(role)}` : ''}`;
      }),
    ],
    [labels.orgs, facts.orgs.map((o) => `${escapeInline(o.name)}${o.abbr && o.abbr !== o.name ? ` (${escapeInline(o.abbr)})` : ''}`)],
    [labels.when, facts.dates.map((d) => `${escapeInline(d.text)}${d.iso ? ` — ${d.iso}` : ''}`)],
    [labels.where, facts.places.map((p) => escapeInline(p.text))],
    [labels.numbers, facts.numbers.map((n) => `${escapeInline(n.text)}${n.what ? ` — ${escapeInline(n.what)}` : ''}`)],
    [
      labels.quotes,
      facts.quotes.map((q) => {
        const who = [q.speaker, q.speakerTitle].filter(Boolean).join(', ');
        return `“${escapeInline(q.text)}”${who ? ` — ${escapeInline(who)}` : ''}`;
      }),
    ],
  ];
  const lines: string[] = [];
  for (const [label, items] of groups) {
    if (!items.length) continue;
    lines.push('', `### ${label}`, '', ...items.map((item) => `- ${item}`));
  }
  return lines;
}

export function summaryToMarkdown(summary: PageSummary, labels: MarkdownLabels): string {
  const source = [summary.siteName, summary.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const lines = [`## [${escapeInline(summary.title ?? summary.url)}](${summary.url.replace(/[()\s]/g, encodeURIComponent)})`];
  if (source) lines.push('', escapeInline(source));
  if (summary.keySentences.length) {
    lines.push('', `### ${labels.keySentences}`, '', ...summary.keySentences.map((s) => `- ${escapeInline(s.text)}`));
  }
  lines.push(...factLines(summary.facts, labels));
  return `${lines.join('\n')}\n`;
}
