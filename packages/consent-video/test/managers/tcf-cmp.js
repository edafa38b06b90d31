// The TCF page's consent manager: the IAB's reference __tcfapi with a banner (test-support/tcf-cmp.ts).
import { startTestCmp } from '../../../../test-support/tcf-cmp.ts';

startTestCmp();
