/**
 * The reading path shared by scan, reach, the intake and the worker: gunzip,
 * `readSnapshot` (validation of every object) with shared pod specs as given,
 * nothing else. Run as a child: `node dist/bench/read-snapshot-child.js FILE cli|intake`.
 */
import { createReadStream } from 'node:fs';
import { readSnapshot } from '@kordon/contracts';

async function readAll(file: string, mode: string): Promise<number> {
  const sharePodSpecs = mode === 'intake' ? { recentOwners: 64 } : true;
  let objects = 0;
  for await (const event of readSnapshot(createReadStream(file), { sharePodSpecs }))
    if (event.type === 'object') objects += 1;
  return objects;
}

const [file, mode = 'cli'] = process.argv.slice(2);
if (!file) throw new Error('usage: node dist/bench/read-snapshot-child.js SNAPSHOT [cli|intake]');
readAll(file, mode).then((n) => process.stdout.write(`${n}\n`));
