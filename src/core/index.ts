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
export { check, fixAll } from './engine/check';
export { initCore, type InitOptions } from './engine/init';
export { loadConfig, type LoadedConfig, type ConfigProblem } from './engine/config-file';
export { applyEdits, type EditResult } from './engine/apply-edits';
export type { FixAllResult, AppliedFix } from './engine/fix-all';
export { findSuppressions, type SuppressionDirective, type DirectivePlacement } from './engine/suppressions';
export { evaluateDirectives, applySuppressions, type ActiveSuppression, type DirectiveProblem } from './engine/suppression-check';
export { RULES, ruleById } from './rules/index';
export type { Rule, RuleDocs, DocExample } from './rules/rule';
