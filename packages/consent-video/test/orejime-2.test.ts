import { orejime2StandIn } from '../../consent/test/stand-ins.js';
import { describeWithManager } from './manager-suite.js';

describeWithManager('orejime 2', orejime2StandIn);
