import { TimerNotification, type TimerRequest, type TimerViewState } from './protocol';

interface VsCodeApi {
  postMessage(message: TimerRequest): void;
  getState(): unknown;
  setState(state: TimerViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function render(state: TimerViewState): void {
  if (!root) return;
  root.dataset['status'] = state.status;
  const settings = element('button', { type: 'button', className: 'secondary' }, 'Open Settings');
  settings.addEventListener('click', () => { vscode.postMessage({ type: 'runCommand', command: 'loopPrep.openSettings' }); });
  root.replaceChildren(
    element(
      'section',
      { className: 'empty-state' },
      element('h2', {}, 'No timer running'),
      element(
        'p',
        {},
        'Mock rounds with their phases and timed coding sessions run here, with the remaining time shown large and in the status bar.',
      ),
      settings,
    ),
  );
}

// Restore what was last shown at once (the view may have been hidden and shown), then ask
// the host for the truth.
const saved = TimerNotification.safeParse({ type: 'state', state: vscode.getState() });
if (saved.success) render(saved.data.state);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = TimerNotification.safeParse(event.data);
  if (!message.success) return;
  vscode.setState(message.data.state);
  render(message.data.state);
});

vscode.postMessage({ type: 'ready' });
