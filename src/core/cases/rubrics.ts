import type { ContentLink } from '../rounds/yamlSource';

// What a mock round is, by the kind of round it rehearses, and the rubric its self-review
// asks. Each rubric's dimensions link the cards and problems that build them: a dimension
// rated Weak or below twice in a row puts those into the study plan (see fold.ts).

/** The mock rounds Loop Prep runs. */
export const mockKinds = ['design', 'coding', 'behavioral', 'fundamentals'] as const;
export type MockKind = (typeof mockKinds)[number];

export interface RubricDimension {
  readonly id: string;
  readonly title: string;
  /** What a strong rating means, shown beside the buttons. */
  readonly hint: string;
  /** What to study when it is weak. */
  readonly links: readonly ContentLink[];
}

export interface Rubric {
  readonly kind: MockKind;
  readonly title: string;
  readonly dimensions: readonly RubricDimension[];
}

const cards = (...ids: string[]): ContentLink[] => ids.map((card) => ({ card }));
const decks = (...ids: string[]): ContentLink[] => ids.map((deck) => ({ deck }));

/** The rubric of each kind of mock round. The design rubric is the case-interview seed's (001). */
export const rubrics: Readonly<Record<MockKind, Rubric>> = {
  design: {
    kind: 'design',
    title: 'System design',
    dimensions: [
      { id: 'clarity', title: 'Clarity and prioritisation', hint: 'Framed the problem fast, spent the time on what mattered, made trade-offs explicit.', links: cards('sd-answer-steps', 'sd-time-budget', 'sd-clarifying-questions', 'sd-tradeoff') },
      { id: 'depth', title: 'Technical depth', hint: 'Went deep on models and the systems around them; the design would run at scale.', links: [...cards('sd-serving-architecture', 'sd-training-loop', 'sd-latency-budget', 'sd-qps-estimate', 'sd-embedding-memory', 'sd-ann-memory'), ...decks('recommender-systems')] },
      { id: 'metrics', title: 'Metrics and experimentation rigour', hint: 'Chose fitting metrics and guardrails; the experiment would give a trustworthy answer.', links: [...cards('sd-goal-to-metrics', 'sd-evaluation-plan'), ...decks('experimentation')] },
      { id: 'safety', title: 'Safety integration', hint: 'Built safety into the pipeline, reliable under failure and affordable in latency.', links: decks('safety-moderation') },
      { id: 'communication', title: 'Communication', hint: 'Kept a clear structure, adapted when probed, reasoned through counterfactuals.', links: cards('sd-answer-steps', 'sd-time-budget', 'sd-sanity-check') },
      { id: 'ownership', title: 'Ownership', hint: 'Showed how it would be iterated, debugged and landed in production.', links: [...cards('sd-monitoring', 'sd-baseline-first'), ...decks('production-ml')] },
    ],
  },
  coding: {
    kind: 'coding',
    title: 'Coding',
    dimensions: [
      { id: 'problem-solving', title: 'Problem solving', hint: 'Clarified, found the pattern, moved from brute force to the right approach without being led.', links: [...cards('code-pattern-cues', 'code-round-habits', 'code-dp-recipe'), { problem: 'jump-game' }, { problem: 'top-k-frequent-elements' }] },
      { id: 'code-quality', title: 'Code quality', hint: 'Readable, correct code with clear names; no rewrite needed to follow it.', links: cards('code-round-habits', 'code-heapq-basics') },
      { id: 'testing', title: 'Testing', hint: 'Traced an example by hand, named the edge cases and checked them before being asked.', links: [...cards('code-round-habits'), { problem: 'merge-intervals' }] },
      { id: 'complexity', title: 'Complexity', hint: 'Stated time and space correctly and knew what would make it faster.', links: cards('code-complexity-facts', 'code-log-factors', 'code-top-k-heap') },
      { id: 'communication', title: 'Communication', hint: 'Thought out loud, agreed the approach before coding, took hints well.', links: cards('code-round-habits') },
    ],
  },
  behavioral: {
    kind: 'behavioral',
    title: 'Behavioral',
    dimensions: [
      { id: 'star', title: 'STAR structure', hint: 'Situation and task in a few sentences, most of the time on actions, a clear result.', links: cards('story-star', 'story-star-failures', 'story-bank') },
      { id: 'ownership', title: 'Ownership', hint: 'Said what you did ("I"), decided and drove it, owned the outcome and the follow-up.', links: cards('story-i-vs-we', 'story-ownership-proof', 'story-ambiguity') },
      { id: 'impact', title: 'Impact', hint: 'A measured result with a before and after, tied to what the business cared about.', links: cards('story-quantify', 'story-project-overview') },
      { id: 'reflection', title: 'Reflection', hint: 'Named what you learned and would do differently, without blaming others.', links: cards('story-failure', 'story-conflict-teammate', 'story-disagree-manager') },
    ],
  },
  fundamentals: {
    kind: 'fundamentals',
    title: 'ML fundamentals',
    dimensions: [
      { id: 'accuracy', title: 'Accuracy', hint: 'Definitions, formulas and facts were right, first time.', links: decks('bias-variance', 'losses-metrics') },
      { id: 'depth', title: 'Depth', hint: 'Went past the definition: when it fails, what to do instead, how it shows up in production.', links: decks('classical-ml', 'nn-optimisation') },
      { id: 'clarity', title: 'Clarity', hint: 'Answered in a sentence first, then the detail; no rambling.', links: decks('probability-statistics') },
    ],
  },
};

/** The kinds of mock a round can run, from its kinds (a round of several kinds offers several). */
export function mockKindsOfRound(roundKinds: readonly string[]): MockKind[] {
  const kinds = new Set<MockKind>();
  for (const kind of roundKinds) {
    if (kind === 'system-design') kinds.add('design');
    else if (kind === 'ml-fundamentals') kinds.add('fundamentals');
    else if (kind === 'coding' || kind === 'online-assessment') kinds.add('coding');
    else if (kind === 'behavioral' || kind === 'hiring-manager' || kind === 'project-deep-dive') kinds.add('behavioral');
  }
  // In the order a candidate would most want them: the heaviest rounds first.
  return mockKinds.filter((kind) => kinds.has(kind));
}

/** A rating of Weak or below. */
export const weakRating = 2;
