export * from './routes';
export * from './match';
export * from './href';
export * from './events';
export * from './fragments';
