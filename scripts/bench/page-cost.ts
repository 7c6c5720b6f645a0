// `npx tsx scripts/bench/page-cost.ts [--runs N] [--compare <chrome-mv3 dir>]... [--no-build]`
//
// What Plainly costs a page where the reader does nothing with it: in the built extension, headless Chromium
// (/usr/bin/chromium), builds taking turns. Page load: main-thread time of each content script (Chrome trace:
// compile + run + later callbacks; scripts/bench/in-extension.ts benchPageLoad) on the seed article and on a
// section front (not an article), median and p90. What the reader waits for on the first selection is
// measured by scripts/bench/first-selection.ts.
// Builds into PLAINLY_OUT_DIR (default .output) unless --no-build; --compare adds other builds (e.g. a
// baseline built from another revision). The last line is the JSON of all figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHARED } from '../../tests/e2e/harness';
import { benchPageLoad, pageSpec, stats } from './in-extension';

const root = resolve(import.meta.dirname, '../..');
const args = { runs: 15, compare: [] as string[], build: true };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') args.runs = Number(argv[++i]);
  else if (argv[i] === '--compare') args.compare.push(argv[++i]!);
  else if (argv[i] === '--no-build') args.build = false;
  else throw new Error(`unknown argument ${argv[i]}`);
}

const outDir = resolve(root, process.env.PLAINLY_OUT_DIR ?? '.output');
if (args.build) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, PLAINLY_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('wxt build failed');
}
const builds: Record<string, string> = { [outDir.replace(`${root}/`, '')]: join(outDir, 'chrome-mv3') };
for (const dir of args.compare) builds[dir] = resolve(root, dir);
for (const dir of Object.values(builds)) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);

const seed = pageSpec(join(SHARED, 'fixtures', 'seed-etoday'));
const front = pageSpec(join(root, 'tests', 'fixtures', 'ko-section-front'));

const pageLoad = await benchPageLoad(builds, [seed, front], args.runs);

const fmt = (s: ReturnType<typeof stats>) => (s ? `${s.median} ms (p90 ${s.p90})` : 'n/a');
const result: Record<string, unknown> = { runs: args.runs, builds: Object.keys(builds), pageLoad: {} };
for (const [pageName, byLabel] of Object.entries(pageLoad)) {
  for (const [label, row] of Object.entries(byLabel)) {
    if (label === 'no extension') continue;
    const scripts = row.perScriptStats as Record<string, ReturnType<typeof stats>>;
    const line = Object.entries(scripts)
      .map(([script, s]) => `${script.replace('content-scripts/', '')} ${fmt(s)}`)
      .join(', ');
    console.log(`page load, ${pageName}, [${label}]: extension scripts ${fmt(row.extensionScriptsMs)} (${line}); page main-thread tasks ${fmt(row.mainThreadTasksMs)}`);
    ((result.pageLoad as Record<string, unknown>)[pageName] ??= {} as Record<string, unknown>);
    ((result.pageLoad as Record<string, Record<string, unknown>>)[pageName]!)[label] = { total: row.extensionScriptsMs, perScript: scripts, mainThreadTasks: row.mainThreadTasksMs };
  }
}
console.log(JSON.stringify(result));
