// @ts-check
// Run by npm before `npm start` and `npm test` (prestart / pretest): installs what a fresh
// Debian machine lacks, so the README's two commands are all a newcomer runs. Each step
// is skipped when its work is already done.
//   1. Debian packages: Chromium (renders the workbench), ripgrep (stands in for the binary
//      code-server's installer would download), libkrb5-dev (a native module of VS Code
//      builds against it), fonts (readable screenshots).
//   2. The locked npm dependencies (`npm ci`) when node_modules is missing or stale.
//   3. code-server, into the git-ignored .vscode-test/ folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, repoRoot, run } from './codeServer.mjs';

const debianPackages = ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-dejavu-core', 'fonts-liberation'];

/** @param {string} name */
function isInstalled(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(
      'install ok installed',
    );
  } catch {
    return false;
  }
}

async function ensureDebianPackages() {
  if (!fs.existsSync('/usr/bin/dpkg-query')) {
    console.log('[setup] not a Debian system: install Chromium and ripgrep yourself (see README).');
    return;
  }
  const missing = debianPackages.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Debian packages missing: ${missing.join(', ')}. Install them once with:\n  sudo sh -c '${command}'`);
  }
  console.log(`[setup] installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-q'], { env });
  await run('apt-get', ['install', '-y', '-q', ...missing], { env });
}

async function ensureNodeModules() {
  const installed = path.join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = path.join(repoRoot, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('[setup] installing the locked npm dependencies (npm ci)');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot });
}

try {
  await ensureDebianPackages();
  await ensureNodeModules();
  await ensureCodeServer();
} catch (error) {
  console.error(`[setup] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
