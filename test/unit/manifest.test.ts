import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defaultInterviewOverrides } from '../../src/core/timer/interviewMode';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

interface View {
  id: string;
  name: string;
  type?: string;
}
interface Manifest {
  name: string;
  displayName: string;
  publisher: string;
  engines: { vscode: string };
  activationEvents?: string[];
  devDependencies: Record<string, string>;
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string } };
  contributes: {
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, View[]>;
    viewsWelcome: { view: string; contents: string }[];
    commands: { command: string; category?: string }[];
    configuration: { properties: Record<string, { scope?: string; markdownDescription?: string }> };
    colors: { id: string; description: string; defaults: Record<string, string> }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;

describe('the manifest (package.json)', () => {
  it('names the extension and pins the VS Code API to the version code-server bundles', () => {
    assert.equal(manifest.name, 'loop-prep');
    assert.equal(manifest.displayName, 'Loop Prep');
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '~1.100.0');
  });

  it('activates once VS Code has started (onStartupFinished: due counts and a crashed interview mode in every window), never with *', () => {
    const events = manifest.activationEvents ?? [];
    assert.ok(!events.includes('*'));
    assert.ok(events.includes('onStartupFinished'));
  });

  it('activates for every webview panel it restores after a reload (onWebviewPanel:…)', () => {
    // Without the event, a panel VS Code restores stays blank until something else
    // activates the extension. Webview panels have no contribution point, so no event is implied.
    const sources = fs.readdirSync(path.join(repoRoot, 'src', 'features'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => fs.readFileSync(path.join(repoRoot, 'src', 'features', file), 'utf8'))
      .filter((text) => text.includes('registerWebviewPanelSerializer('));
    assert.ok(sources.length > 0, 'the Review panel registers a serializer');
    for (const text of sources) {
      const viewType = /const viewType = '([^']+)'/.exec(text)?.[1];
      assert.ok(viewType, 'a file that registers a serializer names its viewType in a constant');
      assert.ok((manifest.activationEvents ?? []).includes(`onWebviewPanel:${viewType}`), `onWebviewPanel:${viewType} is an activation event`);
    }
  });

  it('contributes one Loop Prep container with Today, Rounds, Flashcards, Problems (trees) and Timer (webview)', () => {
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((container) => container.title), ['Loop Prep']);
    const container = manifest.contributes.viewsContainers.activitybar[0];
    assert.ok(container && fs.existsSync(path.join(repoRoot, container.icon)), 'the container icon exists');
    const views = manifest.contributes.views['loopPrep'] ?? [];
    assert.deepEqual(
      views.map((view) => [view.name, view.type ?? 'tree']),
      [
        ['Today', 'tree'],
        ['Rounds', 'tree'],
        ['Flashcards', 'tree'],
        ['Problems', 'tree'],
        ['Timer', 'webview'],
      ],
    );
  });

  it('gives every tree view an empty state (a webview draws its own)', () => {
    const welcomed = new Set(manifest.contributes.viewsWelcome.map((welcome) => welcome.view));
    for (const view of manifest.contributes.views['loopPrep'] ?? []) {
      if (view.type !== 'webview') assert.ok(welcomed.has(view.id), `${view.id} has no viewsWelcome`);
    }
  });

  it('supports untrusted workspaces in a limited way and says what is off', () => {
    const { supported, description } = manifest.capabilities.untrustedWorkspaces;
    assert.equal(supported, 'limited');
    assert.match(description ?? '', /never starts a process/);
  });

  it('puts every command in the Loop Prep category', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Loop Prep', command.command);
      assert.match(command.command, /^loopPrep\.[a-z][A-Za-z]+$/);
    }
  });

  it('describes every setting in Markdown with an explicit scope; a workspace cannot move the data directory', () => {
    for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(setting.markdownDescription, `${key} has no markdownDescription`);
      assert.ok(setting.scope, `${key} has no scope`);
    }
    assert.equal(manifest.contributes.configuration.properties['loopPrep.dataDirectory']?.scope, 'machine');
  });

  it('contributes Optimize and Evaluate FSRS Parameters, and FSRS weights as Anki\'s text or a list (empty: the defaults), kept off workspaces', () => {
    const commands = new Map(manifest.contributes.commands.map((command) => [command.command, command as { title?: string }]));
    assert.equal(commands.get('loopPrep.optimizeFsrsParameters')?.title, 'Optimize FSRS Parameters');
    assert.equal(commands.get('loopPrep.evaluateFsrsParameters')?.title, 'Evaluate FSRS Parameters');
    const setting = manifest.contributes.configuration.properties['loopPrep.flashcards.fsrsWeights'] as { default?: unknown; type?: unknown; items?: unknown } | undefined;
    assert.deepEqual({ default: setting?.default, type: setting?.type, items: setting?.items }, { default: '', type: ['string', 'array'], items: { type: 'number' } });
    assert.equal(manifest.contributes.configuration.properties['loopPrep.flashcards.fsrsWeights']?.scope, 'application');
  });

  it('a problem run has a memory limit: 2 GiB unless set, never below 64 MiB', () => {
    const setting = manifest.contributes.configuration.properties['loopPrep.problems.memoryLimitMiB'] as { default?: unknown; minimum?: unknown; type?: unknown } | undefined;
    assert.deepEqual({ default: setting?.default, minimum: setting?.minimum, type: setting?.type }, { default: 2048, minimum: 64, type: 'number' });
  });

  it('interview mode\'s default settings in the manifest are the ones the code documents', () => {
    const setting = manifest.contributes.configuration.properties['loopPrep.timer.interviewModeSettings'] as { default?: unknown } | undefined;
    assert.deepEqual(setting?.default, { ...defaultInterviewOverrides });
  });

  it('each theme colour it contributes has a default for light, dark and both high-contrast themes, and an id webviews can read (one dot)', () => {
    const ids = manifest.contributes.colors.map((color) => color.id);
    assert.deepEqual(ids, ['loopPrep.phaseBarElapsed', 'loopPrep.phaseBarCurrent', 'loopPrep.phaseBarUpcoming']);
    for (const color of manifest.contributes.colors) {
      assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
      for (const value of Object.values(color.defaults)) assert.match(value, /^#[0-9A-F]{6}$/i, color.id);
      // VS Code 1.100 names a colour's webview variable `--vscode-` + the id with only its
      // first dot made a dash: a second dot would leave a name the CSS cannot use as written.
      assert.equal(color.id.split('.').length, 2, color.id);
      assert.ok(color.description.length > 0, color.id);
    }
    // The stylesheet reads each one by that name.
    const css = fs.readFileSync(path.join(repoRoot, 'media', 'timer.css'), 'utf8');
    for (const id of ids) assert.ok(css.includes(`var(--vscode-${id.replace('.', '-')})`), id);
  });

  it('every timer keybinding and view-title action has a when clause on the timer\'s state', () => {
    const timerCommands = new Set(['loopPrep.startTimer', 'loopPrep.toggleTimer', 'loopPrep.skipTimerPhase', 'loopPrep.stopTimer']);
    const bindings = (manifest.contributes as unknown as { keybindings: { command: string; when?: string }[] }).keybindings.filter((binding) => timerCommands.has(binding.command));
    assert.equal(bindings.length, 3);
    for (const binding of bindings) assert.match(binding.when ?? '', /loopPrep\.timerStatus/, binding.command);
  });
});
