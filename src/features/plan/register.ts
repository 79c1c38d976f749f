import * as vscode from 'vscode';
import { parseStudyMore, studyMoreEventType, type StudyMore } from '../../core/plan/fold';
import type { DayPlan, PlanBlock } from '../../core/plan/model';
import type { Services } from '../services';
import { planSettings } from './config';
import type { StudyPlan } from './studyPlan';
import { blockDone, createTodayView, describeBlock } from './todayView';

/** The first block of today's plan not done yet, in the order a session walks them: cards, problem, items, mock. */
export function nextBlock(plan: DayPlan): PlanBlock | undefined {
  const order: PlanBlock['kind'][] = ['reviews', 'new', 'problem', 'item', 'mock'];
  return [...plan.blocks].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).find((block) => !blockDone(block));
}

/** What "Start Today's Session" does for a block. */
async function startBlock(block: PlanBlock): Promise<void> {
  const { command } = describeBlock(block);
  if (block.kind === 'item') {
    await vscode.commands.executeCommand('loopPrep.revealChecklistItem', block.loop, block.item);
    void vscode.window.showInformationMessage(`Work on: ${block.text} When you can do it on demand, tick it in the Rounds view (Space on the item).`);
    return;
  }
  if (command) await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
}

/**
 * Start Today's Session: the first block not done yet (review panel → problem with its
 * timer → checklist item → mock round), and as each is done, the next one is offered.
 */
class TodaySession implements vscode.Disposable {
  /** The block the session is on, while a session runs today. */
  private current: { day: number; key: string } | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly plan: StudyPlan) {
    this.subscription = plan.onDidChange(() => { this.check(); });
  }

  async start(): Promise<PlanBlock | undefined> {
    await this.plan.ready();
    const today = this.plan.today();
    const block = nextBlock(today);
    if (!block) {
      this.current = undefined;
      const choice = await vscode.window.showInformationMessage(today.blocks.length === 0 ? 'Nothing is planned for today.' : 'Today\'s plan is done. Well done.', 'Study More…');
      if (choice) await vscode.commands.executeCommand('loopPrep.studyMore');
      return undefined;
    }
    this.current = { day: today.day, key: keyOf(block) };
    await startBlock(block);
    return block;
  }

  /** After any change: if the block under way is done, offer the next one. */
  private check(): void {
    if (!this.current || !this.plan.isLoaded) return;
    const today = this.plan.today();
    if (today.day !== this.current.day) {
      this.current = undefined;
      return;
    }
    const under = today.blocks.find((block) => keyOf(block) === this.current?.key);
    if (under && !blockDone(under)) return;
    const next = nextBlock(today);
    // Reviews and new cards are one review session: moving from one to the other needs no stop.
    if (next && under && (under.kind === 'reviews' || under.kind === 'new') && (next.kind === 'reviews' || next.kind === 'new')) {
      this.current = { day: today.day, key: keyOf(next) };
      return;
    }
    this.current = undefined;
    const doneText = under ? `${describeBlock(under).label}: done.` : 'Done.';
    if (!next) {
      void vscode.window.showInformationMessage(`${doneText} That was today's plan.`, 'Study More…').then((choice) => (choice ? vscode.commands.executeCommand('loopPrep.studyMore') : undefined));
      return;
    }
    void vscode.window.showInformationMessage(`${doneText} Next: ${describeBlock(next).label} (${describeBlock(next).description}).`, 'Continue').then((choice) => (choice ? vscode.commands.executeCommand('loopPrep.startTodaysSession') : undefined));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function keyOf(block: PlanBlock): string {
  return `${block.kind}/${block.kind === 'problem' ? block.slug : block.kind === 'item' ? block.item : block.kind === 'mock' ? block.round : ''}`;
}

/** Asks what to study beyond today's plan, records it, and opens the review. */
async function studyMore(plan: StudyPlan, argument: unknown): Promise<StudyMore | undefined> {
  await plan.ready();
  let request = parseStudyMore(argument);
  if (!request) {
    const kind = await vscode.window.showQuickPick(
      [
        { label: '$(add) More new cards today', description: 'raise today\'s new-card limit', request: 'new' as const },
        { label: '$(history) Review ahead', description: 'cards due in the next few days, weakest first', request: 'ahead' as const },
        { label: '$(library) One deck beyond today\'s limits', description: 'its due reviews and more of its new cards', request: 'deck' as const },
        { label: '$(checklist) One round\'s cards beyond today\'s limits', description: 'the cards a round of your loop serves', request: 'round' as const },
      ],
      { title: 'Study More', placeHolder: 'What would you like to study beyond today\'s plan?' },
    );
    if (!kind) return undefined;
    request = await askDetails(plan, kind.request);
    if (!request) return undefined;
  }
  const day = plan.scheduler().today(plan.now());
  await plan.study.state.recordEvent(studyMoreEventType, { day, request });
  await vscode.commands.executeCommand(request.kind === 'deck' ? 'loopPrep.reviewDeck' : 'loopPrep.reviewDueCards', ...(request.kind === 'deck' ? [request.deck] : []));
  return request;
}

async function askNumber(title: string, prompt: string, value: number, max: number): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value: String(value),
    validateInput: (input) => (/^\d+$/.test(input.trim()) && Number(input) >= 1 && Number(input) <= max ? undefined : `A whole number from 1 to ${max}.`),
  });
  return text === undefined ? undefined : Number(text.trim());
}

async function askDetails(plan: StudyPlan, kind: StudyMore['kind']): Promise<StudyMore | undefined> {
  switch (kind) {
    case 'new': {
      const count = await askNumber('Study More: new cards', 'How many more new cards today?', 10, 1000);
      return count === undefined ? undefined : { kind: 'new', count };
    }
    case 'ahead': {
      const days = await askNumber('Study More: review ahead', 'Review the cards due within how many days?', 3, 30);
      return days === undefined ? undefined : { kind: 'ahead', days };
    }
    case 'deck': {
      const decks = plan.study.library.all().flatMap((deck) => (deck.parsed.deck ? [{ label: deck.parsed.deck.title, description: deck.parsed.deck.description, deck: deck.parsed.deck.id }] : []));
      const pick = await vscode.window.showQuickPick(decks, { title: 'Study More: one deck', placeHolder: 'Which deck?' });
      if (!pick) return undefined;
      const count = await askNumber('Study More: one deck', `How many new cards of ${pick.label}, beyond today's?`, 20, 1000);
      return count === undefined ? undefined : { kind: 'deck', deck: pick.deck, count };
    }
    case 'round': {
      const loop = plan.selectedLoop();
      if (!loop) {
        void vscode.window.showWarningMessage('Pick an interview loop first (Loop Prep: Pick Interview Loop…).');
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(loop.rounds.map((round) => ({ label: round.title, description: `${round.minutes} min`, round: round.id })), { title: 'Study More: one round', placeHolder: `Which round of ${loop.title}?` });
      if (!pick) return undefined;
      const count = await askNumber('Study More: one round', `How many new cards for ${pick.label}, beyond today's?`, 20, 1000);
      return count === undefined ? undefined : { kind: 'round', loop: loop.id, round: pick.round, count };
    }
  }
}

/** The Today view, Start Today's Session and Study More. */
export function registerPlan(services: Services, plan: StudyPlan): vscode.Disposable {
  const { view, disposable: viewDisposable } = createTodayView(plan, () => planSettings().budgetMinutes, services.probes);
  const session = new TodaySession(plan);
  const load = setTimeout(() => {
    // After activate() has returned: the view fills in when the plan can be made.
    plan.ready().catch((error: unknown) => {
      services.log.error('Could not make today\'s plan:', error);
      view.message = `Could not load: ${error instanceof Error ? error.message : String(error)}. See Loop Prep: Show Log.`;
    });
  }, 0);
  return vscode.Disposable.from(
    viewDisposable,
    session,
    new vscode.Disposable(() => { clearTimeout(load); }),
    vscode.commands.registerCommand('loopPrep.startTodaysSession', () => session.start()),
    vscode.commands.registerCommand('loopPrep.studyMore', (argument?: unknown) => studyMore(plan, argument)),
    vscode.commands.registerCommand('loopPrep.openPlanSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', 'loopPrep.plan')),
  );
}
