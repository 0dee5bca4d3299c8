import { shopConfig } from '@tractor/e2e';
import { offset } from './src/suite';

/** Journeys across every context, through the edge router. */
export default shopConfig({ offset, testDir: './src' });
