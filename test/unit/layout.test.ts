import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// Tests run from out/test/unit; the sources are three folders up.
const repoRoot = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** Every module specifier a file imports, requires or re-exports. */
export function importedModules(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"]*?\s+from\s+['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      if (match[1]) specifiers.push(match[1]);
    }
  }
  return specifiers;
}

describe('code layout', () => {
  it('no file in src/core imports vscode, so the core runs and is tested without an editor', () => {
    const coreDir = path.join(repoRoot, 'src', 'core');
    const files = sourceFiles(coreDir);
    assert.ok(files.length > 0, `no sources found in ${coreDir}`);
    const offenders = files.filter((file) => importedModules(fs.readFileSync(file, 'utf8')).includes('vscode'));
    assert.deepEqual(offenders.map((file) => path.relative(repoRoot, file)), []);
  });

  it('the import scan catches every form of importing vscode', () => {
    for (const source of [
      "import * as vscode from 'vscode';",
      'import type { Uri } from "vscode";',
      "import { window } from 'vscode'",
      "export { Uri } from 'vscode';",
      "const vscode = require('vscode');",
      "const lazy = await import('vscode');",
    ]) {
      assert.deepEqual(importedModules(source), ['vscode'], source);
    }
    assert.deepEqual(importedModules("import { z } from 'zod'; // not vscode"), ['zod']);
  });

  it('the folders each feature goes into exist', () => {
    for (const folder of ['src/core', 'src/features', 'src/webviews', 'media', 'flashcards', 'problems', 'rounds', 'test/unit', 'test/integration', 'test/e2e']) {
      assert.ok(fs.statSync(path.join(repoRoot, folder)).isDirectory(), folder);
    }
  });
});
