import { createEmptyCard, forgetting_curve, fsrs, FSRS6_DEFAULT_DECAY, Rating, State, type Card as FsrsCard, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardMemory, Grade, MemoryStage, SchedulerSettings } from './memory';
import { schedulerTime, startOfStudyDay, studyDay, studyDayOfDate } from './studyDay';

// The light half (types, defaults, labels) lives in ./memory, which views can load
// without pulling ts-fsrs into activation; re-exported here for one import site.
export { defaultSchedulerSettings, grades, intervalLabel, type CardMemory, type Grade, type MemoryStage, type SchedulerSettings } from './memory';

const millisecondsPerDay = 86_400_000;

const ratingOfGrade: Record<Grade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

const stageOfState: Record<State, MemoryStage> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const stateOfStage: Record<MemoryStage, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** FSRS-6 scheduling (through ts-fsrs) on the learner's study days. */
export class Scheduler {
  private readonly fsrs: FSRS;
  /** The forgetting curve's decay (FSRS-6's w20), read once: ts-fsrs keeps its weights behind a Proxy. */
  private readonly decay: number;
  /** The interview's study day, if one is set. */
  readonly interviewDay: number | undefined;

  constructor(readonly settings: SchedulerSettings) {
    this.fsrs = fsrs({
      // ts-fsrs clamps each weight to its range, as it would any list it is given.
      ...(settings.weights === undefined ? {} : { w: [...settings.weights] }),
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      // Fuzz would make intervals differ between two machines folding the same journal.
      enable_fuzz: false,
      enable_short_term: true,
    });
    this.decay = this.fsrs.parameters.w[20] ?? FSRS6_DEFAULT_DECAY;
    this.interviewDay = settings.interviewDate === undefined ? undefined : studyDayOfDate(settings.interviewDate);
  }

  /** The study day `time` falls on. */
  today(time: number): number {
    return studyDay(time, this.settings);
  }

  /** The card's memory after grading it `grade` at `now`. */
  review(memory: CardMemory | undefined, grade: Grade, now: number): CardMemory {
    const scheduledNow = schedulerTime(now, this.settings);
    const card = memory === undefined ? createEmptyCard(new Date(scheduledNow)) : this.toFsrsCard(memory);
    const next = this.fsrs.next(card, new Date(scheduledNow), ratingOfGrade[grade]).card;
    return this.fromFsrsCard(next, now, scheduledNow);
  }

  /** What each grade would do, for labelling the buttons. */
  preview(memory: CardMemory | undefined, now: number): Record<Grade, CardMemory> {
    return {
      1: this.review(memory, 1, now),
      2: this.review(memory, 2, now),
      3: this.review(memory, 3, now),
      4: this.review(memory, 4, now),
    };
  }

  /** The probability the card is recalled at `now` (0 for a card never seen). */
  retrievability(memory: CardMemory | undefined, now: number): number {
    if (memory === undefined) return 0;
    // Real elapsed time: forgetting is continuous, and study days only matter for whole-day
    // intervals. (It also spares two time-zone conversions per card in the queue.)
    const elapsedDays = Math.max(0, (now - memory.lastReview) / millisecondsPerDay);
    // The number form of ts-fsrs's curve: the same value as with the weights, without the
    // Proxy lookup per card (a plan ranks every due card by it).
    return forgetting_curve(this.decay, elapsedDays, memory.stability);
  }

  private toFsrsCard(memory: CardMemory): FsrsCard {
    const due = new Date(schedulerTime(memory.due, this.settings));
    return {
      // The empty card supplies the deprecated fields ts-fsrs still declares.
      ...createEmptyCard(due),
      due,
      stability: memory.stability,
      difficulty: memory.difficulty,
      scheduled_days: memory.scheduledDays,
      learning_steps: memory.step,
      reps: memory.reps,
      lapses: memory.lapses,
      state: stateOfStage[memory.stage],
      last_review: new Date(schedulerTime(memory.lastReview, this.settings)),
    };
  }

  private fromFsrsCard(card: FsrsCard, now: number, scheduledNow: number): CardMemory {
    const stage = stageOfState[card.state];
    if (stage === 'new') throw new Error('ts-fsrs returned a new card after a review');
    const today = this.today(now);
    let due: number;
    let dueDay: number;
    let scheduledDays: number;
    if (stage === 'review') {
      // Long-term intervals are whole study days; the card is due from the start of its day.
      dueDay = Math.floor(card.due.getTime() / millisecondsPerDay);
      // The cap holds only while the interview is ahead: on its day a card due "today"
      // would come straight back after every passing grade (issue 20).
      if (this.interviewDay !== undefined && today < this.interviewDay && dueDay > this.interviewDay) {
        dueDay = this.interviewDay;
      }
      scheduledDays = dueDay - today;
      due = startOfStudyDay(dueDay, this.settings);
    } else {
      // Learning steps are minutes of real time from now.
      due = now + (card.due.getTime() - scheduledNow);
      dueDay = this.today(due);
      scheduledDays = 0;
    }
    return {
      stage,
      stability: card.stability,
      difficulty: card.difficulty,
      reps: card.reps,
      lapses: card.lapses,
      step: card.learning_steps,
      lastReview: now,
      due,
      dueDay,
      scheduledDays,
    };
  }
}
