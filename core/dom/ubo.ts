/**
 * uBlock Origin cosmetic filters (`example.com##.selector`) for the user's "hide this" rules, so the
 * rules can be taken to a content blocker. Syntax: https://github.com/gorhill/uBlock/wiki/Static-filter-syntax
 */

export interface SiteRule {
  /** Site key (host without `www.`); uBO applies `example.com##…` to its subdomains too. */
  site: string;
  selector: string;
}

const HOST = /^[a-z0-9.-]+$/i;

/** One filter line, or null when the rule cannot be written safely as a single uBO line. */
export function toUboFilter(rule: SiteRule): string | null {
  const site = rule.site.trim().toLowerCase();
  const selector = rule.selector.trim();
  if (!site || !HOST.test(site) || site.startsWith('.') || site.endsWith('.')) return null;
  // A line break would split the filter; `##`/`#@#`/`#?#` inside would change its meaning; a leading
  // `+js(` or `^` would make it a scriptlet or an HTML filter rather than a cosmetic one.
  if (!selector || /[\r\n]/.test(selector) || /#[@?$%]?#/.test(selector) || /^(\+js\(|\^)/.test(selector)) return null;
  return `${site}##${selector}`;
}

/**
 * The export file: a `!` comment header then one filter per rule, sorted by site then selector,
 * duplicates and unwritable rules dropped.
 */
export function formatUboFilters(rules: readonly SiteRule[], header = 'Plainly hide rules'): string {
  const lines = new Set<string>();
  const sorted = [...rules].sort((a, b) => a.site.localeCompare(b.site) || a.selector.localeCompare(b.selector));
  for (const rule of sorted) {
    const line = toUboFilter(rule);
    if (line) lines.add(line);
  }
  return [`! ${header.replace(/[\r\n]+/g, ' ')}`, ...lines].join('\n') + '\n';
}
