import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// dist/extension.js is parsed at every activation (issue 2: activate() ≤ 20 ms). The heavy
// libraries belong in the lazy bundles; one careless value import brings them back (it
// happened: yaml and zod through a constant, 40 → 140 KB, activate 43 ms). The sourcemap
// of the development build names every input of the bundle.

const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('the activation bundle', () => {
  it('dist/extension.js holds none of the libraries that are loaded on first use', () => {
    const map = path.join(repoRoot, 'dist', 'extension.js.map');
    assert.ok(fs.existsSync(map), `${map} is written by the development build (node esbuild.mjs), which the test command runs first`);
    const { sources } = JSON.parse(fs.readFileSync(map, 'utf8')) as { sources: string[] };
    const heavy = sources.filter((source) => /node_modules\/(yaml|zod|markdown-it|ts-fsrs|katex|sucrase|@emnapi)\//.test(source));
    assert.deepEqual(heavy, []);
    assert.ok(sources.some((source) => source.endsWith('src/extension.ts')), 'the map is of the extension bundle');
  });
});
