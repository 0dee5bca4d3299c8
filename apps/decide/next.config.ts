import { sliceNextConfig } from '@tractor/slice/next-config';
// Parsing the environment here makes a malformed value fail the build.
import './src/env';

export default sliceNextConfig('decide');
