export * from './appointments';
export * from './doctors';
export * from './errors';
export * from './events';
export * from './notifications';
export * from './pagination';
export * from './roles';
export * from './users';
