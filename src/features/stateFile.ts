import fs from 'node:fs';
import path from 'node:path';

/**
 * A small JSON file of key → value that survives a crash: each change is written to a
 * temporary file, flushed to disk and renamed over the old one, so the file always holds
 * either the old or the new state, whole.
 *
 * Why not `globalState`/`workspaceState`: VS Code keeps those in the window's storage and
 * writes them to disk later (desktop: a SQLite file flushed about once a minute; the
 * browser, as in code-server: IndexedDB of that browser profile). A crash right after
 * interview mode changed the user's settings could lose the record of their previous
 * values, and the settings would stay changed for good. This file lives in the extension's
 * global storage on the extension host, never in the synced data directory: settings and
 * the running timer belong to this machine.
 */
export class StateFile {
  /** The last state read or written, for when the file cannot be read. */
  private values: Record<string, unknown> = {};
  private writing: Promise<void> = Promise.resolve();
  /** Writes of ours not on disk yet: until they are, our own copy is the newer one. */
  private pending = 0;
  private reported = false;
  /** Whether the temporary files of dead processes were looked for (once per instance). */
  private swept = false;

  constructor(
    readonly file: string,
    private readonly onProblem: (message: string) => void,
  ) {}

  /**
   * The stored value, read from disk each time (a few hundred bytes): another window's
   * extension host writes the same file.
   */
  get(key: string): unknown {
    return this.load()[key];
  }

  /** Sets (or, with undefined, removes) a value, over the file as it is now; resolves once it is on disk. */
  update(key: string, value: unknown): Promise<void> {
    const values = Object.fromEntries(Object.entries(this.load()).filter(([name]) => name !== key));
    if (value !== undefined) values[key] = value;
    this.values = values;
    const text = JSON.stringify(values);
    this.pending += 1;
    // One write at a time, in order: the last one leaves the newest state.
    const write = (): Promise<void> => this.write(text).finally(() => { this.pending -= 1; });
    this.writing = this.writing.then(write, write);
    return this.writing;
  }

  private load(): Record<string, unknown> {
    this.sweep();
    if (this.pending > 0) return this.values;
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (this.values = {});
      this.onProblem(`Could not read ${this.file}: ${String(error)}`);
      return this.values;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return (this.values = parsed as Record<string, unknown>);
    } catch {
      // Reported below: only a torn write by something else could leave it so.
    }
    if (!this.reported) this.onProblem(`${this.file} is damaged; Loop Prep starts from an empty state (the timer and interview mode's saved settings are lost).`);
    this.reported = true;
    return (this.values = {});
  }

  private async write(text: string): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    this.sweep();
    const temporary = temporaryFile(this.file, process.pid);
    const handle = await fs.promises.open(temporary, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, this.file);
  }

  /**
   * Deletes the temporary files a crash left behind (`<file>.<pid>.tmp` of a process that
   * no longer exists). Another window's extension host may be writing its own right now:
   * a file of a live process is left alone, and so is ours.
   */
  private sweep(): void {
    if (this.swept) return;
    this.swept = true;
    const folder = path.dirname(this.file);
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return;
    }
    const prefix = `${path.basename(this.file)}.`;
    for (const name of names) {
      const match = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
      const pid = match ? Number(match[1]) : undefined;
      if (pid === undefined || pid === process.pid || processExists(pid)) continue;
      try {
        fs.unlinkSync(path.join(folder, name));
      } catch (error) {
        // Gone already (another window swept it), or not ours to delete: nothing lost either way.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.onProblem(`Could not delete the stale ${path.join(folder, name)}: ${String(error)}`);
      }
    }
  }
}

function temporaryFile(file: string, pid: number): string {
  return `${file}.${pid}.tmp`;
}

/** Whether a process with this id exists (signal 0 only asks; EPERM: it exists, under another user). */
function processExists(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
