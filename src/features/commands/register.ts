import * as vscode from 'vscode';
import { asError } from '../../core/activation';
import type { Services } from '../services';

type CommandFactory = (services: Services) => (...args: unknown[]) => unknown;

/** Settings search that shows exactly Loop Prep's settings. */
const settingsQuery = '@ext:loop-prep.loop-prep';

/** Commands that belong to no single feature, as a table of factories. */
const commands: Record<string, CommandFactory> = {
  'loopPrep.showLog': (services) => () => { services.log.show(); },

  'loopPrep.openSettings': () => () => vscode.commands.executeCommand('workbench.action.openSettings', settingsQuery),

  'loopPrep.openDataDirectory': (services) => async (): Promise<vscode.Uri | undefined> => {
    let folder: vscode.Uri;
    try {
      folder = await services.dataDirectory.ensure();
    } catch (error) {
      services.dataDirectory.reportUnusable(asError(error).message);
      return undefined;
    }
    // Revealing in the OS file manager only makes sense on the desktop; in the browser
    // (code-server, vscode.dev) the folder lives on a server the user cannot browse.
    if (vscode.env.uiKind === vscode.UIKind.Desktop) {
      await vscode.commands.executeCommand('revealFileInOS', folder);
    } else {
      void vscode.window
        .showInformationMessage(`Loop Prep keeps your data in ${folder.fsPath}`, 'Copy Path')
        .then((choice) => (choice ? vscode.env.clipboard.writeText(folder.fsPath) : undefined));
    }
    return folder;
  },
};

/** Registers the general commands; returns one disposable for them all. */
export function registerCommands(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(commands).map(([id, factory]) => vscode.commands.registerCommand(id, factory(services))),
  );
}
