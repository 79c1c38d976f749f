// @ts-check
// `npm start` as a newcomer runs it: it prints a URL that serves the workbench, and
// Ctrl-C stops every process it started.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { freePort, repoRoot } from '../host/codeServer.mjs';

/** @param {number} pid @returns {number[]} the pids of every process in that process group */
function processGroup(pid) {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, pgid]) => pgid === pid)
    .map(([member]) => /** @type {number} */ (member));
}

describe('npm start (e2e)', function () {
  this.timeout(120_000);

  it('serves the workbench at the URL it prints and stops everything on Ctrl-C', async () => {
    const port = await freePort();
    // detached: its own process group, like a terminal's foreground job receiving Ctrl-C.
    const start = spawn('node', ['test/host/start.mjs'], {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOOP_PREP_PORT: String(port) },
    });
    let output = '';
    start.stdout.on('data', (chunk) => (output += chunk));
    start.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => start.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 90_000;
      while (!/Press Ctrl-C to stop/.test(output)) {
        assert.ok(Date.now() < deadline, `npm start printed no URL in time:\n${output}`);
        assert.equal(start.exitCode, null, `npm start exited early:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(output)?.[1];
      assert.ok(url, `no URL in:\n${output}`);
      assert.equal(new URL(url).port, String(port));
      assert.match(decodeURIComponent(url), /extensionDevelopmentPath/);
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /workbench/i);

      // code-server runs in a process group of its own; remember it to check it is gone.
      const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(start.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map(Number)
        .filter(Boolean);
      assert.ok(children.length >= 2, 'code-server and the watcher are running');
      const groups = children.flatMap((pid) => processGroup(pid));

      // Ctrl-C in a terminal signals the whole foreground process group.
      process.kill(-(/** @type {number} */ (start.pid)), 'SIGINT');
      assert.equal(await exited, 0, output);
      const alive = (/** @type {number} */ pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      // Exited processes may take a moment to be reaped; wait, but not forever.
      let survivors = [...children, ...groups].filter(alive);
      for (const deadline = Date.now() + 10_000; survivors.length > 0 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        survivors = survivors.filter(alive);
      }
      assert.deepEqual(survivors, [], 'processes outlived Ctrl-C');
      await assert.rejects(fetch(url), 'the port still answers after Ctrl-C');
    } finally {
      if (start.exitCode === null) process.kill(-(/** @type {number} */ (start.pid)), 'SIGKILL');
    }
  });
});
