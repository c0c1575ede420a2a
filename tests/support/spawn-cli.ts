import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../../src/config/project-root';

export interface SpawnedCli {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the first stdout line matching `pattern` (rejects on exit or timeout). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs the `isnad` CLI from source as a separate process, as a user would. Node loads tsx as a
 * hook (not the tsx wrapper binary) so that the child's pid is the CLI itself: signals sent to it
 * reach the CLI, not a wrapper.
 */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): SpawnedCli {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot(), 'src', 'cli', 'main.ts'), ...args],
    {
      cwd: projectRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return track(child);
}

/** Collects a child's output lines and exit code. */
function track(child: ChildProcess): SpawnedCli {
  const stdout: string[] = [];
  const stderr: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  readline.createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitForLine = (pattern: RegExp, timeoutMs = 180_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const line = stdout.find((l) => pattern.test(l));
        if (line !== undefined) {
          clearInterval(poll);
          resolve(line);
        } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(poll);
          reject(new Error(`no line matching ${pattern}; stderr: ${stderr.slice(-5).join('\n')}`));
        }
      }, 100);
    });
  return { child, stdout, stderr, waitForLine, exited };
}

/**
 * Runs the CLI as `spawnCli` does, but inside a pseudo-terminal (util-linux `script`), so that its
 * stdout and stderr are a TTY, as in a person's terminal. Both reach `stdout`, with the terminal's
 * carriage returns and escape sequences.
 */
export function spawnCliInTerminal(args: string[], env: NodeJS.ProcessEnv): SpawnedCli {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = [
    process.execPath,
    '--import',
    'tsx',
    path.join(projectRoot(), 'src', 'cli', 'main.ts'),
    ...args,
  ]
    .map(quote)
    .join(' ');
  return track(
    spawn('script', ['-qec', command, '/dev/null'], {
      cwd: projectRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

/** The pid of the launcher JVM, from the structured "local Neo4j is ready" log line. */
export function launcherPid(stderr: string[]): number {
  const [first] = launcherPids(stderr);
  if (first === undefined) throw new Error(`no ready log line in stderr:\n${stderr.join('\n')}`);
  return first;
}

/** The pids of every launcher JVM started so far (a restarted Neo4j logs a new ready line). */
export function launcherPids(stderr: string[]): number[] {
  return stderr
    .filter((line) => line.includes('local Neo4j is ready'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);
}
