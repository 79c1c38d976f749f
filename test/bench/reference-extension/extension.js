// The baseline of the activation benchmark: an extension that does nothing at all, so
// its activation time is the extension host's own cost of loading and activating one at
// start-up (it activates on onStartupFinished, as Loop Prep does).
'use strict';
exports.activate = function activate() {};
exports.deactivate = function deactivate() {};
