// The table `npm run bench` prints.
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function table(headers, rows) {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  return [line(headers), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function printResults(results) {
  const { machine } = results;
  console.log(`\nN-POWER Widgets benchmark, ${results.date.slice(0, 10)}: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, ${results.runs} runs each (median, min–max)\n`);
  console.log('Bytes\n');
  console.log(
    table(
      ['file', 'minified', 'gzip', 'brotli', 'gzip budget', ''],
      results.bytes.map((row) => [`${row.package} ${row.file}`, kB(row.minified), `${row.gzip} B`, `${row.brotli} B`, row.budget === undefined ? '—' : `${row.budget} B`, row.verdict ?? '']),
    ),
  );
  console.log('\nReferences: one instance of each widget and of its plain-DOM reference, as a screen reader gets them (Chromium\'s accessibility tree)\n');
  console.log(
    table(
      ['stress page', 'accessibility tree', 'nodes', ''],
      results.references.map((row) => [row.name, row.same ? 'same' : `differs: "${row.difference.reference}" for "${row.difference.widget}"`, row.nodes, row.verdict]),
    ),
  );
  console.log('\nUpgrade time (ratio of medians; a ratio is what matters, the times are this machine\'s)\n');
  console.log(
    table(
      ['page', 'ratio', 'budget', '', 'widgets', 'reference', 'heap after (widgets / reference)'],
      results.upgrade.map((row) => [
        row.name,
        row.ratio.toFixed(2),
        row.budget === undefined ? '—' : `≤ ${row.budget}`,
        row.verdict,
        `${ms(row.subject.median)} (${ms(row.subject.min)}–${ms(row.subject.max)})`,
        `${ms(row.reference.median)} (${ms(row.reference.min)}–${ms(row.reference.max)})`,
        row.heap ? `${kB(row.heap.subject)} / ${kB(row.heap.reference)}` : '—',
      ]),
    ),
  );
  console.log('\nLayout shift\n');
  console.log(table(['case', 'CLS (worst run)', 'budget', ''], results.layoutShift.map((row) => [row.name, row.cls.toFixed(4), '0', row.verdict])));
  console.log('\nPrivacy\n');
  console.log(table(['page', 'requests to other origins', 'budget', ''], results.privacy.map((row) => [row.name, row.requests.length ? row.requests.join(' ') : '0', '0', row.verdict])));
  console.log('\nMemory: 50 attach/detach cycles after 10 warm-up cycles, heap after full GC\n');
  console.log(
    table(
      ['widget', 'growth', 'allowed (3× rest spread, ≥ 16 KiB)', ''],
      results.memory.map((row) => [row.widget, `${row.growth} B`, `${row.allowance} B`, row.verdict]),
    ),
  );
  const { lighthouse } = results;
  console.log(`\nLighthouse ${lighthouse.version} (N-POWER page, np-widgets.js, mobile defaults)\n`);
  console.log(
    table(
      ['category', 'score', 'budget', ''],
      Object.entries(lighthouse.scores).map(([category, score]) => [category, score, category === 'performance' ? '—' : '100', lighthouse[`${category}Verdict`] ?? '']),
    ),
  );
  if (lighthouse.failedAudits.length) console.log(`\nLighthouse audits not passed: ${lighthouse.failedAudits.join(', ')}`);
}
