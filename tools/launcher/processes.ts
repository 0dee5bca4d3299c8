/**
 * The launcher's children. Each runs in its own process group, so stopping the shop stops
 * everything a child started too (Next's workers, npm wrappers) and leaves no orphans. None of
 * them sends Next's telemetry: its detached flush processes would outlive the shop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pipeLines } from './log';

export interface SpawnOptions {
  cwd: string;
  env?: Record<string, string>;
  onLine?: (line: string) => void;
}

/** What every child's environment gets on top of the launcher's own. */
export const childEnv = { NEXT_TELEMETRY_DISABLED: '1' } as const;

export class ProcessGroup {
  private readonly children = new Set<ChildProcess>();

  spawn(source: string, command: string, args: string[], options: SpawnOptions): ChildProcess {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, ...childEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    pipeLines(source, child.stdout, options.onLine);
    pipeLines(source, child.stderr, options.onLine);
    return child;
  }

  /** Runs a command to completion; rejects with its exit code when it fails. */
  run(source: string, command: string, args: string[], options: SpawnOptions): Promise<void> {
    const child = this.spawn(source, command, args, options);
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`${source}: \`${[command, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`})`)),
      );
    });
  }

  /** Asks every child to stop (SIGTERM to its group), and kills what is still running after the grace period. */
  async stopAll(graceMs = 10_000): Promise<void> {
    const running = [...this.children];
    await Promise.all(running.map((child) => stop(child, graceMs)));
  }

  /** Stops the given children first (apps before their databases). */
  async stop(children: ChildProcess[], graceMs = 10_000): Promise<void> {
    await Promise.all(children.filter((c) => this.children.has(c)).map((child) => stop(child, graceMs)));
  }
}

function stop(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
