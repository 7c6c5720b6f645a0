/** The value after `--name` in `argv` (e.g. `--runs 5`), or undefined when the flag is absent or has no value. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
