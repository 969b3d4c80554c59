import { statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { kubeconfigFor, ndjsonFileStore, startKubeApiServer } from '@kordon/testing';
import { measure, type Measurement } from './measure';
import { KORDON, parseBaseline } from './scan.bench';

export interface CollectResult {
  pods: number;
  collect: Measurement;
  requests: number;
  outputBytes: number;
  /** 1-minute load average before and after: the machine is shared. */
  load: [number, number];
}

/**
 * `kordon collect` (the built CLI, a child process) against the test Kubernetes
 * API server (in this process, HTTPS) serving the synthetic cluster's objects
 * from `file`, 500 a page. The server reads each page's lines from disk, so it
 * stays small; it shares the machine's cores with the collector.
 */
export async function collectBench(
  file: string,
  pods: number,
  out: string,
  repeat: number,
): Promise<CollectResult> {
  const store = await ndjsonFileStore(file);
  const token = 'bench-token';
  const server = await startKubeApiServer({ store, token });
  const kubeconfig = path.join(out, 'bench.kubeconfig');
  const output = path.join(out, `collected-${pods}.ndjson.gz`);
  writeFileSync(kubeconfig, kubeconfigFor(server, token));
  const before = loadavg()[0] ?? 0;
  try {
    const args = [
      KORDON,
      'collect',
      '--kubeconfig',
      kubeconfig,
      '--chunk-size',
      '500',
      '-o',
      output,
    ];
    const collect = await measure('kordon collect --chunk-size 500 -o FILE', args, repeat);
    return {
      pods,
      collect,
      requests: server.requests.length / repeat,
      outputBytes: statSync(output).size,
      load: [before, loadavg()[0] ?? 0],
    };
  } finally {
    await server.close();
  }
}

export interface ReadingResult {
  shape: string;
  pods: number;
  bytes: number;
  parse: Measurement;
  cli: Measurement;
  intake: Measurement;
}

/** The reading path (`readSnapshot`, as scan/reach/worker and as the intake read) against the plain parse. */
export async function readingBench(
  file: string,
  shape: string,
  pods: number,
  repeat: number,
): Promise<ReadingResult> {
  const child = path.join(__dirname, 'read-snapshot-child.js');
  return {
    shape,
    pods,
    bytes: statSync(file).size,
    parse: await parseBaseline(file, repeat),
    cli: await measure(
      'readSnapshot, shared pod specs (scan, reach, worker)',
      [child, file, 'cli'],
      repeat,
    ),
    intake: await measure('readSnapshot, last 64 owners (intake)', [child, file, 'intake'], repeat),
  };
}
