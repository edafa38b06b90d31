import { libraryBuild } from '../../scripts/rollup.mjs';

export default libraryBuild({ cdnName: 'np-contact-card' });
