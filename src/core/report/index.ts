/** Reports over a CheckResult: the readiness model and the output formats. Pure. */
export * from './types';
export * from './readiness';
export { Positions, type OneBasedRange } from './positions';
export { formatStylish, type StylishOptions } from './stylish';
export {
  formatJson,
  buildJsonReport,
  type JsonReport,
  type JsonFinding,
  type JsonInstance,
  type JsonLocation,
  type JsonSuppression,
} from './json';
export { formatSarif, buildSarif, type SarifOptions } from './sarif';
export { formatMarkdown } from './markdown';
export { formatJunit } from './junit';
export { formatGitlab, buildCodeQuality, type CodeQualityIssue, type CodeQualitySeverity } from './gitlab';
export { REQUIREMENT_TEXT, STATUS_TEXT, VERDICT_TEXT, VERDICT_SHORT, SEVERITY_TEXT, counted } from './texts';

import type { ReportFormat, ReportInput } from './types';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatMarkdown } from './markdown';
import { formatJunit } from './junit';
import { formatGitlab } from './gitlab';

export interface FormatOptions {
  readonly color?: boolean;
  readonly srcRoot?: string;
}

export function formatReport(format: ReportFormat, input: ReportInput, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(input, { color: options.color ?? false });
    case 'json':
      return formatJson(input);
    case 'sarif':
      return formatSarif(input, { srcRoot: options.srcRoot });
    case 'markdown':
      return formatMarkdown(input);
    case 'junit':
      return formatJunit(input);
    case 'gitlab':
      return formatGitlab(input);
  }
}
