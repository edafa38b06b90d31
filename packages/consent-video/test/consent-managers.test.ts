import { standIns } from '../../../test-support/consent-managers.js';
import { describeWithManager } from './manager-suite.js';

// The managers that cannot be installed here; the others are tested for real in test/managers/.
for (const [label, create] of Object.entries(standIns)) describeWithManager(label, create);
