import '../src/define.js';
import { fuzzAttributes } from '../../../test-support/attribute-fuzz.js';

describe('<np-contact-card> with any attribute values (fast-check, 200 runs)', () => {
  it('lets no error out, changes nothing around it and links nothing unsafe', async () => {
    await fuzzAttributes('np-contact-card');
  });
});
