// The end of `npm test`: where its time went, task by task, from the run summaries turbo writes
// with --summarize (.turbo/runs/, ignored by git) for the runs of this `npm test`, which started
// at NP_TEST_STARTED (milliseconds since the epoch). Cached tasks show as such: no time spent.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const runsDir = fileURLToPath(new URL('../.turbo/runs/', import.meta.url));
const since = Number(process.env.NP_TEST_STARTED ?? 0);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let runs = [];
try {
  runs = readdirSync(runsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(runsDir + file, 'utf8')))
    .filter((run) => run.execution.startTime >= since)
    .sort((a, b) => a.execution.startTime - b.execution.startTime);
} catch {
  // No summary yet: nothing to show.
}
const rows = runs.flatMap((run) =>
  run.tasks
    .filter((task) => task.execution)
    .map((task) => ({
      task: task.taskId.replace(/^\/\/#/, '(root) '),
      time: task.execution.endTime - task.execution.startTime,
      cached: task.cache.status === 'HIT',
    })),
);
if (rows.length) {
  const width = Math.max(...rows.map((row) => row.task.length));
  console.log('\nWhere the time went (turbo tasks, slowest first):');
  for (const row of rows.sort((a, b) => b.time - a.time)) {
    console.log(`  ${row.task.padEnd(width)}  ${row.cached ? 'cached' : seconds(row.time).padStart(8)}`);
  }
  const wall = runs.at(-1).execution.endTime - runs[0].execution.startTime;
  console.log(`  ${'wall clock, all runs'.padEnd(width)}  ${seconds(wall).padStart(8)}`);
}
