import assert from 'node:assert/strict';
import { plural } from '../../../src/core/plural';

describe('plural', () => {
  it('one is singular; zero, many and fractions are plural; an irregular plural is given', () => {
    assert.equal(plural(1, 'round'), '1 round');
    assert.equal(plural(0, 'round'), '0 rounds');
    assert.equal(plural(3, 'linked card'), '3 linked cards');
    assert.equal(plural(1.5, 'minute'), '1.5 minutes');
    assert.equal(plural(1, 'story', 'stories'), '1 story');
    assert.equal(plural(2, 'story', 'stories'), '2 stories');
  });
});
