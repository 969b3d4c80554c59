import { isKordonError, readSnapshot } from '@kordon/contracts';
import {
  createAnalyzer,
  type AnalysisResult,
  type KubeObject,
  type PssVersion,
} from '@kordon/engine';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { CliIo } from '../cli-io';
import { expandPaths } from './expand-paths';
import type { InputError, InputSource, ObjectSink } from './input-source';
import { openInput, readText } from './open-input';
import { readManifests } from './read-manifests';
import { WorkerLineReader } from './parallel/worker-line-reader';
import { createProgress, type Progress } from './progress';

export interface AnalyzeOptions {
  /** `undefined`: the snapshot's cluster version, else the newest implemented. */
  pssVersion: PssVersion | undefined;
  defaultNamespace: string | undefined;
  progress: boolean;
  /** `false` when only reachability is reported (see `AnalyzerOptions.securityContext`). */
  securityContext?: boolean;
  /** Reader threads for large snapshot files (see `defaultReaderThreads`); 0 reads on the main thread. */
  threads: number;
}

/** Snapshot files from this size on are read on worker threads (starting them costs ~50 ms). */
const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

/**
 * How many reader threads to use when `--threads` is not given: one per core
 * beyond the main thread's, at least one on a multi-core machine, at most 4.
 */
export function defaultReaderThreads(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(4, Math.max(1, cores - 1));
}

export interface AnalyzedInputs {
  result: AnalysisResult;
  errors: InputError[];
}

async function readSnapshotInput(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  sink: ObjectSink,
  threads: number,
): Promise<void> {
  const lineReader = threads > 0 ? new WorkerLineReader(threads) : undefined;
  try {
    for await (const event of readSnapshot(bytes, { sharePodSpecs: true, lineReader })) {
      if (event.type === 'header') sink.begin(event.header.cluster.kubernetesVersion);
      else if (event.type === 'object')
        sink.add(event.object as KubeObject, { file, line: event.line ?? event.index + 1 });
    }
  } finally {
    await lineReader?.close();
  }
}

async function isLarge(source: InputSource): Promise<boolean> {
  if (source.path === null) return false;
  try {
    return (await stat(source.path)).size >= PARALLEL_FROM_BYTES;
  } catch {
    return false;
  }
}

async function readOne(
  source: InputSource,
  io: CliIo,
  sink: ObjectSink,
  errors: InputError[],
  threads: number,
): Promise<void> {
  try {
    const opened = await openInput(source, io);
    if (opened.kind === 'snapshot') {
      const readers = threads > 0 && (await isLarge(source)) ? threads : 0;
      await readSnapshotInput(opened.bytes, source.display, sink, readers);
      return;
    }
    const read = readManifests(await readText(opened.bytes), source.display);
    errors.push(...read.errors);
    for (const { object, line } of read.objects)
      sink.add(object as KubeObject, { file: source.display, line });
  } catch (error) {
    errors.push(toInputError(error, source.display));
  }
}

function toInputError(error: unknown, file: string): InputError {
  if (isKordonError(error)) {
    const lineMatch = /line (\d+)/.exec(error.message);
    return {
      file,
      line: lineMatch?.[1] ? Number(lineMatch[1]) : null,
      message: `${error.code}: ${error.message}`,
    };
  }
  const code = (error as { code?: string }).code;
  if (code === 'EISDIR') return { file, line: null, message: 'is a directory' };
  return { file, line: null, message: error instanceof Error ? error.message : String(error) };
}

/** Reads every input into one analysis; bad inputs are reported and skipped, never fatal. */
export async function analyzeInputs(
  paths: readonly string[],
  options: AnalyzeOptions,
  io: CliIo,
): Promise<AnalyzedInputs> {
  const analyzer = createAnalyzer({
    pssVersion: options.pssVersion,
    defaultNamespace: options.defaultNamespace,
    securityContext: options.securityContext,
  });
  const { sources, errors } = await expandPaths(paths, io.cwd);
  const progress: Progress = createProgress(io, options.progress);
  const sink: ObjectSink = {
    begin: (kubernetesVersion) => analyzer.begin({ kubernetesVersion }),
    add: (object, source) => {
      analyzer.add(object, source);
      progress.tick(source.file);
    },
  };
  for (const source of sources) await readOne(source, io, sink, errors, options.threads);
  progress.done();
  return { result: analyzer.finish(), errors };
}

export function formatInputError(error: InputError): string {
  return `${error.file}${error.line === null ? '' : `:${error.line}`}: ${error.message}`;
}
