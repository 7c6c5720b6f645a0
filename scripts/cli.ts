export {};
// Plainly's command-line entry: `npm run -s cli -- <command> [options]`.
// Each command lives in scripts/cli/<command>.ts and exports `run(argv: string[]): Promise<void>`.
const COMMANDS: Record<string, () => Promise<{ run: (argv: string[]) => Promise<void> }>> = {
  extract: () => import('./cli/extract.ts'),
  clean: () => import('./cli/clean.ts'),
  facts: () => import('./cli/facts.ts'),
};

const [command, ...rest] = process.argv.slice(2);
const load = command ? COMMANDS[command] : undefined;
if (!load) {
  console.error(`usage: npm run -s cli -- <${Object.keys(COMMANDS).join('|')}> [options]`);
  process.exit(2);
}
(await load()).run(rest).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
