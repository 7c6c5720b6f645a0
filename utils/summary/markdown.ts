/**
 * "Copy as Markdown": core/facts' Markdown note (headline, key sentences, facts) with the popup's
 * labels in the UI language, plus a source line (site · date) under the headline.
 */
import { DEFAULT_LABELS, escapeMarkdown, factsToMarkdown, type MarkdownLabels } from '../../core/facts/markdown';
import type { PageSummary } from '../messages';

export type { MarkdownLabels };

export function summaryToMarkdown(summary: PageSummary, labels: MarkdownLabels): string {
  let markdown = factsToMarkdown(
    { title: summary.title ?? summary.url, url: summary.url, keySentences: summary.keySentences, facts: summary.facts },
    labels,
  );
  // Facts only the photo captions hold, under their own heading (the popup's group "Only in photo captions").
  const captions = summary.captionFacts ?? [];
  if (captions.length) {
    const lines = captions.map((c) => `- ${escapeMarkdown(c.name)}${c.detail ? ` — ${escapeMarkdown(c.detail)}` : ''}`);
    markdown = `${markdown}\n## ${escapeMarkdown(labels.captions ?? DEFAULT_LABELS.captions!)}\n\n${lines.join('\n')}\n`;
  }
  const source = [summary.siteName, summary.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (!source) return markdown;
  const [heading, ...rest] = markdown.split('\n');
  return [heading, '', escapeMarkdown(source), ...rest].join('\n');
}
