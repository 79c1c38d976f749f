import assert from 'node:assert/strict';
import type { ProblemMeta } from '../../../src/core/problems/catalog';
import { parseProblemMeta } from '../../../src/core/problems/catalog';
import { parseSolutionDocumentPath, solutionDocumentPath } from '../../../src/core/problems/problemFiles';
import { composeStatement, folderNames, markerFile, parseMarker, practiceRootSegments, revealedHintsHeading, scaffoldFiles, withRevealedHints } from '../../../src/core/problems/scaffold';

const meta: ProblemMeta = {
  slug: 'jump-game',
  title: 'Jump Game',
  difficulty: 'medium',
  topics: ['greedy', 'arrays'],
  rounds: ['coding', 'online-assessment'],
  targetMinutes: 20,
  complexity: { time: 'O(n)', space: 'O(1)' },
  hints: ['a', 'b', 'c'],
};

describe('scaffolding a practice problem', () => {
  it('the practice root stays inside the workspace folder', () => {
    assert.deepEqual(practiceRootSegments('practice'), { ok: true, segments: ['practice'] });
    assert.deepEqual(practiceRootSegments(' prep/./problems/ '), { ok: true, segments: ['prep', 'problems'] });
    for (const bad of ['', '/etc', 'C:\\\\Users', '\\\\server\\share', '../outside', 'a/../../b', '~/practice', '.']) {
      assert.equal(practiceRootSegments(bad).ok, false, `"${bad}" is refused`);
    }
  });

  it('folder names: the slug, then -2, -3…; a slug that could escape is refused', () => {
    const names = folderNames('jump-game');
    assert.deepEqual([names.next().value, names.next().value, names.next().value], ['jump-game', 'jump-game-2', 'jump-game-3']);
    for (const bad of ['../x', 'a/b', 'A', '', 'x--y', '-x']) assert.throws(() => folderNames(bad).next(), /not a problem slug/, bad);
  });

  it('the statement carries the facts under the title and keeps the body', () => {
    const statement = composeStatement(meta, '# Jump Game\n\nCan you reach the end?\n\n## Examples\n\n```\n[2,3,1,1,4] -> true\n```\n', 'python');
    assert.match(statement, /^# Jump Game\n\n\*\*Medium\*\* · target 20 min · Python {2}\nTopics: greedy, arrays · Rounds: coding, online-assessment {2}\nAim for O\(n\) time and O\(1\) extra space\.\n\nCan you reach the end\?/);
    assert.equal(statement.match(/^# /gm)?.length, 1, 'one title');
    assert.match(statement, /Reveal Hint\*\* adds the 3 hints, one at a time, to this statement, under “Hints you revealed”/);
    assert.match(composeStatement({ ...meta, hints: ['only'] }, '# Jump Game\n\nBody.\n', 'python'), /Reveal Hint\*\* adds the hint to this statement/, 'one hint: no "1 hints"');
    assert.doesNotMatch(statement, /\ba\b.*\bb\b.*\bc\b/s, 'no hint text in the statement');
  });

  it('revealed hints are written under "Hints you revealed", below the facts where the preview shows them; a later hint replaces the section, and the user\'s notes stay as they were', () => {
    const statement = composeStatement(meta, '# Jump Game\n\nCan you reach the end?\n', 'python');
    const one = withRevealedHints(statement, ['Track the `furthest` index.']);
    const facts = statement.indexOf('Can you reach the end?');
    assert.equal(one.slice(0, facts), statement.slice(0, facts), 'the title and facts first');
    assert.ok(one.endsWith(statement.slice(facts)), 'the body after, unchanged');
    assert.equal(one.slice(facts, one.length - (statement.length - facts)), `<!-- loop-prep:hints (Loop Prep keeps the hints you revealed here) -->\n## ${revealedHintsHeading}\n\n1. Track the \`furthest\` index.\n<!-- /loop-prep:hints -->\n\n`);
    // The user wrote notes at the end; the next hint rewrites only the section.
    const noted = `${one}\nMy notes: try greedy.\n`;
    const two = withRevealedHints(noted, ['Track the `furthest` index.', 'Stop when i > furthest.\nThen return false.']);
    assert.equal(two.match(/## Hints you revealed/g)?.length, 1, 'one section');
    assert.match(two, /1\. Track the `furthest` index\.\n2\. Stop when i > furthest\.\n {3}Then return false\.\n<!-- \/loop-prep:hints -->\n\nCan you reach the end\?/);
    assert.ok(two.endsWith(`${statement.slice(facts)}\nMy notes: try greedy.\n`));
    assert.equal(withRevealedHints(two, ['Track the `furthest` index.', 'Stop when i > furthest.\nThen return false.']), two, 'writing the same hints again changes nothing');
    // A statement the user rewrote without the title block: the section goes at the end.
    assert.equal(withRevealedHints('My own notes.\n', ['h']), 'My own notes.\n\n<!-- loop-prep:hints (Loop Prep keeps the hints you revealed here) -->\n## Hints you revealed\n\n1. h\n<!-- /loop-prep:hints -->\n');
  });

  it('a reference solution\'s document is named after its problem and carries its language in its extension', () => {
    assert.equal(solutionDocumentPath('jump-game', 'Jump Game', 'python'), '/jump-game/Jump Game (reference).py');
    assert.equal(solutionDocumentPath('top-k', 'Top K / heap: #1?', 'typescript'), '/top-k/Top K - heap- -1- (reference).ts');
    assert.deepEqual(parseSolutionDocumentPath('/jump-game/Jump Game (reference).py'), { slug: 'jump-game', language: 'python' });
    assert.deepEqual(parseSolutionDocumentPath(solutionDocumentPath('top-k', 'Top K', 'typescript')), { slug: 'top-k', language: 'typescript' });
    for (const bad of ['/../x/a.py', '/jump-game/a.js', '/jump-game/a/b.py', '/Jump/a.py', '']) assert.equal(parseSolutionDocumentPath(bad), undefined, bad);
  });

  it('writes statement, stub, tests and a marker for the chosen language', () => {
    const files = scaffoldFiles(meta, 'typescript', { readme: '# Jump Game\n\nBody\n', stub: 'stub', tests: 'tests' }, 1_700_000_000_000);
    assert.deepEqual(files.map((file) => file.path), ['README.md', 'solution.ts', 'solution.test.ts', markerFile]);
    assert.deepEqual(parseMarker(files[3]?.content ?? ''), { problem: 'jump-game', language: 'typescript', scaffoldedAt: 1_700_000_000_000 });
    assert.equal(parseMarker('{"problem":"../x","language":"python","scaffoldedAt":1}'), undefined);
    assert.equal(parseMarker('not json'), undefined);
  });

  it('problem.yaml: errors name the field', () => {
    const result = parseProblemMeta('title: X\ndifficulty: tricky\ntopics: []\nrounds: [coding]\ntargetMinutes: 20\ncomplexity: { time: O(n), space: O(1) }\nhints: [a]\n', 'x');
    assert.ok(!result.ok);
    assert.match(result.errors.join('\n'), /difficulty: difficulty is one of easy, medium, hard/);
    assert.match(result.errors.join('\n'), /topics: topics is empty/);
    assert.equal(parseProblemMeta('title: X', '../etc').ok, false);
  });

  it('problem.yaml nested thousands of levels deep is an error naming its line, refused before the YAML parser', () => {
    const result = parseProblemMeta(`title: X\nhints:\n  ${'- '.repeat(20_000)}x\n`, 'x');
    assert.ok(!result.ok);
    assert.match(result.errors.join('\n'), /nested more than 64 levels deep \(line 3\)/);
  });
});
