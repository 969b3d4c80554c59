import { KordonError } from './kordon-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_REASON = 160;

export function concatBytes(parts: readonly Uint8Array[], last?: Uint8Array): Uint8Array {
  const all = last === undefined ? parts : [...parts, last];
  return Buffer.concat(all);
}

/** Decodes complete UTF-8; `where` names the line or item in the error. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new KordonError('invalid_snapshot', `${where}: not valid UTF-8`, [
      { path: where, problem: 'not valid UTF-8' },
    ]);
  }
}

/** One JSON.parse; a failure names where it happened and the parser's reason. */
export function parseJsonText(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const short = reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
    const problem = `not valid JSON (${short})`;
    throw new KordonError('invalid_snapshot', `${where}: ${problem}`, [{ path: where, problem }]);
  }
}
