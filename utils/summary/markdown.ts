/**
 * "Copy as Markdown": core/facts' Markdown note (headline, key sentences, facts) with the popup's
 * labels in the UI language, plus a source line (site · date) under the headline.
 */
import { escapeMarkdown, factsToMarkdown, type MarkdownLabels } from '../../core/facts/markdown';
import type { PageSummary } from '../messages';

export type { MarkdownLabels };

export function summaryToMarkdown(summary: PageSummary, labels: MarkdownLabels): string {
  const markdown = factsToMarkdown(
    { title: summary.title ?? summary.url, url: summary.url, keySentences: summary.keySentences, facts: summary.facts },
    labels,
  );
  const source = [summary.siteName, summary.published?.slice(0, 10)].filter(Boolean).join(' · ');
  if (!source) return markdown;
  const [heading, ...rest] = markdown.split('\n');
  return [heading, '', escapeMarkdown(source), ...rest].join('\n');
}
