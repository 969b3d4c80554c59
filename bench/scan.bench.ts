import path from 'node:path';
import { measure, type Measurement } from './measure';

const ROOT = path.resolve(__dirname, '..', '..');
export const KORDON = path.join(ROOT, 'apps', 'cli', 'bin', 'kordon.js');

/** The floor: gunzip + split + JSON.parse per line. */
export function parseBaseline(file: string, repeat: number): Promise<Measurement> {
  return measure('parse baseline', [path.join(__dirname, 'parse-baseline.js'), file], repeat);
}

/** `kordon scan FILE --format json > /dev/null`. */
export function scanBench(file: string, repeat: number): Promise<Measurement> {
  return measure('kordon scan --format json', [KORDON, 'scan', file, '--format', 'json'], repeat);
}
