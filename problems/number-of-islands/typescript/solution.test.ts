import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countIslands } from './solution';

function checkerboard(size: number): string[] {
  const grid: string[] = [];
  for (let r = 0; r < size; r++) {
    let row = '';
    for (let c = 0; c < size; c++) row += (r + c) % 2 === 0 ? '1' : '0';
    grid.push(row);
  }
  return grid;
}

/** One long winding island: full rows joined at alternate ends by a single tile. */
function serpentine(rows: number, cols: number): string[] {
  const grid: string[] = [];
  for (let r = 0; r < rows; r++) {
    if (r % 4 === 0 || r % 4 === 2) grid.push('1'.repeat(cols));
    else if (r % 4 === 1) grid.push('0'.repeat(cols - 1) + '1');
    else grid.push('1' + '0'.repeat(cols - 1));
  }
  return grid;
}

describe('countIslands', () => {
  test('example 1: three islands', () => {
    assert.equal(countIslands(['11000', '11000', '00100', '00011']), 3);
  });

  test('example 2: a ring around a lake', () => {
    assert.equal(countIslands(['111', '101', '111']), 1);
  });

  test('example 3: diagonals do not connect', () => {
    assert.equal(countIslands(['101', '010', '101']), 5);
  });

  test('example 4: an empty grid', () => {
    assert.equal(countIslands([]), 0);
  });

  test('all water and single tiles', () => {
    assert.equal(countIslands(['000', '000']), 0);
    assert.equal(countIslands(['1']), 1);
    assert.equal(countIslands(['0']), 0);
  });

  test('a single row and a single column', () => {
    assert.equal(countIslands(['1011101']), 3);
    assert.equal(countIslands(['1', '1', '0', '1', '0', '0', '1']), 3);
  });

  test('an island inside a lake inside an island', () => {
    const grid = ['11111', '10001', '10101', '10001', '11111'];
    assert.equal(countIslands(grid), 2);
  });

  test('a U shape joins at the bottom', () => {
    const grid = ['10001', '10101', '10101', '11111'];
    assert.equal(countIslands(grid), 1);
  });

  test('the input is not modified', () => {
    const grid = ['110', '011', '000', '101'];
    const before = [...grid];
    assert.equal(countIslands(grid), 3);
    assert.deepEqual(grid, before);
  });

  test('a 300 x 300 checkerboard', () => {
    assert.equal(countIslands(checkerboard(300)), 45000);
    assert.equal(countIslands(checkerboard(7)), 25);
  });

  test('300 x 300 of land is one island', () => {
    // Recursing once per tile would go 90,000 levels deep here.
    assert.equal(countIslands(new Array<string>(300).fill('1'.repeat(300))), 1);
  });

  test('a long winding island', () => {
    assert.equal(countIslands(serpentine(299, 300)), 1);
  });
});
