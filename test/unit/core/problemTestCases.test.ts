import assert from 'node:assert/strict';
import { pythonTestCases, typescriptTestCases } from '../../../src/core/problems/testCases';

describe('listing a problem\'s test cases without running them', () => {
  it('Python: test methods of TestCase classes, with the ids unittest reports', () => {
    const source = [
      'import unittest',
      'from solution import f',
      '',
      'class Helper:',
      '    def test_not_a_case(self): pass',
      '',
      'class TestF(unittest.TestCase):',
      '    def setUp(self): pass',
      '',
      '    # a comment',
      '    def test_example_1(self):',
      '        self.assertEqual(f(), 1)',
      '',
      '    def test_large_input(self):',
      '        pass',
      '',
      'def test_module_level(): pass',
      'class TestG(unittest.TestCase):',
      '    def test_other(self): pass',
    ].join('\n');
    assert.deepEqual(pythonTestCases(source), [
      { id: 'test_solution.TestF.test_example_1', label: 'example 1', line: 10 },
      { id: 'test_solution.TestF.test_large_input', label: 'large input', line: 13 },
      { id: 'test_solution.TestG.test_other', label: 'other', line: 18 },
    ]);
  });

  it('TypeScript: test() and it() inside describe() blocks, with the ids the reporter writes', () => {
    const source = [
      "import { describe, test } from 'node:test';",
      "describe('canReachEnd', () => {",
      "  test('example 1 { braces } in a name', () => {",
      '    assert.equal(1, 1); // a } in a comment',
      '  });',
      '  describe("nested", () => {',
      "    it(`edge`, () => {});",
      '  });',
      "  test('after nested', () => {});",
      '});',
      "test('top level', () => {});",
    ].join('\n');
    assert.deepEqual(typescriptTestCases(source), [
      { id: 'canReachEnd > example 1 { braces } in a name', label: 'example 1 { braces } in a name', line: 2 },
      { id: 'canReachEnd > nested > edge', label: 'edge', line: 6 },
      { id: 'canReachEnd > after nested', label: 'after nested', line: 8 },
      { id: 'top level', label: 'top level', line: 10 },
    ]);
  });
});
