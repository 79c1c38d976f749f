// Activated first in every fresh host, so the one-off cost of the host's first
// activation falls on neither measured extension.
'use strict';
exports.activate = function activate() {};
