export { sliceNextConfig } from './slice-next-config';
