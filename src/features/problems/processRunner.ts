import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { RunProcesses, processKey, type ProcessEntry } from '../../core/problems/runProcesses';
import { processTable, runMarkerVariable, type ProcessTable } from './processTable';

// Runs a practice problem's tests as a child process: no shell, a time limit, a cap on what
// it may print, a cap on the memory of all its processes together, and every process it
// started killed at the end, whether it finished, timed out, printed or used too much or was
// cancelled; also those that left its process group or session (see RunProcesses). Results
// come back on a pipe at fd 3, so no path to write them to is in the solution's reach.
// No `vscode` import: unit tests run it against real processes.

export interface RunRequest {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Output (stdout and stderr together) kept; past it the run is stopped. */
  readonly outputLimitBytes: number;
  /** Resident memory of all the run's processes together; past it the run is stopped (not enforced on Windows). */
  readonly memoryLimitBytes?: number;
  readonly signal?: AbortSignal;
  /** How often the process table is read while the run lives (default 150 ms). */
  readonly pollMs?: number;
}

export interface RunOutcome {
  /** Why the run ended. */
  readonly ending: 'exited' | 'timed-out' | 'output-limit' | 'memory-limit' | 'cancelled' | 'failed-to-start';
  readonly exitCode: number | null;
  /** stdout and stderr interleaved, at most the limit (cut at a character boundary). */
  readonly output: string;
  /** Bytes the process printed, counting what was not kept. */
  readonly outputBytes: number;
  /** What the run wrote to fd 3 (the runners' results), at most resultsLimitBytes. */
  readonly results: string;
  /** The most resident memory the run's processes held together at one reading, in bytes (0 where not measured). */
  readonly peakMemoryBytes: number;
  /** How many processes the run was seen to have (0 where the table is not read). */
  readonly processesSeen: number;
  readonly durationMs: number;
  /** Set when the process could not start (e.g. ENOENT: the interpreter is missing). */
  readonly startError?: NodeJS.ErrnoException;
}

const resultsLimitBytes = 16 * 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // ESRCH: already gone.
  }
}

/**
 * Ends every process of the run. First each is stopped (SIGSTOP), pass after pass, until a
 * pass finds none new: a stopped process cannot fork, and its children keep it as their
 * parent, so a fork tree cannot outrun the sweep. Then all are killed, and the table is read
 * again until none is left (bounded).
 */
async function sweep(rootPid: number, table: ProcessTable, members: RunProcesses): Promise<void> {
  signal(-rootPid, 'SIGSTOP');
  const stopped = new Map<string, ProcessEntry>();
  for (let pass = 0; pass < 200; pass++) {
    const snapshot = await table.snapshot();
    const fresh = members.observe(snapshot.entries, snapshot.marked).filter((entry) => !stopped.has(processKey(entry)));
    if (fresh.length === 0) break;
    for (const entry of fresh) {
      signal(entry.pid, 'SIGSTOP');
      stopped.set(processKey(entry), entry);
    }
  }
  signal(-rootPid, 'SIGKILL');
  // A stopped process cannot exit, so none of these pids can have been reused meanwhile.
  for (const entry of stopped.values()) signal(entry.pid, 'SIGKILL');
  for (let pass = 0; pass < 100; pass++) {
    const snapshot = await table.snapshot();
    const left = members.observe(snapshot.entries, snapshot.marked);
    if (left.length === 0) return;
    for (const entry of left) signal(entry.pid, 'SIGKILL');
    await sleep(10);
  }
}

/** Windows: taskkill walks the tree from the first process (no shell is involved). */
function taskkill(pid: number): Promise<void> {
  return new Promise((resolve) => {
    const killer = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    killer.on('error', () => { resolve(); });
    killer.on('close', () => { resolve(); });
  });
}

export function runProcess(request: RunRequest): Promise<RunOutcome> {
  const started = performance.now();
  const empty = { output: '', outputBytes: 0, results: '', peakMemoryBytes: 0, processesSeen: 0 };
  return new Promise((resolve) => {
    if (request.signal?.aborted) {
      resolve({ ending: 'cancelled', exitCode: null, durationMs: 0, ...empty });
      return;
    }
    // Every descendant inherits the marker, even one that leaves the group or the session.
    const marker = randomUUID();
    const child = spawn(request.command, [...request.args], {
      cwd: request.cwd,
      env: { ...(request.env ?? process.env), [runMarkerVariable]: marker },
      shell: false,
      // Its own process group, so the group (grandchildren included) can be signalled at once.
      detached: process.platform !== 'win32',
      // fd 3: the results pipe. The runners move it out of the solution's way (see there).
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let kept = 0;
    let outputBytes = 0;
    const resultChunks: Buffer[] = [];
    let resultBytes = 0;
    let ending: RunOutcome['ending'] | undefined;
    let exitCode: number | null = null;
    let settled = false;
    let peakMemoryBytes = 0;

    const pid = child.pid;
    const table = pid === undefined ? undefined : processTable(marker);
    const members = pid === undefined ? undefined : new RunProcesses(pid);
    // An object, not a `let`: the loop below reads what endAll() sets meanwhile.
    const polling = { on: true };
    let wake: (() => void) | undefined;
    const pause = (ms: number): Promise<void> => new Promise((resolvePause) => {
      const pauseTimer = setTimeout(resolvePause, ms);
      wake = () => { clearTimeout(pauseTimer); resolvePause(); };
    });
    // While the run lives: learn its processes (so one that leaves the group is still known
    // at the end) and add up their memory.
    const pollLoop = (async (): Promise<void> => {
      if (!table || !members) return;
      while (polling.on) {
        const snapshot = await table.snapshot();
        const mine = members.observe(snapshot.entries, snapshot.marked);
        if (request.memoryLimitBytes !== undefined) {
          const bytes = await table.residentBytes(mine);
          peakMemoryBytes = Math.max(peakMemoryBytes, bytes);
          if (bytes > request.memoryLimitBytes) {
            stop('memory-limit');
            return;
          }
        }
        await pause(request.pollMs ?? 150);
      }
    })();

    let ended: Promise<void> | undefined;
    /** Ends every process of the run, once; later calls wait for the same. */
    const endAll = (): Promise<void> => (ended ??= (async () => {
      polling.on = false;
      wake?.();
      await pollLoop;
      if (pid === undefined) return;
      if (process.platform === 'win32') await taskkill(pid);
      else if (table && members) await sweep(pid, table, members);
    })());

    function stop(why: RunOutcome['ending']): void {
      ending ??= why;
      void endAll();
    }
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
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    (child.stdio[3] as Readable | null | undefined)?.on('data', (chunk: Buffer) => {
      if (resultBytes >= resultsLimitBytes) return;
      const part = chunk.subarray(0, resultsLimitBytes - resultBytes);
      resultChunks.push(part);
      resultBytes += part.length;
    });
    // 'close' comes once every pipe is closed, which a leftover process holding one delays
    // until the sweep has killed it.
    const closed = new Promise<void>((resolveClosed) => { child.on('close', () => { resolveClosed(); }); });

    const finish = async (startError?: NodeJS.ErrnoException): Promise<void> => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      // Whatever the tests left running (a background process of the solution) goes too.
      await endAll();
      // Let the pipes hand over what was written before the end.
      if (!startError) await Promise.race([closed, sleep(1_000)]);
      const text = Buffer.concat(chunks).toString('utf8').replace(/\uFFFD$/, '');
      resolve({
        ending: startError ? 'failed-to-start' : (ending ?? 'exited'),
        exitCode,
        output: text,
        outputBytes,
        results: Buffer.concat(resultChunks).toString('utf8'),
        peakMemoryBytes,
        processesSeen: members?.size ?? 0,
        durationMs: performance.now() - started,
        ...(startError ? { startError } : {}),
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => { void finish(error); });
    child.on('exit', (code) => {
      exitCode = code;
      void finish();
    });
  });
}
