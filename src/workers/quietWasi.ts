// Node marks WASI experimental and warns once in every thread that loads it: on each
// optimisation, one line per thread in the extension host's log, which says nothing a user
// or a bug report needs. Only that warning is dropped, and only in the optimiser's threads
// (each worker thread has a `process` of its own); Node's printer still gets every other.
// Imported first by the worker bundle, before anything loads node:wasi.
const printers = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && warning.message.startsWith('WASI')) return;
  for (const print of printers) print(warning);
});
