import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runProcess } from '../../src/features/problems/processRunner';
import type { Row } from './measure';
import { repositoryRoot } from '../unit/repository';

export const title = 'Practice problems: running the tests';

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measure(): Promise<Row[]> {
  const root = repositoryRoot();
  const runner = path.join(root, 'dist', 'runners', 'python_runner.py');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-bench-run-'));
  try {
    // Jump Game's Python tests against its reference: a passing run, as a solver's last is.
    const source = path.join(root, 'problems', 'jump-game', 'python');
    fs.copyFileSync(path.join(source, 'test_solution.py'), path.join(scratch, 'test_solution.py'));
    fs.copyFileSync(path.join(source, 'reference.py'), path.join(scratch, 'solution.py'));
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
    const raw: number[] = [];
    const ours: number[] = [];
    // Alternate the two, so a slow moment of the machine hits both alike.
    for (let run = 0; run < 12; run++) {
      let started = performance.now();
      const plain = spawnSync('python3', ['-m', 'unittest', 'test_solution'], { cwd: scratch, env, encoding: 'utf8' });
      if (plain.status !== 0) throw new Error(`python3 -m unittest failed:\n${plain.stderr}`);
      if (run >= 2) raw.push(performance.now() - started);

      started = performance.now();
      // As the Testing view runs it: results on the fd 3 pipe runProcess opens, under the default memory limit (2048 MiB).
      const outcome = await runProcess({ command: 'python3', args: [runner, scratch, 'test_solution'], cwd: scratch, env, timeoutMs: 10_000, outputLimitBytes: 1024 * 1024, memoryLimitBytes: 2048 * 1024 * 1024 });
      const parsed = outcome.results.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { status: string });
      if (outcome.ending !== 'exited' || parsed.length === 0 || parsed.some((result) => result.status !== 'passed')) throw new Error(`Loop Prep's run did not pass:\n${outcome.output}`);
      if (run >= 2) ours.push(performance.now() - started);
    }
    const baseline = medianOf(raw);
    const value = medianOf(ours);
    const budget = 1.3 * baseline + 150;
    return [
      {
        figure: "run overhead: Loop Prep's run of Jump Game's Python tests (runner, process group, results read from its fd 3 pipe and parsed), median of 10",
        value: `${value.toFixed(1)} ms`,
        baseline: `python3 -m unittest on the same files ${baseline.toFixed(1)} ms`,
        ratio: `${(value / baseline).toFixed(2)}×`,
        target: `≤ 1.3× + 150 ms (${budget.toFixed(0)} ms)`,
        met: value <= budget,
      },
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
