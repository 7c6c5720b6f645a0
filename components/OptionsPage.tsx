/**
 * Settings page: per-category switches for clean view, the sites that open clean (with what Plainly
 * remembers about them), the user's "hide this" rules, and their export as uBlock Origin filters.
 * Everything is read from and written to local storage through utils/settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatUboFilters } from '../core/dom/ubo';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../core/types';
import {
  cleanViewPrefs,
  forgetSite,
  listSiteMemories,
  normalizePrefs,
  removePickedRule,
  updateSiteMemory,
  type SiteMemory,
} from '../utils/settings';

type CategoryKey = 'cryptoTicker' | 'stockTicker' | 'relatedNews' | 'mostRead' | 'reactions' | 'share' | 'fontControls' | 'ads' | 'newsletter' | 'appeals' | 'consent' | 'comments' | 'nav';

/** Message names cannot contain "-", so the labels use camelCase keys. */
export function categoryLabel(category: ClutterCategory): string {
  const key = category.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CategoryKey;
  return i18n.t(`options.category.${key}`);
}

interface SiteEntry {
  site: string;
  memory: SiteMemory;
}

export function OptionsPage() {
  const [keep, setKeep] = useState<Set<ClutterCategory> | null>(null);
  const [sites, setSites] = useState<SiteEntry[]>([]);
  const [copied, setCopied] = useState(false);

  const reloadSites = async () => setSites(await listSiteMemories());

  useEffect(() => {
    void cleanViewPrefs.getValue().then((prefs) => setKeep(new Set(normalizePrefs(prefs).keep)));
    void reloadSites();
    // Another tab (a page turned clean, a rule picked) may change what is stored.
    const unwatch = cleanViewPrefs.watch((prefs) => setKeep(new Set(normalizePrefs(prefs).keep)));
    return unwatch;
  }, []);

  const toggleCategory = async (category: ClutterCategory, hide: boolean) => {
    const next = new Set(keep ?? []);
    if (hide) next.delete(category);
    else next.add(category);
    setKeep(next);
    await cleanViewPrefs.setValue({ keep: CLUTTER_CATEGORIES.filter((c) => next.has(c)) });
  };

  const rules = sites.flatMap(({ site, memory }) => memory.picked.map((rule) => ({ site, selector: rule.selector })));
  const exportText = formatUboFilters(rules);
  const remembered = sites.filter(({ memory }) => memory.remember || memory.rules.length > 0);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exportText);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'plainly-ublock-filters.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">{i18n.t('options.categoriesTitle')}</h2>
        <p class="hint">{i18n.t('options.categoriesHint')}</p>
        <ul class="categories">
          {CLUTTER_CATEGORIES.map((category) => (
            <li key={category}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={keep ? !keep.has(category) : false}
                  disabled={!keep}
                  onChange={(event) => void toggleCategory(category, (event.currentTarget as HTMLInputElement).checked)}
                />
                {categoryLabel(category)}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{i18n.t('options.sitesTitle')}</h2>
        {remembered.length === 0 ? (
          <p class="empty">{i18n.t('options.sitesEmpty')}</p>
        ) : (
          <ul class="sites">
            {remembered.map(({ site, memory }, index) => (
              <li key={site}>
                <span class="site" id={`site-${index}`}>
                  {site}
                </span>
                {memory.remember && <span class="badge">{i18n.t('options.opensClean')}</span>}
                <span class="count">{i18n.t('options.cachedRules', memory.rules.length, [String(memory.rules.length)])}</span>
                <button
                  type="button"
                  aria-describedby={`site-${index}`}
                  onClick={async () => {
                    // Forgetting a site keeps the user's own picker rules.
                    if (memory.picked.length) await updateSiteMemory(site, (m) => ({ ...m, remember: false, rules: [] }));
                    else await forgetSite(site);
                    await reloadSites();
                  }}
                >
                  {i18n.t('options.forget')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{i18n.t('options.rulesTitle')}</h2>
        {rules.length === 0 ? (
          <p class="empty">{i18n.t('options.rulesEmpty')}</p>
        ) : (
          <ul class="rules">
            {rules.map(({ site, selector }, index) => (
              <li key={`${site} ${selector}`}>
                <code id={`rule-${index}`}>
                  {site} {selector}
                </code>
                <button
                  type="button"
                  aria-describedby={`rule-${index}`}
                  onClick={async () => {
                    await removePickedRule(site, selector);
                    await reloadSites();
                  }}
                >
                  {i18n.t('options.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{i18n.t('options.exportTitle')}</h2>
        <p class="hint">{i18n.t('options.exportHint')}</p>
        <textarea readOnly rows={Math.min(12, rules.length + 2)} aria-labelledby="export-title" value={exportText} />
        <div class="actions">
          <button type="button" onClick={() => void copy()} disabled={rules.length === 0}>
            {copied ? i18n.t('options.copied') : i18n.t('options.copy')}
          </button>
          <button type="button" onClick={download} disabled={rules.length === 0}>
            {i18n.t('options.download')}
          </button>
        </div>
      </section>
    </main>
  );
}
