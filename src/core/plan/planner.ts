import type { ReviewList } from '../scheduling/fold';
import type { CardMemory } from '../scheduling/memory';
import { startOfStudyDay } from '../scheduling/studyDay';
import { isStudyDay, shortDate, studyDaysBetween } from './calendar';
import { reviewCost } from './costs';
import { budgetThatFits, cardsLeft, goodPath, type ProjectionInput } from './projection';
import type { StudyMore } from './fold';
import { scheduleMocks } from './mocks';
import type { DayPlan, PlanBlock, PlanCard, PlanInput, PlanLoop, PlanRound } from './model';

// Today's plan (documented in README.md, "The plan"). In short:
//  - Pacing: with an interview ahead, every card the loop's rounds serve is introduced at
//    least 3 study days before it; today's share is what is left over the study days left
//    to introduce it in (a mock day counts for the part of the budget the mock leaves).
//    Cards no interview paces keep the fixed newCardsPerDay.
//  - Budget: due reviews first (weakest first before an interview), capped so the day
//    stays within budget + 10%; then today's new cards; then a practice problem (due ones
//    first, else an unsolved one linked from the weakest round) and checklist items, as the
//    rest of the budget allows. On a mock day the mock comes first.
//  - Interleaving: new cards are mixed across decks by weighted round robin, each deck's
//    weight the sum over the rounds it serves of how far the round is from ready.
//  - Siblings: one card per note a day; a note with a card reviewed today waits for
//    tomorrow (its learning steps aside).
// Everything is decided from the start of the study day (what is done today counts
// towards it), so doing the work does not move the goal posts.

/** How far the budget may stretch before reviews are capped. */
export const budgetSlack = 0.1;
/** New cards are introduced at least this many study days before the interview. */
export const introduceBeforeDays = 3;
/** Minutes a checklist item is planned for. */
export const itemMinutes = 10;
/** A round that is fully ready still gets a little of the new cards. */
const minimumRoundWeight = 0.05;
/**
 * Minutes a day the look-ahead keeps for a practice problem and checklist items (about a
 * 20-minute problem every other day): when the cards would not fit with them, problems wait.
 */
const problemReserveMinutes = 10;
/** New cards are paced to be in by this share of the days they may be introduced on. */
const paceLead = 0.7;

interface PacingGroup {
  /** The interview day these cards must be ready for; undefined: no interview paces them. */
  readonly deadline: number | undefined;
  /** Not yet introduced, in deck order. */
  readonly fresh: PlanCard[];
  introducedToday: number;
  /** Days with room for new cards left to introduce its cards in, today included (Infinity without an interview). */
  windowDays: number;
}

/** The notes of the cards reviewed since `dayStart`, and what was introduced and reviewed today. */
function today(reviews: ReviewList, dayStart: number, cards: readonly PlanCard[]): { notes: Set<string>; introduced: Set<string>; reviewed: Set<string> } {
  const ids = new Set<string>();
  const introduced = new Set<string>();
  const reviewed = new Set<string>();
  for (let index = reviews.length - 1; index >= 0; index--) {
    const review = reviews.at(index);
    if (!review || review.time < dayStart) break;
    ids.add(review.cardId);
    if (review.previousStage === 'new') introduced.add(review.cardId);
    else if (review.previousStage === 'review') reviewed.add(review.cardId);
  }
  // The notes of today's cards (a card no longer in any deck stands for itself).
  const notes = new Set<string>();
  if (ids.size > 0) {
    for (const card of cards) if (ids.has(card.id)) notes.add(card.noteId);
  }
  return { notes, introduced, reviewed };
}

/**
 * Orders cards for introduction: a weighted round robin over their decks (each deck's
 * cards in file order), one card per note, notes in `skipNotes` left out.
 */
export function interleave(cards: readonly PlanCard[], deckWeight: (deckId: string) => number, count: number, skipNotes: ReadonlySet<string>): PlanCard[] {
  const queues = new Map<string, PlanCard[]>();
  const takenNotes = new Set(skipNotes);
  for (const card of cards) {
    let queue = queues.get(card.deckId);
    if (!queue) queues.set(card.deckId, (queue = []));
    queue.push(card);
  }
  const decks = [...queues.keys()].map((deckId) => ({ deckId, weight: Math.max(minimumRoundWeight, deckWeight(deckId)), credit: 0, next: 0 }));
  const picked: PlanCard[] = [];
  while (picked.length < count) {
    const open = decks.filter((deck) => {
      const queue = queues.get(deck.deckId) ?? [];
      while (deck.next < queue.length && takenNotes.has(queue[deck.next]?.noteId ?? '')) deck.next += 1;
      return deck.next < queue.length;
    });
    if (open.length === 0) break;
    // Smooth weighted round robin: deterministic, and no deck waits long however small.
    const total = open.reduce((sum, deck) => sum + deck.weight, 0);
    let best = open[0];
    for (const deck of open) {
      deck.credit += deck.weight;
      if (best && deck.credit > best.credit) best = deck;
    }
    if (!best) break;
    best.credit -= total;
    const card = queues.get(best.deckId)?.[best.next];
    best.next += 1;
    if (!card) continue;
    takenNotes.add(card.noteId);
    picked.push(card);
  }
  return picked;
}

/**
 * What the loops say of each card: the selected loop's rounds it serves (they weight the
 * order), and the earliest interview ahead of a loop that needs it (it paces the card).
 */
function cardRounds(loops: readonly PlanLoop[], today: number): { deadline: (cardId: string) => number | undefined; roundsOf: (cardId: string) => PlanRound[] } {
  // Sets, one per round and one per dated loop: a lookup per card, not a list per card.
  const selected = (loops[0]?.rounds ?? []).map((round) => ({ round, cards: new Set(round.cards) }));
  const dated = loops
    .filter((loop) => loop.interviewDay !== undefined && loop.interviewDay > today)
    .sort((a, b) => (a.interviewDay ?? 0) - (b.interviewDay ?? 0))
    .map((loop, index) => ({ day: loop.interviewDay ?? 0, cards: index === 0 && loop === loops[0] ? undefined : new Set(loop.rounds.flatMap((round) => round.cards)) }));
  const selectedCards = dated.some((loop) => loop.cards === undefined) ? new Set(selected.flatMap(({ cards }) => [...cards])) : undefined;
  return {
    deadline: (cardId) => dated.find((loop) => (loop.cards ?? selectedCards)?.has(cardId) === true)?.day,
    roundsOf: (cardId) => selected.filter(({ cards }) => cards.has(cardId)).map(({ round }) => round),
  };
}

/** Today's plan. Pure: the same input gives the same plan on every machine. */
export function planDay(input: PlanInput): DayPlan {
  const { scheduler, settings, memories } = input;
  const day = scheduler.today(input.now);
  const dayStart = startOfStudyDay(day, scheduler.settings);
  const studying = isStudyDay(day, settings.studyDaysPerWeek);
  const done = today(input.reviews, dayStart, input.cards);
  const warnings: string[] = [];
  const selected = input.loops[0];
  const interviewLoop = [...input.loops].filter((loop) => loop.interviewDay !== undefined && loop.interviewDay >= day).sort((a, b) => (a.interviewDay ?? 0) - (b.interviewDay ?? 0))[0];
  const interview = interviewLoop?.interviewDay === undefined ? undefined : { loop: interviewLoop.id, title: interviewLoop.title, day: interviewLoop.interviewDay, daysLeft: interviewLoop.interviewDay - day };
  const { deadline, roundsOf } = cardRounds(input.loops, day);
  const costNew = settings.costs.newCardSeconds / 60;
  const costReview = settings.costs.reviewSeconds / 60;
  const budget = settings.budgetMinutes;
  const ceiling = budget * (1 + budgetSlack);
  const more = input.studyMore;

  // The mock of the day, if the plan put one on it.
  let mock: { loop: PlanLoop; round: PlanRound; done: boolean } | undefined;
  const mockDays = new Map<number, number>();
  for (const loop of input.loops) {
    if (loop.interviewDay === undefined || loop.interviewDay <= day) continue;
    const schedule = scheduleMocks(loop, loop.interviewDay, day, settings.studyDaysPerWeek, input.mocks);
    for (const { day: mockDay, round } of schedule.scheduled) {
      mockDays.set(mockDay, Math.max(mockDays.get(mockDay) ?? 0, round.minutes));
      if (mockDay === day && !mock) mock = { loop, round, done: input.mocks.some((done) => done.loop === loop.id && done.round === round.id && done.day === day) };
    }
    if (schedule.dropped.length > 0) warnings.push(`${schedule.dropped.length} mock round${schedule.dropped.length === 1 ? '' : 's'} of ${loop.title} (${schedule.dropped.map((round) => round.title).join(', ')}) no longer fit before the interview, one a day up to 2 days before it.`);
  }
  const mockMinutes = mock ? mock.round.minutes : 0;

  // Due reviews, one card per note, siblings of today's cards buried; weakest first before an interview.
  const scheduledAhead = Math.max(0, ...more.map((request) => (request.kind === 'ahead' ? request.days : 0)));
  const due: { id: string; memory: CardMemory; recall: number }[] = [];
  const dueNotes = new Set<string>();
  for (const card of input.cards) {
    const memory = memories.get(card.id);
    if (memory?.stage !== 'review' || memory.dueDay > day) continue;
    if (done.notes.has(card.noteId) || dueNotes.has(card.noteId)) continue;
    dueNotes.add(card.noteId);
    due.push({ id: card.id, memory, recall: scheduler.retrievability(memory, input.now) });
  }
  if (interview) due.sort((a, b) => a.recall - b.recall);
  else due.sort((a, b) => a.memory.dueDay - b.memory.dueDay);
  // A weak dimension's due cards first (a stable sort keeps the order within each part).
  const focusCards = new Set((input.focus ?? []).flatMap((focus) => [...focus.cards]));
  if (focusCards.size > 0) due.sort((a, b) => Number(focusCards.has(b.id)) - Number(focusCards.has(a.id)));
  const dueAtStart = due.length + done.reviewed.size;

  // Pacing groups: cards by the interview that paces them (earliest first), then the rest.
  const groups = new Map<number | undefined, PacingGroup>();
  for (const card of input.cards) {
    const key = deadline(card.id);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { deadline: key, fresh: [], introducedToday: 0, windowDays: Infinity }));
    if (done.introduced.has(card.id)) group.introducedToday += 1;
    else if (!memories.has(card.id)) group.fresh.push(card);
  }
  const ordered = [...groups.values()].sort((a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity));

  // How many new cards pacing asks for today, per group (from the start of the day).
  // A mock day has room for new cards only in what the mock leaves of the budget.
  const room = (studyDay: number): number => Math.max(0, 1 - (mockDays.get(studyDay) ?? 0) / budget);
  const paced = new Map<PacingGroup, number>();
  let pacedTotal = 0;
  for (const group of ordered) {
    const atStart = group.fresh.length + group.introducedToday;
    let quota: number;
    // On the day of an interview nothing new is learnt: it is a day for recall.
    if (!studying || interview?.daysLeft === 0) quota = 0;
    else if (group.deadline === undefined) quota = Math.min(atStart, settings.newCardsPerDay);
    else {
      const before = studyDaysBetween(day, group.deadline, settings.studyDaysPerWeek);
      const window = before.slice(0, Math.max(1, before.length - introduceBeforeDays));
      // One sibling a day, and a mock day takes no new card: the days a note's cards can still come on.
      group.windowDays = window.filter((windowDay) => room(windowDay) > 0).length;
      // Paced to finish with a lead (the first part of the window): reviews grow as cards
      // are learnt, so the later days have less room for new ones.
      const paceDays = window.slice(0, Math.max(1, Math.ceil(window.length * paceLead)));
      const capacity = paceDays.reduce((sum, paceDay) => sum + room(paceDay), 0);
      quota = capacity <= 0 ? atStart : Math.min(atStart, Math.ceil((atStart * room(day)) / capacity));
      if (before.length <= introduceBeforeDays && atStart > 0) warnings.push(`The interview is ${before.length} study day${before.length === 1 ? '' : 's'} away: new cards can no longer be introduced ${introduceBeforeDays} study days before it.`);
    }
    paced.set(group, quota);
    pacedTotal += quota;
  }

  // Will the paced cards fit by their day? If not, the plan says so, and what budget would.
  let behind = false;
  const learnt = [...memories.values()].filter((memory) => memory.stage === 'review');
  for (const group of ordered) {
    if (group.deadline === undefined || !studying || interview?.daysLeft === 0) continue;
    const before = studyDaysBetween(day, group.deadline, settings.studyDaysPerWeek);
    const window = before.slice(0, Math.max(1, before.length - introduceBeforeDays));
    const projection: ProjectionInput = { days: window, fresh: group.fresh.length + group.introducedToday, memories: learnt, mockMinutes: (windowDay) => mockDays.get(windowDay) ?? 0, costs: settings.costs, goodPath: goodPath(scheduler, input.now), reserveMinutes: problemReserveMinutes };
    const left = cardsLeft(projection, budget);
    if (left === 0) continue;
    behind = true;
    const fits = budgetThatFits(projection, budget);
    const owner = input.loops.find((loop) => loop.interviewDay === group.deadline)?.title ?? 'the interview';
    warnings.push(`At ${budget} minutes a day, about ${left} of the ${group.fresh.length + group.introducedToday} cards still new for ${owner} will not be introduced ${introduceBeforeDays} study days before it. ${fits === undefined ? 'Even 8 hours a day would not fit them all: study more days a week, or let some decks go.' : `About ${fits} minutes a day would fit them (the setting loopPrep.plan.dailyMinutes), or more study days a week.`} Cards come first: only due problems and no checklist items until then.`);
  }

  // The budget, from the start of the day. Before an interview: the mock, then due reviews
  // weakest first (a weak card costs more: it lapses more often) up to the budget (on a mock
  // day, up to the 10% slack), then as many of pacing's new cards as the rest holds. Without
  // one, the fixed daily limits (as in Anki).
  const seconds = (minutes: number): number => minutes * 60;
  let reviewsToday: number;
  let reviewSeconds: number;
  let newToday: number;
  if (!studying) {
    // A rest day plans none: what was reviewed anyway counts.
    reviewsToday = done.reviewed.size;
    reviewSeconds = reviewsToday * settings.costs.reviewSeconds;
    newToday = 0;
  } else if (!interview) {
    reviewsToday = Math.min(dueAtStart, settings.reviewsPerDay);
    reviewSeconds = reviewsToday * settings.costs.reviewSeconds;
    newToday = pacedTotal;
    if (dueAtStart > reviewsToday) warnings.push(`${dueAtStart - reviewsToday} due reviews are over the daily limit of ${settings.reviewsPerDay}: the most overdue come first, the rest tomorrow.`);
  } else {
    // On a mock day the mock fills the budget: the weakest reviews get half the slack (a
    // weak card's cost varies most).
    const allowance = seconds(mock ? Math.max(0, ceiling - mockMinutes - (budget * budgetSlack) / 2) : budget);
    reviewSeconds = done.reviewed.size * settings.costs.reviewSeconds;
    reviewsToday = done.reviewed.size;
    for (const card of due) {
      const cost = reviewCost(settings.costs, card.recall);
      if (reviewSeconds + cost > allowance) break;
      reviewSeconds += cost;
      reviewsToday += 1;
    }
    if (dueAtStart > reviewsToday) warnings.push(`${dueAtStart - reviewsToday} due reviews do not fit in today's ${budget} minutes: the weakest come first, the rest tomorrow.`);
    const roomForNew = Math.max(0, Math.floor((allowance - reviewSeconds) / settings.costs.newCardSeconds));
    newToday = Math.min(pacedTotal, roomForNew);
    if (newToday < pacedTotal) warnings.push(`Pacing asks for ${pacedTotal} new cards today; ${budget} minutes leave room for ${newToday}.`);
  }
  const reviewMinutes = reviewSeconds / 60;

  // What else the budget holds, decided before the new cards so that what is left can take
  // more of them: the mock, a problem, then checklist items (none on a mock day).
  const others: PlanBlock[] = [];
  let spent = mockMinutes + reviewMinutes + newToday * costNew;
  if (mock) others.push({ kind: 'mock', loop: mock.loop.id, round: mock.round.id, title: mock.round.title, minutes: mock.round.minutes, done: mock.done });
  if (studying && selected) {
    const weakest = [...selected.rounds].sort((a, b) => a.readiness - b.readiness);
    // Solved today: shown ticked, whatever the plan would pick now.
    for (const slug of input.problems.solvedToday) {
      const problem = input.problems.find(slug);
      if (!problem) continue;
      others.push({ kind: 'problem', slug, title: problem.title, minutes: problem.targetMinutes, reason: input.problems.due.includes(slug) ? 'due' : 'weakest', done: true });
      spent += problem.targetMinutes;
    }
    if (!mock && !others.some((block) => block.kind === 'problem')) {
      // Behind on cards, only a due problem (it is a review) takes time from them.
      const candidate = pickProblem(input, weakest, behind);
      // A problem is one piece of work, not cut to fit: it goes in whole when it fits the
      // budget (the slack is kept for what the estimates miss; a due problem always goes in).
      if (candidate && (candidate.reason === 'due' || spent + candidate.problem.targetMinutes <= budget)) {
        others.push({ kind: 'problem', slug: candidate.problem.slug, title: candidate.problem.title, minutes: candidate.problem.targetMinutes, reason: candidate.reason, ...(candidate.round ? { round: candidate.round } : {}), done: false });
        spent += candidate.problem.targetMinutes;
      }
    }
    let items = 0;
    for (const round of weakest) {
      for (const item of round.items) {
        const key = `${selected.id}/${item.id}`;
        const tickedToday = input.itemsTickedToday.has(key);
        if (item.ticked && !tickedToday) continue;
        if (!tickedToday && (mock || behind || items >= 2 || spent + itemMinutes > budget)) continue;
        others.push({ kind: 'item', loop: selected.id, item: item.id, title: item.title, text: item.text, round: round.title, minutes: itemMinutes, done: tickedToday });
        spent += itemMinutes;
        items += 1;
      }
    }
  }
  // Budget left over goes to more of the paced cards: introduced early, they are learnt
  // by the time the reviews grow.
  const fill = interview && studying && !mock ? Math.max(0, Math.floor(seconds(budget - spent) / settings.costs.newCardSeconds)) : 0;

  // Study more: more new cards, reviews ahead, or one deck's or round's cards beyond the limits.
  const scopes: { test: (card: PlanCard) => boolean; count: number }[] = [];
  let extraNew = 0;
  for (const request of more) {
    if (request.kind === 'new') extraNew += request.count;
    else if (request.kind === 'deck') scopes.push({ test: (card) => card.deckId === request.deck, count: request.count });
    else if (request.kind === 'round') {
      const round = input.loops.find((loop) => loop.id === request.loop)?.rounds.find((candidate) => candidate.id === request.round);
      const cards = new Set(round?.cards ?? []);
      scopes.push({ test: (card) => cards.has(card.id), count: request.count });
    }
  }
  newToday += extraNew;

  // Which new cards: each group's share interleaved, earliest interview first.
  const weight = deckWeights(input.cards, roundsOf);
  const fresh: PlanCard[] = [];
  const taken = new Set(done.notes);
  let left = Math.max(0, newToday - done.introduced.size);
  // Cards introduced today beyond the paced share came out of the fill.
  let extra = Math.max(0, fill - Math.max(0, done.introduced.size - newToday));
  // A weak dimension's new cards first, up to half of today's: the rest of the loop keeps moving.
  if (focusCards.size > 0 && left > 0) {
    const focusFresh = ordered.flatMap((group) => group.fresh).filter((card) => focusCards.has(card.id));
    const picked = interleave(focusFresh, weight, Math.ceil(left / 2), taken);
    for (const card of picked) {
      taken.add(card.noteId);
      const group = ordered.find((candidate) => candidate.fresh.includes(card));
      if (group) group.introducedToday += 1;
    }
    fresh.push(...picked);
    left -= picked.length;
  }
  for (const group of ordered) {
    if (left === 0 && extra === 0) break;
    const share = Math.min(left, Math.max(0, (paced.get(group) ?? 0) - group.introducedToday));
    // The fill goes to the cards an interview paces, the nearest interview's first.
    const more = group.deadline === undefined ? 0 : Math.min(extra, group.fresh.length - share);
    // A note whose cards still to come are as many as the days left (one sibling a day)
    // goes first, whatever its deck's weight: later it would not fit.
    const remaining = new Map<string, number>();
    for (const card of group.fresh) remaining.set(card.noteId, (remaining.get(card.noteId) ?? 0) + 1);
    const urgent = group.fresh.filter((card) => (remaining.get(card.noteId) ?? 0) >= group.windowDays);
    const first = interleave(urgent, weight, share + more, taken);
    for (const card of first) taken.add(card.noteId);
    const picked = [...first, ...interleave(group.fresh, weight, share + more - first.length, taken)];
    for (const card of picked) taken.add(card.noteId);
    fresh.push(...picked);
    left -= Math.min(left, picked.length);
    extra -= Math.max(0, picked.length - share);
  }
  // "Study more" new cards beyond pacing: the most urgent groups' cards, interleaved.
  if (left > 0) {
    const rest = ordered.flatMap((group) => group.fresh).filter((card) => !taken.has(card.noteId));
    const picked = interleave(rest, weight, left, taken);
    for (const card of picked) taken.add(card.noteId);
    fresh.push(...picked);
  }
  for (const scope of scopes) {
    const rest = ordered.flatMap((group) => group.fresh).filter((card) => scope.test(card) && !taken.has(card.noteId));
    const picked = interleave(rest, weight, scope.count, taken);
    for (const card of picked) taken.add(card.noteId);
    fresh.push(...picked);
  }

  // Reviews: today's allowance, plus those a study-more request lifts.
  let review = due.slice(0, Math.max(0, reviewsToday - done.reviewed.size)).map(({ id }) => id);
  const inReview = new Set(review);
  // Only a study-more request for one deck or round lifts reviews (rare): the lookup is built then.
  const cardById = scopes.length === 0 ? new Map<string, PlanCard>() : new Map(input.cards.map((card) => [card.id, card]));
  const lifted = scopes.length === 0 ? [] : due.filter(({ id }) => {
    const card = cardById.get(id);
    return card !== undefined && !inReview.has(id) && scopes.some((scope) => scope.test(card));
  });
  review = [...review, ...lifted.map(({ id }) => id)];
  if (scheduledAhead > 0) {
    const ahead = input.cards
      .filter((card) => {
        const memory = memories.get(card.id);
        return memory?.stage === 'review' && memory.dueDay > day && memory.dueDay <= day + scheduledAhead && !done.notes.has(card.noteId) && !inReview.has(card.id);
      })
      .map((card) => ({ id: card.id, recall: scheduler.retrievability(memories.get(card.id), input.now) }))
      .sort((a, b) => a.recall - b.recall);
    review = [...review, ...ahead.map(({ id }) => id)];
  }

  // The blocks. A new card's learning steps are part of its cost (costs.ts), so the reviews
  // block counts long-term reviews; the queue still shows learning cards as they come due.
  const blocks: PlanBlock[] = [];
  const reviewCount = done.reviewed.size + review.length;
  const newCount = done.introduced.size + fresh.length;
  // Reviews beyond the plan's (study more) are estimated at the average cost.
  const reviewBlockMinutes = reviewMinutes + Math.max(0, reviewCount - reviewsToday) * costReview;
  blocks.push({ kind: 'reviews', count: reviewCount, done: done.reviewed.size, minutes: Math.round(reviewBlockMinutes) });
  blocks.push({ kind: 'new', count: newCount, done: done.introduced.size, minutes: Math.round(newCount * costNew), rounds: roundCounts(fresh, roundsOf) });
  blocks.push(...others);
  if (!studying) warnings.unshift(`A rest day (${shortDate(day)}): nothing new is planned. Study More still works.`);
  if (interview?.daysLeft === 0) warnings.unshift(`The interview for ${interview.title} is today: nothing new is planned, only what is due.`);
  if ((input.focus ?? []).length > 0) warnings.push(`Rated Weak twice in a row in your mock rounds: ${(input.focus ?? []).map((focus) => focus.title).join(', ')}. Their cards and problems come first until a review rates them better.`);
  const minutes = blocks.reduce((sum, block) => sum + block.minutes, 0);
  return { day, studyDay: studying, interview, blocks, minutes, review, fresh: fresh.map((card) => card.id), buriedNotes: done.notes, warnings, pacedNew: pacedTotal };
}

/** Each deck's weight: how far from ready the rounds its cards serve are, summed over those rounds. */
function deckWeights(cards: readonly PlanCard[], roundsOf: (cardId: string) => readonly PlanRound[]): (deckId: string) => number {
  const rounds = new Map<string, Set<PlanRound>>();
  for (const card of cards) {
    let set = rounds.get(card.deckId);
    if (!set) rounds.set(card.deckId, (set = new Set()));
    for (const round of roundsOf(card.id)) set.add(round);
  }
  const weights = new Map<string, number>();
  for (const [deckId, set] of rounds) weights.set(deckId, [...set].reduce((sum, round) => sum + Math.max(minimumRoundWeight, 1 - round.readiness), 0));
  return (deckId) => weights.get(deckId) ?? 0;
}

/** Today's new cards per round of the selected loop, most first. */
function roundCounts(cards: readonly PlanCard[], roundsOf: (cardId: string) => readonly PlanRound[]): { title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const card of cards) for (const round of roundsOf(card.id)) counts.set(round.title, (counts.get(round.title) ?? 0) + 1);
  return [...counts].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count);
}

/** A due problem first; else an unsolved problem linked from the weakest round that has one. */
function pickProblem(input: PlanInput, weakest: readonly PlanRound[], dueOnly: boolean): { problem: NonNullable<ReturnType<PlanInput['problems']['find']>>; reason: 'due' | 'weakest' | 'weak'; round?: string } | undefined {
  for (const slug of input.problems.due) {
    const problem = input.problems.find(slug);
    if (problem) return { problem, reason: 'due' };
  }
  if (dueOnly) return undefined;
  for (const focus of input.focus ?? []) {
    for (const slug of focus.problems) {
      if (input.problems.solved.has(slug)) continue;
      const problem = input.problems.find(slug);
      if (problem) return { problem, reason: 'weak', round: focus.title };
    }
  }
  for (const round of weakest) {
    for (const slug of round.problems) {
      if (input.problems.solved.has(slug)) continue;
      const problem = input.problems.find(slug);
      if (problem) return { problem, reason: 'weakest', round: round.title };
    }
  }
  return undefined;
}

export type { StudyMore };
