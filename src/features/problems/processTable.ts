import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { environmentHas, isZombieStat, parseProcStat, parsePsTable, parseStatusRss, processKey, type ProcessEntry } from '../../core/problems/runProcesses';

// Reads the system's process table for a run's containment (processRunner.ts): Linux from
// /proc, macOS (and other Unixes) from `ps`. Windows has none here: taskkill /T does the
// killing there. No `vscode` import.

/** The environment variable every process of a run inherits, set to the run's own marker. */
export const runMarkerVariable = 'LOOP_PREP_RUN';

export interface TableSnapshot {
  /** The live processes (zombies left out: they cannot be killed and hold nothing). */
  readonly entries: readonly ProcessEntry[];
  /** Keys (processKey) of the processes whose environment carries the run's marker. */
  readonly marked: ReadonlySet<string>;
}

export interface ProcessTable {
  snapshot(): Promise<TableSnapshot>;
  /** The resident memory of these processes together, in bytes. */
  residentBytes(entries: readonly ProcessEntry[]): Promise<number>;
}

/** The process table of this platform, or undefined where there is none to read (Windows). */
export function processTable(marker: string): ProcessTable | undefined {
  if (process.platform === 'linux') return new ProcTable(marker);
  if (process.platform === 'win32') return undefined;
  return new PsTable();
}

const readOrUndefined = (file: string): Promise<string | undefined> => fs.readFile(file, 'latin1').catch(() => undefined);

/** Linux: /proc/<pid>/stat for the tree, /proc/<pid>/environ for the marker, /proc/<pid>/status for memory. */
class ProcTable implements ProcessTable {
  /** Whether each process seen carries the marker: its environment is read once, when it is first seen. */
  private readonly checked = new Map<string, boolean>();

  constructor(private readonly marker: string) {}

  async snapshot(): Promise<TableSnapshot> {
    const names = (await fs.readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
    const stats = await Promise.all(names.map((name) => readOrUndefined(`/proc/${name}/stat`)));
    const entries: ProcessEntry[] = [];
    for (const text of stats) {
      const entry = text === undefined || isZombieStat(text) ? undefined : parseProcStat(text);
      if (entry) entries.push(entry);
    }
    const marked = new Set<string>();
    const present = new Set<string>();
    await Promise.all(entries.map(async (entry) => {
      const key = processKey(entry);
      present.add(key);
      let carries = this.checked.get(key);
      if (carries === undefined) {
        // Another user's process cannot be read, and is not the run's.
        const environ = await readOrUndefined(`/proc/${entry.pid}/environ`);
        carries = environ !== undefined && environmentHas(environ, runMarkerVariable, this.marker);
        this.checked.set(key, carries);
      }
      if (carries) marked.add(key);
    }));
    for (const key of this.checked.keys()) if (!present.has(key)) this.checked.delete(key);
    return { entries, marked };
  }

  async residentBytes(entries: readonly ProcessEntry[]): Promise<number> {
    const sizes = await Promise.all(entries.map(async (entry) => parseStatusRss((await readOrUndefined(`/proc/${entry.pid}/status`)) ?? '') ?? 0));
    return sizes.reduce((sum, size) => sum + size, 0);
  }
}

/** macOS and other Unixes: `ps`. No environment is read there, so the marker finds nothing. */
class PsTable implements ProcessTable {
  private readonly rss = new Map<string, number>();

  snapshot(): Promise<TableSnapshot> {
    return new Promise((resolve) => {
      execFile('ps', ['-axo', 'pid=,ppid=,pgid=,rss=,lstart='], { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) => {
        const rows = error ? [] : parsePsTable(stdout);
        this.rss.clear();
        for (const row of rows) this.rss.set(processKey(row), row.rssBytes);
        resolve({ entries: rows, marked: new Set() });
      });
    });
  }

  residentBytes(entries: readonly ProcessEntry[]): Promise<number> {
    return Promise.resolve(entries.reduce((sum, entry) => sum + (this.rss.get(processKey(entry)) ?? 0), 0));
  }
}
