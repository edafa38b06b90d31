// The accessibility rules every check runs, shared by the widget tests (test-support/accessibility.ts),
// the story check (scripts/test-stories.mjs) and Storybook's accessibility panel (.storybook/preview.ts):
// WCAG 2.0, 2.1 and 2.2 A and AA (EN 301 549 binds public-sector sites) and axe's best practices.
// axe's WCAG 2.2 rule target-size is off unless asked for by tag.
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Rules about the page rather than the widget: a widget sits in the landmarks of the page that
// places it, and a test fixture or a story has none.
export const pageRules = { region: { enabled: false } };
