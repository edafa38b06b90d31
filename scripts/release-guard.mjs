// Run by `npm run release` before `changeset publish`: publishes nothing unless what would be
// published is an exact commit (no uncommitted or untracked change), already versioned (no
// changeset left to apply), and green: build, type checks, lint, manifests, size budgets,
// package lint and every functional browser test (`npm run test:functional`, whose turbo cache
// makes a re-run of a tested commit quick). Not the visual review: a font or browser update
// changes screenshots without changing what a city's visitors get, and must not hold a release.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

function refuse(reason) {
  console.error(`release refused: ${reason}`);
  process.exit(1);
}

const status = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
if (status) refuse(`the working tree is not an exact commit:\n${status}`);
const pending = readdirSync('.changeset').filter((file) => file.endsWith('.md') && file !== 'README.md');
if (pending.length) refuse(`${pending.length} changeset(s) not applied yet: run \`npm run version\`, review and commit first.`);
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
console.log(`release: checking ${commit} with npm run test:functional`);
try {
  execFileSync('npm', ['run', 'test:functional'], { stdio: 'inherit' });
} catch {
  refuse(`npm run test:functional failed on ${commit}`);
}
console.log(`release: ${commit} is green, publishing`);
