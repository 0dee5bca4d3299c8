export * from './routes';
export * from './match';
export * from './href';
