// @ts-check
// Loads TypeScript sources of this repository into a plain Node script: bundles `entry`
// (an ES module that re-exports what the script needs, resolved from the repository root)
// with esbuild, and requires the result.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} entry @returns {Promise<any>} */
export async function loadSources(entry) {
  const result = await build({ stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
  const folder = mkdtempSync(path.join(tmpdir(), 'loop-prep-sources-'));
  try {
    const file = path.join(folder, 'sources.cjs');
    writeFileSync(file, result.outputFiles[0]?.text ?? '');
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
