export * from './build-elements';
