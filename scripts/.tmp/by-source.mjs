import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const c = new SourceMapConsumer(map);
const lines = code.split('\n');
const sizes = {};
let prev = null;
c.eachMapping((m) => {
  if (prev) {
    const len = prev.line === m.generatedLine ? m.generatedColumn - prev.col : lines[prev.line - 1].length - prev.col;
    sizes[prev.src] = (sizes[prev.src] || 0) + len;
  }
  prev = { line: m.generatedLine, col: m.generatedColumn, src: (m.source || '?').replace(/.*node_modules\//, '').replace(/.*packages\//, '') };
});
for (const [k, v] of Object.entries(sizes).sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(6), k);
