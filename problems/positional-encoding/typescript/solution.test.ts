import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { positionalEncoding } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertRowClose(actual: number[] | undefined, expected: number[], tolerance = 1e-6): void {
  if (actual === undefined) throw new Error('missing row');
  assert.equal(actual.length, expected.length);
  expected.forEach((e, j) => assertClose(actual[j] ?? NaN, e, tolerance, `column ${j}:`));
}

/** table[r][c], failing loudly if it is missing. */
function at(table: number[][], r: number, c: number): number {
  const value = table[r]?.[c];
  if (value === undefined) throw new Error(`no value at [${r}][${c}]`);
  return value;
}

describe('positionalEncoding', () => {
  test('example 1: a small table', () => {
    const table = positionalEncoding(3, 4);
    assert.equal(table.length, 3);
    assertRowClose(table[0], [0, 1, 0, 1]);
    assertRowClose(table[1], [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)]);
    assertRowClose(table[2], [0.909297427, -0.416146837, 0.019998667, 0.999800007]);
  });

  test('example 2: an odd width ends with a sine', () => {
    const row = positionalEncoding(3, 5)[2];
    assertRowClose(row, [Math.sin(2), Math.cos(2), Math.sin(2 / 10000 ** 0.4), Math.cos(2 / 10000 ** 0.4), Math.sin(2 / 10000 ** 0.8)]);
    assertRowClose(row, [0.909297427, -0.416146837, 0.05021655, 0.998738341, 0.001261914]);
  });

  test('example 3: shapes, including empty', () => {
    assert.deepEqual(positionalEncoding(0, 8), []);
    const table = positionalEncoding(7, 10);
    assert.equal(table.length, 7);
    assert.ok(table.every((row) => row.length === 10));
    assertRowClose(positionalEncoding(2, 1)[1], [Math.sin(1)]);
    assertRowClose(positionalEncoding(1, 1)[0], [0]);
  });

  test('known values deeper in the table', () => {
    assertRowClose(positionalEncoding(4, 6)[3], [0.141120008, -0.989992497, 0.138798101, 0.990320699, 0.006463259, 0.999979113]);
    // An odd width keeps dModel = 7 in every exponent: 10000^(2/7), 10000^(4/7), 10000^(6/7).
    assertRowClose(positionalEncoding(4, 7)[3], [0.141120008, -0.989992497, 0.21423219, 0.976782764, 0.015537799, 0.999879281, 0.001118278]);
  });

  test('the position zero row alternates zero and one', () => {
    assertRowClose(positionalEncoding(1, 9)[0], [0, 1, 0, 1, 0, 1, 0, 1, 0]);
    assertRowClose(positionalEncoding(5, 6)[0], [0, 1, 0, 1, 0, 1]);
  });

  test('values are bounded and pairs lie on the unit circle', () => {
    const table = positionalEncoding(50, 33);
    table.forEach((row, pos) => {
      assert.ok(row.every((x) => x >= -1 && x <= 1), `row ${pos} out of [-1, 1]`);
      for (let i = 0; i < 32; i += 2) assertClose(at(table, pos, i) ** 2 + at(table, pos, i + 1) ** 2, 1, 1e-9);
    });
  });

  test('a shift rotates each frequency pair', () => {
    // sin(a + b) = sin a cos b + cos a sin b and cos(a + b) = cos a cos b - sin a sin b,
    // with a = pos * w_i read from row pos and b = k * w_i read from row k.
    const d = 16;
    const table = positionalEncoding(64, d);
    for (const pos of [0, 3, 17, 40]) {
      for (const k of [1, 5, 23]) {
        for (let i = 0; i < d; i += 2) {
          const [sPos, cPos] = [at(table, pos, i), at(table, pos, i + 1)];
          const [sK, cK] = [at(table, k, i), at(table, k, i + 1)];
          assertClose(at(table, pos + k, i), sPos * cK + cPos * sK, 1e-9);
          assertClose(at(table, pos + k, i + 1), cPos * cK - sPos * sK, 1e-9);
        }
      }
    }
  });

  test('the dot product depends only on the offset', () => {
    const table = positionalEncoding(40, 12);
    const dot = (u: number[] | undefined, v: number[] | undefined): number => (u ?? []).reduce((total, a, j) => total + a * (v?.[j] ?? NaN), 0);
    for (const k of [1, 4, 9]) {
      const expected = dot(table[0], table[k]);
      for (const pos of [2, 11, 30]) assertClose(dot(table[pos], table[pos + k]), expected, 1e-9, `offset ${k} from position ${pos}:`);
    }
  });

  test('a large table runs fast', () => {
    const table = positionalEncoding(1024, 256);
    assert.equal(table.length, 1024);
    assert.equal(table[1023]?.length, 256);
    assertClose(at(table, 1000, 0), Math.sin(1000));
    assertClose(at(table, 1000, 255), Math.cos(1000 / 10000 ** (254 / 256)));
  });
});
