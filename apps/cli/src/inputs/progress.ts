import type { CliIo } from '../cli-io';

/** A progress line on stderr for big inputs: only on a terminal or when asked. */
export interface Progress {
  tick(file: string): void;
  done(): void;
}

const EVERY = 5000;

export function createProgress(io: CliIo, forced: boolean): Progress {
  const enabled = forced || io.stderrIsTty;
  let count = 0;
  let shown = false;
  return {
    tick(file) {
      count += 1;
      if (!enabled || count % EVERY !== 0) return;
      shown = true;
      io.stderr(
        `${io.stderrIsTty ? '\r' : ''}read ${count} objects (${file})${io.stderrIsTty ? '' : '\n'}`,
      );
    },
    done() {
      if (shown && io.stderrIsTty) io.stderr('\n');
    },
  };
}
