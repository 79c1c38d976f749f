// A thread of the FSRS optimiser's WebAssembly build (fsrs-rs compiled for wasm32-wasip1-threads):
// fsrs-rs trains on a pool of threads, and emnapi starts each as a Node worker running the
// optimiser's own bundle in this role (one bundle, so emnapi ships once), which instantiates
// the same module on the shared memory the main instance sent.
import { MessageHandler, instantiateNapiModuleSync } from '@emnapi/core';
import { getDefaultContext } from '@emnapi/runtime';
import { WASI } from 'node:wasi';
import type { MessagePort } from 'node:worker_threads';

/** What the optimiser passes as `workerData` to start a thread in this role. */
export const wasmThreadRole = 'fsrs-wasm-thread';

/** Serves one thread of the optimiser's pool on `port` (the thread's parentPort). */
export function runWasmThread(port: MessagePort): void {
  const postMessage = (message: unknown): void => { port.postMessage(message); };
  // emnapi is written for web workers: its thread-safe functions (the optimiser's progress
  // callback) post to the main thread through the global `postMessage` a web worker has.
  Object.assign(globalThis, { postMessage });

  const handler = new MessageHandler({
    onLoad: ({ wasmModule, wasmMemory }) =>
      instantiateNapiModuleSync(wasmModule, {
        childThread: true,
        // The optimiser reads and writes no files: no folder is opened to it, no environment passed.
        wasi: new WASI({ version: 'preview1', env: {}, preopens: {} }),
        context: getDefaultContext(),
        postMessage,
        overwriteImports(imports) {
          imports['env'] = { ...imports['env'], ...imports['napi'], ...imports['emnapi'], memory: wasmMemory };
          return imports;
        },
      }),
    postMessage,
  });

  port.on('message', (data: unknown) => { handler.handle({ data }); });
}
