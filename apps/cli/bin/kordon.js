#!/usr/bin/env node
'use strict';
// The `kordon` command: runs the compiled CLI (`node tools/build.mjs` writes it).
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('kordon: the CLI is not built; run npm install (or npm run build) first\n');
  process.exit(2);
}
require(main);
