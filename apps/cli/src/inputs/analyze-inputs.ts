import { isKordonError, readSnapshot } from '@kordon/contracts';
import {
  createAnalyzer,
  type AnalysisResult,
  type KubeObject,
  type PssVersion,
} from '@kordon/engine';
import type { CliIo } from '../cli-io';
import { expandPaths } from './expand-paths';
import type { InputError, InputSource, InputWarning, ObjectSink } from './input-source';
import { openInput, readText } from './open-input';
import { readManifests } from './read-manifests';
import { createProgress, type Progress } from './progress';

export interface AnalyzeOptions {
  /** `undefined`: the snapshot's cluster version, else the newest implemented. */
  pssVersion: PssVersion | undefined;
  defaultNamespace: string | undefined;
  progress: boolean;
  /** `false` when only reachability is reported (see `AnalyzerOptions.securityContext`). */
  securityContext?: boolean;
  /** See `AnalyzerOptions.duplicates`: scans judge each repeat, reach keeps the first. */
  duplicates?: 'first' | 'judge-each';
}

export interface AnalyzedInputs {
  result: AnalysisResult;
  errors: InputError[];
  warnings: InputWarning[];
}

async function readSnapshotInput(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  sink: ObjectSink,
): Promise<void> {
  for await (const event of readSnapshot(bytes, { sharePodSpecs: true })) {
    if (event.type === 'header') sink.begin(event.header.cluster.kubernetesVersion);
    else if (event.type === 'object')
      sink.add(event.object as KubeObject, { file, line: event.line ?? event.index + 1 });
  }
}

async function readOne(
  source: InputSource,
  io: CliIo,
  sink: ObjectSink,
  problems: { errors: InputError[]; warnings: InputWarning[] },
): Promise<void> {
  const { errors, warnings } = problems;
  try {
    const opened = await openInput(source, io);
    if (opened.kind === 'snapshot') {
      await readSnapshotInput(opened.bytes, source.display, sink);
      return;
    }
    const read = readManifests(await readText(opened.bytes), source.display);
    errors.push(...read.errors);
    warnings.push(...read.warnings);
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
    duplicates: options.duplicates,
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
  const warnings: InputWarning[] = [];
  for (const source of sources) await readOne(source, io, sink, { errors, warnings });
  progress.done();
  return { result: analyzer.finish(), errors, warnings };
}

export function formatInputError(error: InputError): string {
  return `${error.file}${error.line === null ? '' : `:${error.line}`}: ${error.message}`;
}

function where(source: { file: string; line: number } | null): string {
  return source === null ? '(snapshot)' : `${source.file}:${source.line}`;
}

/** `kordon: warning: …` / `kordon: notice: …` lines for stderr. */
export function formatInputWarning(warning: InputWarning): string {
  return `${warning.level}: ${formatInputError(warning)}`;
}

/** The duplicate identities of an analysis as warnings naming both sources. */
export function duplicateWarnings(result: AnalysisResult): InputWarning[] {
  return result.duplicates.map((d) => ({
    file: d.second?.file ?? '(snapshot)',
    line: d.second?.line ?? null,
    level: 'warning',
    message: `${d.id} is defined again (first at ${where(d.first)})`,
  }));
}
