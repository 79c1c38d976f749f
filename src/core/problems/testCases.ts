// The test cases of a scaffolded problem, read from its test file without running it (a
// listing must not execute the user's code), with the ids the runners report them under.

export interface TestCaseInfo {
  /** The id the runner reports: `test_solution.Class.method` (Python), `describe > test` (TypeScript). */
  readonly id: string;
  readonly label: string;
  /** 0-based line of its definition. */
  readonly line: number;
}

export function pythonTestCases(source: string, module = 'test_solution'): TestCaseInfo[] {
  const cases: TestCaseInfo[] = [];
  let currentClass: string | undefined;
  source.split('\n').forEach((text, line) => {
    const classMatch = /^class\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*:/.exec(text);
    if (classMatch) {
      currentClass = /TestCase/.test(classMatch[2] ?? '') ? classMatch[1] : undefined;
      return;
    }
    if (/^\S/.test(text)) currentClass = /^(#|$)/.test(text) ? currentClass : undefined;
    const method = /^\s+def\s+(test\w*)\s*\(/.exec(text);
    if (currentClass && method?.[1]) cases.push({ id: `${module}.${currentClass}.${method[1]}`, label: method[1].replace(/^test_?/, '').replace(/_/g, ' '), line });
  });
  return cases;
}

/** `describe('…')` and `test('…')` / `it('…')` calls, nested by braces; quotes of all three kinds. */
export function typescriptTestCases(source: string): TestCaseInfo[] {
  const cases: TestCaseInfo[] = [];
  const suites: { name: string; depth: number }[] = [];
  let depth = 0;
  source.split('\n').forEach((text, line) => {
    const call = /\b(describe|test|it)\s*\(\s*(['"`])((?:\\.|(?!\2).)*)\2/.exec(text);
    while (suites.length > 0 && (suites[suites.length - 1]?.depth ?? 0) > depth) suites.pop();
    if (call?.[1] && call[3] !== undefined) {
      const name = call[3].replace(/\\(.)/g, '$1');
      if (call[1] === 'describe') suites.push({ name, depth: depth + 1 });
      else cases.push({ id: [...suites.map((suite) => suite.name), name].join(' > '), label: name, line });
    }
    for (const character of text.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '').replace(/\/\/.*$/, '')) {
      if (character === '{') depth += 1;
      else if (character === '}') depth -= 1;
    }
  });
  return cases;
}
