/**
 * The page fixtures: ../shared/fixtures (the seed) and tests/fixtures (synthetic pages of other site types),
 * one folder per page with page.html + expect.json. Every test and report that goes over them lists them here,
 * so a new fixture folder is picked up everywhere.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const FIXTURE_DIRS = [resolve(ROOT, '../shared/fixtures'), resolve(ROOT, 'tests/fixtures')];

export interface FixtureFolder {
  name: string;
  dir: string;
}

/** Every fixture folder (shared first, then the repo's own), by name within each. */
export function listFixtureFolders(): FixtureFolder[] {
  return FIXTURE_DIRS.filter((base) => existsSync(base)).flatMap((base) =>
    readdirSync(base)
      .sort()
      .map((name) => ({ name, dir: join(base, name) }))
      .filter(({ dir }) => statSync(dir).isDirectory() && existsSync(join(dir, 'page.html')) && existsSync(join(dir, 'expect.json'))),
  );
}

/**
 * Does an extracted date-time name the instant a fixture expects? A date-only expectation (the page prints no
 * time) matches the calendar date as written; a time without a zone is read as Korean time (the seed's).
 */
export function sameInstant(got: string | null, want: string): boolean {
  if (!got) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) return got.slice(0, 10) === want;
  const a = Date.parse(got);
  const b = Date.parse(want.includes('T') || !/\d{2}:\d{2}/.test(want) ? want : `${want.replace(' ', 'T')}:00+09:00`);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 60_000;
}
