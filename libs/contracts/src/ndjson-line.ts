import { isKordonError, KordonError } from './kordon-error';
import type { ErrorDetail } from './api-error';
import type { ErrorCode } from './error-codes';
import { decodeUtf8, parseJsonText } from './json-bytes';
import type { SharedPodSpecs } from './shared-pod-specs';
import { SNAPSHOT_END_KIND } from './snapshot-end';
import type { SnapshotObject } from './snapshot-object';
import { isRecord } from './structural-checks';
import { assertSnapshotObject } from './validate-snapshot-object';

/** What one NDJSON line after the header holds; problems are data until the reader, in line order, throws them. */
export type NdjsonLine =
  | { type: 'blank' }
  | { type: 'object'; object: SnapshotObject }
  | { type: 'end'; value: unknown }
  | { type: 'header' }
  | { type: 'invalid'; code: ErrorCode; message: string; details: ErrorDetail[] };

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}

/** An error as line data (`KordonError`s only; anything else is a bug and is thrown). */
function invalidLine(error: unknown): NdjsonLine {
  if (!isKordonError(error)) throw error;
  return { type: 'invalid', code: error.code, message: error.message, details: error.details };
}

/**
 * Reads line `line` (1-based) of an NDJSON snapshot body: blank, an object
 * (decoded, parsed and structurally validated), the end line, or a second
 * header. Never throws for bad input: problems come back as `invalid`.
 * `shared`: read pods with shared specs (see `SharedPodSpecs`).
 */
export function readNdjsonLine(
  bytes: Uint8Array,
  line: number,
  shared: SharedPodSpecs | null,
): NdjsonLine {
  if (isBlank(bytes)) return { type: 'blank' };
  const where = `line ${line}`;
  try {
    const text = decodeUtf8(bytes, where);
    const value = shared?.parse(text) ?? parseJsonText(text, where);
    if (isRecord(value) && value.kind === SNAPSHOT_END_KIND) return { type: 'end', value };
    if (isRecord(value) && value.kind === 'ClusterSnapshot') return { type: 'header' };
    assertSnapshotObject(value, where);
    return { type: 'object', object: value };
  } catch (error) {
    return invalidLine(error);
  }
}

/** The error an `invalid` line stands for. */
export function lineError(line: Extract<NdjsonLine, { type: 'invalid' }>): KordonError {
  return new KordonError(line.code, line.message, line.details);
}
