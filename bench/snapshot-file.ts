import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import {
  GENERATOR_VERSION,
  syntheticSnapshotLines,
  type SyntheticOptions,
} from './synthetic-cluster';

/** 150,000 pods at `SCALE_150K`; `scale` 0.1 gives 15,000 (a tenth of namespaces and deployments). */
export function scaled(base: SyntheticOptions, scale: number): SyntheticOptions {
  return {
    ...base,
    namespaces: Math.round(base.namespaces * scale),
    deployments: Math.round(base.deployments * scale),
  };
}

type LineSource = (options: SyntheticOptions) => Iterable<string>;

async function writeGzip(
  file: string,
  options: SyntheticOptions,
  lines: LineSource,
): Promise<void> {
  const gzip = createGzip();
  const done = new Promise<void>((resolve, reject) =>
    gzip.pipe(createWriteStream(file)).on('finish', resolve).on('error', reject),
  );
  let batch: string[] = [];
  for (const line of lines(options)) {
    batch.push(line);
    if (batch.length < 1000) continue;
    if (!gzip.write(batch.join('\n') + '\n')) await new Promise((r) => gzip.once('drain', r));
    batch = [];
  }
  gzip.end(batch.length > 0 ? batch.join('\n') + '\n' : '');
  await done;
}

/** The gzipped NDJSON snapshot under `dir`, generated once per options (seed included) and generator version, and cached. */
export async function snapshotFile(
  dir: string,
  name: string,
  options: SyntheticOptions,
  lines: LineSource = syntheticSnapshotLines,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.ndjson.gz`);
  const stamp = path.join(dir, `${name}.options.json`);
  const wanted = JSON.stringify({ generator: GENERATOR_VERSION, ...options });
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return file;
  await writeGzip(file, options, lines);
  writeFileSync(stamp, wanted);
  return file;
}
