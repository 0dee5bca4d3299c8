export * from './browser';
export * from './shop-config';
export * from './pause-context';
export * from './cdp-browser';
export * from './nav-page';
export { journeyAttachment, type Journey } from './journey';
export * from './journey-report';
export * from './test';
