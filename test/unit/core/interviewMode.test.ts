import assert from 'node:assert/strict';
import {
  InterviewModeCore,
  InterviewModeRecordError,
  defaultInterviewOverrides,
  interviewModeStateKey,
  type SettingTarget,
  type SettingValues,
  type SettingsAccess,
  type StateStore,
} from '../../../src/core/timer/interviewMode';

const inline = 'editor.inlineSuggest.enabled';
const copilot = 'github.copilot.enable';
const nextEdits = 'github.copilot.nextEditSuggestions.enabled';
const codeium = 'codeium.enableConfig';

/** Settings and Memento values cross a JSON boundary in VS Code; the fakes do the same. */
function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

interface WriteCall {
  readonly key: string;
  readonly value: unknown;
  readonly target: SettingTarget;
}

/** In-memory settings: registered keys, a value per target, and faults on demand. */
class FakeSettings implements SettingsAccess {
  readonly values = { global: new Map<string, unknown>(), workspace: new Map<string, unknown>() };
  readonly calls: WriteCall[] = [];
  hasWorkspace = true;
  workspaceId: string | undefined = 'file:///home/ada/prep';
  /** Asked before each write: a message fails that write with it. */
  failWrite: (call: WriteCall) => string | undefined = () => undefined;
  /** After this many more writes, every write hangs forever: the window died mid-way. */
  private writesUntilCrash = Infinity;

  constructor(private readonly registered: Set<string> = new Set([inline, copilot, nextEdits])) {}

  set(key: string, target: SettingTarget, value: unknown): this {
    this.values[target].set(key, copy(value));
    return this;
  }

  get(key: string, target: SettingTarget): unknown {
    return this.values[target].get(key);
  }

  has(key: string, target: SettingTarget): boolean {
    return this.values[target].has(key);
  }

  crashAfter(writes: number): void {
    this.writesUntilCrash = writes;
  }

  unregister(key: string): void {
    this.registered.delete(key);
  }

  inspect(key: string): SettingValues | undefined {
    if (!this.registered.has(key)) return undefined;
    return { globalValue: copy(this.values.global.get(key)), workspaceValue: this.hasWorkspace ? copy(this.values.workspace.get(key)) : undefined };
  }

  update(key: string, value: unknown, target: SettingTarget): Promise<void> {
    if (this.writesUntilCrash <= 0) return new Promise<void>(() => undefined);
    this.writesUntilCrash -= 1;
    const call = { key, value: copy(value), target };
    this.calls.push(call);
    const failure = this.failWrite(call) ?? this.refusal(call);
    if (failure !== undefined) return Promise.reject(new Error(failure));
    if (value === undefined) this.values[target].delete(key);
    else this.values[target].set(key, copy(value));
    return Promise.resolve();
  }

  /** What VS Code refuses: writing (not removing) an unregistered key, and a workspace value with no workspace. */
  private refusal({ key, value, target }: WriteCall): string | undefined {
    if (!this.registered.has(key) && value !== undefined) return `Unable to write to User Settings because ${key} is not a registered configuration.`;
    if (target === 'workspace' && !this.hasWorkspace) return 'Unable to write to Workspace Settings because no workspace is opened.';
    return undefined;
  }
}

/** An in-memory Memento that stores JSON, as VS Code's does. */
class FakeStore implements StateStore {
  private readonly entries = new Map<string, string>();
  /** Called before each update, with what the settings look like at that moment. */
  onUpdate: (key: string) => void = () => undefined;

  get(key: string): unknown {
    const text = this.entries.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  update(key: string, value: unknown): Promise<void> {
    this.onUpdate(key);
    if (value === undefined) this.entries.delete(key);
    else this.entries.set(key, JSON.stringify(value));
    return Promise.resolve();
  }
}

const overrides = { [inline]: false, [copilot]: { '*': false }, [nextEdits]: false };

function setup(settings = new FakeSettings()): { settings: FakeSettings; store: FakeStore; core: InterviewModeCore } {
  const store = new FakeStore();
  return { settings, store, core: new InterviewModeCore(settings, store) };
}

/** Lets a hung enable() run as far as it can. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
}

describe('interview mode', () => {
  it('a setting the user never set is removed again, not written as false', async () => {
    const { settings, core } = setup();
    const enabled = await core.enable('round-1', overrides);
    assert.deepEqual(enabled, { changed: [inline, copilot, nextEdits], skipped: [], failed: [] });
    assert.equal(settings.get(inline, 'global'), false);
    assert.deepEqual(settings.get(copilot, 'global'), { '*': false });

    const restored = await core.restore();
    assert.deepEqual(restored, { restored: [inline, copilot, nextEdits], kept: [], failed: [] });
    for (const key of [inline, copilot, nextEdits]) {
      assert.equal(settings.has(key, 'global'), false, `${key} is still in the user settings`);
    }
    assert.deepEqual(
      settings.calls.slice(-3).map((call) => call.value),
      [undefined, undefined, undefined],
    );
  });

  it("the user's own values come back exactly at both levels, objects and workspace values included", async () => {
    const copilotLanguages = { '*': true, markdown: false, python: true };
    const settings = new FakeSettings()
      .set(inline, 'global', true)
      .set(copilot, 'global', copilotLanguages)
      .set(copilot, 'workspace', { yaml: true })
      .set(nextEdits, 'workspace', true);
    const { core } = setup(settings);
    await core.enable('round-1', overrides);
    // A workspace value beats the global one, so the override is written there too.
    assert.deepEqual(settings.get(copilot, 'workspace'), { '*': false });
    assert.equal(settings.get(nextEdits, 'workspace'), false);
    assert.equal(settings.get(nextEdits, 'global'), false);

    await core.restore();
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(settings.has(inline, 'workspace'), false);
    assert.deepEqual(settings.get(copilot, 'global'), copilotLanguages);
    assert.deepEqual(settings.get(copilot, 'workspace'), { yaml: true });
    assert.equal(settings.get(nextEdits, 'workspace'), true);
    assert.equal(settings.has(nextEdits, 'global'), false);
    assert.equal(core.active, false);
  });

  it('a workspace value that already matches the override is left alone, and so is a global one', async () => {
    const settings = new FakeSettings().set(inline, 'workspace', false).set(nextEdits, 'global', false);
    const { core } = setup(settings);
    await core.enable('round-1', { [inline]: false, [nextEdits]: false });
    assert.deepEqual(settings.calls, [{ key: inline, value: false, target: 'global' }]);
    await core.restore();
    assert.equal(settings.get(inline, 'workspace'), false);
    assert.equal(settings.has(inline, 'global'), false);
    assert.equal(settings.get(nextEdits, 'global'), false);
  });

  it('in a window without a folder only the user settings are changed', async () => {
    const settings = new FakeSettings();
    settings.hasWorkspace = false;
    settings.workspaceId = undefined;
    const { core } = setup(settings);
    await core.enable('round-1', overrides);
    assert.ok(settings.calls.every((call) => call.target === 'global'));
    assert.deepEqual((await core.restore()).failed, []);
  });

  it('settings of extensions that are not installed are skipped, reported and never written', async () => {
    const { settings, store, core } = setup();
    const enabled = await core.enable('round-1', { ...overrides, [codeium]: { '*': false } });
    assert.deepEqual(enabled.skipped, [codeium]);
    assert.ok(!enabled.changed.includes(codeium));
    assert.ok(settings.calls.every((call) => call.key !== codeium));
    assert.doesNotMatch(JSON.stringify(store.get(interviewModeStateKey)), /codeium/);
  });

  it('the previous values reach storage before any setting is touched', async () => {
    const { settings, store, core } = setup();
    settings.set(inline, 'global', true);
    let savedBeforeFirstWrite: unknown;
    settings.failWrite = () => {
      savedBeforeFirstWrite ??= store.get(interviewModeStateKey);
      return undefined;
    };
    await core.enable('round-1', overrides);
    assert.ok(savedBeforeFirstWrite !== undefined, 'a setting was written before the record was saved');
    assert.match(JSON.stringify(savedBeforeFirstWrite), /editor\.inlineSuggest\.enabled/);
  });

  it('enabling again for the same session changes nothing', async () => {
    const { settings, core } = setup(new FakeSettings().set(inline, 'global', true));
    await core.enable('round-1', overrides);
    const writes = settings.calls.length;
    assert.deepEqual(await core.enable('round-1', overrides), { changed: [], skipped: [], failed: [] });
    assert.equal(settings.calls.length, writes);
    await core.restore();
    assert.equal(settings.get(inline, 'global'), true);
  });

  it("a new session started before the last one was restored keeps the user's original values, not our overrides", async () => {
    const { settings, core } = setup(new FakeSettings().set(inline, 'global', true).set(copilot, 'workspace', { '*': true }));
    await core.enable('round-1', overrides);
    assert.equal(core.session, 'round-1');
    await core.enable('round-2', overrides);
    assert.equal(core.session, 'round-2');
    assert.equal(settings.get(inline, 'global'), false);

    await core.restore();
    assert.equal(settings.get(inline, 'global'), true);
    assert.deepEqual(settings.get(copilot, 'workspace'), { '*': true });
    assert.equal(settings.has(copilot, 'global'), false);
  });

  it('after a crash right after the record was saved, the next start restores everything as it was', async () => {
    const settings = new FakeSettings().set(inline, 'global', true);
    const { store, core } = setup(settings);
    settings.crashAfter(0);
    void core.enable('round-1', overrides);
    await settle();
    settings.crashAfter(Infinity);

    const afterReload = new InterviewModeCore(settings, store);
    assert.equal(afterReload.active, true);
    assert.equal(afterReload.session, 'round-1');
    assert.deepEqual(await afterReload.restore(), { restored: [inline, copilot, nextEdits], kept: [], failed: [] });
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(settings.has(copilot, 'global'), false);
    assert.equal(afterReload.active, false);
  });

  it('after a crash halfway through the writes, the next start undoes the written ones and leaves the others as they were', async () => {
    const settings = new FakeSettings().set(inline, 'global', true).set(copilot, 'global', { '*': true });
    const { store, core } = setup(settings);
    settings.crashAfter(2);
    void core.enable('round-1', overrides);
    await settle();
    settings.crashAfter(Infinity);
    assert.equal(settings.get(inline, 'global'), false, 'the first write happened');
    assert.equal(settings.has(nextEdits, 'global'), false, 'the third write did not');

    const afterReload = new InterviewModeCore(settings, store);
    const restored = await afterReload.restore();
    assert.deepEqual(restored, { restored: [inline, copilot, nextEdits], kept: [], failed: [] });
    assert.equal(settings.get(inline, 'global'), true);
    assert.deepEqual(settings.get(copilot, 'global'), { '*': true });
    assert.equal(settings.has(nextEdits, 'global'), false);
    assert.equal(afterReload.active, false);
  });

  it('a reload in the middle of switching settings off finishes the job when the same session resumes', async () => {
    const settings = new FakeSettings().set(inline, 'global', true);
    const { store, core } = setup(settings);
    settings.crashAfter(1);
    void core.enable('round-1', overrides);
    await settle();
    settings.crashAfter(Infinity);

    const afterReload = new InterviewModeCore(settings, store);
    await afterReload.enable('round-1', overrides);
    assert.deepEqual(settings.get(copilot, 'global'), { '*': false });
    assert.equal(settings.get(nextEdits, 'global'), false);
    await afterReload.restore();
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(settings.has(copilot, 'global'), false);
  });

  it("a setting the user changed during the session keeps the user's new choice and is reported as kept", async () => {
    const { settings, core } = setup(new FakeSettings().set(copilot, 'global', { '*': true }));
    await core.enable('round-1', overrides);
    // Mid-round the user turns inline suggestions back on and removes the Copilot setting.
    settings.set(inline, 'global', true);
    settings.values.global.delete(copilot);

    const restored = await core.restore();
    assert.deepEqual(restored, { restored: [nextEdits], kept: [inline, copilot], failed: [] });
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(settings.has(copilot, 'global'), false);
    assert.equal(core.active, false);
  });

  it('a setting that cannot be written back stays saved for the next start while the others are restored', async () => {
    const settings = new FakeSettings().set(inline, 'global', true).set(copilot, 'global', { '*': true });
    const { store, core } = setup(settings);
    await core.enable('round-1', overrides);
    settings.failWrite = (call) =>
      call.key === copilot ? 'Unable to write into user settings. Please open the user settings to correct errors/warnings in it and try again.' : undefined;

    const restored = await core.restore();
    assert.deepEqual(restored.restored, [inline, nextEdits]);
    assert.deepEqual(restored.failed.map((failure) => failure.key), [copilot]);
    assert.match(restored.failed.map((failure) => failure.error).join('\n'), /correct errors/);
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(core.active, true);

    // The user puts inline suggestions off again themselves; the retry must not touch it.
    settings.set(inline, 'global', false);
    settings.failWrite = () => undefined;
    const writesBefore = settings.calls.length;
    const retried = await new InterviewModeCore(settings, store).restore();
    assert.deepEqual(retried, { restored: [copilot], kept: [], failed: [] });
    assert.deepEqual(settings.calls.slice(writesBefore), [{ key: copilot, value: { '*': true }, target: 'global' }]);
    assert.equal(settings.get(inline, 'global'), false);
    assert.equal(store.get(interviewModeStateKey), undefined);
  });

  it('an override that cannot be written is reported and does not stop the others', async () => {
    const { settings, core } = setup();
    settings.failWrite = (call) => (call.key === copilot ? 'settings file is read-only' : undefined);
    const enabled = await core.enable('round-1', overrides);
    assert.deepEqual(enabled.changed, [inline, nextEdits]);
    assert.deepEqual(enabled.failed.map((failure) => failure.key), [copilot]);
    assert.equal(settings.get(nextEdits, 'global'), false);
    settings.failWrite = () => undefined;
    assert.deepEqual(await core.restore(), { restored: [inline, copilot, nextEdits], kept: [], failed: [] });
    assert.equal(settings.has(copilot, 'global'), false);
  });

  it('workspace values are only written back in the workspace they came from', async () => {
    const settings = new FakeSettings().set(inline, 'workspace', true);
    const { store, core } = setup(settings);
    await core.enable('round-1', { [inline]: false });

    // The window comes back with another folder open: its settings must not receive ours.
    settings.workspaceId = 'file:///home/ada/other';
    settings.values.workspace.clear();
    const elsewhere = await new InterviewModeCore(settings, store).restore();
    assert.deepEqual(elsewhere.failed.map((failure) => failure.key), [inline]);
    assert.match(elsewhere.failed.map((failure) => failure.error).join('\n'), /file:\/\/\/home\/ada\/prep/);
    assert.equal(settings.has(inline, 'global'), false, 'the global override is undone anyway');
    assert.equal(settings.has(inline, 'workspace'), false);

    settings.workspaceId = 'file:///home/ada/prep';
    settings.set(inline, 'workspace', false);
    const atHome = await new InterviewModeCore(settings, store).restore();
    assert.deepEqual(atHome, { restored: [inline], kept: [], failed: [] });
    assert.equal(settings.get(inline, 'workspace'), true);
  });

  it("an extension uninstalled during the session: its setting is removed if the user never had it, kept for a retry if they did", async () => {
    const settings = new FakeSettings().set(nextEdits, 'global', true);
    const { core } = setup(settings);
    await core.enable('round-1', overrides);
    settings.unregister(copilot);
    settings.unregister(nextEdits);

    const restored = await core.restore();
    assert.equal(settings.has(copilot, 'global'), false);
    assert.deepEqual(restored.restored, [inline, copilot]);
    assert.deepEqual(restored.failed.map((failure) => failure.key), [nextEdits]);
    assert.match(restored.failed.map((failure) => failure.error).join('\n'), /no installed extension registers it/);
    assert.equal(core.active, true);
  });

  it('a damaged saved record is reported, nothing is applied, and discarding it lets interview mode start again', async () => {
    const damaged: unknown[] = [
      'interview',
      { v: 2, session: 'round-1', applied: true, writes: [] },
      { v: 1, session: 'round-1', applied: true },
      { v: 1, session: 'round-1', applied: true, writes: [{ key: inline, target: 'folder', previous: { set: false }, override: false }] },
      { v: 1, session: 'round-1', applied: true, writes: [{ key: inline, target: 'global', override: false }] },
      { v: 1, session: 'round-1', applied: true, writes: [{ key: inline, target: 'global', previous: { set: true }, override: false }] },
    ];
    for (const record of damaged) {
      const { settings, store, core } = setup(new FakeSettings().set(inline, 'global', false));
      await store.update(interviewModeStateKey, record);
      assert.equal(core.active, true, 'a damaged record may still mean overridden settings');
      assert.equal(core.session, undefined);
      await assert.rejects(core.restore(), (error: unknown) => {
        assert.ok(error instanceof InterviewModeRecordError);
        assert.match(error.message, /cannot be read \(.+\)/);
        return true;
      });
      await assert.rejects(core.enable('round-2', overrides), InterviewModeRecordError);
      assert.deepEqual(settings.calls, [], JSON.stringify(record));

      await core.discard();
      assert.equal(core.active, false);
      await core.enable('round-2', overrides);
      assert.equal(core.session, 'round-2');
    }
  });

  it('names the broken part of a damaged record', async () => {
    const { store, core } = setup();
    await store.update(interviewModeStateKey, {
      v: 1,
      session: 'round-1',
      applied: true,
      writes: [
        { key: inline, target: 'global', previous: { set: false }, override: false },
        { key: copilot, target: 'folder', previous: { set: false }, override: false },
      ],
    });
    await assert.rejects(core.restore(), /setting 2: the target is "folder", expected "global" or "workspace"/);
  });

  it('restoring with nothing saved does nothing', async () => {
    const { settings, core } = setup();
    assert.equal(core.active, false);
    assert.deepEqual(await core.restore(), { restored: [], kept: [], failed: [] });
    assert.deepEqual(settings.calls, []);
  });

  it('enable and restore called back to back run one after the other', async () => {
    const { settings, core } = setup(new FakeSettings().set(inline, 'global', true));
    const [, restored] = await Promise.all([core.enable('round-1', overrides), core.restore()]);
    assert.deepEqual(restored.restored, [inline, copilot, nextEdits]);
    assert.equal(settings.get(inline, 'global'), true);
    assert.equal(core.active, false);
  });

  it('the default overrides switch off inline suggestions and Copilot, each with a value that can be stored', () => {
    assert.equal(defaultInterviewOverrides[inline], false);
    assert.deepEqual(defaultInterviewOverrides[copilot], { '*': false });
    for (const [key, value] of Object.entries(defaultInterviewOverrides)) {
      assert.deepEqual(copy(value), value, key);
    }
  });
});
