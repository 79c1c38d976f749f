import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

const extensionId = 'loop-prep.loop-prep';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

function loopPrep(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `${extensionId} is not loaded`);
  return extension;
}

describe('Loop Prep in a real VS Code', () => {
  it('activates on its own once VS Code has started, with none of its views open (onStartupFinished)', async () => {
    // The status bar shows what is due, and a crashed interview mode is undone, in every window.
    const deadline = Date.now() + 20_000;
    while (!loopPrep().isActive && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(loopPrep().isActive, true);
  });

  it('registers every command it contributes, each in the Loop Prep category', async () => {
    const contributed = (loopPrep().packageJSON as { contributes: { commands: ContributedCommand[] } }).contributes.commands;
    assert.ok(contributed.length >= 3);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of contributed) {
      assert.equal(command.category, 'Loop Prep', `${command.command} has no Loop Prep category`);
      assert.ok(registered.has(command.command), `${command.command} is contributed but not registered`);
    }
  });

  it('keeps user data in the extension’s global storage unless a folder is configured', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.openDataDirectory');
    assert.ok(folder, 'the command returned no folder');
    assert.match(folder.fsPath, /globalStorage[\\/]loop-prep\.loop-prep$/);
    const stat = await vscode.workspace.fs.stat(folder);
    assert.equal(stat.type, vscode.FileType.Directory, 'the folder was created');
  });

  it('uses a configured data directory and refuses a relative one without creating anything', async () => {
    const configuration = vscode.workspace.getConfiguration();
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/tmp'), '.loop-prep-data');
    try {
      await configuration.update('loopPrep.dataDirectory', target.fsPath, vscode.ConfigurationTarget.Global);
      const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.openDataDirectory');
      assert.equal(folder?.fsPath, target.fsPath);

      await configuration.update('loopPrep.dataDirectory', 'relative-data', vscode.ConfigurationTarget.Global);
      const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.openDataDirectory');
      assert.equal(refused, undefined, 'a relative data directory was accepted');
      // Resolved naively, a relative path would land in the extension host's working
      // directory or the workspace; neither may have gained the folder.
      const candidates = [path.resolve('relative-data')];
      const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      if (workspace) candidates.push(path.join(workspace, 'relative-data'));
      assert.deepEqual(candidates.filter((candidate) => fs.existsSync(candidate)), [], 'a folder was created for the refused setting');
    } finally {
      await vscode.commands.executeCommand('notifications.clearAll');
      await configuration.update('loopPrep.dataDirectory', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(target, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});
