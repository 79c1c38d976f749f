// @ts-check
// `npm start`: builds Loop Prep, makes sure code-server is installed, serves the real
// VS Code on 127.0.0.1 with Loop Prep loaded in development mode on the sample
// workspace, and rebuilds on change (reload the window to pick a rebuild up).
// Ctrl-C stops everything it started.
//
//   LOOP_PREP_PORT=8080 npm start     choose the port (default 3210, or a free one if taken)
//   npm start -- /path/to/folder      open another folder instead of the sample workspace
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { cacheRoot, ensureCodeServer, freePort, repoRoot, startCodeServer } from './codeServer.mjs';
import { workbenchUrl } from './workbench.mjs';

const workspace = path.resolve(process.argv[2] ?? path.join(repoRoot, 'test', 'fixtures', 'sample-workspace'));
if (!fs.existsSync(workspace)) {
  console.error(`No such folder: ${workspace}`);
  process.exit(2);
}

/** @param {number} port @returns {Promise<boolean>} */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const wanted = Number(process.env.LOOP_PREP_PORT ?? 3210);
const port = (await portIsFree(wanted)) ? wanted : await freePort();


// A profile that lasts between runs, so settings and state survive a restart.
const profileRoot = path.join(cacheRoot, 'start-profile');
const userDataDir = path.join(profileRoot, 'user-data');
const extensionsDir = path.join(profileRoot, 'extensions');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.mkdirSync(extensionsDir, { recursive: true });
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, JSON.stringify({ 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'git.openRepositoryInParentFolders': 'never' }, null, 2));
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let watcher;
/** @type {import('./codeServer.mjs').CodeServer | undefined} */
let server;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  watcher?.kill('SIGTERM');
  await server?.stop();
  console.log('Stopped.');
  // Exiting also ends a code-server still starting up (codeServer.mjs kills it on exit).
  process.exit(0);
}
// Before code-server starts, so a Ctrl-C during start-up stops it too.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log('Building Loop Prep…');
// One build, by the watcher: a second build racing it could leave a half-written bundle
// behind if Ctrl-C came in the middle. Serve only once its first build is done.
const buildingWatcher = spawn('node', ['esbuild.mjs', '--watch'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
watcher = buildingWatcher;
await new Promise((resolve, reject) => {
  /** @type {string | null} */
  let printed = '';
  // Keep reading after "ready" (a full pipe would stall the watcher), but stop keeping it.
  buildingWatcher.stdout.on('data', (chunk) => {
    if (printed === null) return;
    printed += chunk;
    if (printed.includes('[watch] ready')) {
      printed = null;
      resolve(undefined);
    }
  });
  buildingWatcher.once('exit', (code) => reject(new Error(`the build exited with ${code} before it was ready`)));
});
await ensureCodeServer();
server = await startCodeServer({ userDataDir, extensionsDir, port, quiet: true });

console.log(`
Loop Prep is running in VS Code (code-server on 127.0.0.1:${server.port}${port === wanted ? '' : `; port ${wanted} was taken`}).
Open this URL in your browser:

  ${workbenchUrl(server.baseUrl, { workspace, extensionDevelopmentPaths: [repoRoot] })}

Sources are rebuilt on change; run "Developer: Reload Window" to load a rebuild.
Press Ctrl-C to stop.
`);
