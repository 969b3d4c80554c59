import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

type Json = Record<string, unknown>;

/** What the test API server serves: each kind's objects in list order. */
export interface KubeObjectStore {
  /** Objects of `kind` (in `namespace` when given) from `start` to `end` (exclusive), and the total. */
  page(
    kind: string,
    start: number,
    end: number,
    namespace?: string,
  ): { items: Json[]; total: number };
  /** One object by namespace and name, or null. */
  get(kind: string, namespace: string, name: string): Json | null;
}

function metaOf(object: Json): { name?: unknown; namespace?: unknown } {
  const meta = object.metadata;
  return typeof meta === 'object' && meta !== null ? (meta as Json) : {};
}

/** A store over objects in memory (tests): each object must carry its `kind`. */
export function memoryStore(objects: readonly Json[]): KubeObjectStore {
  const byKind = new Map<string, Json[]>();
  for (const o of objects) {
    const kind = String(o.kind);
    const list = byKind.get(kind) ?? [];
    list.push(o);
    byKind.set(kind, list);
  }
  const listOf = (kind: string, namespace?: string): Json[] => {
    const all = byKind.get(kind) ?? [];
    return namespace === undefined ? all : all.filter((o) => metaOf(o).namespace === namespace);
  };
  return {
    page(kind, start, end, namespace) {
      const list = listOf(kind, namespace);
      return { items: list.slice(start, end).map((o) => structuredClone(o)), total: list.length };
    },
    get(kind, namespace, name) {
      const found = listOf(kind).find(
        (o) => metaOf(o).name === name && (metaOf(o).namespace ?? '') === namespace,
      );
      return found ? structuredClone(found) : null;
    },
  };
}

const KIND = /"kind"\s*:\s*"([A-Za-z]+)"/;

/** Offsets and lengths of one kind's lines, growing without copying every push. */
class LineIndex {
  offsets: number[] = [];
  lengths: number[] = [];
}

/**
 * A store over an NDJSON snapshot file (the 150,000-pod benchmark cluster):
 * only each line's offset is kept, lines are read back per page, so the
 * server's memory does not grow with the cluster. A `.gz` file is inflated
 * once next to itself.
 */
export async function ndjsonFileStore(file: string): Promise<KubeObjectStore> {
  const plain = file.endsWith('.gz') ? file.slice(0, -'.gz'.length) : file;
  if (plain !== file && (!existsSync(plain) || statSync(plain).mtimeMs < statSync(file).mtimeMs))
    await pipeline(createReadStream(file), createGunzip(), createWriteStream(plain));
  const index = new Map<string, LineIndex>();
  let carry = '';
  let carryStart = 0;
  for await (const chunk of createReadStream(plain, { highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as Buffer).toString('latin1');
    let from = 0;
    let start = carryStart;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl === -1) break;
      const kind = KIND.exec(text.slice(from, Math.min(nl, from + 400)))?.[1];
      if (kind && kind !== 'ClusterSnapshot' && kind !== 'ClusterSnapshotEnd') {
        const lines = index.get(kind) ?? new LineIndex();
        lines.offsets.push(start);
        lines.lengths.push(nl - from);
        index.set(kind, lines);
      }
      start += nl - from + 1;
      from = nl + 1;
    }
    carry = text.slice(from);
    carryStart = start;
  }
  const fd = openSync(plain, 'r');
  const read = (kind: string, i: number): Json => {
    const lines = index.get(kind) as LineIndex;
    const buffer = Buffer.alloc(lines.lengths[i] as number);
    readSync(fd, buffer, 0, buffer.length, lines.offsets[i] as number);
    return JSON.parse(buffer.toString('utf8')) as Json;
  };
  process.once('exit', () => closeSync(fd));
  return {
    page(kind, start, end) {
      const lines = index.get(kind);
      const total = lines?.offsets.length ?? 0;
      const items: Json[] = [];
      for (let i = start; i < Math.min(end, total); i += 1) items.push(read(kind, i));
      return { items, total };
    },
    get(kind, namespace, name) {
      const lines = index.get(kind);
      for (let i = 0; i < (lines?.offsets.length ?? 0); i += 1) {
        const o = read(kind, i);
        if (metaOf(o).name === name && metaOf(o).namespace === namespace) return o;
      }
      return null;
    },
  };
}
