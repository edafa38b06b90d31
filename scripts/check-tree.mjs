// Fails when scratch is committed: a tracked file under any `.tmp/` folder. Scratch belongs in the
// system's temporary folder, not in the history, where it would be linted, shipped and cached on.
import { execFileSync } from 'node:child_process';

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const scratch = tracked.filter((path) => path.split('/').slice(0, -1).includes('.tmp'));
if (scratch.length) {
  console.error(`check-tree: scratch files are tracked; delete them (git rm) or move them out of the tree:\n  ${scratch.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-tree: ${tracked.length} tracked files, none under a .tmp/ folder`);
