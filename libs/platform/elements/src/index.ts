export * from './build-elements';
export * from './elements-version';
