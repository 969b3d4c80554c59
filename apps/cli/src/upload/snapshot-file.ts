import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { readSnapshot } from '@kordon/contracts';

/** What `upload` needs to know about a file before sending it. */
export interface SnapshotFileInfo {
  gzip: boolean;
  contentType: 'application/x-ndjson' | 'application/json';
}

/** Gzip by its magic bytes; JSON (items document or List) by its name, else NDJSON. */
export async function inspectSnapshotFile(file: string): Promise<SnapshotFileInfo> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    const gzip = bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    const contentType = /\.json(\.gz)?$/i.test(file) ? 'application/json' : 'application/x-ndjson';
    return { gzip, contentType };
  } finally {
    await handle.close();
  }
}

/** The cluster name in the snapshot's header, reading no further than the header. */
export async function clusterNameOf(file: string): Promise<string | null> {
  const stream = createReadStream(file);
  try {
    for await (const event of readSnapshot(stream)) {
      if (event.type === 'header') return event.header.cluster.name;
      return null;
    }
    return null;
  } finally {
    stream.destroy();
  }
}
