import type { Finding, Severity } from '../model/finding';
import type { Fix } from '../model/fix';
import type { Location } from '../model/location';
import { compareText, sortFindings, sortSuppressions } from './order';
import { Positions } from './positions';
import type { ReportInput, RuleMeta } from './types';

/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services (GitHub's upload-sarif). One
 * `reportingDescriptor` per rule ID, results pointing into the rules by index, 1-based regions, the
 * places a value came from as `relatedLocations`, preferred fixes as `fixes`, and findings silenced
 * by `icp-ignore` as results carrying an in-source `suppressions` entry with the written reason.
 */
export interface SarifOptions {
  /** `file://` URI of the folder relative paths are resolved from (the CLI's working folder), ending in `/`. */
  readonly srcRoot?: string;
}

const SRCROOT = '%SRCROOT%';
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

type Json = Record<string, unknown>;

/** A relative path stays relative to %SRCROOT%; an absolute path becomes a file URI; a URI stays as is. */
export function artifactLocation(path: string): Json {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return { uri: path };
  const slashed = path.replace(/\\/g, '/');
  const encoded = slashed
    .split('/')
    .map(encodeURIComponent)
    .join('/')
    .replace(/^([a-z])%3A/i, '$1:');
  if (slashed.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[a-z]:\//i.test(slashed)) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}

export function buildSarif(input: ReportInput, options: SarifOptions = {}): Json {
  const { lang, result } = input;
  const positions = new Positions(input.texts);

  const rules: RuleMeta[] = [...input.rules].sort((a, b) => compareText(a.id, b.id));
  // A finding from a rule the registry does not list still gets a descriptor, so every ruleIndex is valid.
  for (const f of [...result.findings, ...result.suppressions.map((s) => s.suppressed)]) {
    if (!rules.some((r) => r.id === f.ruleId))
      rules.push({
        id: f.ruleId,
        name: f.ruleName,
        severity: f.severity,
        docs: { url: '', summary: f.message },
      });
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const region = (at: Location): Json => {
    const r = positions.range(at);
    return {
      startLine: r.startLine,
      startColumn: r.startColumn,
      endLine: r.endLine,
      endColumn: r.endColumn,
      charOffset: at.start,
      charLength: Math.max(0, at.end - at.start),
    };
  };
  const physical = (at: Location): Json => ({
    physicalLocation: { artifactLocation: artifactLocation(at.file), region: region(at) },
  });

  const fix = (f: Fix): Json => {
    const files = [...new Set(f.edits.map((e) => e.file))].sort(compareText);
    return {
      description: { text: f.title[lang] },
      artifactChanges: files.map((file) => ({
        artifactLocation: artifactLocation(file),
        replacements: f.edits
          .filter((e) => e.file === file)
          .map((e) => ({
            deletedRegion: region({ file, start: e.start, end: e.end }),
            insertedContent: { text: e.newText },
          })),
      })),
    };
  };

  const sarifResult = (f: Finding): Json => {
    const out: Json = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message[lang] },
      locations: [physical(f.at)],
      properties: {
        severity: f.severity,
        messageId: f.messageId,
        ...(f.instance !== undefined ? { instance: f.instance } : {}),
      },
    };
    if (f.related.length > 0)
      out.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        ...physical(r.at),
        message: { text: r.message[lang] },
      }));
    const fixes = f.fixes.filter((x) => x.preferred && x.edits.length > 0);
    if (fixes.length > 0) out.fixes = fixes.map(fix);
    return out;
  };

  const results = [
    ...sortFindings(result.findings).map(sarifResult),
    ...sortSuppressions(result.suppressions).map((s) => ({
      ...sarifResult(s.suppressed),
      suppressions: [
        {
          kind: 'inSource',
          justification: s.reason,
          location: physical(s.at),
          ...(s.expires ? { properties: { expires: s.expires } } : {}),
        },
      ],
    })),
  ];

  const run: Json = {
    tool: {
      driver: {
        name: input.tool.name,
        version: input.tool.version,
        semanticVersion: input.tool.version,
        rules: rules.map((r) => ({
          id: r.id,
          name: r.name,
          shortDescription: { text: r.docs.summary[lang] },
          ...(r.docs.url ? { helpUri: r.docs.url } : {}),
          defaultConfiguration: { level: LEVEL[r.severity] },
          properties: { severity: r.severity, ...(r.fixable !== undefined ? { fixable: r.fixable } : {}) },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  // A file that was not checked is also said as a notice of the run, where code scanning shows tool problems.
  if (result.skipped.length > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [...result.skipped]
          .sort((a, b) => compareText(a.file, b.file))
          .map((skip) => ({
            level: 'error',
            message: { text: skip.reason[lang] },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(skip.file) } }],
            descriptor: { id: 'ICP000' },
          })),
      },
    ];
  }
  if (options.srcRoot) run.originalUriBaseIds = { [SRCROOT]: { uri: options.srcRoot } };
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function formatSarif(input: ReportInput, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + '\n';
}
