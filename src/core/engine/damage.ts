import type { Instance } from '../model/instance';
import type { Location } from '../model/location';
import { folderOf } from '../model/paths';
import type { Value } from '../model/value';
import type { ParseProblem } from '../parse/types';

/** A part of a file that did not parse, with the problem reported for it. */
interface DamagedRegion {
  readonly start: number;
  readonly end: number;
  /** Where its one ICP000 points: the first token where reading went wrong. */
  readonly reportedAt: Location;
}

export interface SettledProblems {
  /** One problem per damaged region, and the other problems (schema, duplicates) that lie outside every region. */
  readonly problems: readonly ParseProblem[];
  /** The ICP000 location of the damaged region the instance lies in or reads a value from; undefined when it reads none. */
  readonly damageReadBy: (instance: Instance) => Location | undefined;
}

/**
 * Turns the parsers' problems into what a person should see when a file does not parse: one ICP000
 * per damaged region (overlapping regions are one), at its first problem; no other problem inside
 * a region, since a schema complaint there is about the parser's recovery guess, not the file.
 */
export function settleProblems(problems: readonly ParseProblem[]): SettledProblems {
  const byFile = new Map<string, ParseProblem[]>();
  for (const problem of problems) {
    if (!problem.damage) continue;
    const list = byFile.get(problem.damage.file);
    if (list) list.push(problem);
    else byFile.set(problem.damage.file, [problem]);
  }
  const regionsByFile = new Map<string, DamagedRegion[]>();
  const reported = new Set<ParseProblem>();
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.damage!.start - b.damage!.start || a.at.start - b.at.start);
    const regions: { start: number; end: number; first: ParseProblem }[] = [];
    for (const problem of list) {
      const damage = problem.damage!;
      const last = regions[regions.length - 1];
      if (last && damage.start < Math.max(last.end, last.start + 1)) {
        last.end = Math.max(last.end, damage.end);
        if (problem.at.start < last.first.at.start) last.first = problem;
      } else {
        regions.push({ start: damage.start, end: damage.end, first: problem });
      }
    }
    for (const region of regions) reported.add(region.first);
    regionsByFile.set(
      file,
      regions.map((r) => ({ start: r.start, end: r.end, reportedAt: r.first.at })),
    );
  }

  const regionAt = (at: Location): DamagedRegion | undefined => {
    const regions = regionsByFile.get(at.file);
    if (!regions) return undefined;
    // Regions are sorted and disjoint: the last one starting at or before `at` is the only candidate.
    let low = 0;
    let high = regions.length - 1;
    let found: DamagedRegion | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (regions[mid].start <= at.start) {
        found = regions[mid];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found && at.start < Math.max(found.end, found.start + 1) ? found : undefined;
  };

  // Terraform folders whose damage may hide what any of their instances reads: the first such problem's location.
  const damagedModules = new Map<string, Location>();
  for (const problem of problems) {
    if (
      problem.damagesModule &&
      problem.damage &&
      reported.has(problem) &&
      !damagedModules.has(folderOf(problem.damage.file))
    )
      damagedModules.set(folderOf(problem.damage.file), problem.at);
  }
  for (const problem of problems) {
    // A module-wide problem merged into another region still damages the module.
    if (problem.damagesModule && problem.damage && !damagedModules.has(folderOf(problem.damage.file)))
      damagedModules.set(folderOf(problem.damage.file), regionAt(problem.damage)?.reportedAt ?? problem.at);
  }

  const kept = problems.filter((problem) => (problem.damage ? reported.has(problem) : !regionAt(problem.at)));
  const damageReadBy = (instance: Instance): Location | undefined => {
    if (regionsByFile.size === 0) return undefined;
    if (instance.format === 'terraform') {
      const moduleDamage = damagedModules.get(folderOf(instance.file));
      if (moduleDamage) return moduleDamage;
    }
    for (const at of placesRead(instance)) {
      const region = regionAt(at);
      if (region) return region.reportedAt;
    }
    return undefined;
  };
  return { problems: kept, damageReadBy };
}

/** Every place an instance's verdict rests on: its header and each value it reads, with the places the value came through. */
function* placesRead(instance: Instance): Generator<Location> {
  yield instance.header;
  const values: (Value<unknown> | undefined)[] = [
    instance.region,
    instance.chargeType,
    instance.spotStrategy,
    instance.period,
    instance.periodUnit,
    instance.autoRenew,
    instance.renewalStatus,
    instance.expiresOn,
    instance.status,
    instance.publicBandwidthMbps,
    instance.allocatePublicIp,
    instance.eipDeclared,
    instance.order?.amount,
    instance.order?.currency,
  ];
  for (const value of values) {
    if (!value) continue;
    yield value.at;
    for (const origin of value.origins) yield origin.at;
  }
  yield* instance.eipAssociations;
  for (const website of instance.websites) yield website.at;
}
