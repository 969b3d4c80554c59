/** Stable exit codes (docs/cli.md). When several apply, the highest wins. */
export const EXIT_OK = 0;
/** scan: findings at or above `--fail-on`; upload --wait: the analysis failed. */
export const EXIT_FINDINGS = 1;
/** Usage or input error (bad option, unreadable or malformed input, API rejected the input). */
export const EXIT_USAGE = 2;
/** API unreachable or server error. */
export const EXIT_API = 3;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FINDINGS | typeof EXIT_USAGE | typeof EXIT_API;
