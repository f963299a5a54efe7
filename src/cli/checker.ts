/**
 * What `icp-check` needs once there is something to check: the core, the formatters and the
 * configuration reader. run.ts loads this module only after `--help` and `--version` are answered,
 * so those never pay for loading the core, zod, yaml and the rules (most of the start-up time).
 */
export { check, initCore, RULES } from '../core';
export { formatReport } from '../core/report';
export { readConfig } from './config';
export { applyFixes } from './fix';
export { readFiles, type ReadFiles } from './read';
export { CheckPool } from './parallel/pool';
