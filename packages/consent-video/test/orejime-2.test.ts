import { orejime2StandIn } from '../../../test-support/consent-managers.js';
import { describeWithManager } from './manager-suite.js';

describeWithManager('orejime 2', orejime2StandIn);
