// Loaded with `node --require` in front of a TypeScript practice problem's tests: teaches
// Node's CommonJS loader to run `.ts` files by stripping their types (sucrase: types
// removed, `import`/`export` turned into `require`/`exports`). Node 20 has no type
// stripping of its own, and this keeps every supported Node on one path. Bundled with
// sucrase into dist/runners/ts-hook.js; it runs in the user's Node, not in VS Code.
import fs from 'node:fs';
import Module from 'node:module';
import { transform } from 'sucrase';

type Loader = (module: { _compile(code: string, filename: string): void }, filename: string) => void;
const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;

extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transform(source, { transforms: ['typescript', 'imports'], filePath: filename, production: true });
  module._compile(code, filename);
};
