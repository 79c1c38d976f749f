import * as vscode from 'vscode';
import { InterviewModeCore, type SettingTarget, type SettingsAccess, type SettingValues, type StateStore } from '../../core/timer/interviewMode';

const configurationTargets: Readonly<Record<SettingTarget, vscode.ConfigurationTarget>> = {
  global: vscode.ConfigurationTarget.Global,
  workspace: vscode.ConfigurationTarget.Workspace,
};

/** The user's settings through VS Code's configuration API, as the interview-mode core reads and writes them. */
export function settingsAccess(): SettingsAccess {
  return {
    inspect(key: string): SettingValues | undefined {
      const inspected = vscode.workspace.getConfiguration().inspect(key);
      // How an unregistered key looks (checked against VS Code's source, extHostConfiguration.ts
      // and configurationModels.ts): inspect() still returns an object, whose defaultValue is
      // undefined. A registered setting always has a default: the registry fills in one from
      // its type (false, 0, '', [], {}, or null when untyped). Its global and workspace values
      // may still be present though, left in settings.json by an uninstalled extension, and
      // VS Code refuses to write such a key ("… is not a registered configuration"; it does
      // allow removing one). So "no defaultValue" alone is the test, not "no value anywhere".
      if (inspected === undefined || inspected.defaultValue === undefined) return undefined;
      return { globalValue: inspected.globalValue, workspaceValue: inspected.workspaceValue };
    },
    async update(key: string, value: unknown, target: SettingTarget): Promise<void> {
      await vscode.workspace.getConfiguration().update(key, value, configurationTargets[target]);
    },
    // Getters: folders can be added to or removed from the window while the extension runs.
    get hasWorkspace(): boolean {
      return vscode.workspace.workspaceFolders !== undefined;
    },
    get workspaceId(): string | undefined {
      // Workspace settings live in the .code-workspace file, or in the folder's .vscode/settings.json.
      return vscode.workspace.workspaceFile?.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString();
    },
  };
}

/**
 * Interview mode over VS Code's settings, its record in `store`: machine-wide (the user's
 * settings change, so whichever folder the next window opens must find it) and written to
 * disk at once (a crash must not lose the previous values; see StateFile).
 */
export function createInterviewMode(store: StateStore): InterviewModeCore {
  return new InterviewModeCore(settingsAccess(), store);
}
