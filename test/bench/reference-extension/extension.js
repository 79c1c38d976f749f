// The baseline of the activation benchmark: an extension that does nothing at all, so
// its activation time is the extension host's own cost of loading and activating one.
'use strict';
exports.activate = function activate() {};
exports.deactivate = function deactivate() {};
