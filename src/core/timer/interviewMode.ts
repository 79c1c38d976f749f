import { isDeepStrictEqual } from 'node:util';

// Interview mode: during a timed session the AI and inline completions are switched off in
// the user's settings, and afterwards every setting gets back exactly what it had, "not set"
// included. What was there before is saved in one record *before* the first setting is
// touched, so a crash or a reload at any point leaves enough behind to undo it: a later
// start finds the record and restores. The record is only ever written from values read
// before our own writes, so our overrides are never mistaken for the user's settings.

/** Where a setting's value is set; mirrors vscode.ConfigurationTarget (Global=1, Workspace=2, WorkspaceFolder=3) but as strings. */
export type SettingTarget = 'global' | 'workspace';

/** A setting's own values at each target; undefined means "not set there". */
export interface SettingValues {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
}

/** Reading and writing the user's settings (VS Code's configuration in the extension). */
export interface SettingsAccess {
  /** undefined when the setting is not registered by any installed extension (VS Code refuses to write such a key). */
  inspect(key: string): SettingValues | undefined;
  /** Writes a value at a target; a value of undefined removes the setting there. */
  update(key: string, value: unknown, target: SettingTarget): Promise<void>;
  /** false in an empty window: no workspace target. */
  readonly hasWorkspace: boolean;
  /**
   * Which workspace's settings the 'workspace' target writes to (its file or folder URI).
   * Optional; when given, a workspace value is only written back into the workspace it came
   * from, never into whichever one is open after a crash.
   */
  readonly workspaceId?: string;
}

/** Where the record of the previous values lives; shaped like vscode.Memento. */
export interface StateStore {
  /** Read as unknown: whatever is stored is validated before it is used. */
  get(key: string): unknown;
  update(key: string, value: unknown): Promise<void>;
}

/** The StateStore key of the interview-mode record. */
export const interviewModeStateKey = 'loopPrep.interviewMode';

/**
 * The settings interview mode turns off. `editor.inlineSuggest.enabled` is the one that
 * matters most: every extension's ghost text (Copilot, Tabnine, Codeium…) goes through VS
 * Code's inline-completion API, which it switches off. The Copilot keys also stop next-edit
 * suggestions and Copilot's own completions; a key no installed extension registers is skipped.
 */
export const defaultInterviewOverrides: Readonly<Record<string, unknown>> = Object.freeze({
  'editor.inlineSuggest.enabled': false,
  'github.copilot.enable': { '*': false },
  'github.copilot.editor.enableAutoCompletions': false,
  'github.copilot.nextEditSuggestions.enabled': false,
});

/** A setting that could not be changed or written back, and why. */
export interface SettingFailure {
  readonly key: string;
  readonly error: string;
}

/** What `enable` did. */
export interface EnableResult {
  /** The settings interview mode now holds at their override (some may already have had it). */
  readonly changed: string[];
  /** Settings no installed extension registers; left alone. */
  readonly skipped: string[];
  /** Settings whose override could not be written; they keep their value. */
  readonly failed: SettingFailure[];
}

/** What `restore` did. */
export interface RestoreResult {
  /** Settings that have their previous values again. */
  readonly restored: string[];
  /** Settings the user changed during the session; their new value was left as it is. */
  readonly kept: string[];
  /** Settings that could not be written back; they stay in the record for the next try. */
  readonly failed: SettingFailure[];
}

/** The stored record cannot be read (damaged, or from another version); nothing was applied. */
export class InterviewModeRecordError extends Error {
  override readonly name = 'InterviewModeRecordError';
}

/** A value at one target: JSON drops undefined, so "not set" is spelled out. */
type SavedValue = { readonly set: false } | { readonly set: true; readonly value: unknown };

/** One setting at one target that interview mode writes, with what was there before. */
interface SavedWrite {
  readonly key: string;
  readonly target: SettingTarget;
  /** For the 'workspace' target: which workspace (SettingsAccess.workspaceId). */
  readonly workspace?: string;
  readonly previous: SavedValue;
  readonly override: unknown;
}

interface InterviewModeRecord {
  readonly v: 1;
  readonly session: string;
  /** false from the moment the record is saved until every override has been written. */
  readonly applied: boolean;
  readonly writes: readonly SavedWrite[];
}

type RecordReading = { readonly ok: true; readonly record: InterviewModeRecord | undefined } | { readonly ok: false; readonly error: string };

type WriteOutcome = { readonly kind: 'restored' | 'kept' } | { readonly kind: 'failed'; readonly error: string };

/** Turns the AI-completion settings off for a session and back on afterwards, surviving crashes and reloads. */
export class InterviewModeCore {
  /** Every operation waits for the one before: enable and restore must never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: SettingsAccess,
    private readonly store: StateStore,
  ) {}

  /** Whether a record is stored, so settings may still be overridden (a damaged record counts too). */
  get active(): boolean {
    return this.store.get(interviewModeStateKey) !== undefined;
  }

  /** The session that turned interview mode on, from the stored record. */
  get session(): string | undefined {
    const reading = readRecord(this.store.get(interviewModeStateKey));
    return reading.ok ? reading.record?.session : undefined;
  }

  /**
   * Saves each registered setting's current values, then writes the overrides. For the
   * session already on, nothing happens; for another session still on, the values saved
   * first are kept, because the settings now hold our overrides, not the user's choice.
   * Rejects with InterviewModeRecordError when the stored record cannot be read.
   */
  enable(session: string, overrides: Readonly<Record<string, unknown>>): Promise<EnableResult> {
    return this.serialize(() => this.enableNow(session, overrides));
  }

  /**
   * Writes the saved values back at each target (removing what was not set), except where
   * the user changed the setting during the session. Clears the record when every write
   * succeeded; otherwise keeps the failed ones for the next try. Rejects with
   * InterviewModeRecordError when the stored record cannot be read.
   */
  restore(): Promise<RestoreResult> {
    return this.serialize(() => this.restoreNow());
  }

  /** Forgets the record without touching any setting (the way out of a damaged record). */
  discard(): Promise<void> {
    return this.serialize(() => this.store.update(interviewModeStateKey, undefined));
  }

  private async enableNow(session: string, overrides: Readonly<Record<string, unknown>>): Promise<EnableResult> {
    for (const [key, override] of Object.entries(overrides)) {
      // An undefined override would mean "remove the setting", and JSON could not store it.
      if (override === undefined) throw new Error(`Interview mode has no value to set for ${key}.`);
    }
    const existing = this.currentRecord();
    // `applied` false means a crash or reload cut the writes short: go on and finish them.
    if (existing?.session === session && existing.applied) return { changed: [], skipped: [], failed: [] };

    const writes: SavedWrite[] = [...(existing?.writes ?? [])];
    const pending: SavedWrite[] = [];
    const changed: string[] = [];
    const skipped: string[] = [];
    for (const [key, override] of Object.entries(overrides)) {
      const values = this.settings.inspect(key);
      if (values === undefined) {
        skipped.push(key);
        continue;
      }
      changed.push(key);
      for (const target of ['global', 'workspace'] as const) {
        if (target === 'workspace' && !this.settings.hasWorkspace) continue;
        const workspace = target === 'workspace' ? this.settings.workspaceId : undefined;
        const index = writes.findIndex((write) => write.key === key && write.target === target && write.workspace === workspace);
        const existingWrite = index === -1 ? undefined : writes[index];
        if (existingWrite !== undefined) {
          // Still saved from an earlier session: its `previous` is the user's, keep it.
          const write = { ...existingWrite, override };
          writes[index] = write;
          pending.push(write);
          continue;
        }
        const current = valueAt(values, target);
        if (isDeepStrictEqual(current, override)) continue;
        // A workspace value wins over the global one, so it needs the override too; with no
        // workspace value of its own, the global override already applies there.
        if (target === 'workspace' && current === undefined) continue;
        const write: SavedWrite = { key, target, ...(workspace === undefined ? {} : { workspace }), previous: saved(current), override };
        writes.push(write);
        pending.push(write);
      }
    }

    await this.save({ v: 1, session, applied: false, writes });
    const failures = new Map<string, string>();
    for (const write of pending) {
      const values = this.settings.inspect(write.key);
      if (values !== undefined && isDeepStrictEqual(valueAt(values, write.target), write.override)) continue;
      try {
        await this.settings.update(write.key, write.override, write.target);
      } catch (error) {
        addFailure(failures, write.key, `could not be set at the ${write.target} level: ${errorMessage(error)}`);
      }
    }
    // A failed write stays in the record: its setting still holds the previous value, which
    // restore recognises and leaves alone.
    await this.save({ v: 1, session, applied: true, writes });
    return {
      changed: changed.filter((key) => !failures.has(key)),
      skipped,
      failed: [...failures].map(([key, error]) => ({ key, error })),
    };
  }

  private async restoreNow(): Promise<RestoreResult> {
    const record = this.currentRecord();
    if (record === undefined) return { restored: [], kept: [], failed: [] };

    const outcomes = new Map<string, WriteOutcome[]>();
    const remaining: SavedWrite[] = [];
    for (const write of record.writes) {
      const outcome = await this.restoreWrite(write);
      if (outcome.kind === 'failed') remaining.push(write);
      outcomes.set(write.key, [...(outcomes.get(write.key) ?? []), outcome]);
    }

    // A key is reported once: failed if any of its targets failed, else kept if the user
    // changed it at any target.
    const result: { restored: string[]; kept: string[]; failed: SettingFailure[] } = { restored: [], kept: [], failed: [] };
    for (const [key, keyOutcomes] of outcomes) {
      const errors = keyOutcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.error] : []));
      if (errors.length > 0) result.failed.push({ key, error: errors.join('; ') });
      else if (keyOutcomes.some((outcome) => outcome.kind === 'kept')) result.kept.push(key);
      else result.restored.push(key);
    }
    // Only what failed is kept, so a retry never rewrites a setting already given back
    // (the user may have changed it again since).
    await this.save(remaining.length === 0 ? undefined : { ...record, writes: remaining });
    return result;
  }

  private async restoreWrite(write: SavedWrite): Promise<WriteOutcome> {
    const previousValue = write.previous.set ? write.previous.value : undefined;
    if (write.target === 'workspace' && (!this.settings.hasWorkspace || write.workspace !== this.settings.workspaceId)) {
      const where = write.workspace === undefined ? 'the workspace it was set in' : write.workspace;
      return { kind: 'failed', error: `its workspace value can only be written back with ${where} open` };
    }
    const values = this.settings.inspect(write.key);
    if (values === undefined) {
      // Its extension was uninstalled during the session. VS Code refuses to write values of
      // unregistered keys but does remove them, which is all "not set before" needs.
      if (write.previous.set) {
        return { kind: 'failed', error: 'no installed extension registers it any more, so VS Code will not write its previous value back' };
      }
      return this.write(write.key, undefined, write.target);
    }
    const current = valueAt(values, write.target);
    // Already back (restored earlier, or the crash came before this write).
    if (isDeepStrictEqual(saved(current), write.previous)) return { kind: 'restored' };
    // Anything but our override is the user's own choice, made during the session.
    if (current === undefined || !isDeepStrictEqual(current, write.override)) return { kind: 'kept' };
    return this.write(write.key, previousValue, write.target);
  }

  private async write(key: string, value: unknown, target: SettingTarget): Promise<WriteOutcome> {
    try {
      await this.settings.update(key, value, target);
      return { kind: 'restored' };
    } catch (error) {
      return { kind: 'failed', error: `could not be written back at the ${target} level: ${errorMessage(error)}` };
    }
  }

  /** The stored record, validated; throws InterviewModeRecordError when it cannot be read. */
  private currentRecord(): InterviewModeRecord | undefined {
    const reading = readRecord(this.store.get(interviewModeStateKey));
    if (!reading.ok) {
      throw new InterviewModeRecordError(
        `The saved interview-mode record cannot be read (${reading.error}), so no setting was changed. Check the AI-completion settings by hand, then discard the record.`,
      );
    }
    return reading.record;
  }

  private save(record: InterviewModeRecord | undefined): Promise<void> {
    return this.store.update(interviewModeStateKey, record);
  }

  private serialize<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function valueAt(values: SettingValues, target: SettingTarget): unknown {
  return target === 'global' ? values.globalValue : values.workspaceValue;
}

function saved(value: unknown): SavedValue {
  return value === undefined ? { set: false } : { set: true, value };
}

function addFailure(failures: Map<string, string>, key: string, error: string): void {
  const earlier = failures.get(key);
  failures.set(key, earlier === undefined ? error : `${earlier}; ${error}`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A stored value as a message shows it; JSON.stringify gives undefined for undefined. */
function shown(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Hand-written rather than a zod schema: this runs at activation, and zod stays out of the
// activation bundle (see src/features/lazyModules.ts).
/** Checks a record read from storage; undefined (no record) is fine. */
function readRecord(value: unknown): RecordReading {
  if (value === undefined) return { ok: true, record: undefined };
  if (!isObject(value)) return { ok: false, error: 'it is not an object' };
  if (value['v'] !== 1) {
    return { ok: false, error: `its version is ${shown(value['v'])}, expected 1` };
  }
  const { session, applied, writes } = value;
  if (typeof session !== 'string' || session === '') return { ok: false, error: 'its session is missing' };
  if (typeof applied !== 'boolean') return { ok: false, error: '"applied" is not true or false' };
  if (!Array.isArray(writes)) return { ok: false, error: 'its list of settings is missing' };
  for (const [index, write] of writes.entries()) {
    const problem = writeProblem(write);
    if (problem !== undefined) return { ok: false, error: `setting ${index + 1}: ${problem}` };
  }
  return { ok: true, record: { v: 1, session, applied, writes: writes as SavedWrite[] } };
}

function writeProblem(write: unknown): string | undefined {
  if (!isObject(write)) return 'not an object';
  const { key, target, workspace, previous, override } = write;
  if (typeof key !== 'string' || key === '') return 'the key is missing';
  if (target !== 'global' && target !== 'workspace') return `the target is ${shown(target)}, expected "global" or "workspace"`;
  if (workspace !== undefined && typeof workspace !== 'string') return 'the workspace is not a string';
  if (override === undefined) return `the value interview mode set for ${key} is missing`;
  if (!isObject(previous) || typeof previous['set'] !== 'boolean') return `the previous value of ${key} is missing`;
  if (previous['set'] && previous['value'] === undefined) return `the previous value of ${key} is marked as set but missing`;
  return undefined;
}
