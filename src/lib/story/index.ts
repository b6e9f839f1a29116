export * from './schema';
export * from './dates';
export * from './validate';
export * from './derive';
export * from './figures';
export * from './page';
