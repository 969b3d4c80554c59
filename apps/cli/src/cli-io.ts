import type { CliEnv } from './cli-env';

/** Everything a command touches outside its arguments, so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as bytes (`-` as an input path). */
  stdin: () => AsyncIterable<Uint8Array>;
  /** True when stderr is a terminal (progress lines). */
  stderrIsTty: boolean;
  env: CliEnv;
  cwd: string;
  now: () => Date;
  /** Pause between polls; tests make it instant. */
  sleep: (ms: number) => Promise<void>;
}
