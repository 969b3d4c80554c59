import { createReadStream } from 'node:fs';
import { gunzipIfNeeded } from '@kordon/contracts';
import type { CliIo } from '../cli-io';
import type { InputSource } from './input-source';

const SNIFF_BYTES = 64 * 1024;
const SNAPSHOT_KIND = /"kind"\s*:\s*"ClusterSnapshot"/;

/** An input's decompressed bytes, and whether they are a Kordon snapshot (streamed) or manifests. */
export interface OpenedInput {
  kind: 'snapshot' | 'manifests';
  bytes: AsyncIterable<Uint8Array>;
}

async function* prepend(
  head: Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield next.value;
  }
}

function looksLikeSnapshot(head: string, display: string): boolean {
  const text = head.trimStart();
  if (!text.startsWith('{')) return false;
  if (/\.ndjson(\.gz)?$/i.test(display)) return true;
  return SNAPSHOT_KIND.test(text.slice(0, SNIFF_BYTES));
}

/** Opens a file or stdin, inflates gzip, and sniffs the first bytes to tell snapshots from manifests. */
export async function openInput(source: InputSource, io: CliIo): Promise<OpenedInput> {
  const raw: AsyncIterable<Uint8Array> =
    source.path === null ? io.stdin() : createReadStream(source.path);
  const iterator = gunzipIfNeeded(raw)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    size += next.value.length;
  }
  const text = Buffer.concat(head).toString('utf8');
  const kind = looksLikeSnapshot(text, source.display) ? 'snapshot' : 'manifests';
  return { kind, bytes: prepend(head, iterator) };
}

/** Collects a manifest input's bytes as text (manifests are small; snapshots never come here). */
export async function readText(bytes: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
