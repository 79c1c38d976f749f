import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findDuplicateCardIds, parseDeck } from '../../../src/core/decks/deckFormat';
import type { Card, ParsedDeck } from '../../../src/core/decks/types';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import { renderTex } from '../../../src/webviews/review/math';
import { createCardRenderer } from '../../../src/webviews/review/render';
import { answerWordLimit, firstCardOfEachNote, proseWordCount, questionSideLeaks, texProblems } from '../../content/deckQuality';
import { repositoryRoot } from '../repository';

// The built-in decks as content: they load cleanly, they are the size the product
// promises, their math renders, their answers can be recalled and are not shown before
// they are asked, and every topic the seeds say interviewers probe has cards. `node test/content/checkDecks.mjs` prints the same
// checks as a report for authors.

const deckFolder = path.join(repositoryRoot(), 'flashcards');
/** Each note's Markdown as written, which holds its cloze answers. */
const noteMarkdown = new Map<string, string>();
const decks: ParsedDeck[] = fs
  .readdirSync(deckFolder)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) =>
    parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), {
      file: path.join(deckFolder, name),
      knownRounds: knownRoundIds,
      onNote: (id, markdown) => noteMarkdown.set(id, markdown),
    }),
  );
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
  'Word2Vec: small corpus': ['w2v-small-corpus', 'w2v-small-corpus-alternatives', 'w2v-transfer-small-data', 'w2v-retrieval-augmented'],
  'Transformers: scaled dot-product and multi-head attention': ['tf-scaled-attention', 'tf-attention-code', 'tf-multi-head', 'tf-multi-head-shapes'],
  'Transformers: sinusoidal vs learned positional encodings': ['tf-why-positions', 'tf-sinusoidal-encoding', 'tf-learned-vs-sinusoidal'],
  'Transformers: relative encodings (RoPE, ALiBi)': ['tf-relative-positions', 'tf-rope', 'tf-alibi', 'tf-position-extrapolation'],
  'Transformers: complexity and efficiency': ['tf-attention-cost', 'tf-kv-cache', 'tf-mqa-gqa', 'tf-flashattention', 'tf-sparse-linear-attention'],
  'Bias–variance and overfitting': ['bv-decomposition', 'bv-diagnose-errors', 'bv-learning-curves', 'bv-overfitting'],
  'Regularization: L1/L2, dropout, early stopping, augmentation': ['bv-regularisation', 'bv-l1-l2-geometry', 'bv-dropout', 'bv-early-stopping', 'bv-data-augmentation'],
  'Splits and cross-validation': ['bv-splits', 'bv-test-set-once', 'bv-kfold', 'bv-grouped-time-splits', 'bv-time-split'],
  'Losses: cross-entropy, hinge, MSE/MAE/Huber': ['loss-binary-cross-entropy', 'loss-ce-mle', 'loss-hinge', 'loss-mse-vs-mae', 'loss-huber'],
  'Classification metrics: precision/recall/F1, ROC-AUC vs PR-AUC, calibration': ['loss-precision-recall-f1', 'loss-roc-auc', 'loss-pr-auc', 'loss-calibration', 'loss-ece'],
  'Ranking metrics: precision@k, recall@k': ['rank-precision-recall-at-k', 'rank-hit-rate'],
  'Ranking metrics: MAP, MRR': ['rank-map', 'rank-average-precision-code', 'rank-mrr'],
  'Ranking metrics: DCG/NDCG': ['rank-ndcg', 'rank-dcg-gain', 'rank-ideal-dcg', 'rank-ndcg-example'],
  'Ranking metrics: AUC and GAUC': ['rank-auc', 'rank-gauc', 'rank-gauc-code'],
  'Ranking metrics: offline vs online': ['rank-online-metrics', 'rank-offline-online-gap', 'rank-short-long-term'],
  'Recommenders: candidate generation, two-tower retrieval': ['rec-funnel', 'rec-multi-source-retrieval', 'rec-bm25', 'rec-two-tower', 'rec-in-batch-loss'],
  'Recommenders: ANN (Faiss, ScaNN, HNSW, IVF-PQ)': ['rec-hnsw', 'rec-ivf', 'rec-product-quantization', 'rec-faiss-ivfpq', 'rec-ann-choice'],
  'Recommenders: pre-ranking and deep ranking (DIN, MMoE)': ['rec-pre-ranking', 'rec-din', 'rec-din-no-softmax', 'rec-din-long-history', 'rec-mmoe', 'rec-ple'],
  'Recommenders: re-ranking and diversity': ['rec-rerank', 'rec-mmr', 'rec-dpp'],
  'Recommenders: cold start': ['rec-item-cold-start', 'rec-user-cold-start', 'safe-new-creator-cold-start'],
  'Recommenders: exploration (epsilon-greedy, UCB, Thompson)': ['rec-epsilon-greedy', 'rec-ucb', 'rec-thompson-sampling'],
  'Recommenders: feedback loops, position and popularity bias': ['rec-feedback-loops', 'rec-position-bias-feature', 'rec-position-bias-ipw', 'rec-popularity-bias'],
  'Experimentation: A/B design, guardrails': ['exp-ab-design', 'exp-randomisation-unit', 'exp-metric-tiers', 'exp-guardrails'],
  'Experimentation: power and sample size': ['exp-sample-size-code', 'exp-mde', 'stats-ab-sample-size'],
  'Experimentation: CUPED': ['exp-cuped', 'exp-cuped-pitfalls', 'exp-delta-method'],
  'Experimentation: novelty, interference, ramp and rollback': ['exp-novelty-primacy', 'exp-interference', 'exp-interference-fixes', 'exp-ramp'],
  'Production ML: feature stores, point-in-time correctness, freshness/TTL': ['prod-feature-store', 'prod-offline-online-store', 'prod-point-in-time', 'prod-asof-join-code', 'prod-freshness-ttl'],
  'Production ML: training–serving skew, drift, monitoring': ['prod-training-serving-skew', 'prod-log-served-features', 'prod-drift-types', 'prod-psi', 'prod-psi-kl', 'prod-psi-thresholds', 'prod-monitoring'],
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
  'Coding: top-k over a stream (Count-Min, heavy hitters)': ['code-top-k-frequent-bucket', 'code-count-min-sketch', 'code-heavy-hitters'],
  'Coding: intervals, prefix sums, backtracking, tries, shortest paths, stacks, two pointers': ['code-merge-intervals', 'code-prefix-sum-hashmap', 'code-backtracking', 'code-trie', 'code-dijkstra', 'code-monotonic-stack', 'code-container-two-pointers', 'code-edit-distance'],
  'Coding: dynamic programming': ['code-dp-recipe', 'code-memo-vs-tabulation', 'code-coin-change', 'code-lis-nlogn', 'code-knapsack-01'],
  'Coding: complexity analysis': ['code-complexity-facts', 'code-log-factors', 'code-amortised'],
  'Behavioral: STAR': ['story-star', 'story-star-failures', 'story-i-vs-we', 'story-quantify'],
  'Project deep dive: what interviewers probe': ['story-project-overview', 'story-deep-dive-probes', 'story-data-labels', 'story-baselines', 'story-offline-online', 'story-what-broke'],
  // The topics the content issue (15) added: each deck at least 25 cards, each topic covered.
  'Optimisation: SGD, momentum, Nesterov': ['opt-sgd', 'opt-momentum', 'opt-nesterov'],
  'Optimisation: Adam and AdamW': ['opt-adam', 'opt-adam-bias-correction', 'opt-adamw', 'opt-adagrad-rmsprop', 'opt-adam-vs-sgd'],
  'Optimisation: learning-rate schedules and warm-up': ['opt-lr-schedules', 'opt-warmup', 'opt-lr-range-test', 'opt-batch-lr-scaling'],
  'Optimisation: initialisation and normalisation': ['opt-init-symmetry', 'opt-xavier-he', 'opt-batchnorm', 'opt-bn-vs-ln', 'opt-why-layernorm'],
  'Optimisation: vanishing/exploding gradients, clipping': ['opt-vanishing-exploding', 'opt-residual-gradient', 'opt-grad-clipping', 'opt-nan-debugging'],
  'Optimisation: mixed precision': ['opt-fp16-bf16', 'opt-loss-scaling', 'opt-master-weights', 'opt-amp-code'],
  'Sequence models: RNN, BPTT, LSTM, GRU, decoding': ['seq-rnn', 'seq-bptt', 'seq-rnn-vanishing', 'seq-lstm', 'seq-lstm-cell-gradient', 'seq-gru', 'seq-beam-search'],
  'Sequential recommendation: GRU4Rec and session-based': ['seq-session-vs-sequential', 'seq-gru4rec', 'seq-session-parallel', 'seq-gru4rec-negatives', 'seq-bpr-top1'],
  'Sequential recommendation: SASRec and BERT4Rec': ['seq-sasrec', 'seq-causal-mask', 'seq-sasrec-vs-bert4rec', 'seq-bert4rec-caveat', 'seq-next-item-code'],
  'Sequential recommendation: evaluation pitfalls, serving': ['seq-sampled-metrics', 'seq-leave-last-out', 'seq-split-leakage', 'seq-serving', 'seq-serving-state'],
  'Collaborative filtering: matrix factorisation, ALS vs SGD': ['cf-mf-objective', 'cf-mf-biases', 'cf-als', 'cf-als-vs-sgd', 'cf-mf-vs-two-tower'],
  'Collaborative filtering: implicit feedback, BPR': ['cf-implicit-feedback', 'cf-implicit-confidence', 'cf-implicit-als-trick', 'cf-mnar', 'cf-bpr', 'cf-bpr-code', 'cf-bpr-negatives'],
  'Learning to rank: pointwise/pairwise/listwise, LambdaRank, LambdaMART': ['ltr-approaches', 'ltr-ranknet', 'ltr-listnet', 'ltr-non-differentiable', 'ltr-lambdarank', 'ltr-lambdamart', 'ltr-position-bias'],
  'Classical ML: decision trees, random forests': ['cls-impurity', 'cls-variance-reduction', 'cls-split-code', 'cls-pruning', 'cls-random-forest', 'cls-oob'],
  'Classical ML: gradient boosting, XGBoost, LightGBM': ['cls-gradient-boosting', 'cls-shrinkage', 'cls-xgb-objective', 'cls-xgb-gain', 'cls-xgb-missing', 'cls-histogram-splits', 'cls-leafwise', 'cls-goss', 'cls-efb'],
  'Classical ML: k-means': ['cls-kmeans', 'rec-ivf', 'rec-product-quantization'],
  'Classical ML: logistic regression, SVM, naive Bayes, choosing': ['cls-logreg-log-odds', 'cls-logreg-loss', 'cls-svm', 'cls-kernel-trick', 'cls-naive-bayes', 'cls-laplace-smoothing', 'cls-model-choice'],
  'Feature engineering: encodings, hashing, crosses': ['fe-one-hot-vs-ordinal', 'fe-target-encoding', 'fe-target-encoding-leakage', 'fe-hashing-trick', 'fe-signed-hashing', 'fe-crosses-linear', 'fe-factorization-machine', 'fe-dcn'],
  'Feature engineering: scaling, missing values, leakage': ['fe-scaling-which-models', 'fe-log-transform', 'fe-missing-values', 'fe-mnar', 'fe-target-leakage', 'fe-temporal-leakage', 'fe-preprocessing-leakage'],
  'Ads: eCPM, calibration, auctions': ['ads-ecpm', 'ads-why-calibration', 'ads-downsampling-calibration', 'ads-first-vs-second-price', 'ads-gsp', 'ads-gsp-not-truthful', 'ads-vcg', 'ads-reserve-price'],
  'Ads: pacing, delayed conversions, position bias, serving': ['ads-pacing-why', 'ads-pid-pacing', 'ads-delayed-conversions', 'ads-delayed-feedback-model', 'ads-position-bias', 'ads-esmm', 'ads-serving-pipeline', 'ads-advertiser-metrics'],
  'ML system design: method and capacity estimation': ['sd-answer-steps', 'sd-clarifying-questions', 'sd-qps-estimate', 'sd-embedding-memory', 'sd-ann-memory', 'sd-feature-store-size', 'sd-latency-budget', 'sd-sanity-check'],
  'Privacy and global serving: PII, access, regions, on-device, multilingual': ['priv-minimisation', 'priv-pseudo-vs-anon', 'priv-deletion-propagation', 'priv-least-privilege', 'priv-data-residency', 'priv-active-active', 'priv-on-device', 'priv-federated-learning', 'priv-dp-definition', 'priv-multilingual-encoders'],
  'Losses: regression metrics (RMSE, MAE, R², MAPE)': ['loss-rmse-mae-metrics', 'loss-rmse-vs-mae-choice', 'loss-r-squared', 'loss-r-squared-negative', 'loss-mape', 'loss-regression-metric-choice'],
};

describe('the built-in decks (content)', () => {
  it('every deck parses with zero diagnostics, and no id is used twice across decks', () => {
    for (const deck of decks) {
      assert.deepEqual(deck.diagnostics.map((problem) => `${path.basename(deck.file)}:${problem.range.startLine + 1} ${problem.code}: ${problem.message}`), []);
    }
    assert.deepEqual(findDuplicateCardIds(decks).map((problem) => problem.message), []);
  });

  it('has at least 21 decks and 220 cards, 30 cloze cards and 20 cards with math or code, and every card kind', () => {
    for (const kind of ['basic', 'reversed', 'cloze'] as const) assert.ok(cards.some((card) => card.kind === kind), kind);
    assert.ok(decks.length >= 21, `${decks.length} decks`);
    assert.ok(cards.length >= 220, `${cards.length} cards`);
    const cloze = cards.filter((card) => card.kind === 'cloze').length;
    assert.ok(cloze >= 30, `${cloze} cloze cards`);
    const mathOrCode = cards.filter((card) => /\$|```/.test(card.front + card.back)).length;
    assert.ok(mathOrCode >= 20, `${mathOrCode} cards with math or code`);
  });

  it('the decks the content issue added have at least 25 cards each', () => {
    for (const id of ['nn-optimisation', 'sequence-models', 'collaborative-filtering-ltr', 'classical-ml', 'feature-engineering', 'ads-ranking', 'ml-system-design', 'privacy-global-serving']) {
      const deck = decks.find((candidate) => candidate.deck?.id === id);
      assert.ok(deck, `flashcards/${id}.md is missing`);
      assert.ok(deck.cards.length >= 25, `${id}: ${deck.cards.length} cards`);
    }
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

  it('shows no answer on its question side: no cloze answer in the title or the rest of the question, no reversed side in the title or on the other side', () => {
    const leaks = questionSideLeaks(cards, noteMarkdown).map((leak) => {
      const card = cards.find((candidate) => candidate.id === leak.cardId);
      const place = card ? `${path.basename(card.source.file)}:${card.source.line + 1}` : '?';
      return `${place} ${leak.cardId}: "${leak.shown}" (answer "${leak.answer.replace(/\s+/g, ' ')}") shows in the ${leak.where}`;
    });
    assert.deepEqual(leaks, []);
  });

  it('renders all of its TeX with KaTeX: no parse error and no undefined command', () => {
    const render = createCardRenderer(() => renderTex);
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
    const topics = ['Word2Vec', 'Transformers', 'Bias–variance|Regularization|Splits', 'Losses|Classification', 'Ranking metrics', 'Recommenders', 'Experimentation', 'Production ML', 'Serving', 'Safety', 'Probability', 'Coding', 'Behavioral|Project deep dive', 'Optimisation', 'Sequence models|Sequential recommendation', 'Collaborative filtering|Learning to rank', 'Classical ML', 'Feature engineering', 'Ads', 'ML system design', 'Privacy'];
    for (const topic of topics) {
      const pattern = new RegExp(`^(${topic})`);
      const covering = new Set(Object.entries(coverage).filter(([name]) => pattern.test(name)).flatMap(([, list]) => list));
      assert.ok(covering.size >= 3, `${topic}: only ${covering.size} cards`);
    }
  });
});
