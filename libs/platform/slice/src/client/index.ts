/** The browser side of a slice: nothing here reaches a server module. */
export { createSliceClient, staleTime } from './query-provider';
export { maxBatchSize } from '../batch-limit';
