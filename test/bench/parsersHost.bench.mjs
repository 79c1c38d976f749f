// @ts-check
// Issue 16: "no extension-host stall over 100 ms while any of them reloads (measured in the
// real host)". Each adversarial file (test/bench/adversarialFiles.ts) and its same-size valid
// twin are written into a workspace's .loopprep/flashcards or .loopprep/rounds and reloaded
// in code-server's extension host (parsersHostProbe.ts), which samples the event loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';
import { runExtensionTests } from '../host/workbench.mjs';

export const title = 'Reloading issue 16\'s adversarial files in the real extension host: the longest event-loop stall';

const budgetMs = 100;

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** @param {number} ms */
const ms = (ms) => `${ms.toFixed(0)} ms`;

/** @returns {Promise<import('./bench.mjs').Row[]>} */
export async function measure() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-bench-parsers-host-'));
  try {
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    const { code, output } = await runExtensionTests({
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'bench', 'parsersHostProbe'),
      extensionDevelopmentPaths: [repoRoot],
      workspace,
      settings: { 'loopPrep.dataDirectory': path.join(root, 'data') },
      echo: false,
      timeoutMs: 600_000,
    });
    const line = /LOOP_PREP_BENCH_PARSERS_HOST (\{.*\})/.exec(output)?.[1];
    if (code !== 0 || !line) throw new Error(`the host reported nothing (exit ${code}):\n${output.slice(-3000)}`);
    /** @type {{ files: import('./parsersHostProbe').FileFigures[] }} */
    const result = JSON.parse(line);
    return result.files.flatMap((file) => {
      const stall = Math.max(...file.adversarial.map((run) => run.stallMs));
      const validStall = Math.max(...file.valid.map((run) => run.stallMs));
      const after = Math.max(...file.adversarial.map((run) => run.stallAfterMs));
      const whole = file.adversarial.reduce((worst, run) => (run.wholeMs > worst.wholeMs ? run : worst));
      const validWhole = file.valid.reduce((worst, run) => (run.wholeMs > worst.wholeMs ? run : worst));
      const validAfter = Math.max(...file.valid.map((run) => run.stallAfterMs));
      return [
        {
          figure: `${file.name} (${(file.bytes / 1e6).toFixed(1)} MB ${file.kind}): longest stall while ${file.kind === 'deck' ? 'Reload Decks' : 'the loops\' reload'} runs, not counting time the host's thread waited for a CPU, worst of ${file.adversarial.length} (whole ${ms(whole.wholeMs)}, ${ms(whole.waitMs)} of it waiting; reload ${ms(median(file.adversarial.map((run) => run.reloadMs)))} median, ${Math.max(...file.adversarial.map((run) => run.diagnostics))} Problems entries)`,
          value: ms(stall),
          baseline: `valid twin ${ms(validStall)} (whole ${ms(validWhole.wholeMs)}, ${ms(validWhole.waitMs)} waiting; reload ${ms(median(file.valid.map((run) => run.reloadMs)))})`,
          target: `≤ ${budgetMs} ms`,
          met: stall <= budgetMs,
        },
        {
          figure: '  … and until 1.5 s after it (what the reload set off: views, the loops after the decks)',
          value: ms(after),
          baseline: `valid twin ${ms(validAfter)}`,
        },
      ];
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
