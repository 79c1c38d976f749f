import * as vscode from 'vscode';
import type { LoadedLoop, LoopLibrary } from './loopLibrary';

const selectedLoopKey = 'loopPrep.rounds.selectedLoop';
/** Shown until the user picks a loop: the full MLE loop the seeds describe first. */
const defaultLoopId = 'tiktok-mle';

/** The loop the learner prepares for: the one picked last (Pick Interview Loop…), else the MLE loop, else the first. */
export class LoopSelection implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when another loop is picked or the loops reload (the selected loop may have new rounds). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: { dispose(): unknown }[];

  constructor(
    private readonly loops: LoopLibrary,
    private readonly memento: vscode.Memento,
  ) {
    this.disposables = [this.changed, loops.onDidChange(() => { this.changed.fire(); })];
  }

  selected(): LoadedLoop | undefined {
    const id = this.memento.get<string>(selectedLoopKey) ?? defaultLoopId;
    const all = this.loops.all();
    return all.find((loaded) => loaded.loop.id === id) ?? all.find((loaded) => loaded.loop.id === defaultLoopId) ?? all[0];
  }

  /** Whether the learner has picked a loop, rather than being shown the default. */
  get picked(): boolean {
    return this.memento.get<string>(selectedLoopKey) !== undefined;
  }

  async select(loopId: string): Promise<void> {
    await this.memento.update(selectedLoopKey, loopId);
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
