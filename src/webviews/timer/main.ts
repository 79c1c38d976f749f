import { TimerNotification, type TimerRequest, type TimerViewState } from './protocol';
import { element, vscodeApi } from '../shared/dom';

const vscode = vscodeApi<TimerRequest, TimerViewState>();
const root = document.getElementById('root');


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
