import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveSampleSize, ipsEstimate, snipsEstimate, type LoggedEvent, type TargetPolicy } from './solution';

const event = (context: string, action: string, reward: number, propensity: number): LoggedEvent => ({ context, action, reward, propensity });

const EXAMPLE_LOGS = [event('u1', 'v1', 1, 0.5), event('u1', 'v2', 0, 0.25), event('u2', 'v1', 0, 0.8), event('u2', 'v3', 1, 0.1)];
const EXAMPLE_TARGET = new Map([['u1/v1', 0.8], ['u1/v2', 0.2], ['u2/v1', 0.1], ['u2/v3', 0.9]]);
const examplePolicy: TargetPolicy = (context, action) => EXAMPLE_TARGET.get(`${context}/${action}`) ?? 0;

// Two equally likely contexts, three actions.
type Table = Record<string, Record<string, number>>;
const LOGGING: Table = { teen: { a: 0.5, b: 0.25, c: 0.25 }, adult: { a: 0.25, b: 0.25, c: 0.5 } };
const TARGET: Table = { teen: { a: 0, b: 0.5, c: 0.5 }, adult: { a: 0.7, b: 0.3, c: 0 } };
const MEAN_REWARD: Table = { teen: { a: 0.1, b: 0.6, c: 0.3 }, adult: { a: 0.8, b: 0.2, c: 0.4 } };
const TRUE_VALUE = 0.535; // 0.5 * (0.5 * 0.6 + 0.5 * 0.3) + 0.5 * (0.7 * 0.8 + 0.3 * 0.2)
const lookup = (table: Table, context: string, action: string): number => table[context]?.[action] ?? NaN;
const target: TargetPolicy = (context, action) => lookup(TARGET, context, action);

/** 16 events in which every (context, action) appears exactly as often as the logging policy expects. */
function exactLog(): LoggedEvent[] {
  const logs: LoggedEvent[] = [];
  for (const [context, probabilities] of Object.entries(LOGGING)) {
    for (const [action, propensity] of Object.entries(probabilities)) {
      for (let i = 0; i < Math.round(8 * propensity); i++) logs.push(event(context, action, lookup(MEAN_REWARD, context, action), propensity));
    }
  }
  return logs;
}

/** Seeded uniform generator in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function assertClose(actual: number, expected: number, tolerance = 1e-9, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

describe('off-policy estimators', () => {
  test('example 1: IPS and SNIPS', () => {
    // Weights 1.6, 0.8, 0.125 and 9.
    assertClose(ipsEstimate(EXAMPLE_LOGS, examplePolicy), 2.65);
    assertClose(snipsEstimate(EXAMPLE_LOGS, examplePolicy), 10.6 / 11.525);
  });

  test('example 2: clipping at M', () => {
    assertClose(ipsEstimate(EXAMPLE_LOGS, examplePolicy, 5), 1.65);
    assertClose(snipsEstimate(EXAMPLE_LOGS, examplePolicy, 5), 6.6 / 7.525);
    assertClose(ipsEstimate(EXAMPLE_LOGS, examplePolicy, 100), 2.65, 1e-9, 'a clip above every weight changes nothing:');
  });

  test('unbiased on a log that matches its expectation', () => {
    const logs = exactLog();
    assert.equal(logs.length, 16);
    const naive = logs.reduce((sum, e) => sum + e.reward, 0) / logs.length;
    assertClose(naive, 0.3625, 1e-9, "test setup: the logging policy's own value:");
    assertClose(ipsEstimate(logs, target), TRUE_VALUE);
    assertClose(snipsEstimate(logs, target), TRUE_VALUE);
  });

  test('clipping caps each weight', () => {
    const logs = exactLog();
    // Weights: teen b and c 2.0, adult a 2.8, adult b 1.2, the rest 0; clip = 2 caps adult a only.
    const expected = (2 * 2 * 0.6 + 2 * 2 * 0.3 + 2 * 2 * 0.8 + 2 * 1.2 * 0.2) / 16;
    assertClose(ipsEstimate(logs, target, 2), expected);
    assertClose(snipsEstimate(logs, target, 2), (expected * 16) / 14.4);
    assertClose(ipsEstimate(logs, target, 0.5), (0.5 * (2 * 0.6 + 2 * 0.3 + 2 * 0.8 + 2 * 0.2)) / 16);
  });

  test('converges on a large random log', () => {
    const rng = mulberry32(2024);
    const logs: LoggedEvent[] = [];
    for (let i = 0; i < 100_000; i++) {
      const context = rng() < 0.5 ? 'teen' : 'adult';
      const u = rng();
      let action = 'c';
      let cumulative = 0;
      for (const [a, p] of Object.entries(LOGGING[context] ?? {})) {
        cumulative += p;
        if (u < cumulative) {
          action = a;
          break;
        }
      }
      const reward = rng() < lookup(MEAN_REWARD, context, action) ? 1 : 0;
      logs.push(event(context, action, reward, lookup(LOGGING, context, action)));
    }
    assertClose(ipsEstimate(logs, target), TRUE_VALUE, 0.015);
    assertClose(snipsEstimate(logs, target), TRUE_VALUE, 0.015);
  });

  test('on-policy logs give the mean reward', () => {
    const logs = exactLog();
    const loggingPolicy: TargetPolicy = (context, action) => lookup(LOGGING, context, action);
    assertClose(ipsEstimate(logs, loggingPolicy), 0.3625);
    assertClose(snipsEstimate(logs, loggingPolicy), 0.3625);
    assertClose(effectiveSampleSize(logs, loggingPolicy), 16);
  });

  test('SNIPS normalises by the total weight', () => {
    // A constant reward c: SNIPS returns exactly c, IPS returns c times the mean weight.
    const constant = EXAMPLE_LOGS.map((e) => ({ ...e, reward: 0.7 }));
    assertClose(snipsEstimate(constant, examplePolicy), 0.7);
    assertClose(ipsEstimate(constant, examplePolicy), (0.7 * 11.525) / 4);
    const shifted = EXAMPLE_LOGS.map((e) => ({ ...e, reward: e.reward + 1 }));
    assertClose(snipsEstimate(shifted, examplePolicy), snipsEstimate(EXAMPLE_LOGS, examplePolicy) + 1);
  });

  test('effective sample size', () => {
    assertClose(effectiveSampleSize(EXAMPLE_LOGS, examplePolicy), 11.525 ** 2 / 84.215625);
    assertClose(effectiveSampleSize(EXAMPLE_LOGS, examplePolicy, 5), 7.525 ** 2 / 28.215625);
    assertClose(effectiveSampleSize(exactLog(), target), 256 / 34.56);
  });

  test('a zero propensity is rejected with a clear error', () => {
    assertClose(ipsEstimate(EXAMPLE_LOGS, examplePolicy), 2.65);
    for (const bad of [0, -0.2, 1.5]) {
      const logs = [...EXAMPLE_LOGS.slice(0, 2), event('u2', 'v1', 0, bad), ...EXAMPLE_LOGS.slice(3)];
      for (const estimator of [ipsEstimate, snipsEstimate, effectiveSampleSize]) {
        assert.throws(() => estimator(logs, examplePolicy), /propensity/, `${estimator.name} with propensity ${bad}`);
      }
    }
  });

  test('other invalid inputs', () => {
    assertClose(snipsEstimate(EXAMPLE_LOGS, examplePolicy, 5), 6.6 / 7.525);
    for (const estimator of [ipsEstimate, snipsEstimate, effectiveSampleSize]) {
      assert.throws(() => estimator([], examplePolicy), Error, `${estimator.name}: empty log`);
      for (const clip of [0, -1]) assert.throws(() => estimator(EXAMPLE_LOGS, examplePolicy, clip), Error, `${estimator.name}: clip ${clip}`);
      for (const probability of [1.2, -0.1]) {
        assert.throws(() => estimator(EXAMPLE_LOGS, () => probability), Error, `${estimator.name}: target probability ${probability}`);
      }
    }
    const never: TargetPolicy = () => 0;
    assert.equal(ipsEstimate(EXAMPLE_LOGS, never), 0);
    assert.throws(() => snipsEstimate(EXAMPLE_LOGS, never), Error, 'SNIPS with every weight 0');
  });

  test('the target policy is asked about each logged pair', () => {
    const calls = new Set<string>();
    ipsEstimate(EXAMPLE_LOGS, (context, action) => {
      calls.add(`${context}/${action}`);
      return examplePolicy(context, action);
    });
    assert.deepEqual([...calls].sort(), EXAMPLE_LOGS.map((e) => `${e.context}/${e.action}`).sort());
  });
});
