// A web-test-runner command that reads the browser's accessibility tree of one element, as a
// screen reader gets it (Chromium's, through the DevTools protocol), and compares it with the
// snapshot committed next to the tests. `UPDATE_ACCESSIBILITY_TREES=1 npm test` writes the
// snapshots instead, so that a change to what is announced is a reviewed diff. Engines other
// than Chromium answer `{ supported: false }`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Nodes that carry nothing a screen reader reads out: their children stand in their place. */
const transparent = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'RootWebArea']);

/** One line per node: role, quoted name, then the states a screen reader reads out. */
export function formatAccessibilityTree(node, depth = 0, parentName = '') {
  if (!node) return [];
  const name = (node.name ?? '').replace(/\s+/g, ' ').trim();
  const children = (node.children ?? []).flatMap((child) => formatAccessibilityTree(child, transparent.has(node.role) ? depth : depth + 1, name || parentName));
  // Text that only repeats its parent's name (a link's own text) is read once.
  if (transparent.has(node.role) || (node.role === 'StaticText' && (!name || parentName.includes(name)))) return children;
  const states = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'required', 'invalid', 'modal', 'haspopup']
    .filter((key) => node[key] !== undefined && node[key] !== false)
    .map((key) => (node[key] === true ? key : `${key}=${node[key]}`));
  return [`${'  '.repeat(depth)}${node.role}${name ? ` "${name}"` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`, ...children];
}

export function accessibilityTreePlugin({ snapshotDir }) {
  return {
    name: 'np-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'np-accessibility-tree') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || page.browser().protocol !== 'cdp') return { supported: false };
      const root = await page.$(payload.selector);
      const tree = `${formatAccessibilityTree(await page.accessibility.snapshot({ root, interestingOnly: false })).join('\n')}\n`;
      const file = join(snapshotDir, `${payload.name}.txt`);
      if (process.env.UPDATE_ACCESSIBILITY_TREES === '1') {
        mkdirSync(snapshotDir, { recursive: true });
        writeFileSync(file, tree);
      }
      return { supported: true, tree, expected: existsSync(file) ? readFileSync(file, 'utf8') : null };
    },
  };
}
