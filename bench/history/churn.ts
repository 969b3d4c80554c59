import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * Writes an hourly variant of a synthetic snapshot: `collectedAt` moved `hour`
 * hours later and `share` of the Deployments (chosen by `hour`) changed — their
 * containers flip between privileged and not, in the Deployment, its ReplicaSet
 * and its pods alike; `clusterName`, when given, renames the cluster in the
 * header. Streams line by line.
 */
export async function writeChurnedSnapshot(
  source: string,
  target: string,
  hour: number,
  share: number,
  clusterName?: string,
): Promise<void> {
  const every = Math.round(1 / share);
  const changed = (app: string) => {
    const n = Number(/^app-(\d+)$/.exec(app)?.[1] ?? NaN);
    return share > 0 && Number.isFinite(n) && (n + hour * 7919) % every === 0;
  };
  const gzip = createGzip({ level: 1 });
  const done = new Promise<void>((resolve, reject) =>
    gzip.pipe(createWriteStream(target)).on('finish', resolve).on('error', reject),
  );
  const lines = createInterface({
    input: createReadStream(source).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let first = true;
  for await (const line of lines) {
    let out = line;
    if (first) {
      const header = JSON.parse(line) as { collectedAt: string; cluster: { name: string } };
      if (clusterName) header.cluster.name = clusterName;
      header.collectedAt = new Date(
        Date.parse(header.collectedAt) + hour * 3_600_000,
      ).toISOString();
      out = JSON.stringify(header);
      first = false;
    } else if (line.includes('"app":"app-')) {
      out = flip(line, changed);
    }
    if (!gzip.write(out + '\n')) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
}

interface Obj {
  kind?: string;
  metadata?: { labels?: Record<string, string> };
  spec?: { template?: { spec?: PodSpec } } & PodSpec;
}
interface PodSpec {
  containers?: { securityContext?: Record<string, unknown> }[];
}

function flip(line: string, changed: (app: string) => boolean): string {
  const o = JSON.parse(line) as Obj;
  const app = o.metadata?.labels?.['app'];
  if (!app || !changed(app)) return line;
  const spec = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
  for (const c of spec?.containers ?? []) {
    const sc = (c.securityContext ??= {});
    if (sc['privileged'] === true) delete sc['privileged'];
    else sc['privileged'] = true;
  }
  return JSON.stringify(o);
}
