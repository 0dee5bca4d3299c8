export * from './button';
export * from './price';
export * from './boundary-overlay';
export * from './fragment-html';
export * from './shop-frame';
export * from './error-panel';
export * from './speculation-rules';
export * from './shop-metadata';
