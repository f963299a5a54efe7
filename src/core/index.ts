/** The public surface of the core: what the CLI, the extension and the tests call. */
export * from './model/location';
export * from './model/line-index';
export * from './model/localized';
export * from './model/value';
export * from './model/instance';
export * from './model/fix';
export * from './model/finding';
export * from './engine/types';
export * from './engine/config';
export { check } from './engine/check';
