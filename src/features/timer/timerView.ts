import * as vscode from 'vscode';
import { asError } from '../../core/activation';
import type { TimerNotification, TimerViewState } from '../../webviews/timer/protocol';
import { loadProtocols } from '../lazyModules';
import type { Services } from '../services';
import { acceptMessage, setWebviewPage, webviewOptions } from '../webviewPage';


/** The Timer view in the Loop Prep container: a webview the host feeds with state. */
export class TimerViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'loopPrep.timer';
  private readonly state: TimerViewState = { status: 'idle' };

  constructor(private readonly services: Services) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    const { webview } = view;
    webview.options = webviewOptions(this.services);
    setWebviewPage(webview, this.services, { title: 'Timer', bundle: 'timer' });
    // The listener lives as long as the view: VS Code disposes the webview with it.
    webview.onDidReceiveMessage((raw: unknown) => {
      this.receive(webview, raw).catch((error: unknown) => {
        this.services.log.error('Timer view: could not handle a message:', asError(error));
      });
    });
  }

  private async receive(webview: vscode.Webview, raw: unknown): Promise<void> {
    const { TimerRequest } = loadProtocols();
    const request = acceptMessage(TimerRequest, raw, this.services, 'Timer view');
    if (!request) return;
    switch (request.type) {
      case 'ready':
        await this.post(webview, { type: 'state', state: this.state });
        return;
      case 'runCommand':
        await vscode.commands.executeCommand(request.command);
        return;
    }
  }

  private post(webview: vscode.Webview, message: TimerNotification): Thenable<boolean> {
    return webview.postMessage(message);
  }
}

export function registerTimerView(services: Services): vscode.Disposable {
  return vscode.window.registerWebviewViewProvider(TimerViewProvider.viewId, new TimerViewProvider(services));
}
