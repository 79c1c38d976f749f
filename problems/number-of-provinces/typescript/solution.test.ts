import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Provinces } from './solution';

/** A small seeded generator, the same in the Python and TypeScript tests. */
class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  below(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 16) % n;
  }
}

/** An obviously correct (and slow) model: every city carries its province's label, relabelled on a merge. */
class LabelModel {
  private label: number[];

  constructor(n: number) {
    this.label = Array.from({ length: n }, (_, city) => city);
  }

  addRoad(a: number, b: number): number {
    const old = this.label[a];
    const replacement = this.label[b] ?? 0;
    if (old !== replacement) this.label = this.label.map((label) => (label === old ? replacement : label));
    return new Set(this.label).size;
  }

  sameProvince(a: number, b: number): boolean {
    return this.label[a] === this.label[b];
  }
}

describe('Provinces', () => {
  test('example 1: roads merge provinces', () => {
    const provinces = new Provinces(5);
    assert.equal(provinces.addRoad(0, 1), 4);
    assert.equal(provinces.addRoad(3, 4), 3);
    assert.equal(provinces.sameProvince(0, 1), true);
    assert.equal(provinces.sameProvince(1, 3), false);
    assert.equal(provinces.addRoad(1, 0), 3);
    assert.equal(provinces.addRoad(4, 1), 2);
    assert.equal(provinces.sameProvince(0, 3), true);
    assert.equal(provinces.sameProvince(2, 4), false);
    assert.equal(provinces.provinceCount(), 2);
  });

  test('example 2: no roads', () => {
    const provinces = new Provinces(4);
    assert.equal(provinces.provinceCount(), 4);
    assert.equal(provinces.sameProvince(2, 2), true);
    assert.equal(provinces.sameProvince(0, 3), false);
  });

  test('example 3: a road that closes a loop merges nothing', () => {
    const provinces = new Provinces(3);
    assert.equal(provinces.addRoad(0, 1), 2);
    assert.equal(provinces.addRoad(1, 2), 1);
    assert.equal(provinces.addRoad(2, 0), 1);
    assert.equal(provinces.provinceCount(), 1);
  });

  test('a road from a city to itself', () => {
    const provinces = new Provinces(3);
    assert.equal(provinces.addRoad(2, 2), 3);
    assert.equal(provinces.addRoad(0, 2), 2);
    assert.equal(provinces.addRoad(0, 2), 2);
  });

  test('merging two provinces links all their cities', () => {
    const provinces = new Provinces(6);
    provinces.addRoad(0, 1);
    provinces.addRoad(2, 3);
    provinces.addRoad(0, 2);
    assert.equal(provinces.sameProvince(1, 3), true);
    assert.equal(provinces.sameProvince(3, 0), true);
    provinces.addRoad(4, 5);
    provinces.addRoad(5, 1);
    assert.equal(provinces.provinceCount(), 1);
    for (let city = 0; city < 6; city++) assert.equal(provinces.sameProvince(city, 4), true, `city ${city}`);
  });

  test('cities far apart on a long chain', () => {
    const provinces = new Provinces(1000);
    for (let city = 0; city < 999; city++) provinces.addRoad(city, city + 1);
    assert.equal(provinces.provinceCount(), 1);
    assert.equal(provinces.sameProvince(0, 999), true);
    assert.equal(provinces.sameProvince(999, 500), true);
  });

  test('separate objects do not share roads', () => {
    const first = new Provinces(3);
    const second = new Provinces(3);
    first.addRoad(0, 1);
    assert.equal(second.sameProvince(0, 1), false);
    assert.equal(second.provinceCount(), 3);
    assert.equal(first.provinceCount(), 2);
  });

  test('seeded random roads match a label model', () => {
    const rng = new Lcg(53);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + rng.below(30);
      const provinces = new Provinces(n);
      const model = new LabelModel(n);
      for (let step = 0; step < 60; step++) {
        const a = rng.below(n);
        const b = rng.below(n);
        if (rng.below(3) === 0) {
          assert.equal(provinces.addRoad(a, b), model.addRoad(a, b), `trial ${trial}, step ${step}: addRoad(${a}, ${b})`);
        } else {
          assert.equal(provinces.sameProvince(a, b), model.sameProvince(a, b), `trial ${trial}, step ${step}: sameProvince(${a}, ${b})`);
        }
      }
    }
  });

  test('many operations stay fast', () => {
    // Three long chains of cities, built in the orders that make a union-find without
    // union by size and without path compression as deep as it can get, then queried
    // at their far ends (15,000 rounds of questions; 3,000 in the Python test, where walking a
    // long chain is many times slower). The clock is checked every 100 operations.
    const m = 50_000;
    const started = performance.now();
    let operations = 0;
    const tick = (): void => {
      operations++;
      if (operations % 100 === 0) {
        const elapsed = (performance.now() - started) / 1000;
        if (elapsed > 1.0) assert.fail(`${operations} operations took ${elapsed.toFixed(2)} s: keep the trees shallow`);
      }
    };
    const provinces = new Provinces(3 * m);
    for (let city = 0; city < m - 1; city++) {
      provinces.addRoad(city, city + 1);
      tick();
    }
    for (let city = m; city < 2 * m - 1; city++) {
      provinces.addRoad(city + 1, city);
      tick();
    }
    for (let city = 3 * m - 1; city > 2 * m; city--) {
      provinces.addRoad(city, city - 1);
      tick();
    }
    assert.equal(provinces.provinceCount(), 3);
    for (let round = 0; round < 15_000; round++) {
      assert.equal(provinces.sameProvince(0, m - 1), true);
      assert.equal(provinces.sameProvince(m, 2 * m - 1), true);
      assert.equal(provinces.sameProvince(3 * m - 1, 2 * m), true);
      assert.equal(provinces.addRoad(m - 1, 0), 3);
      for (let i = 0; i < 4; i++) tick();
    }
    assert.equal(provinces.sameProvince(0, 3 * m - 1), false);
    assert.equal(provinces.addRoad(m - 1, 3 * m - 1), 2);
    assert.equal(provinces.sameProvince(0, 2 * m), true);
  });
});
