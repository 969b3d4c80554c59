/**
 * Run as a child by the benchmark (`node dist/bench/phases.js FILE`): loads a
 * snapshot in-process and times each phase of `kordon reach`, so the report can
 * say what dominates and how long one question takes on a loaded snapshot.
 * Prints one JSON object (`Phases`) on stdout.
 */
import { createReadStream } from 'node:fs';
import { readSnapshot } from '@kordon/contracts';
import {
  createAnalyzer,
  explainConnection,
  namespaceMatrixFromTable,
  namespaceReachTable,
  workloadIsolation,
  type AnalysisResult,
  type KubeObject,
} from '@kordon/engine';

export interface Phases {
  readMs: number;
  finishMs: number;
  reachTableMs: number;
  matrixMs: number;
  isolationMs: number;
  questionFirstMs: number;
  questionMedianMs: number;
  question: { from: string; to: string; port: number; allowed: boolean };
  counts: {
    objects: number;
    workloads: number;
    classes: number;
    namespaces: number;
    blocks: number;
    findings: number;
    findingsByCheck: Record<string, number>;
  };
}

async function load(
  file: string,
): Promise<{ result: AnalysisResult; readMs: number; finishMs: number }> {
  const analyzer = createAnalyzer();
  let t = performance.now();
  for await (const event of readSnapshot(createReadStream(file), {
    sharePodSpecs: true,
  })) {
    if (event.type === 'header')
      analyzer.begin({ kubernetesVersion: event.header.cluster.kubernetesVersion });
    else if (event.type === 'object') analyzer.add(event.object as KubeObject);
  }
  const readMs = performance.now() - t;
  t = performance.now();
  const result = analyzer.finish();
  return { result, readMs, finishMs: performance.now() - t };
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

function byCheck(result: AnalysisResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of result.findings) out[f.checkId] = (out[f.checkId] ?? 0) + 1;
  return out;
}

async function main(file: string): Promise<Phases> {
  const { result, readMs, finishMs } = await load(file);
  const model = result.network.model;
  const [table, reachTableMs] = timed(() => namespaceReachTable(model));
  const [matrix, matrixMs] = timed(() => namespaceMatrixFromTable(table));
  const [, isolationMs] = timed(() => workloadIsolation(model));
  const ids = [...model.classOfWorkload.keys()].sort();
  const from = ids[Math.floor(ids.length / 3)] ?? '';
  const to = ids[Math.floor((ids.length * 2) / 3)] ?? '';
  const [answer, questionFirstMs] = timed(() => explainConnection(model, from, to, { port: 8080 }));
  const repeats = Array.from(
    { length: 21 },
    () => timed(() => explainConnection(model, from, to, { port: 8080 }))[1],
  ).sort((a, b) => a - b);
  return {
    readMs,
    finishMs,
    reachTableMs,
    matrixMs,
    isolationMs,
    questionFirstMs,
    questionMedianMs: repeats[10] ?? 0,
    question: { from, to, port: 8080, allowed: answer.allowed },
    counts: {
      objects: result.objects,
      workloads: result.workloads.length,
      classes: model.classes.length,
      namespaces: table.namespaces.length,
      blocks: matrix.blocks.length,
      findings: result.findings.length,
      findingsByCheck: byCheck(result),
    },
  };
}

const file = process.argv[2];
if (!file) throw new Error('usage: node dist/bench/phases.js SNAPSHOT');
main(file).then((phases) => process.stdout.write(JSON.stringify(phases) + '\n'));
