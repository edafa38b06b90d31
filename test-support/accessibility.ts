/*
 * The one accessibility check every widget test runs: axe-core with the rules of axe-tags.js
 * (WCAG 2.2 AA and best practices). chai-a11y-axe's `accessible()` cannot choose rules, and axe's
 * default run leaves the WCAG 2.2 rule target-size out.
 */
import type { AxeResults, Result } from 'axe-core';
import { axeTags, pageRules } from './axe-tags.js';

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
