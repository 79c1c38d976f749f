import fs from 'node:fs';
import path from 'node:path';
import { fsrs, Rating, type Grade as FsrsGrade } from 'ts-fsrs';
import { parseDeck } from '../../src/core/decks/deckFormat';
import { simulatorCosts, expectedCosts } from '../../src/core/plan/costs';
import { indexCards, roundCards } from '../../src/core/plan/loopCards';
import type { DayPlan, MockDone, PlanCard, PlanLoop, PlanSettings } from '../../src/core/plan/model';
import { planDay } from '../../src/core/plan/planner';
import { parseProblemMeta } from '../../src/core/problems/catalog';
import type { Loop } from '../../src/core/rounds/loopFormat';
import { parseLoop } from '../../src/core/rounds/loopFormat';
import { roundReadiness } from '../../src/core/rounds/readiness';
import { knownRoundIds } from '../../src/core/rounds/roundIds';
import type { FoldedReview } from '../../src/core/scheduling/fold';
import { defaultSchedulerSettings, Scheduler, type CardMemory, type Grade } from '../../src/core/scheduling/scheduler';
import { startOfStudyDay, studyDayOfDate } from '../../src/core/scheduling/studyDay';
import type { Row } from './measure';
import { repositoryRoot } from '../unit/repository';

// A simulated candidate follows a study policy every day of a runway to the interview on
// the built-in TikTok MLE loop, and we look at what they know on the day:
//  - true memory: FSRS-6 with ts-fsrs's default weights, each card's difficulty drawn at
//    random (seeded) — the scheduler, which starts every card from its first grade, does
//    not know it; a review is recalled with the true model's probability, and graded
//    Hard/Good/Easy or Again with the FSRS simulator's rating probabilities (costs.ts);
//  - time: the FSRS simulator's documented seconds (costs.ts): a new card's first day,
//    learning steps included, and each long-term review by grade; a mock round, problem
//    or checklist item takes the minutes the plan gives it;
//  - policies: the plan (core/plan, 60 minutes a day), and today's behaviour before it
//    (20 new cards a day in file order, up to 200 reviews, weakest first before an interview).

export const title = 'The study plan: a simulated candidate on the TikTok MLE loop (src/core/plan)';

const day = 86_400_000;
const budgetMinutes = 60;

/** Mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ratingOf: Record<Grade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

function pick(probabilities: readonly number[], draw: number): number {
  let sum = 0;
  for (let index = 0; index < probabilities.length; index++) {
    sum += probabilities[index] ?? 0;
    if (draw < sum) return index;
  }
  return probabilities.length - 1;
}

interface Content {
  readonly cards: PlanCard[];
  readonly loop: Loop;
  readonly planLoop: (interviewDay: number, memories: ReadonlyMap<string, CardMemory>, scheduler: Scheduler, now: number, ticked: ReadonlySet<string>, solved: ReadonlySet<string>) => PlanLoop;
  readonly loopCards: readonly string[];
  readonly problems: Map<string, { slug: string; title: string; targetMinutes: number }>;
}

/** The built-in decks, problems and the TikTok MLE loop, parsed as the extension parses them. */
function content(root: string): Content {
  const deckFolder = path.join(root, 'flashcards');
  const decks = fs.readdirSync(deckFolder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort().map((name) => parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), { file: name, knownRounds: knownRoundIds }));
  const seen = new Set<string>();
  const cards: PlanCard[] = [];
  for (const deck of decks) for (const card of deck.cards) if (!seen.has(card.id)) { seen.add(card.id); cards.push({ id: card.id, noteId: card.noteId, deckId: card.deckId }); }
  const kinds = new Map(decks.flatMap((deck) => (deck.deck ? [[deck.deck.id, deck.deck.rounds] as const] : [])));
  const index = indexCards(cards, (deckId) => kinds.get(deckId) ?? []);
  const problems = new Map<string, { slug: string; title: string; targetMinutes: number }>();
  for (const slug of fs.readdirSync(path.join(root, 'problems'))) {
    const file = path.join(root, 'problems', slug, 'problem.yaml');
    if (!fs.existsSync(file)) continue;
    const meta = parseProblemMeta(fs.readFileSync(file, 'utf8'), slug);
    if (meta.ok) problems.set(slug, { slug, title: meta.meta.title, targetMinutes: meta.meta.targetMinutes });
  }
  const parsed = parseLoop(fs.readFileSync(path.join(root, 'rounds', 'tiktok-mle.yaml'), 'utf8'), 'tiktok-mle.yaml', { problems: new Set(problems.keys()) });
  const loop = parsed.loop;
  if (!loop) throw new Error(`rounds/tiktok-mle.yaml did not load: ${parsed.diagnostics.map((problem) => problem.message).join('; ')}`);
  const served = new Map(loop.rounds.map((round) => [round, roundCards(round, index)]));
  const loopCards = [...new Set([...served.values()].flat())];
  return {
    cards,
    loop,
    loopCards,
    problems,
    planLoop: (interviewDay, memories, scheduler, now, ticked, solved) => {
      const target = startOfStudyDay(interviewDay, scheduler.settings);
      const at = now < target ? target : now;
      return {
        id: loop.id,
        title: loop.title,
        interviewDay,
        rounds: loop.rounds.map((round) => {
          const readiness = roundReadiness(round, {
            checked: ticked,
            cardsOfDeck: (deckId) => index.byDeck.get(deckId),
            cardsOfNote: (noteId) => index.byNote.get(noteId),
            card: (id) => {
              const memory = memories.get(id);
              return memory ? { stage: memory.stage, recall: scheduler.retrievability(memory, at) } : { stage: 'new', recall: 0 };
            },
            desiredRetention: scheduler.settings.desiredRetention,
            solved: (slug) => solved.has(slug),
            isProblem: (slug) => problems.has(slug),
          });
          return {
            id: round.id,
            title: round.title,
            kinds: round.kinds,
            minutes: round.minutes,
            readiness: readiness.score,
            cards: served.get(round) ?? [],
            problems: [...new Set(round.checklist.flatMap((item) => item.links.flatMap((link) => ('problem' in link && problems.has(link.problem) ? [link.problem] : []))))],
            items: round.checklist.map((item) => ({ id: item.id, title: item.title, text: item.text, ticked: ticked.has(item.id) })),
          };
        }),
      };
    },
  };
}

interface Outcome {
  readonly introducedShare: number;
  /** Introduced at least 3 study days before the interview. */
  readonly earlyShare: number;
  readonly meanPredicted: number;
  readonly meanTrue: number;
  readonly above90: number;
  readonly largestDayMinutes: number;
  readonly totalMinutes: number;
  readonly mocks: number;
  readonly problems: number;
  readonly firstDayWarnings: readonly string[];
}

type Policy = 'plan' | 'baseline';

/** One candidate, one policy, `runway` days from the first study day to the interview. */
function simulate(data: Content, policy: Policy, runway: number, seed: number): Outcome {
  const draw = random(seed);
  const scheduler = new Scheduler({ ...defaultSchedulerSettings, timeZone: 'UTC', interviewDate: '2027-01-05' });
  const interviewDay = studyDayOfDate('2027-01-05') ?? 0;
  const firstDay = interviewDay - runway;
  const truth = fsrs({ enable_fuzz: false });
  const trueState = new Map<string, { stability: number; difficulty: number; last: number }>();
  const memories = new Map<string, CardMemory>();
  const reviews: FoldedReview[] = [];
  const ticked = new Set<string>();
  const solved = new Set<string>();
  const mocks: MockDone[] = [];
  const settings: PlanSettings = { budgetMinutes, studyDaysPerWeek: 7, newCardsPerDay: 20, reviewsPerDay: 200, costs: expectedCosts(0.9) };
  let largest = 0;
  let total = 0;
  let firstDayWarnings: readonly string[] = [];
  const order = new Map(data.cards.map((card, position) => [card.id, position]));
  const introducedOn = new Map<string, number>();
  let currentDay = firstDay;

  /** One review by the simulated candidate at `time`: the true memory decides, the scheduler records. Returns its seconds. */
  const review = (id: string, time: number): number => {
    const before = memories.get(id);
    const state = trueState.get(id);
    let grade: Grade;
    let seconds: number;
    if (!state) {
      introducedOn.set(id, currentDay);
      const index = pick(simulatorCosts.firstRating, draw());
      grade = (index + 1) as Grade;
      seconds = simulatorCosts.learn[index] ?? 0;
      trueState.set(id, { stability: truth.init_stability(ratingOf[grade]), difficulty: 1 + 9 * draw(), last: time });
    } else {
      const elapsedDays = (time - state.last) / day;
      const recall = truth.forgetting_curve(elapsedDays, state.stability);
      grade = draw() < recall ? ((pick(simulatorCosts.passRating, draw()) + 2) as Grade) : 1;
      // Learning steps of the same day are part of the first day's (or the lapse's) cost.
      seconds = before?.stage === 'review' ? simulatorCosts.review[grade - 1] ?? 0 : 0;
      const g = ratingOf[grade];
      const stability = elapsedDays < 1 ? truth.next_short_term_stability(state.stability, g) : grade === 1 ? truth.next_forget_stability(state.difficulty, state.stability, recall) : truth.next_recall_stability(state.difficulty, state.stability, recall, g);
      trueState.set(id, { stability, difficulty: truth.next_difficulty(state.difficulty, g), last: time });
    }
    const memory = scheduler.review(before, grade, time);
    memories.set(id, memory);
    reviews.push({ eventId: `e${reviews.length}`, time, cardId: id, grade, previousStage: before?.stage ?? 'new', memory });
    return seconds;
  };

  for (let studyDay = firstDay; studyDay < interviewDay; studyDay++) {
    currentDay = studyDay;
    const now = startOfStudyDay(studyDay, scheduler.settings) + 15 * 3_600_000; // 7 pm
    let seconds = 0;
    let list: string[];
    let trace: string[] = [];
    if (policy === 'plan') {
      const plan: DayPlan = planDay({
        now,
        scheduler,
        cards: data.cards,
        memories,
        reviews,
        loops: [data.planLoop(interviewDay, memories, scheduler, now, ticked, solved)],
        problems: { due: [], solved, solvedToday: new Set(), find: (slug) => data.problems.get(slug) },
        mocks,
        itemsTickedToday: new Set(),
        studyMore: [],
        settings,
      });
      if (studyDay === firstDay) firstDayWarnings = plan.warnings;
      trace = [...plan.warnings, ...plan.blocks.filter((block) => block.kind !== 'reviews' && block.kind !== 'new').map((block) => block.kind)];
      for (const block of plan.blocks) {
        if (block.kind === 'mock') {
          seconds += block.minutes * 60;
          mocks.push({ loop: block.loop, round: block.round, day: studyDay, full: true });
        } else if (block.kind === 'problem') {
          seconds += block.minutes * 60;
          solved.add(block.slug);
        } else if (block.kind === 'item') {
          seconds += block.minutes * 60;
          ticked.add(block.item);
        }
      }
      list = [...plan.review, ...plan.fresh];
    } else {
      // Before the plan: due reviews weakest first (an interview is ahead), up to 200; then
      // the first 20 new cards in file order.
      const due = data.cards.filter((card) => { const memory = memories.get(card.id); return memory?.stage === 'review' && memory.dueDay <= studyDay; });
      due.sort((a, b) => scheduler.retrievability(memories.get(a.id), now) - scheduler.retrievability(memories.get(b.id), now));
      const fresh = data.cards.filter((card) => !memories.has(card.id)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).slice(0, 20);
      list = [...due.slice(0, 200), ...fresh].map((card) => card.id);
    }
    let time = now;
    for (const id of list) {
      const spent = review(id, time);
      seconds += spent;
      time += Math.max(spent, 1) * 1000;
    }
    // Learning steps as they come due, the same evening.
    for (let guard = 0; guard < 100_000; guard++) {
      let next: [string, CardMemory] | undefined;
      for (const entry of memories) if (entry[1].stage !== 'review' && (!next || entry[1].due < next[1].due)) next = entry;
      if (!next || next[1].due > now + 6 * 3_600_000) break;
      time = Math.max(time, next[1].due);
      const spent = review(next[0], time);
      seconds += spent;
      time += Math.max(spent, 1) * 1000;
    }
    largest = Math.max(largest, seconds / 60);
    total += seconds / 60;
    if (process.env['LOOP_PREP_PLAN_TRACE']) console.log(`${policy} day ${studyDay - firstDay}: ${(seconds / 60).toFixed(1)} min, ${list.length} cards, introduced ${[...memories.keys()].length}${policy === 'plan' ? ` · ${trace.join(' / ')}` : ''}`);
  }

  const at = startOfStudyDay(interviewDay, scheduler.settings) + 9 * 3_600_000; // the morning of the interview
  let predicted = 0;
  let actual = 0;
  let above90 = 0;
  let introduced = 0;
  let early = 0;
  for (const id of data.loopCards) {
    // At least 3 study days between the day a card was introduced and the interview.
    if ((introducedOn.get(id) ?? Infinity) <= interviewDay - 4) early += 1;
    const memory = memories.get(id);
    const state = trueState.get(id);
    if (memory) introduced += 1;
    const recall = scheduler.retrievability(memory, at);
    predicted += recall;
    if (recall >= 0.9) above90 += 1;
    if (state) actual += truth.forgetting_curve((at - state.last) / day, state.stability);
  }
  const count = data.loopCards.length;
  return { introducedShare: introduced / count, earlyShare: early / count, meanPredicted: predicted / count, meanTrue: actual / count, above90, largestDayMinutes: largest, totalMinutes: total, mocks: mocks.length, problems: solved.size, firstDayWarnings };
}

export function measure(): Promise<Row[]> {
  const data = content(repositoryRoot());
  const seed = 20_261_206;
  const plan = simulate(data, 'plan', 21, seed);
  const before = simulate(data, 'baseline', 21, seed);
  const short = simulate(data, 'plan', 7, seed);
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const cards = data.loopCards.length;
  const rows: Row[] = [
    {
      figure: `21-day runway, ${budgetMinutes} min a day, ${cards} cards of the loop: share introduced before the interview`,
      value: percent(plan.introducedShare),
      baseline: `before the plan (20 new a day, file order) ${percent(before.introducedShare)}`,
      target: '100%',
      met: plan.introducedShare >= 1,
    },
    {
      figure: '… share introduced at least 3 study days before the interview',
      value: percent(plan.earlyShare),
      baseline: `before the plan ${percent(before.earlyShare)}`,
      target: '100% (or the plan says what will not fit)',
      met: plan.earlyShare >= 1,
    },
    {
      figure: '… mean predicted recall over the loop\'s cards on the morning of the interview (never-seen cards count 0)',
      value: plan.meanPredicted.toFixed(3),
      baseline: `before the plan ${before.meanPredicted.toFixed(3)}; true recall ${plan.meanTrue.toFixed(3)} vs ${before.meanTrue.toFixed(3)}`,
      target: '≥ 0.85',
      met: plan.meanPredicted >= 0.85,
    },
    {
      figure: '… cards with predicted recall ≥ 0.9 on the day',
      value: String(plan.above90),
      baseline: `before the plan ${before.above90}`,
      ratio: `${(plan.above90 / Math.max(1, before.above90)).toFixed(2)}×`,
      target: '≥ 1.5× the baseline',
      met: plan.above90 >= 1.5 * before.above90,
    },
    {
      figure: `… the largest day's minutes (cards, ${plan.mocks} mock rounds, ${plan.problems} problems and checklist items; ${plan.totalMinutes.toFixed(0)} min in all)`,
      value: `${plan.largestDayMinutes.toFixed(1)} min`,
      baseline: `before the plan ${before.largestDayMinutes.toFixed(1)} min (no budget; cards only)`,
      target: `≤ ${budgetMinutes * 1.1} min (budget + 10%)`,
      met: plan.largestDayMinutes <= budgetMinutes * 1.1,
    },
    {
      figure: '7-day runway: what the plan says on the first day',
      value: short.firstDayWarnings.length > 0 ? short.firstDayWarnings.join(' / ') : '(nothing)',
      baseline: `introduced ${percent(short.introducedShare)}, mean predicted recall ${short.meanPredicted.toFixed(3)}, largest day ${short.largestDayMinutes.toFixed(1)} min`,
      target: 'says what will not fit',
      met: short.firstDayWarnings.length > 0,
    },
  ];
  return Promise.resolve(rows);
}
