const COLOURS: Record<string, string> = {
  api: '\u001b[36m', // cyan
  worker: '\u001b[35m', // magenta
  web: '\u001b[32m', // green
  postgres: '\u001b[34m', // blue
};
const RESET = '\u001b[0m';

/** `[api] ` — coloured only when writing to a terminal. */
export function linePrefix(name: string, colour: boolean): string {
  const label = `[${name}] `;
  const code = COLOURS[name];
  return colour && code ? `${code}${label}${RESET}` : label;
}
