/** The public surface of the core: what the CLI, the extension and the tests call. */
export * from './model/location';
export * from './model/line-index';
export { changeBetween, type TextChange } from './model/text-change';
export * from './model/localized';
export * from './model/value';
export * from './model/instance';
export * from './model/fix';
export * from './model/finding';
export { instanceKey } from './model/instance-key';
export type { InstanceSetting } from './model/setting';
export * from './engine/types';
export * from './engine/config';
export { check, fixAll } from './engine/check';
export { gatherModuleSources, type ModuleHost, type ModuleSources } from './engine/module-sources';
export { initCore, type InitOptions } from './engine/init';
export { decodeText } from './engine/decode';
export { withSkippedFiles } from './engine/skipped-files';
export { transferable } from './engine/transferable';
export { CheckSession, type SessionLimits } from './engine/session';
export { loadConfig, type LoadedConfig, type ConfigProblem } from './engine/config-file';
export { CONFIG_FILE_NAME, configCandidates } from './engine/config-lookup';
export { configProblemFindings } from './engine/config-findings';
export { applyEdits, type EditResult } from './engine/apply-edits';
export type { FixAllResult, AppliedFix, FixAllScope } from './engine/fix-all';
export { findSuppressions, type SuppressionDirective, type DirectivePlacement } from './engine/suppressions';
export {
  evaluateDirectives,
  applySuppressions,
  REASON_PLACEHOLDER,
  type ActiveSuppression,
  type DirectiveProblem,
} from './engine/suppression-check';
export { RULES, ruleById } from './rules/index';
export type { Rule, RuleDocs, DocExample } from './rules/rule';
export { ENGINE_MESSAGES } from './engine/messages';
export { kindOf, type FileKind } from './engine/classify';
export { isModulesJson } from './engine/module-composition';
export { mayBePlan } from './parse/plan/index';
export { byFileAndOffset, compareFindings } from './engine/ordering';
export { folderOf, baseName } from './model/paths';
export * from './report/index';
