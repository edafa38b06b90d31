// The processes below a given one, read from /proc (Linux): the test command stops what it
// started by walking this tree, and its own tests find WebKit's web process in it.
import { readdirSync, readFileSync } from 'node:fs';

/** Every running process: its parent and its command name (at most 15 characters, as Linux keeps it). */
function processTable() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, name });
    } catch {
      // Ended while we looked.
    }
  }
  return table;
}

/** The processes below `ancestor`, children before grandchildren, with their command names. */
export function descendantsOf(ancestor) {
  const table = processTable();
  const found = [];
  const queue = [ancestor];
  while (queue.length) {
    const parent = queue.shift();
    for (const [pid, { ppid, name }] of table) {
      if (ppid === parent) {
        found.push({ pid, name });
        queue.push(pid);
      }
    }
  }
  return found;
}
