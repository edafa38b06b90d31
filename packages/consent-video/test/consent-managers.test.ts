import { standIns } from '../../../test-support/consent-managers.js';
import { describeWithManager } from './manager-suite.js';

// Orejime 2 and 3 share the adapter name; 2 runs in a page of its own (orejime-2.test.ts).
for (const [label, create] of Object.entries(standIns)) {
  if (label !== 'orejime 2') describeWithManager(label, create);
}
