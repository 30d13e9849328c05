#!/usr/bin/env node
'use strict';
// The `crossread` command: runs the bundled CLI (built by `npm run build`, which `npm ci` runs).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  console.error('crossread: the CLI is not built yet; run `npm run build` in ' + path.dirname(__dirname));
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    // Not an unreadable input (exit 1) nor wrong usage (exit 2): something failed while writing or analysing.
    console.error(`crossread: ${error && error.message ? error.message : error}`);
    process.exitCode = 3;
  });
