// @ts-check
// Installs, starts and stops code-server: the real VS Code these machines can run
// (see ../shared/VSCODE_HOST.md). Used by `npm start`, the integration and e2e tiers,
// the packaging test and the benchmark.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** code-server 4.100.3 is the newest line that runs on Node 20; it bundles VS Code 1.100.3. */
export const codeServerVersion = '4.100.3';
/** Git-ignored cache for everything the test host downloads once and reuses. */
export const cacheRoot = path.join(repoRoot, '.vscode-test');
const installDir = path.join(cacheRoot, `code-server-${codeServerVersion}`);
const codeServerBin = path.join(installDir, 'node_modules', '.bin', 'code-server');
// Written last, so an install interrupted half-way is redone rather than trusted.
const installedMarker = path.join(installDir, '.installed');

/** @param {string} message */
function log(message) {
  process.stderr.write(`[code-server] ${message}\n`);
}

/**
 * The temporary folder of the code-server install. Ours, not the shared /tmp: the
 * ripgrep archive seeded below is trusted as found, so nobody else may write there.
 */
const installTmp = path.join(cacheRoot, 'tmp');

/**
 * @vscode/ripgrep's install script downloads `rg` from GitHub, which these machines
 * cannot reach. It looks in `${os.tmpdir()}/vscode-ripgrep-cache-*` first (TMPDIR is
 * installTmp for the install), so we seed that cache with Debian's binary.
 */
function seedRipgrepCache() {
  if (process.arch !== 'x64') {
    throw new Error(`Seeding ripgrep for code-server is only set up for x86_64, not ${process.arch}.`);
  }
  const cacheDir = path.join(installTmp, 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) return;
  const rg = '/usr/bin/rg';
  if (!fs.existsSync(rg)) {
    throw new Error('ripgrep is missing: install it with `apt-get install -y ripgrep` (test/host/setup.mjs does this before npm start and npm test).');
  }
  fs.mkdirSync(installTmp, { recursive: true });
  const staging = fs.mkdtempSync(path.join(installTmp, 'rg-seed-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  fs.mkdirSync(cacheDir, { recursive: true });
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
}

/**
 * Returns the path of the code-server launcher, installing it into the cache folder
 * the first time (about a minute with a warm npm cache).
 * @returns {Promise<string>}
 */
export async function ensureCodeServer() {
  if (fs.existsSync(installedMarker) && fs.existsSync(codeServerBin)) return codeServerBin;
  log(`installing code-server ${codeServerVersion} into ${path.relative(repoRoot, installDir)} (first run only)…`);
  seedRipgrepCache();
  fs.mkdirSync(installDir, { recursive: true });
  fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ private: true }) + '\n');
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${codeServerVersion}`], {
    cwd: installDir,
    env: {
      ...process.env,
      TMPDIR: installTmp,
      // unsafe_perm lets its install script run as root; yes lets a nested `npx node-gyp` run without a prompt.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // npm 11.19 skips dependency install scripts unless approved, and code-server's
      // postinstall runs two nested `npm install`s (VS Code's native modules) that no
      // allowScripts entry of ours can reach. This folder holds code-server alone.
      npm_config_dangerously_allow_all_scripts: 'true',
    },
  });
  if (!fs.existsSync(codeServerBin)) throw new Error(`code-server installed but ${codeServerBin} is missing`);
  fs.writeFileSync(installedMarker, new Date().toISOString() + '\n');
  log('installed.');
  return codeServerBin;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @returns {Promise<void>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Adds settings to a profile before code-server starts. Settings of scope "machine"
 * (Loop Prep's data directory) go where a user of a remote window such as code-server
 * sets them: the remote's Machine settings. From User settings the window honours them
 * at start-up only and drops them at the next settings change (seen in 1.100).
 * @param {string} userDataDir
 * @param {Record<string, unknown>} settings
 */
export function addSettings(userDataDir, settings) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const scopes = manifest.contributes.configuration.properties;
  for (const folder of ['User', 'Machine']) {
    const entries = Object.entries(settings).filter(([key]) => (scopes[key]?.scope === 'machine') === (folder === 'Machine'));
    if (entries.length === 0) continue;
    const file = path.join(userDataDir, folder, 'settings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const existing = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
    fs.writeFileSync(file, JSON.stringify({ ...existing, ...Object.fromEntries(entries) }, null, 2));
  }
}

/**
 * A fresh user-data and extensions folder pair for one code-server instance.
 * @param {string} name
 * @param {{ trustWorkspaces?: boolean, settings?: Record<string, unknown> }} [options]
 */
export function makeProfile(name, options = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `loop-prep-${name}-`));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    // Trust off for ordinary runs; tests of Restricted Mode turn it back on.
    'security.workspace.trust.enabled': options.trustWorkspaces === true,
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // The sample workspace sits inside this repository; don't ask about its git repo.
    'git.openRepositoryInParentFolders': 'never',
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  addSettings(userDataDir, options.settings ?? {});
  return {
    root,
    userDataDir,
    extensionsDir,
    dispose() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Process groups of the code-servers this process started and has not stopped yet. */
const runningGroups = new Set();

/**
 * code-server runs in a process group of its own, so a Ctrl-C meant for a test run does
 * not reach it. Kill every group still running when this process exits or is signalled.
 */
function killRunningGroupsOnExit() {
  const killAll = () => {
    for (const pid of runningGroups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    runningGroups.clear();
  };
  process.on('exit', killAll);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    // Where the program handles the signal itself (npm start), leave it to do so.
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      killAll();
      // Exit as a process killed by that signal would. (Re-raising it is not enough:
      // Playwright listens to SIGTERM and SIGHUP itself and would keep us alive.)
      process.exit(128 + os.constants.signals[signal]);
    });
  }
}
let exitHandlersInstalled = false;

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {string} baseUrl
 * @property {() => string} output everything code-server printed so far
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server on 127.0.0.1 and resolves once it answers HTTP.
 * @param {{ userDataDir: string, extensionsDir: string, workspace?: string, port?: number, env?: NodeJS.ProcessEnv, quiet?: boolean }} options
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(options) {
  const bin = await ensureCodeServer();
  const port = options.port ?? (await freePort());
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  if (options.workspace) args.push(options.workspace);
  let output = '';
  // detached: code-server forks its own children (the extension host among them);
  // a process group lets stop() end them all.
  const child = spawn(bin, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const append = (/** @type {Buffer} */ chunk) => {
    output += chunk.toString();
    if (!options.quiet) process.stderr.write(chunk);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited = false;
  if (child.pid !== undefined) runningGroups.add(child.pid);
  if (!exitHandlersInstalled) {
    exitHandlersInstalled = true;
    killRunningGroupsOnExit();
  }
  child.on('exit', () => {
    exited = true;
  });

  /** @param {NodeJS.Signals} signal */
  const signalGroup = (signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      /* ESRCH: the whole group is gone */
    }
  };
  // The group, not just code-server's own process: its children (the extension host
  // among them) may outlive it, so the group stays registered until stop() has run.
  const stop = async () => {
    if (!exited) {
      const done = new Promise((resolve) => child.once('exit', resolve));
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await done;
      clearTimeout(timer);
    }
    signalGroup('SIGKILL');
    runningGroups.delete(child.pid);
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it was ready:\n${output}`);
    try {
      // A port that accepts but never answers must not outlast the deadline.
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${baseUrl} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, baseUrl, output: () => output, stop };
}

/**
 * Installs a packaged extension into an extensions folder with code-server's own CLI.
 * @param {string} vsix
 * @param {string} extensionsDir
 * @param {string} userDataDir
 */
export async function installVsix(vsix, extensionsDir, userDataDir) {
  const bin = await ensureCodeServer();
  await run(bin, ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `node test/host/codeServer.mjs` installs code-server and prints where it went.
  ensureCodeServer().then(
    (bin) => console.log(bin),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
