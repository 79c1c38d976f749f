// @ts-check
// Runs the integration suite inside the real VS Code that code-server bundles.
import path from 'node:path';
import { repoRoot } from '../host/codeServer.mjs';
import { runExtensionTests } from '../host/workbench.mjs';

const { code } = await runExtensionTests({
  extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
});
process.exit(code);
