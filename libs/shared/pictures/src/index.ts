export * from './colour';
export { ink, outline, round, wheel } from './wheel';
export * from './tractor-scene';
export * from './tractor-thumbnail';
export { autonomousTractor } from './autonomous-tractor';
export { classicTractor } from './classic-tractor';
