// Loop Prep's reporter for Node's test runner (`node --test --test-reporter=<this>`): one
// JSON object per test, the same shape as python_runner.py writes, to file descriptor 3, a
// pipe the extension opens for it. The test file runs in a child process of the runner that
// does not get that pipe, so the solution is handed no way to write results. What the tests
// print goes to stdout. Bundled to dist/runners/node-reporter.mjs; it runs in the user's
// Node, not in VS Code.
import fs from 'node:fs';

const resultsChannel = 3;

function writeResult(line: string): void {
  let bytes = Buffer.from(line, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(fs.writeSync(resultsChannel, bytes));
    } catch (error) {
      // A full pipe that is non-blocking: the extension is reading it; try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

interface TestEventData {
  readonly name: string;
  readonly nesting: number;
  readonly file?: string;
  readonly line?: number;
  readonly details?: { readonly duration_ms?: number; readonly type?: string; readonly error?: unknown };
  readonly skip?: unknown;
  readonly todo?: unknown;
}

interface TestEvent {
  readonly type: string;
  readonly data: TestEventData;
}

interface AssertionLike {
  readonly message?: string;
  readonly stack?: string;
  readonly actual?: unknown;
  readonly expected?: unknown;
  readonly code?: string;
  readonly cause?: unknown;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    // undefined (and functions) stringify to undefined, whatever the types say.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

/** The line of the failure in `file`, from the error's stack. */
function lineIn(stack: string | undefined, file: string | undefined): number | undefined {
  if (!stack || !file) return undefined;
  const base = file.split(/[\\/]/).pop() ?? file;
  for (const frame of stack.split('\n')) {
    const match = /[(\s]([^()\s]+):(\d+):\d+\)?$/.exec(frame.trim());
    if (match?.[1] && (match[1] === file || match[1].endsWith(`/${base}`) || match[1].endsWith(`\\${base}`))) return Number(match[2]);
  }
  return undefined;
}

// Node's test runner takes a reporter module's default export.
// eslint-disable-next-line no-restricted-syntax
export default async function* reporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  // The names of the enclosing describe() blocks, by nesting level.
  const path: string[] = [];
  for await (const event of source) {
    const { data } = event;
    if (event.type === 'test:stdout' || event.type === 'test:stderr') {
      yield (data as { readonly message?: string }).message ?? '';
      continue;
    }
    if (event.type === 'test:start') {
      path.length = data.nesting;
      path.push(data.name);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue;
    path.length = data.nesting;
    const id = [...path, data.name].join(' > ');
    const record: Record<string, unknown> = { id, status: event.type === 'test:pass' ? 'passed' : 'failed', durationMs: data.details?.duration_ms, line: data.line };
    if (data.skip !== undefined || data.todo !== undefined) record['status'] = 'skipped';
    if (event.type === 'test:fail') {
      // The runner wraps what the test threw; the assertion is its cause.
      const wrapper = data.details?.error as AssertionLike | undefined;
      const error = (wrapper?.code === 'ERR_TEST_FAILURE' && wrapper.cause !== undefined ? wrapper.cause : wrapper) as AssertionLike | undefined;
      const isAssertion = error?.code === 'ERR_ASSERTION';
      record['status'] = isAssertion ? 'failed' : 'errored';
      record['message'] = typeof error?.message === 'string' ? error.message : show(error);
      record['traceback'] = error?.stack?.slice(-4000);
      record['line'] = lineIn(error?.stack, data.file) ?? data.line;
      if (isAssertion && 'expected' in error) {
        record['expected'] = show(error.expected);
        record['actual'] = show(error.actual);
      }
    }
    writeResult(`${JSON.stringify(record)}\n`);
  }
}
