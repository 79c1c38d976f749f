import { spawn } from 'node:child_process';

// Runs a practice problem's tests as a child process: no shell, a time limit, a cap on
// what it may print, and the whole process tree killed at the end, whether it finished,
// timed out, printed too much or was cancelled. No `vscode` import: unit tests run it
// against real processes.

export interface RunRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Output (stdout and stderr together) kept; past it the run is stopped. */
  readonly outputLimitBytes: number;
  readonly signal?: AbortSignal;
}

export interface RunOutcome {
  /** Why the run ended. */
  readonly ending: 'exited' | 'timed-out' | 'output-limit' | 'cancelled' | 'failed-to-start';
  readonly exitCode: number | null;
  /** stdout and stderr interleaved, at most the limit (cut at a character boundary). */
  readonly output: string;
  /** Bytes the process printed, counting what was not kept. */
  readonly outputBytes: number;
  readonly durationMs: number;
  /** Set when the process could not start (e.g. ENOENT: the interpreter is missing). */
  readonly startError?: NodeJS.ErrnoException;
}

/** Kills a process and everything it started (its process group; the tree on Windows). */
function killTree(pid: number): void {
  if (process.platform === 'win32') {
    // taskkill walks the tree; no shell is involved.
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

export function runProcess(request: RunRequest): Promise<RunOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    if (request.signal?.aborted) {
      resolve({ ending: 'cancelled', exitCode: null, output: '', outputBytes: 0, durationMs: 0 });
      return;
    }
    const child = spawn(request.command, [...request.args], {
      cwd: request.cwd,
      env: request.env ?? process.env,
      shell: false,
      // Its own process group, so the group (grandchildren included) can be killed at once.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let kept = 0;
    let outputBytes = 0;
    let ending: RunOutcome['ending'] | undefined;
    let settled = false;

    const stop = (why: RunOutcome['ending']): void => {
      ending ??= why;
      if (child.pid !== undefined) killTree(child.pid);
    };
    const timer = setTimeout(() => { stop('timed-out'); }, request.timeoutMs);
    const onAbort = (): void => { stop('cancelled'); };
    request.signal?.addEventListener('abort', onAbort, { once: true });

    const onData = (chunk: Buffer): void => {
      outputBytes += chunk.length;
      if (kept < request.outputLimitBytes) {
        const part = chunk.subarray(0, request.outputLimitBytes - kept);
        chunks.push(part);
        kept += part.length;
      }
      if (outputBytes > request.outputLimitBytes) stop('output-limit');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);

    const finish = (exitCode: number | null, startError?: NodeJS.ErrnoException): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      // Whatever the tests left running (a background process of the solution) goes too.
      if (child.pid !== undefined) killTree(child.pid);
      const text = Buffer.concat(chunks).toString('utf8').replace(/\uFFFD$/, '');
      resolve({ ending: startError ? 'failed-to-start' : (ending ?? 'exited'), exitCode, output: text, outputBytes, durationMs: performance.now() - started, ...(startError ? { startError } : {}) });
    };
    child.on('error', (error: NodeJS.ErrnoException) => { finish(null, error); });
    // 'close' waits for the pipes: a grandchild holding them open keeps it from firing until
    // it is killed, so 'exit' also ends the run (the tree is killed in finish()).
    child.on('exit', (code) => {
      // Give the pipes a moment to deliver what is already written.
      setTimeout(() => { finish(code); }, 50);
    });
    child.on('close', (code) => { finish(code); });
  });
}
