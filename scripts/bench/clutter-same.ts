// `npx tsx scripts/bench/clutter-same.ts <old-git-rev> [--zyte <dir>]`
//
// Output equivalence of core/clutter between a git revision and the working tree: both versions run on
// every zyte-dev page and every fixture (../shared/fixtures/*, tests/fixtures/*), on the same parsed
// document, (1) with the article the extractor finds, (2) with no article, (3) detectClutterIn on each
// direct child of <body> and of the article root (the late-widget path), and (4) with `keep` dropping
// two categories. Every item is compared by element (its path of child indexes), category, confidence
// and reason. The old core/ comes from `git archive <rev> core`; core/extract is the working tree's for
// both, so only clutter differences show. Exits 1 on any difference. Last line: JSON.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../core/extract/index';
import type { ArticleResult, ClutterItem, ClutterOptions } from '../../core/types';
import { listPages, readHtml } from '../cli/clean';
import { parseHtml } from '../lib/parse-html';

interface Clutter {
  detectClutter(doc: Document, article: ArticleResult | null, options?: ClutterOptions): ClutterItem[];
  detectClutterIn(root: Element, article: ArticleResult | null, options?: ClutterOptions): ClutterItem[];
}

const argv = process.argv.slice(2);
const rev = argv[0];
if (!rev || rev.startsWith('--')) {
  console.error('usage: npx tsx scripts/bench/clutter-same.ts <old-git-rev> [--zyte <dir>]');
  process.exit(2);
}
const zyteAt = argv.indexOf('--zyte');
const zyte = resolve(zyteAt >= 0 ? argv[zyteAt + 1]! : '../shared/corpora/zyte-dev');

function pathOf(element: Element): string {
  const steps: number[] = [];
  for (let e: Element | null = element; e?.parentElement; e = e.parentElement) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    steps.unshift(i);
  }
  return `${element.localName}@${steps.join('.')}`;
}

const describe = (items: ClutterItem[]): string[] => items.map((item) => `${pathOf(item.element)} ${item.category} ${item.confidence} ${item.reason}`);

const root = mkdtempSync(join(tmpdir(), 'plainly-clutter-same-'));
let exitCode = 0;
try {
  mkdirSync(join(root, 'old'));
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} core | tar -x -C ${JSON.stringify(join(root, 'old'))}`]);
  // The working tree's core is copied next to it, so that both load the same way.
  cpSync(resolve('core'), join(root, 'new', 'core'), { recursive: true });
  const load = async (dir: string) => (await import(pathToFileURL(join(root, dir, 'core', 'clutter', 'index.ts')).href)) as Clutter;
  const versions = { old: await load('old'), new: await load('new') };

  const pages = [
    ...listPages(join(zyte, 'html')).map((p) => ({ ...p, set: 'zyte-dev' })),
    ...['../shared/fixtures', 'tests/fixtures'].filter((dir) => existsSync(dir)).flatMap((dir) => listPages(resolve(dir)).map((p) => ({ ...p, set: dir }))),
  ];
  const urls = existsSync(join(zyte, 'ground-truth.json')) ? (JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>) : {};
  let checks = 0;
  let items = 0;
  const differences: string[] = [];
  for (const page of pages) {
    const url = page.url ?? urls[page.id]?.url;
    const doc = parseHtml(readHtml(page.path), url);
    const article = extractArticle(doc, { url });
    const subtrees = [...(doc.body ? Array.from(doc.body.children) : []), ...(article.root ? Array.from(article.root.children) : [])];
    const cases: [string, (c: Clutter) => ClutterItem[]][] = [
      ['article', (c) => c.detectClutter(doc, article)],
      ['no-article', (c) => c.detectClutter(doc, null)],
      ['keep', (c) => c.detectClutter(doc, article, { keep: new Set(['nav', 'share']) })],
      ['late', (c) => subtrees.flatMap((subtree) => c.detectClutterIn(subtree, article))],
    ];
    for (const [name, run] of cases) {
      const before = describe(run(versions.old));
      const after = describe(run(versions.new));
      checks++;
      items += before.length;
      if (before.join('\n') !== after.join('\n')) {
        const gone = before.filter((x) => !after.includes(x));
        const added = after.filter((x) => !before.includes(x));
        differences.push(`${page.set}/${page.id} [${name}]: -${gone.length} +${added.length} ${[...gone.map((x) => `- ${x}`), ...added.map((x) => `+ ${x}`)].slice(0, 6).join(' | ')}`);
      }
    }
  }
  for (const line of differences) console.log(line);
  console.log(`${pages.length} pages, ${checks} detections, ${items} items in ${rev}: ${differences.length ? `${differences.length} differ` : 'identical'}`);
  console.log(JSON.stringify({ rev, pages: pages.length, checks, items, differences: differences.length }));
  if (differences.length) exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(exitCode);
