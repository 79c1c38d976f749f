// @ts-check
// Runs the same integration suite through @vscode/test-electron, which downloads a
// desktop VS Code. Selected with LOOP_PREP_VSCODE_HOST=electron on machines that can
// reach the download server; LOOP_PREP_VSCODE_VERSION picks the build (default: the
// minimum we support, 1.100.3; "stable" for the newest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { cacheRoot, repoRoot } from '../host/codeServer.mjs';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-electron-'));
try {
  await runTests({
    version: process.env.LOOP_PREP_VSCODE_VERSION ?? '1.100.3',
    cachePath: path.join(cacheRoot, 'electron'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
