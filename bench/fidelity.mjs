// A ratio against a plain-DOM reference means something only if the reference builds what the
// widget builds. For each stress page, one instance of the widget and one of its reference are
// read as a screen reader gets them (Chromium's accessibility tree, in the same one-line-per-node
// form as the widgets' accessibility snapshots) and compared.
import { formatAccessibilityTree } from '../scripts/accessibility-tree.mjs';
import { openSettled } from './browser.mjs';
import { stressPages } from './pages.mjs';

/** What a screen reader is told about the first `tag` on the page at `url`. */
async function treeOf(browser, url, tag) {
  const { after } = await openSettled(browser, url, async (page) => {
    const root = await page.$(tag);
    return formatAccessibilityTree(await page.accessibility.snapshot({ root, interestingOnly: false })).join('\n');
  });
  return after;
}

/** `pagePath(name, variant)` is where the one-instance page of each variant is served. */
export async function compareReferences(browser, base, pagePath) {
  const rows = [];
  for (const [name, [instance]] of Object.entries(stressPages)) {
    const tag = /<np-([a-z-]+)/.exec(instance(1))[1];
    const widget = await treeOf(browser, base + pagePath(name, 'widgets'), `np-${tag}`);
    const reference = await treeOf(browser, base + pagePath(name, 'plain'), `plain-${tag}`);
    const widgetLines = widget.split('\n');
    const referenceLines = reference.split('\n');
    const firstDifference = widgetLines.findIndex((line, index) => line !== referenceLines[index]);
    const same = widget === reference;
    rows.push({
      name,
      same,
      nodes: widgetLines.length,
      difference: same ? undefined : { widget: widgetLines[firstDifference] ?? '(end)', reference: referenceLines[firstDifference === -1 ? widgetLines.length : firstDifference] ?? '(end)' },
      // Both trees in results.json when they differ, to read the whole of it.
      ...(same ? {} : { widget, reference }),
    });
  }
  return rows;
}
