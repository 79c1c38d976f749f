// Browser-side helpers every Loop Prep webview uses.

/** The part of VS Code's webview API a page uses, typed by its protocol. */
export interface VsCodeApi<Request, State> {
  postMessage(message: Request): void;
  getState(): unknown;
  setState(state: State): void;
}

// Provided by VS Code inside every webview; typed here by the page's protocol.
declare function acquireVsCodeApi<Request, State>(): VsCodeApi<Request, State>;

/** The page's VS Code API (it may be acquired only once per page). */
export function vscodeApi<Request, State>(): VsCodeApi<Request, State> {
  return acquireVsCodeApi<Request, State>();
}

/** An element with properties and children, built without HTML strings. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}
