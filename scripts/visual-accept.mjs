// After `npm run visual:update` has written every screenshot anew: a baseline the review would
// still pass (the same pixels, or anti-aliasing noise within visual/tolerance.mjs) gets its
// committed bytes back, so the history does not grow by a retake; each one that changed is
// compressed losslessly (optipng, from Debian: `npm run setup` installs it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { failureThreshold } from '../visual/tolerance.mjs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const baselines = 'visual/screenshots';

/** What the review would say: same size, and no more pixels differ than the tolerance allows. */
function passes(committed, written) {
  const [a, b] = [PNG.sync.read(committed), PNG.sync.read(written)];
  if (a.width !== b.width || a.height !== b.height) return false;
  const differing = pixelmatch(a.data, b.data, null, a.width, a.height);
  return (differing / (a.width * a.height)) * 100 <= failureThreshold;
}

const changed = git('diff', '--name-only', 'HEAD', '--', baselines).split('\n').filter((path) => path.endsWith('.png'));
const added = git('ls-files', '--others', '--exclude-standard', '--', baselines).split('\n').filter((path) => path.endsWith('.png'));
let restored = 0;
const kept = [...added];
for (const path of changed) {
  const committed = execFileSync('git', ['show', `HEAD:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  if (passes(committed, readFileSync(path))) {
    git('checkout', 'HEAD', '--', path);
    restored++;
  } else kept.push(path);
}
if (kept.length) {
  try {
    execFileSync('optipng', ['-quiet', '-o2', ...kept], { stdio: 'inherit' });
  } catch (error) {
    console.error(`visual: optipng failed (${error.message}); run \`npm run setup\`, which installs it.`);
    process.exit(1);
  }
}
console.log(`visual: ${kept.length} screenshot(s) changed or new (compressed losslessly), ${restored} that the review still passes put back`);
