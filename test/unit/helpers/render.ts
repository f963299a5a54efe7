import type { Finding, RelatedLocation } from '../../../src/core/model/finding';
import type { Location } from '../../../src/core/model/location';
import { LineIndex } from '../../../src/core/model/line-index';

/** A finding as a plain object, so a table test can `deepEqual` it. Ranges are 1-based `L:C-L:C`. */
export interface RenderedFinding {
  readonly rule: string;
  readonly severity: string;
  readonly messageId: string;
  readonly message: string;
  readonly range: string;
  readonly file: string;
  readonly related: readonly RenderedRelated[];
}

export interface RenderedRelated {
  readonly file: string;
  readonly range: string;
  readonly message: string;
}

export type Texts = Readonly<Record<string, string>>;

export function rangeOf(location: Location, texts: Texts): string {
  const text = texts[location.file];
  if (text === undefined) return `?${location.start}-${location.end}`;
  const index = new LineIndex(text);
  const s = index.positionAt(location.start);
  const e = index.positionAt(location.end);
  return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

export function renderRelated(related: RelatedLocation, texts: Texts): RenderedRelated {
  return { file: related.at.file, range: rangeOf(related.at, texts), message: related.message.en };
}

export function renderFinding(finding: Finding, texts: Texts): RenderedFinding {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    messageId: finding.messageId,
    message: finding.message.en,
    range: rangeOf(finding.at, texts),
    file: finding.at.file,
    related: finding.related.map((r) => renderRelated(r, texts)),
  };
}
