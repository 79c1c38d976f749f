// @ts-check
'use strict';
/** Printed by a test module in the extension host as it starts; the workbench's own log before it is noise. */
module.exports.testsStartMarker = '[loop-prep] extension tests start';
