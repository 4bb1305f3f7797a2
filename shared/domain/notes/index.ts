export * from './gas';
export * from './rules';
