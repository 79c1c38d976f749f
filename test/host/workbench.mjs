// @ts-check
// Opens the VS Code workbench that code-server serves in Debian's headless Chromium,
// through playwright-core, and runs extension tests in its extension host: the
// `@vscode/test-electron` contract on machines that cannot download VS Code.
import fs from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';
import { chromium } from 'playwright-core';
import marker from './marker.cjs';
import { makeProfile, repoRoot, startCodeServer } from './codeServer.mjs';


const { testsStartMarker } = marker;

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags this closed network needs. */
export async function launchBrowser() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is missing at ${chromiumPath}: install it with \`apt-get install -y chromium\` (test/host/setup.mjs does this before npm start and npm test).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * The workbench URL that loads extensions in development mode. code-server reads the
 * same `payload` the VS Code web workbench does.
 * @param {string} baseUrl
 * @param {{ workspace: string, extensionDevelopmentPaths?: string[], extensionTestsPath?: string }} options
 */
export function workbenchUrl(baseUrl, options) {
  const host = new URL(baseUrl).host;
  /** @type {[string, string][]} */
  const payload = [['skipWelcome', 'true']];
  for (const extensionPath of options.extensionDevelopmentPaths ?? []) {
    payload.push(['extensionDevelopmentPath', `vscode-remote://${host}${extensionPath}`]);
  }
  if (options.extensionTestsPath) {
    payload.push(['extensionTestsPath', `vscode-remote://${host}${options.extensionTestsPath}`]);
  }
  return `${baseUrl}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * @typedef {object} Workbench
 * @property {import('playwright-core').Page} page
 * @property {import('./codeServer.mjs').CodeServer} server
 * @property {() => Promise<void>} close closes the browser and stops code-server
 */

/** The workbench pages open now: what a failed e2e test's screenshot shows (test/e2e/failures.mjs). */
export const openPages = new Set();

/**
 * Starts code-server on a profile and opens its workbench in headless Chromium. If
 * anything fails half-way, what was started is stopped again.
 * @param {{
 *   profile: { userDataDir: string, extensionsDir: string },
 *   workspace: string,
 *   extensionDevelopmentPaths?: string[],
 *   extensionTestsPath?: string,
 *   env?: NodeJS.ProcessEnv,
 *   port?: number,
 *   beforeNavigation?: (page: import('playwright-core').Page) => Promise<void>,
 * }} options
 * @returns {Promise<Workbench>}
 */
export async function openWorkbench(options) {
  const server = await startCodeServer({ ...options.profile, quiet: true, env: options.env, port: options.port });
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {import('playwright-core').Page | undefined} */
  let page;
  const close = async () => {
    if (page) openPages.delete(page);
    await browser?.close();
    await server.stop();
  };
  try {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    openPages.add(page);
    await options.beforeNavigation?.(page);
    await page.goto(workbenchUrl(server.baseUrl, options));
    return { page, server, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs an extension test module (`run(): Promise<void>`) in a fresh code-server's
 * extension host and resolves with its exit code: 0 when `run()` resolved.
 * @param {{
 *   extensionTestsPath: string,
 *   extensionDevelopmentPaths?: string[],
 *   workspace?: string,
 *   settings?: Record<string, unknown>,
 *   trustWorkspaces?: boolean,
 *   timeoutMs?: number,
 *   env?: NodeJS.ProcessEnv,
 *   echo?: boolean,
 *   extensionsDir?: string,
 *   profile?: ReturnType<typeof makeProfile>,
 * }} options `profile`: one made by the caller, to start a second host on what the first left
 *   (the extension's storage); `settings` and `trustWorkspaces` are then the caller's to set.
 * @returns {Promise<{ code: number, output: string }>}
 */
export async function runExtensionTests(options) {
  const profile = options.profile ?? makeProfile('tests', { trustWorkspaces: options.trustWorkspaces, settings: options.settings });
  const workspace = options.workspace ?? path.join(profile.root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  let output = '';
  // The workbench logs a lot of its own (gallery look-ups that fail offline, sockets);
  // echo only what the test module prints, from its start marker on. The whole log
  // is kept in the returned output.
  let started = false;
  const echo = (/** @type {string} */ text) => {
    output += text + '\n';
    if (text.includes(testsStartMarker)) started = true;
    else if (started && options.echo !== false) process.stdout.write(text + '\n');
  };
  /** @type {(code: number) => void} */
  let exited = () => undefined;
  const exit = new Promise((resolve) => (exited = resolve));
  /** @type {Workbench | undefined} */
  let workbench;
  try {
    workbench = await openWorkbench({
      // A caller may bring an extensions folder with extensions installed from .vsix files.
      profile: { ...profile, extensionsDir: options.extensionsDir ?? profile.extensionsDir },
      workspace,
      extensionDevelopmentPaths: options.extensionDevelopmentPaths ?? [repoRoot],
      extensionTestsPath: options.extensionTestsPath,
      env: options.env,
      beforeNavigation: async (page) => {
        // The workbench forwards the extension host's console here while extension tests run,
        // and reports the test module's result through codeAutomationExit.
        await page.exposeFunction('codeAutomationLog', (/** @type {string} */ _type, /** @type {unknown[]} */ args) => {
          echo(format(...args));
        });
        await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => exited(code));
      },
    });
    const timeoutMs = options.timeoutMs ?? 5 * 60_000;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    const code = result === 'timeout' ? 1 : Number(result);
    if (result === 'timeout') echo(`The extension tests did not finish within ${timeoutMs / 1000} s.`);
    if (code !== 0 && !started) {
      // The test module never started: the reason is in the workbench's own log.
      process.stdout.write(output);
    }
    return { code, output };
  } finally {
    await workbench?.close();
    if (!options.profile) profile.dispose();
  }
}
