import { libraryBuild } from '../../scripts/rollup.mjs';

export default libraryBuild();
