import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync, type Gzip } from 'node:zlib';

/**
 * Where collected objects go while listing: a gzip (or plain) file of object
 * lines. The header comes first in a snapshot but its `coverage` is known only
 * at the end, so `finish` writes the header as a member of its own and appends
 * the spooled bytes unchanged (concatenated gzip members are one gzip stream).
 * Memory stays at one page whatever the cluster's size.
 */
export class SnapshotSpool {
  private readonly file: WriteStream;
  private readonly gzip: Gzip | null;
  private readonly done: Promise<void>;
  /** Uncompressed bytes of object lines written. */
  bytes = 0;
  objects = 0;

  constructor(
    private readonly spoolPath: string,
    readonly compress: boolean,
  ) {
    this.file = createWriteStream(spoolPath);
    this.gzip = compress ? createGzip({ level: 6 }) : null;
    this.done = this.gzip
      ? pipeline(this.gzip, this.file)
      : once(this.file, 'open').then(() => undefined);
  }

  async write(line: string): Promise<void> {
    this.bytes += Buffer.byteLength(line);
    this.objects += 1;
    const target = this.gzip ?? this.file;
    if (!target.write(line)) await once(target, 'drain');
  }

  /** Ends the object lines with `endLine`, then writes `header` + objects to `output` (renamed into place). */
  async finish(headerLine: string, endLine: string, output: string): Promise<void> {
    const target = this.gzip ?? this.file;
    target.end(endLine);
    await this.done;
    if (!this.gzip) await once(this.file, 'close').catch(() => undefined);
    const partial = `${output}.partial`;
    const out = createWriteStream(partial);
    out.write(this.compress ? gzipSync(headerLine) : headerLine);
    await pipeline(createReadStream(this.spoolPath), out);
    await rm(this.spoolPath, { force: true });
    await rename(partial, output);
  }

  /** Removes the spool after a failure. */
  async discard(): Promise<void> {
    this.done.catch(() => undefined);
    (this.gzip ?? this.file).destroy();
    this.file.destroy();
    await rm(this.spoolPath, { force: true });
  }
}
