import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { walkthroughContextKeys, walkthroughId, walkthroughProgress, type WalkthroughFacts } from '../../../src/core/walkthrough/progress';
import { repositoryRoot } from '../repository';

const root = repositoryRoot();

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: Record<string, string>; altText?: string; markdown?: string };
  completionEvents?: string[];
  when?: string;
}
interface Manifest {
  contributes: {
    walkthroughs: { id: string; title: string; steps: Step[] }[];
    commands: { command: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

/** A learner who has done nothing yet. */
const fresh: WalkthroughFacts = { loopPicked: false, interviewDateSet: false, dailyMinutesSet: false, reviewCount: 0, problemAttempts: 0, timerStartKinds: [] };

describe('the Get Started walkthrough', () => {
  it('a fresh install has no step done', () => {
    assert.deepEqual(walkthroughProgress(fresh), { loopPicked: false, planSet: false, reviewed: false, problemRan: false, mockStarted: false });
  });

  it('each step is ticked by its own action: a pick, a review, a test run, a mock round', () => {
    assert.equal(walkthroughProgress({ ...fresh, loopPicked: true }).loopPicked, true);
    assert.equal(walkthroughProgress({ ...fresh, reviewCount: 1 }).reviewed, true);
    assert.equal(walkthroughProgress({ ...fresh, problemAttempts: 1 }).problemRan, true);
    assert.deepEqual(walkthroughProgress({ ...fresh, reviewCount: 1 }), { loopPicked: false, planSet: false, reviewed: true, problemRan: false, mockStarted: false });
  });

  it('the plan step needs both the interview date and the daily minutes', () => {
    assert.equal(walkthroughProgress({ ...fresh, interviewDateSet: true }).planSet, false);
    assert.equal(walkthroughProgress({ ...fresh, dailyMinutesSet: true }).planSet, false);
    assert.equal(walkthroughProgress({ ...fresh, interviewDateSet: true, dailyMinutesSet: true }).planSet, true);
  });

  it('a custom timer or a timed coding session is not a mock round', () => {
    assert.equal(walkthroughProgress({ ...fresh, timerStartKinds: ['custom', 'coding-session'] }).mockStarted, false);
    assert.equal(walkthroughProgress({ ...fresh, timerStartKinds: ['custom', 'mock-round'] }).mockStarted, true);
  });

  it('the manifest contributes it under the id the code opens, every step completing on a key the code sets, a command or a setting', () => {
    const [walkthrough, ...others] = manifest.contributes.walkthroughs;
    assert.equal(others.length, 0);
    assert.ok(walkthrough);
    assert.equal(walkthrough.id, walkthroughId);
    const keys = new Set<string>(Object.values(walkthroughContextKeys));
    const commands = new Set(manifest.contributes.commands.map(({ command }) => command));
    const settings = new Set(Object.keys(manifest.contributes.configuration.properties));
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents && step.completionEvents.length > 0, `${step.id} completes when clicked through`);
      for (const event of step.completionEvents) {
        const [kind, name = ''] = event.split(/:(.*)/s);
        const known = kind === 'onContext' ? keys.has(name) : kind === 'onCommand' ? commands.has(name) : kind === 'onSettingChanged' ? settings.has(name) : false;
        assert.ok(known, `${step.id}: ${event} names nothing Loop Prep sets, runs or contributes`);
      }
    }
    // Every context key is some step's completion.
    const used = new Set(walkthrough.steps.flatMap((step) => step.completionEvents ?? []));
    for (const key of keys) assert.ok(used.has(`onContext:${key}`), `${key} completes no step`);
  });

  it('every step has media in a light and a dark theme (or Markdown, which follows the theme), and every file exists', () => {
    const steps = manifest.contributes.walkthroughs[0]?.steps ?? [];
    assert.ok(steps.length >= 6);
    for (const step of steps) {
      if (step.media.markdown !== undefined) {
        assert.ok(fs.existsSync(path.join(root, step.media.markdown)), `${step.media.markdown} is missing`);
        continue;
      }
      const image = step.media.image ?? {};
      assert.ok(image['light'] && image['dark'] && image['light'] !== image['dark'], `${step.id} has no light and dark image`);
      assert.ok(step.media.altText, `${step.id}'s image has no alt text`);
      for (const file of Object.values(image)) assert.ok(fs.existsSync(path.join(root, file)), `${file} is missing`);
    }
  });

  it('the step that runs a process says so in Restricted Mode, where its trusted twin is hidden', () => {
    const steps = manifest.contributes.walkthroughs[0]?.steps ?? [];
    const trusted = steps.find((step) => step.id === 'runProblem');
    const restricted = steps.find((step) => step.id === 'runProblemRestricted');
    assert.equal(trusted?.when, 'isWorkspaceTrusted');
    assert.equal(restricted?.when, '!isWorkspaceTrusted');
    assert.match(restricted.description, /Restricted Mode/);
    assert.match(restricted.description, /command:workbench\.trust\.manage/);
    assert.deepEqual(restricted.completionEvents, trusted.completionEvents);
    // The other steps start no process: shown either way.
    for (const step of steps.filter((candidate) => !candidate.id.startsWith('runProblem'))) assert.equal(step.when, undefined, step.id);
  });
});
