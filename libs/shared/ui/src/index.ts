export * from './button';
export * from './price';
