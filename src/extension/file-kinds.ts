/**
 * Which files the checker reads, decided from the path and (for YAML/JSON) the content, so the
 * extension never needs a language id of its own and coexists with the Terraform and YAML extensions.
 * Pure: paths are URI strings or file paths, only their last segment matters.
 */
import { kindOf } from '../core/engine/classify';
import { mayBePlan } from '../core/parse/plan/index';
import { isTerraformJson } from '../core/parse/tfjson/names';
import type { SourceSyntax } from '../core/engine/types';
import { hasExtension } from '../core/model/paths';

export function baseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '');
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1));
}

/** HCL (`.tf`, `.tfvars`) or Terraform's JSON syntax (`.tf.json`, `terraform.tfvars.json`, `*.auto.tfvars.json`). */
export function isTerraformFile(path: string): boolean {
  const name = baseName(path);
  return /\.(tf|tfvars)$/i.test(name) || isTerraformJson(name);
}

/** Files of a Terraform module folder: every `.tf`, and the tfvars Terraform loads by itself (as the engine decides). */
export function isModuleFile(name: string): boolean {
  return kindOf(name) === 'terraform';
}

export function isInstanceSpecName(path: string): boolean {
  return /\.icp\.ya?ml$/i.test(baseName(path));
}

export function isConfigFile(path: string): boolean {
  return baseName(path) === '.icpcheck.yaml' || baseName(path) === '.icpcheck.yml';
}

// `[ \t]*`, not `\s*`, before the key: `\s*` would run across every following blank line from each line start (quadratic).
const ROS_MARKER = /^[ \t]*"?ROSTemplateFormatVersion"?\s*:/m;
const SPEC_MARKER = /^kind:\s*["']?IcpInstanceSpec\b/m;

/** ROS templates (YAML or JSON), instance specs and Terraform plans are recognised by content, as the CLI does. */
export function isCheckable(path: string, text: string): boolean {
  if (isTerraformFile(path) || isInstanceSpecName(path)) return true;
  if (!/\.(ya?ml|json)$/i.test(baseName(path))) return false;
  return ROS_MARKER.test(text) || SPEC_MARKER.test(text) || mayBePlan({ path, text });
}

/** Language modes whose buffers the engine can read when the name does not say (VS Code's ids). */
const SYNTAX_OF_LANGUAGE: Readonly<Record<string, SourceSyntax>> = {
  terraform: 'terraform',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
};

/**
 * How the engine should read a document whose name says nothing (an untitled buffer): its language
 * mode. Undefined when the name decides, or the language is none of ours. (A `terraform-vars`
 * buffer alone sets variables of no module, so there is nothing to check in it.)
 */
export function documentSyntax(uri: string, languageId: string): SourceSyntax | undefined {
  return hasExtension(uri) ? undefined : SYNTAX_OF_LANGUAGE[languageId];
}

/** `isCheckable`, plus untitled buffers by their language mode (ROS / spec YAML and JSON still by content). */
export function isCheckableDocument(uri: string, languageId: string, text: string): boolean {
  const syntax = documentSyntax(uri, languageId);
  if (syntax === undefined) return isCheckable(uri, text);
  return syntax === 'terraform' || ROS_MARKER.test(text) || SPEC_MARKER.test(text);
}

/** The line-comment marker of a file's syntax, or undefined where comments do not exist (JSON). */
export function commentMarker(path: string): string | undefined {
  const name = baseName(path);
  if (/\.(tf|tfvars)$/i.test(name) || /\.ya?ml$/i.test(name)) return '#';
  return undefined;
}
