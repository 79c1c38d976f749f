// Story files (`stories/<name>.md` in the workspace): a project deep dive or a behavioral
// story, one section per thing interviewers probe. Each file is a deck (front matter with
// `kind: story`) whose sections are rehearsal cards: the front asks you to tell that part
// out loud, the back is what you wrote.

export type StoryKind = 'project' | 'star';

interface Section {
  readonly key: string;
  readonly title: string;
  /** What the card asks you to tell. */
  readonly prompt: string;
  /** Starting notes under the `?`, to be replaced by the user's own. */
  readonly notes: readonly string[];
}

const projectSections: readonly Section[] = [
  {
    key: 'problem',
    title: 'Problem',
    prompt: 'Tell the problem in under a minute: who had it, what it cost them, and how success was defined before any model existed.',
    notes: ['Who felt the pain, and how you learned of it.', 'The metric that defined success, and its value before you started.', 'Your role, and who else worked on it.'],
  },
  {
    key: 'data',
    title: 'Data',
    prompt: 'Where did the training data come from, how were the labels made, and what was wrong with them?',
    notes: ['Sources, volume and how fresh it was.', 'Label source and how noisy or delayed the labels were.', 'How you split train, validation and test (by time? by user?) and how you checked for leakage.'],
  },
  {
    key: 'features',
    title: 'Features',
    prompt: 'Which features carried the model, how do you know, and how were they kept the same online and offline?',
    notes: ['The three features that mattered most, and the ablation or importance that showed it.', 'A feature you tried and dropped, and why.', 'How training and serving computed features the same way.'],
  },
  {
    key: 'baselines',
    title: 'Baselines',
    prompt: 'What did you compare against before the final model, and by how much did the final model beat each baseline?',
    notes: ['The simple baseline (a rule, popularity, the old system) and its numbers.', 'The simple model (e.g. logistic regression or a GBDT) and its numbers.'],
  },
  {
    key: 'model',
    title: 'Model',
    prompt: 'Why this model over the alternatives, and which design choices mattered most?',
    notes: ['Architecture, loss and the hyperparameters that moved the metric.', 'The trade-off you accepted (accuracy against latency, size or interpretability).'],
  },
  {
    key: 'metrics',
    title: 'Offline and online metrics',
    prompt: 'How did you measure the model offline and online, and did the two agree?',
    notes: ['Offline metric and why it fits the product (AUC, NDCG@k, recall@k…).', 'The online experiment: primary metric, guardrails, duration, sample size, result.', 'Where offline and online disagreed, and your explanation.'],
  },
  {
    key: 'deployment',
    title: 'Deployment',
    prompt: 'How did the model reach production, and how is it kept healthy there?',
    notes: ['Serving path and latency budget.', 'Rollout: shadow, canary, ramp-up, rollback plan.', 'Monitoring, drift checks and how often it is retrained.'],
  },
  {
    key: 'what-broke',
    title: 'What broke',
    prompt: 'What went wrong along the way, how did you find out, and what did you change because of it?',
    notes: ['The failure, and the signal that revealed it.', 'The fix, and the safeguard you added so it cannot recur silently.'],
  },
  {
    key: 'changes',
    title: 'What you would change',
    prompt: 'Knowing what you know now, what would you do differently, and what would it have bought?',
    notes: ['One technical change and one process change, each with its expected payoff.'],
  },
];

const starSections: readonly Section[] = [
  {
    key: 'situation',
    title: 'Situation',
    prompt: 'Set the scene in two or three sentences: where, when, and what was at stake?',
    notes: ['Team, project and timeline.', 'Why it mattered, to whom.'],
  },
  {
    key: 'task',
    title: 'Task',
    prompt: 'What were you personally responsible for, and what made it hard?',
    notes: ['Your goal, in one sentence.', 'The constraint or conflict that made it difficult.'],
  },
  {
    key: 'action',
    title: 'Action',
    prompt: 'What did you do, step by step? Say "I", not "we": your decisions and why you made them.',
    notes: ['Two to four concrete steps.', 'One decision where you weighed options, and why you chose as you did.'],
  },
  {
    key: 'result',
    title: 'Result',
    prompt: 'What happened, in numbers where you can, and how did others respond?',
    notes: ['The measurable outcome.', 'What a manager, partner team or user said or did afterwards.'],
  },
  {
    key: 'reflection',
    title: 'Reflection',
    prompt: 'What did you learn, and which questions can this story answer (conflict, failure, ambiguity, ownership, influence)?',
    notes: ['The lesson, and where you have applied it since.', 'The questions this story answers.'],
  },
];

export const storyKinds: Readonly<Record<StoryKind, { readonly label: string; readonly detail: string; readonly rounds: readonly string[]; readonly sections: readonly Section[] }>> = {
  project: {
    label: 'Project deep dive',
    detail: 'Problem, data, features, baselines, model, metrics, deployment, what broke, what you would change',
    rounds: ['project-deep-dive', 'hiring-manager'],
    sections: projectSections,
  },
  star: {
    label: 'Behavioral story (STAR)',
    detail: 'Situation, task, action, result, reflection',
    rounds: ['behavioral', 'hiring-manager'],
    sections: starSections,
  },
};

/** The card ids a story named by `slug` uses. */
export function storyCardIds(kind: StoryKind, slug: string): string[] {
  return storyKinds[kind].sections.map((section) => `story-${slug}-${section.key}`);
}

/** Whether a deck file's text marks it as a story (front matter line `kind: story`). */
export function isStoryFile(text: string): boolean {
  const frontMatter = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  return frontMatter !== undefined && /^kind:\s*story\s*$/m.test(frontMatter);
}

/** The Markdown of a new story: a deck with one rehearsal card per section. */
export function storyTemplate(kind: StoryKind, name: string, slug: string): string {
  const { label, rounds, sections } = storyKinds[kind];
  // No quotes (front matter), no braces (a `{#…}` in a heading would be taken as its id).
  const title = name.replace(/["\\\n\r{}]/g, ' ').trim();
  const lines = [
    '---',
    `title: "Story: ${title}"`,
    `description: ${label}, rehearsed one section at a time.`,
    `rounds: [${rounds.join(', ')}]`,
    'kind: story',
    '---',
    '',
    'Replace the notes under each `?` with your own. Each section is a rehearsal card in',
    'Loop Prep\'s review queue: the card asks you to tell that part out loud, then shows',
    'what you wrote here. Keep the `{#…}` ids: your review history belongs to them.',
  ];
  sections.forEach((section, index) => {
    const id = storyCardIds(kind, slug)[index] ?? '';
    lines.push('', `## ${section.title}: ${title} {#${id}}`, '', section.prompt, '', '?', '', ...section.notes.map((note) => `- ${note}`));
  });
  return `${lines.join('\n')}\n`;
}
