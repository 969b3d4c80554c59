import type { KubeObject } from '@kordon/engine';

/** One input as named on the command line (`-` = stdin), or a file found under a directory. */
export interface InputSource {
  /** How reports name it: the path as given (joined for files under a directory), `-` for stdin. */
  display: string;
  /** Absolute path, or `null` for stdin. */
  path: string | null;
}

/** A problem with one input; scanning goes on with the others and exits 2 at the end. */
export interface InputError {
  file: string;
  line: number | null;
  message: string;
}

/**
 * Not an error: an object whose kind cannot be known (counted, reported with
 * file and line) or a document that is no Kubernetes object at all (a Helm
 * values.yaml, a CI workflow: `notice`). Neither changes the exit code.
 */
export interface InputWarning {
  file: string;
  line: number | null;
  message: string;
  /** `notice`: a non-Kubernetes document skipped; `warning`: something Kordon could not judge. */
  level: 'warning' | 'notice';
}

/** A Kubernetes object read from an input, with where it starts. */
export interface ReadObject {
  object: Record<string, unknown>;
  line: number;
}

/** Where read objects go: the snapshot header's cluster version first, then each object. */
export interface ObjectSink {
  begin(kubernetesVersion: string | null): void;
  add(object: KubeObject, source: { file: string; line: number }): void;
}
