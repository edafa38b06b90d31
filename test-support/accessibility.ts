/*
 * The one accessibility check every widget test runs: axe-core with the WCAG 2.0, 2.1 and 2.2
 * A and AA rules (EN 301 549, which binds public-sector sites) and axe's best practices. axe's
 * WCAG 2.2 rules (target-size) are off unless asked for by tag, which the default run never does.
 */
import type { AxeResults, Result } from 'axe-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules that judge the page rather than the widget: a widget sits in the landmarks of the page
 * that places it, and a test fixture has none.
 */
const pageRules = { region: { enabled: false } };

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

const describeViolation = (violation: Result) =>
  [`${violation.id} (${violation.impact}): ${violation.help}`, ...violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`)].join('\n');

/** Runs axe on `element`; the returned violations are already formatted for an assertion message. */
export async function axeViolations(element: Element): Promise<string[]> {
  // @ts-expect-error axe.min.js has no types of its own; it registers window.axe.
  if (!window.axe) await import('axe-core/axe.min.js');
  const results: AxeResults = await window.axe!.run(element, {
    runOnly: { type: 'tag', values: axeTags },
    rules: pageRules,
    resultTypes: ['violations'],
  });
  return results.violations.map(describeViolation);
}

/** Fails with every violation axe finds in `element` under the WCAG 2.2 AA and best-practice rules. */
export async function assertAccessible(element: Element): Promise<void> {
  const violations = await axeViolations(element);
  if (violations.length) throw new Error(`Accessibility violations:\n${violations.join('\n')}`);
}
