import fs from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * A folder's entries. Local folders are read with Node directly: most workspaces have no
 * `.loopprep` folder, and VS Code's file API logs every missing one as an error.
 */
export async function readDirectory(root: vscode.Uri): Promise<[string, vscode.FileType][]> {
  if (root.scheme !== 'file') return vscode.workspace.fs.readDirectory(root);
  const entries = await fs.readdir(root.fsPath, { withFileTypes: true });
  return entries.map((entry) => [entry.name, entry.isDirectory() ? vscode.FileType.Directory : entry.isFile() ? vscode.FileType.File : vscode.FileType.Unknown]);
}

/** Whether anything (file or folder) is at `uri`. */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
