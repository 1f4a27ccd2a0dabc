export * from './state';
export * from './steps';
