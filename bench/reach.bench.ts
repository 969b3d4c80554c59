import path from 'node:path';
import { measure, runNode, median, type Measurement } from './measure';
import type { Phases } from './phases';
import { KORDON } from './scan.bench';

/** `kordon reach FILE --summary --format json > /dev/null`. */
export function reachSummaryBench(file: string, repeat: number): Promise<Measurement> {
  return measure(
    'kordon reach --summary --format json',
    [KORDON, 'reach', file, '--summary', '--format', 'json'],
    repeat,
  );
}

/** `kordon reach FILE --from A --to B --port 8080 --format json` end to end (load included). */
export function reachQuestionBench(
  file: string,
  from: string,
  to: string,
  repeat: number,
): Promise<Measurement> {
  return measure(
    'kordon reach --from --to --port',
    [KORDON, 'reach', file, '--from', from, '--to', to, '--port', '8080', '--format', 'json'],
    repeat,
  );
}

/** In-process phase timings (load, reachability, one question), median of `repeat` runs per field. */
export async function reachPhases(file: string, repeat: number): Promise<Phases> {
  const runs: Phases[] = [];
  for (let i = 0; i < repeat; i++)
    runs.push(
      JSON.parse((await runNode([path.join(__dirname, 'phases.js'), file], true)).stdout) as Phases,
    );
  const first = runs[0];
  if (!first) throw new Error('no phase runs');
  const med = (pick: (p: Phases) => number) => median(runs.map(pick));
  return {
    ...first,
    readMs: med((p) => p.readMs),
    finishMs: med((p) => p.finishMs),
    reachTableMs: med((p) => p.reachTableMs),
    matrixMs: med((p) => p.matrixMs),
    isolationMs: med((p) => p.isolationMs),
    questionFirstMs: med((p) => p.questionFirstMs),
    questionMedianMs: med((p) => p.questionMedianMs),
  };
}
