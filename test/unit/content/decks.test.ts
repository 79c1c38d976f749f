import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findDuplicateCardIds, parseDeck } from '../../../src/core/decks/deckFormat';
import type { Card, ParsedDeck } from '../../../src/core/decks/types';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import { createCardRenderer } from '../../../src/webviews/review/render';
import { answerWordLimit, firstCardOfEachNote, proseWordCount, texProblems } from '../../content/deckQuality';

// The built-in decks as content: they load cleanly, they are the size the product
// promises, their math renders, their answers can be recalled, and every topic the seeds
// say interviewers probe has cards. `node test/content/checkDecks.mjs` prints the same
// checks as a report for authors.

/** The repository root, from out/test/unit/content in the real run or a private build folder. */
function repositoryRoot(): string {
  for (let folder = __dirname; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'flashcards')) && fs.existsSync(path.join(folder, 'package.json'))) return folder;
  }
  return process.cwd();
}

const deckFolder = path.join(repositoryRoot(), 'flashcards');
const decks: ParsedDeck[] = fs
  .readdirSync(deckFolder)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), { file: path.join(deckFolder, name), knownRounds: knownRoundIds }));
const cards: Card[] = decks.flatMap((deck) => deck.cards);
const notes: Card[] = firstCardOfEachNote(cards);

/**
 * Every topic of the built-in decks issue, with cards that cover it (ids of notes). Each
 * named sub-topic has a card; each topic at least three. A card that is renamed away
 * fails the test, so the list stays true.
 */
const coverage: Record<string, string[]> = {
  'Word2Vec: skip-gram vs CBOW': ['w2v-skipgram-cbow', 'w2v-architecture'],
  'Word2Vec: negative sampling, why, unigram^0.75': ['w2v-negative-sampling', 'w2v-why-negative-sampling', 'w2v-noise-distribution', 'w2v-sgns-loss'],
  'Word2Vec: subsampling of frequent words': ['w2v-subsampling'],
  'Word2Vec: hierarchical softmax': ['w2v-hierarchical-softmax'],
  'Word2Vec: embedding size': ['w2v-embedding-dim'],
  'Word2Vec: small corpus': ['w2v-small-corpus', 'w2v-small-corpus-alternatives'],
  'Transformers: scaled dot-product and multi-head attention': ['tf-scaled-attention', 'tf-attention-code', 'tf-multi-head', 'tf-multi-head-shapes'],
  'Transformers: sinusoidal vs learned positional encodings': ['tf-why-positions', 'tf-sinusoidal-encoding', 'tf-learned-vs-sinusoidal'],
  'Transformers: relative encodings (RoPE, ALiBi)': ['tf-relative-positions', 'tf-rope', 'tf-alibi', 'tf-position-extrapolation'],
  'Transformers: complexity and efficiency': ['tf-attention-cost', 'tf-kv-cache', 'tf-mqa-gqa', 'tf-flashattention', 'tf-sparse-linear-attention'],
  'Bias–variance and overfitting': ['bv-decomposition', 'bv-diagnose-errors', 'bv-learning-curves', 'bv-overfitting'],
  'Regularization: L1/L2, dropout, early stopping, augmentation': ['bv-regularisation', 'bv-l1-l2-geometry', 'bv-dropout', 'bv-early-stopping', 'bv-data-augmentation'],
  'Splits and cross-validation': ['bv-splits', 'bv-test-set-once', 'bv-kfold', 'bv-grouped-time-splits'],
  'Losses: cross-entropy, hinge, MSE/MAE/Huber': ['loss-binary-cross-entropy', 'loss-ce-mle', 'loss-hinge', 'loss-mse-vs-mae', 'loss-huber'],
  'Classification metrics: precision/recall/F1, ROC-AUC vs PR-AUC, calibration': ['loss-precision-recall-f1', 'loss-roc-auc', 'loss-pr-auc', 'loss-calibration', 'loss-ece'],
  'Ranking metrics: precision@k, recall@k': ['rank-precision-recall-at-k', 'rank-hit-rate'],
  'Ranking metrics: MAP, MRR': ['rank-map', 'rank-average-precision-code', 'rank-mrr'],
  'Ranking metrics: DCG/NDCG': ['rank-ndcg', 'rank-dcg-gain', 'rank-ideal-dcg', 'rank-ndcg-example'],
  'Ranking metrics: AUC and GAUC': ['rank-auc', 'rank-gauc', 'rank-gauc-code'],
  'Ranking metrics: offline vs online': ['rank-online-metrics', 'rank-offline-online-gap', 'rank-short-long-term'],
  'Recommenders: candidate generation, two-tower retrieval': ['rec-funnel', 'rec-multi-source-retrieval', 'rec-two-tower', 'rec-in-batch-loss'],
  'Recommenders: ANN (Faiss, ScaNN, HNSW, IVF-PQ)': ['rec-hnsw', 'rec-ivf', 'rec-product-quantization', 'rec-faiss-ivfpq', 'rec-ann-choice'],
  'Recommenders: pre-ranking and deep ranking (DIN, MMoE)': ['rec-pre-ranking', 'rec-din', 'rec-mmoe', 'rec-ple'],
  'Recommenders: re-ranking and diversity': ['rec-rerank', 'rec-mmr', 'rec-dpp'],
  'Recommenders: cold start': ['rec-item-cold-start', 'rec-user-cold-start', 'safe-new-creator-cold-start'],
  'Recommenders: exploration (epsilon-greedy, UCB, Thompson)': ['rec-epsilon-greedy', 'rec-ucb', 'rec-thompson-sampling'],
  'Recommenders: feedback loops, position and popularity bias': ['rec-feedback-loops', 'rec-position-bias-feature', 'rec-position-bias-ipw', 'rec-popularity-bias'],
  'Experimentation: A/B design, guardrails': ['exp-ab-design', 'exp-randomisation-unit', 'exp-metric-tiers', 'exp-guardrails'],
  'Experimentation: power and sample size': ['exp-sample-size-code', 'exp-mde', 'stats-ab-sample-size'],
  'Experimentation: CUPED': ['exp-cuped', 'exp-cuped-pitfalls', 'exp-delta-method'],
  'Experimentation: novelty, interference, ramp and rollback': ['exp-novelty-primacy', 'exp-interference', 'exp-interference-fixes', 'exp-ramp'],
  'Production ML: feature stores, point-in-time correctness, freshness/TTL': ['prod-feature-store', 'prod-offline-online-store', 'prod-point-in-time', 'prod-asof-join-code', 'prod-freshness-ttl'],
  'Production ML: training–serving skew, drift, monitoring': ['prod-training-serving-skew', 'prod-log-served-features', 'prod-drift-types', 'prod-psi', 'prod-monitoring'],
  'Production ML: retraining, online learning, embedding versioning': ['prod-retraining', 'prod-online-learning', 'prod-embedding-versioning', 'prod-embedding-compatibility'],
  'Serving: latency budgets, p50/p95, caching': ['serve-latency-budget-split', 'serve-percentiles', 'serve-tail-why', 'serve-what-to-cache', 'serve-cache-invalidation'],
  'Serving: quantization and distillation': ['serve-int8-quantization', 'serve-ptq-vs-qat', 'serve-distillation', 'serve-distillation-loss'],
  'Serving: graceful degradation and fallback ranking': ['serve-graceful-degradation', 'serve-fallback-ranking', 'serve-deadlines-partial', 'serve-load-shedding'],
  'Safety: on-path vs asynchronous, ensembles': ['safe-on-path-vs-async', 'safe-pre-vs-post-publish', 'safe-classifier-ensemble', 'safe-cascade'],
  'Safety: thresholds, recall targets, human review, fail-closed': ['safe-thresholds-policy-region', 'safe-raise-recall', 'safe-review-prioritisation', 'safe-fail-closed-vs-open'],
  'Probability and statistics: hypothesis tests, p-values': ['stats-hypothesis-test', 'stats-type-errors', 'stats-p-value', 'stats-p-value-not', 'stats-z-vs-t'],
  'Probability and statistics: confidence intervals': ['stats-ci-interpretation', 'stats-ci-proportion', 'stats-ci-mean'],
  'Probability and statistics: common distributions': ['stats-bernoulli-binomial', 'stats-poisson', 'stats-geometric', 'stats-exponential', 'stats-uniform-normal', 'stats-beta-conjugate'],
  'Coding: greedy (Jump Game)': ['code-jump-game', 'code-jump-game-ii', 'code-greedy-validity'],
  'Coding: heaps and top-k': ['code-heapq-basics', 'code-top-k-heap', 'code-kth-largest-stream', 'code-merge-k-sorted', 'code-running-median'],
  'Coding: dynamic programming': ['code-dp-recipe', 'code-memo-vs-tabulation', 'code-coin-change', 'code-lis-nlogn', 'code-knapsack-01'],
  'Coding: complexity analysis': ['code-complexity-facts', 'code-log-factors', 'code-amortised'],
  'Behavioral: STAR': ['story-star', 'story-star-failures', 'story-i-vs-we', 'story-quantify'],
  'Project deep dive: what interviewers probe': ['story-project-overview', 'story-deep-dive-probes', 'story-data-labels', 'story-baselines', 'story-offline-online', 'story-what-broke'],
};

describe('the built-in decks (content)', () => {
  it('every deck parses with zero diagnostics, and no id is used twice across decks', () => {
    for (const deck of decks) {
      assert.deepEqual(deck.diagnostics.map((problem) => `${path.basename(deck.file)}:${problem.range.startLine + 1} ${problem.code}: ${problem.message}`), []);
    }
    assert.deepEqual(findDuplicateCardIds(decks).map((problem) => problem.message), []);
  });

  it('has at least 12 decks and 220 cards, 30 cloze cards and 20 cards with math or code, and every card kind', () => {
    for (const kind of ['basic', 'reversed', 'cloze'] as const) assert.ok(cards.some((card) => card.kind === kind), kind);
    assert.ok(decks.length >= 12, `${decks.length} decks`);
    assert.ok(cards.length >= 220, `${cards.length} cards`);
    const cloze = cards.filter((card) => card.kind === 'cloze').length;
    assert.ok(cloze >= 30, `${cloze} cloze cards`);
    const mathOrCode = cards.filter((card) => /\$|```/.test(card.front + card.back)).length;
    assert.ok(mathOrCode >= 20, `${mathOrCode} cards with math or code`);
  });

  it('tags every deck with the known round ids it serves, and gives it a title and a description', () => {
    for (const { deck, file } of decks) {
      assert.ok(deck, file);
      assert.ok(deck.rounds.length > 0, `${deck.id} serves no round`);
      for (const round of deck.rounds) assert.ok(knownRoundIds.has(round), `${deck.id}: unknown round ${round}`);
      assert.ok(deck.description && deck.description.length > 10, `${deck.id} has no description`);
      assert.notEqual(deck.title, deck.id, `${deck.id} has no title of its own`);
    }
  });

  it('keeps every answer short enough to recall (at most 120 words of prose)', () => {
    const long = notes.filter((card) => proseWordCount(card.back) > answerWordLimit).map((card) => `${card.noteId}: ${proseWordCount(card.back)} words`);
    assert.deepEqual(long, []);
  });

  it('renders all of its TeX with KaTeX: no parse error and no undefined command', () => {
    const render = createCardRenderer();
    const broken: string[] = [];
    for (const card of cards) {
      for (const side of [card.front, card.back]) {
        broken.push(...texProblems(render(side)).map((problem) => `${card.id}: ${problem}`));
      }
    }
    assert.deepEqual(broken, []);
  });

  it('documents every diagnostic code in flashcards/README.md, and no code that does not exist', () => {
    const types = fs.readFileSync(path.join(repositoryRoot(), 'src', 'core', 'decks', 'types.ts'), 'utf8');
    const union = /export type DeckDiagnosticCode =([^;]+);/.exec(types)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
    const readme = fs.readFileSync(path.join(deckFolder, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` \| (?:warning|error) \|/gm)].map((match) => match[1]);
    assert.ok(codes.length >= 20, `${codes.length} codes read from types.ts`);
    assert.deepEqual([...documented].sort(), [...codes].sort());
  });

  it('covers every topic the seeds name, each with at least 3 cards (coverage list)', () => {
    const ids = new Set(cards.map((card) => card.noteId));
    for (const [topic, covering] of Object.entries(coverage)) {
      const missing = covering.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `${topic}: cards not found`);
    }
    // The thirteen topics, each the union of its sub-topics above.
    const topics = ['Word2Vec', 'Transformers', 'Bias–variance|Regularization|Splits', 'Losses|Classification', 'Ranking metrics', 'Recommenders', 'Experimentation', 'Production ML', 'Serving', 'Safety', 'Probability', 'Coding', 'Behavioral|Project deep dive'];
    for (const topic of topics) {
      const pattern = new RegExp(`^(${topic})`);
      const covering = new Set(Object.entries(coverage).filter(([name]) => pattern.test(name)).flatMap(([, list]) => list));
      assert.ok(covering.size >= 3, `${topic}: only ${covering.size} cards`);
    }
  });
});
