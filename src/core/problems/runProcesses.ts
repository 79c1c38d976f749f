// Which processes belong to a practice problem's run, from snapshots of the process table.
// A run's processes are its first process, its process group, every descendant seen while
// the run lives (even after it leaves the group or the session, or its parent exits), and
// every process carrying the run's marker in its environment. Each is remembered by pid
// and start time, so a pid the system reuses for someone else's process is never killed.
// Pure: the shell (processRunner.ts) reads /proc or `ps` and does the killing.

/** One row of the process table. */
export interface ProcessEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  /** When the process started, in the platform's own units: with the pid, it names the process. */
  readonly start: string;
}

/** The name of a process that survives pid reuse: its pid and start time. */
export function processKey(entry: ProcessEntry): string {
  return `${entry.pid}@${entry.start}`;
}

/**
 * One line of Linux's /proc/<pid>/stat. The command name (field 2) is in parentheses and may
 * itself hold spaces and parentheses, so the fields are counted from its last `)`.
 */
export function parseProcStat(text: string): ProcessEntry | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 1 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // After the name: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
  // utime stime cutime cstime priority nice num_threads itrealvalue starttime …
  const rest = text.slice(close + 1).trim().split(/\s+/);
  const ppid = Number(rest[1]);
  const pgid = Number(rest[2]);
  const start = rest[19];
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(pgid) || start === undefined || !/^\d+$/.test(start)) return undefined;
  return { pid, ppid, pgid, start };
}

/** Whether a process is a zombie (state `Z`): dead, only waiting for its parent to collect it. */
export function isZombieStat(text: string): boolean {
  return text.slice(text.lastIndexOf(')') + 1).trim().startsWith('Z');
}

/** The resident memory in Linux's /proc/<pid>/status (`VmRSS: 1234 kB`), in bytes. */
export function parseStatusRss(text: string): number | undefined {
  const match = /^VmRSS:\s*(\d+)\s*kB/m.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}

/** Whether a NUL-separated environment (/proc/<pid>/environ) holds `name=value`. */
export function environmentHas(environ: string, name: string, value: string): boolean {
  return environ.split('\0').includes(`${name}=${value}`);
}

/** A row of `ps -axo pid=,ppid=,pgid=,rss=,lstart=` (macOS and other Unixes without /proc). */
export interface PsRow extends ProcessEntry {
  readonly rssBytes: number;
}

/** The rows of `ps -axo pid=,ppid=,pgid=,rss=,lstart=`; rss is in KiB, lstart a date with spaces. */
export function parsePsTable(text: string): PsRow[] {
  const rows: PsRow[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S.*?)\s*$/.exec(line);
    if (!match) continue;
    rows.push({ pid: Number(match[1]), ppid: Number(match[2]), pgid: Number(match[3]), rssBytes: Number(match[4]) * 1024, start: match[5] ?? '' });
  }
  return rows;
}

/**
 * The processes of one run, grown with each snapshot of the process table. `rootPid` is the
 * process the run started, the leader of its own process group.
 */
export class RunProcesses {
  private readonly known = new Set<string>();

  constructor(private readonly rootPid: number) {}

  /**
   * Takes in a snapshot: the root (while it leads its group: never a stranger that got its
   * pid), its group, the processes `marked` names (keys of those carrying the run's marker),
   * and every child of a process of the run, to any depth. Returns the run's processes in it.
   */
  observe(table: readonly ProcessEntry[], marked: ReadonlySet<string> = new Set()): ProcessEntry[] {
    const byPid = new Map(table.map((entry) => [entry.pid, entry]));
    const children = new Map<number, ProcessEntry[]>();
    for (const entry of table) {
      const siblings = children.get(entry.ppid);
      if (siblings) siblings.push(entry);
      else children.set(entry.ppid, [entry]);
    }
    const found: ProcessEntry[] = [];
    const taken = new Set<number>();
    const queue: ProcessEntry[] = [];
    const take = (entry: ProcessEntry): void => {
      if (taken.has(entry.pid)) return;
      taken.add(entry.pid);
      this.known.add(processKey(entry));
      found.push(entry);
      queue.push(entry);
    };
    const root = byPid.get(this.rootPid);
    if (root && root.pgid === this.rootPid) take(root);
    for (const entry of table) {
      const key = processKey(entry);
      if (entry.pgid === this.rootPid || marked.has(key) || this.known.has(key)) take(entry);
    }
    // A parent in the table is alive, so its pid is still its own: its children are the run's.
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const child of children.get(next.pid) ?? []) take(child);
    }
    return found;
  }

  /** How many processes the run has had (for tests and the log). */
  get size(): number {
    return this.known.size;
  }
}
