#!/usr/bin/env node
// Prints the tags that load the N-POWER widgets from a folder with Subresource Integrity, and
// the Content-Security-Policy source that allows the loader's inline import map.
//   npx np-embed-snippet /assets/npower/
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { embedSnippet } from '../dist/embed-snippet.js';

const folder = process.argv[2];
if (!folder || folder.startsWith('-')) {
  console.error('Usage: np-embed-snippet <folder URL>   (where the contents of dist/cdn/ are served, e.g. /assets/npower/)');
  process.exit(2);
}
const integrity = JSON.parse(readFileSync(new URL('../dist/cdn/integrity.json', import.meta.url), 'utf8'));
const snippet = embedSnippet(integrity, folder);
// An inline import map is an inline script: under `script-src` without 'unsafe-inline' it needs its hash.
const importMapHash = `'sha256-${createHash('sha256').update(snippet.importMapJson).digest('base64')}'`;

console.log(`<!-- All five widgets in one file -->
${snippet.allInOne}

<!-- Or the loader: only the widgets on the page (import map first) -->
${snippet.loader}

<!-- With the loader, add the import map's hash to your Content-Security-Policy: -->
<!-- script-src 'self' ${importMapHash} -->`);
