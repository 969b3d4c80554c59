import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { parsePssVersion } from './parse-pss-version';
import { pssCheckJudging } from './pss-check-registry';
import type { PssCheckLevel } from './pss-types';

/** The corpus lives next to the repository clone: `<repo>/../shared/corpus`. */
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/psa');
if (!existsSync(CORPUS))
  throw new Error(
    `the Pod Security Admission corpus is missing: expected ${CORPUS} (kubernetes/pod-security-admission test/testdata, next to the checkout; see README "Tests")`,
  );

interface CorpusEntry {
  file: string;
  level: PssCheckLevel;
  version: string;
  expect: 'pass' | 'fail';
  check: string | null;
}

const EXPECTED_FIXTURES = 4537;

function loadIndex(): CorpusEntry[] {
  return JSON.parse(readFileSync(path.join(CORPUS, 'index.json'), 'utf8')) as CorpusEntry[];
}

/** Parses each distinct file content once (the corpus repeats the same pods across versions). */
function podLoader(): (file: string) => PodShape {
  const byContent = new Map<string, PodShape>();
  return (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    let pod = byContent.get(text);
    if (!pod) {
      pod = parse(text) as PodShape;
      byContent.set(text, pod);
    }
    return pod;
  };
}

/** Returns why a fixture was misjudged, or null when the verdict matches upstream. */
function judge(entry: CorpusEntry, pod: PodShape): string | null {
  const version = parsePssVersion(entry.version);
  if (!version) return `${entry.file}: unparseable version ${entry.version}`;
  const result = evaluatePodSecurity(pod, entry.level, version);
  const ids = result.violations.map((v) => v.check);
  if (entry.expect === 'pass') {
    return result.allowed && ids.length === 0
      ? null
      : `${entry.file}: expected allowed, got [${ids.join(', ')}]`;
  }
  if (result.allowed) return `${entry.file}: expected ${entry.check} violation, got allowed`;
  if (!entry.check) return `${entry.file}: fail fixture without a check`;
  // At restricted, an overridden baseline check is judged by the check that replaces it.
  const judging = pssCheckJudging(entry.check, entry.level, version);
  if (!judging || !ids.includes(judging)) {
    return `${entry.file}: expected ${entry.check} (judged by ${judging}), got [${ids.join(', ')}]`;
  }
  return null;
}

describe('Pod Security Admission corpus (kubernetes/pod-security-admission test/testdata)', () => {
  it('judges every fixture exactly as upstream at its level and version', () => {
    const entries = loadIndex();
    const load = podLoader();
    const failures: string[] = [];
    let judged = 0;
    for (const entry of entries) {
      const failure = judge(entry, load(entry.file));
      judged++;
      if (failure) failures.push(failure);
    }
    expect(judged).toBe(EXPECTED_FIXTURES);
    expect(failures).toEqual([]);
  });
});
