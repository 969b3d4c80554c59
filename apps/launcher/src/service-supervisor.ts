import { spawn, type ChildProcess } from 'node:child_process';
import type { ServiceSpec } from './kordon-services';
import { LauncherError } from './launcher-error';
import { isBootstrapNoise } from './bootstrap-noise';
import { linePrefix } from './line-prefix';
import { forwardLines, spawnFailure, terminate, trackChild } from './run-process';

/**
 * Runs the services as child processes, their output line-prefixed (`[api] …`),
 * without Nest's bootstrap noise (bootstrap-noise.ts).
 * The first child that exits on its own resolves `failure`; `stopAll` stops the
 * rest (SIGTERM, then SIGKILL after the grace period) without counting as one.
 */
export class ServiceSupervisor {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;
  private reportFailure: (error: LauncherError) => void = () => undefined;
  readonly failure: Promise<LauncherError> = new Promise((resolve) => {
    this.reportFailure = resolve;
  });

  constructor(
    private readonly cwd: string,
    private readonly log: (line: string) => void,
    private readonly colour: boolean,
  ) {}

  start(spec: ServiceSpec): void {
    const child = spawn(spec.command, spec.args, {
      cwd: this.cwd,
      env: spec.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child, 'SIGKILL');
    this.children.set(spec.name, child);
    const prefix = linePrefix(spec.name, this.colour);
    forwardLines(child, (line) => {
      if (!isBootstrapNoise(line)) this.log(prefix + line);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined)
        this.fail(spawnFailure(`the ${spec.name} (${spec.command})`, error));
    });
    child.once('exit', (code, signal) => {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.fail(
        new LauncherError(
          `The ${spec.name} ${how} unexpectedly, so Kordon stops. See the [${spec.name}] lines above.`,
        ),
      );
    });
  }

  /** The services started so far, by name and pid. */
  pids(): { name: string; pid: number }[] {
    return [...this.children].flatMap(([name, child]) =>
      child.pid === undefined ? [] : [{ name, pid: child.pid }],
    );
  }

  private fail(error: LauncherError): void {
    if (!this.stopping) this.reportFailure(error);
  }

  async stopAll(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map((child) => terminate(child, 'SIGTERM', graceMs)),
    );
  }
}
