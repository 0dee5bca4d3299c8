/**
 * The most procedure calls one batched tRPC request may carry. The browser client splits larger
 * batches at this size, and the route handler refuses anything larger with a 400, so one request
 * can never make a BFF run an unbounded amount of work.
 */
export const maxBatchSize = 10;
