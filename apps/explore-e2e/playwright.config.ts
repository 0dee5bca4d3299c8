import { shopConfig } from '@tractor/e2e';
import { offset } from './src/suite';

/** The explore team's journeys, against the whole shop. */
export default shopConfig({ offset, testDir: './src' });
