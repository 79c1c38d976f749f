import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { resolveDataDirectory, type DataDirectoryResolution } from '../core/dataDirectory';
import { ContentParser } from './contentParser';
import { loadDecks, parseWorkerFile } from './lazyModules';
import { ParseCache } from './parseCache';

/**
 * The one context object built in `activate()` and handed to every feature: the log,
 * the data directory, and where the extension's own files are.
 */
export interface Services {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly dataDirectory: DataDirectory;
  /** The study clock: reviews, study days and the plan read the time here, never from Date directly. */
  readonly clock: Clock;
  /**
   * What each surface shows, read by the integration tests (the extension's test hooks,
   * exported in the Test extension mode only): status-bar text, tree rows, panel states.
   */
  readonly probes: Map<string, (...args: unknown[]) => unknown>;
  /** The extension's own storage folder (caches such as the journal's snapshot; never user data). */
  readonly storageDirectory: string;
  /** State kept across starts on this machine (e.g. which damaged journal lines were reported). */
  readonly memento: vscode.Memento;
  /** Parses the user's decks, loops, cases and questions on a worker thread (started on first use). */
  readonly parser: ContentParser;
}

/**
 * The time the learner's state is kept in. The wall clock, shifted by `offsetMs`, which
 * only the extension's test hooks set (integration tests move through study days with it).
 */
export class Clock {
  offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }
}

export function createServices(context: vscode.ExtensionContext): Services {
  // A log channel: its level follows VS Code's "Developer: Set Log Level…", so we need no setting of our own.
  const log = vscode.window.createOutputChannel('Loop Prep', { log: true });
  context.subscriptions.push(log);
  const dataDirectory = new DataDirectory(context.globalStorageUri.fsPath, log);
  // No worker starts here: the first parse starts it, after activate() has returned.
  const { version } = context.extension.packageJSON as { version: string };
  const cache = new ParseCache(path.join(context.globalStorageUri.fsPath, 'parse-cache.bin'), () => {
    // The parsers' build: the version, and the worker bundle's size and time (a development
    // build keeps its version). Synchronous, as the cache's read is (see ParseCache.read).
    const stat = statSync(parseWorkerFile, { throwIfNoEntry: false });
    return `${version}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`;
  }, (message) => { log.warn(message); });
  const parser = new ContentParser({ workerFile: parseWorkerFile, parseInThread: () => loadDecks().parseContent, log, cache });
  context.subscriptions.push(parser);
  return { extensionUri: context.extensionUri, log, dataDirectory, clock: new Clock(), probes: new Map(), storageDirectory: context.globalStorageUri.fsPath, memento: context.globalState, parser };
}

/**
 * The shared place for user data (the journal and its backups). Later features ask it
 * for the folder instead of reading the setting themselves.
 */
export class DataDirectory {
  static readonly setting = 'loopPrep.dataDirectory';

  constructor(
    private readonly defaultDirectory: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The configured folder, or the reason it cannot be used. Reads the setting each time. */
  resolve(): DataDirectoryResolution {
    const configured = vscode.workspace.getConfiguration().get<string>(DataDirectory.setting);
    return resolveDataDirectory(configured, this.defaultDirectory, os.homedir());
  }

  /** Creates the folder if needed and returns it; throws with a message fit for the user. */
  async ensure(): Promise<vscode.Uri> {
    const resolution = this.resolve();
    if (!resolution.ok) throw new Error(resolution.error);
    // Node, not VS Code's file API: in code-server that asks the busy workbench, and the
    // journal (and so every count at start-up) waited 0.1–0.2 s for the folder it already had.
    try {
      await fs.mkdir(resolution.path, { recursive: true });
    } catch (error) {
      // Node says "EEXIST: file already exists, mkdir …" when a file is in the way: say what is wrong.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR') throw new Error(`${resolution.path} is not a directory (a file is in the way)`, { cause: error });
      throw error;
    }
    return vscode.Uri.file(resolution.path);
  }

  /** Logs why the configured folder cannot be used and offers to fix the setting. */
  reportUnusable(reason: string): void {
    this.log.error(reason);
    void vscode.window.showErrorMessage(reason, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', DataDirectory.setting);
    });
  }
}
