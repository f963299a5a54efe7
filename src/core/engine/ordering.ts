import type { Finding } from '../model/finding';
import type { Location } from '../model/location';

/** Plain code-unit comparison: the same order on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byFileAndOffset(a: Location, b: Location): number {
  return compareText(a.file, b.file) || a.start - b.start || a.end - b.end;
}

/** File, offset, rule ID, then the rest, so equal inputs always give byte-identical reports. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.at.file, b.at.file) ||
    a.at.start - b.at.start ||
    compareText(a.ruleId, b.ruleId) ||
    a.at.end - b.at.end ||
    compareText(a.messageId, b.messageId) ||
    compareText(a.message.en, b.message.en) ||
    compareText(a.instance ?? '', b.instance ?? '')
  );
}
