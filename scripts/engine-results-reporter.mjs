// A web-test-runner reporter that tells scripts/test-browsers.mjs, through a JSON file, which
// engines had a failing test file, in which engines the browser went away in the middle of one,
// and whether coverage met its threshold. With that, a run that failed only because WebKit's web
// process crashed can be repeated in WebKit alone, and a run that also failed anywhere else is
// never repeated.
import { writeFileSync } from 'node:fs';

// web-test-runner's words when a page's connection closed while its tests ran.
const disconnected = 'Tests were interrupted because the browser disconnected.';

/**
 * @param {string} file where to write `{ failedEngines, disconnectedEngines, coverageHeld }`
 * @param {Map<object, string>} engineOfLauncher the engine name of each browser launcher of the run
 */
export function engineResultsReporter(file, engineOfLauncher) {
  return {
    onTestRunFinished({ sessions, testCoverage }) {
      const engineOf = (session) => engineOfLauncher.get(session.browser);
      const failed = sessions.filter((session) => !session.passed);
      const failedEngines = new Set(failed.map(engineOf));
      const disconnectedEngines = new Set(failed.filter((session) => session.errors.some(({ message }) => message === disconnected)).map(engineOf));
      writeFileSync(file, JSON.stringify({ failedEngines: [...failedEngines], disconnectedEngines: [...disconnectedEngines], coverageHeld: testCoverage?.passed ?? true }));
    },
  };
}
