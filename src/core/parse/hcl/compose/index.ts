import type { SourceFile } from '../../../model/source-file';
import type { Instance } from '../../../model/instance';
import type { Location } from '../../../model/location';
import { format } from '../../../model/localized';
import { folderOf, joinPath } from '../../../model/paths';
import type { ParseProblem } from '../../types';
import { evaluate, locationIn, withSharedSteps } from '../evaluate';
import { INSTANCE_TYPES, readInstance } from '../instance';
import { MESSAGES } from '../messages';
import {
  buildModule,
  isConfigurationFile,
  type FixPlacement,
  type Located,
  type ModuleInput,
  type Repetition,
  type TerraformModule,
} from '../module';
import { isObject, isTuple, type Known } from '../hcl-value';
import type { HclFile } from '../parse-file';
import { attributeOf, type HclAttribute, type HclBlock } from '../syntax';
import { isLocalSource, readCall, type ModuleCall } from './calls';
import { readModulesJson, type DownloadedModule } from './modules-json';
import { lazyLabel } from './label';
import { placeInstance, type Frame } from './place';

export { MODULES_JSON } from './modules-json';

/** What the host found at a folder a module call names, when it supplied no files for it. */
export type FolderState = 'missing' | 'file' | 'empty';

export interface CompositionInput {
  /** The parsed Terraform files of every folder, checked or only read because a call names it. */
  readonly folders: ReadonlyMap<string, readonly HclFile[]>;
  /** Folders read only because a checked module calls them: never a root. */
  readonly followed: ReadonlySet<string>;
  readonly states: ReadonlyMap<string, FolderState>;
  /** `.terraform/modules/modules.json` by the folder it belongs to. */
  readonly modulesJson: ReadonlyMap<string, SourceFile>;
}

/** A call whose module is not read (ICP015), with what its message needs. */
export interface NotFollowed {
  readonly at: Location;
  readonly messageId: 'notDownloaded' | 'downloadMissing' | 'sourceNotLiteral';
  readonly data: Readonly<Record<string, string>>;
}

export interface Composition {
  /** Folders checked through their callers only: their instances as a root do not exist. */
  readonly called: ReadonlySet<string>;
  /** Instances created through module calls, placed as the root sees them. */
  readonly instances: readonly Instance[];
  readonly problems: readonly ParseProblem[];
  readonly notFollowed: readonly NotFollowed[];
}

/**
 * Evaluation steps all the module calls of one check may take together. The official Alibaba Cloud
 * modules and examples take at most about 1,500; 1,000 copies of a module whose locals multiply
 * would take minutes. Past it, what is left is unknown, and the instances read after are not
 * checked (one ICP000 at the call).
 */
const MAX_COMPOSITION_STEPS = 1_000_000;

/** Deeper than any real configuration; a guard against a chain the cycle check cannot see (a path growing without end). */
export const MAX_MODULE_DEPTH = 32;

/**
 * Terraform's composition of modules: finds the roots (folders no other folder calls) and
 * follows every module call from them, local by path and downloaded through the root's
 * `modules.json`, instantiating the called folder with the call's arguments and providers.
 */
export function composeModules(input: CompositionInput): Composition {
  const modules = new Map<string, TerraformModule>();
  const moduleOf = (folder: string): TerraformModule | undefined => {
    let module = modules.get(folder);
    const files = input.folders.get(folder);
    if (!module && files) {
      module = buildModule(files);
      modules.set(folder, module);
    }
    return module;
  };
  const downloads = new Map<string, ReadonlyMap<string, DownloadedModule>>();
  const problems: ParseProblem[] = [];
  for (const [folder, file] of input.modulesJson) {
    const read = readModulesJson(file);
    downloads.set(folder, read.modules);
    problems.push(...read.problems);
  }

  const called = new Set<string>();
  for (const folder of input.folders.keys()) {
    for (const [, block] of moduleOf(folder)?.calls ?? []) {
      const source = readCall('', block).source?.value;
      const target = source !== undefined && isLocalSource(source) ? joinPath(folder, source) : undefined;
      if (target !== undefined && target !== folder) called.add(target);
    }
    for (const entry of downloads.get(folder)?.values() ?? []) called.add(joinPath(folder, entry.dir));
  }
  const roots = [...input.folders.keys()].filter((f) => !input.followed.has(f) && !called.has(f));

  const composer = withSharedSteps(MAX_COMPOSITION_STEPS, (spent) => {
    const composer = new Composer(input, moduleOf, downloads, problems, spent);
    for (const root of roots) composer.followRoot(root);
    // Folders that only call each other in a cycle: the first unreached one is checked as a root.
    for (const folder of input.folders.keys()) {
      if (input.followed.has(folder) || composer.reached.has(folder) || roots.includes(folder)) continue;
      called.delete(folder);
      composer.followRoot(folder);
    }
    return composer;
  });
  return { called, instances: composer.instances, problems, notFollowed: composer.notFollowed };
}

class Composer {
  readonly instances: Instance[] = [];
  readonly notFollowed: NotFollowed[] = [];
  readonly reached = new Set<string>();
  /** The distinct call blocks naming each folder: a child with several callers is never edited by a fix. */
  private readonly callers = new Map<string, Set<HclBlock>>();
  private readonly downloaded = new Set<string>();

  constructor(
    private readonly input: CompositionInput,
    private readonly moduleOf: (folder: string) => TerraformModule | undefined,
    private readonly downloads: ReadonlyMap<string, ReadonlyMap<string, DownloadedModule>>,
    private readonly problems: ParseProblem[],
    /** Whether the evaluation steps of the whole composition are spent (`withSharedSteps`). */
    private readonly spent: () => boolean,
  ) {}

  /** Where the composition said it stopped evaluating: every instance read after is unread. */
  private stoppedAt?: Location;

  private stopIfSpent(at: Location): Location | undefined {
    if (this.stoppedAt || !this.spent()) return this.stoppedAt;
    this.stoppedAt = at;
    this.problem({
      at,
      message: format(MESSAGES.compositionTooCostly, {
        steps: MAX_COMPOSITION_STEPS.toLocaleString('en-US'),
      }),
    });
    return at;
  }

  /**
   * A call in a module that several roots (or repetitions) reach is the same text: what is said
   * about it is said once.
   */
  private readonly said = new Set<string>();

  private sayOnce(at: Location, what: string): boolean {
    const key = `${at.file}#${at.start}#${at.end}#${what}`;
    if (this.said.has(key)) return false;
    this.said.add(key);
    return true;
  }

  private notFollow(entry: NotFollowed): void {
    if (this.sayOnce(entry.at, `${entry.messageId} ${JSON.stringify(entry.data)}`))
      this.notFollowed.push(entry);
  }

  private problem(problem: ParseProblem): void {
    if (this.sayOnce(problem.at, problem.message.en)) this.problems.push(problem);
  }

  followRoot(root: string): void {
    const module = this.moduleOf(root);
    if (!module) return;
    this.reached.add(root);
    this.followCalls({ root, folder: root, module, frames: [], keys: [], visiting: [root], copies: 1 });
  }

  private followCalls(at: Place): void {
    for (const [name, block] of at.module.calls) this.follow(readCall(name, block), at);
  }

  private follow(call: ModuleCall, at: Place): void {
    const target = this.targetOf(call, at);
    if (!target) return;
    const { folder } = target;
    if (at.visiting.includes(folder)) {
      const chain = [...at.frames.map((f) => f.address), `module.${call.name}`].join(' → ');
      this.problem({ at: call.header, message: format(MESSAGES.moduleCycle, { chain }) });
      return;
    }
    if (at.frames.length >= MAX_MODULE_DEPTH) {
      this.problem({
        at: call.header,
        message: format(MESSAGES.moduleTooDeep, { depth: MAX_MODULE_DEPTH }),
      });
      return;
    }
    const base = this.moduleOf(folder);
    if (!base) return;
    this.reached.add(folder);
    const blocks = this.callers.get(folder) ?? new Set();
    blocks.add(call.block.node);
    this.callers.set(folder, blocks);
    const calls = at.unread
      ? { repetitions: [undefined] }
      : repetitionsOf(call.count, call.forEach, call.block, at.module, at.copies);
    if (calls.tooMany) this.problem(calls.tooMany.problem);
    // Past the limit (here or in a call above) the module is read once, and nothing in it is checked.
    const callUnread = at.unread ?? calls.tooMany?.problem.at;
    const copies = at.copies * calls.repetitions.length;
    for (const repetition of calls.repetitions) {
      const address = `module.${call.name}${instanceKey(repetition)}`;
      const module = this.instantiate(base, call, at, address, repetition);
      const frames = [...at.frames, { call, address, module }];
      for (const block of module.resources.values()) {
        if (
          !INSTANCE_TYPES.includes(block.node.labels[0]?.value ?? '') ||
          !isConfigurationFile(block.file.path)
        )
          continue;
        const body = block.node.body;
        const repeated = callUnread
          ? { repetitions: [undefined] }
          : repetitionsOf(attributeOf(body, 'count'), attributeOf(body, 'for_each'), block, module, copies);
        if (repeated.tooMany) this.problem(repeated.tooMany.problem);
        // Copies past the limit are not checked: the one read stands for them and counts as unknown.
        const unread = callUnread ?? repeated.tooMany?.problem.at;
        for (const repetition of repeated.repetitions) {
          // Each repetition reads its settings with its own `count.index` or `each`, as Terraform does.
          const { instance, writtenIn } = readInstance(
            block,
            repetition ? { ...module, repetition } : module,
          );
          const named = repetition
            ? { ...instance, name: `${instance.name}${instanceKey(repetition)}` }
            : instance;
          const placed = placeInstance(named, writtenIn, frames);
          const unreadAt = unread ?? this.stopIfSpent(call.header);
          this.instances.push(unreadAt ? { ...placed, unread: unreadAt } : placed);
        }
      }
      this.followCalls({
        root: at.root,
        folder,
        module,
        frames,
        keys: [...at.keys, call.name],
        visiting: [...at.visiting, folder],
        copies,
        ...(callUnread ? { unread: callUnread } : {}),
      });
    }
  }

  /** The folder a call names, or undefined after saying why it is not followed. */
  private targetOf(call: ModuleCall, at: Place): { folder: string } | undefined {
    const source = call.source;
    if (!source) {
      this.notFollow({
        at: call.header,
        messageId: 'sourceNotLiteral',
        data: { call: `module.${call.name}` },
      });
      return undefined;
    }
    if (isLocalSource(source.value)) {
      const folder = joinPath(at.folder, source.value);
      if (this.input.folders.has(folder)) return { folder };
      const state = this.input.states.get(folder) ?? 'missing';
      const message =
        state === 'file'
          ? MESSAGES.moduleSourceFile
          : state === 'empty'
            ? MESSAGES.moduleSourceEmpty
            : MESSAGES.moduleSourceMissing;
      this.problem({ at: source.at, message: format(message, { source: source.value, folder }) });
      return undefined;
    }
    const key = [...at.keys, call.name].join('.');
    const entry = this.downloads.get(at.root)?.get(key);
    const data = { call: `module.${call.name}`, source: source.value };
    if (!entry) {
      this.notFollow({ at: call.header, messageId: 'notDownloaded', data });
      return undefined;
    }
    const folder = joinPath(at.root, entry.dir);
    if (!this.input.folders.has(folder)) {
      this.notFollow({
        at: call.header,
        messageId: 'downloadMissing',
        data: { ...data, dir: entry.dir },
      });
      return undefined;
    }
    this.downloaded.add(folder);
    return { folder };
  }

  /** The called module with the call's arguments as its variables and the providers the call gives it. */
  private instantiate(
    base: TerraformModule,
    call: ModuleCall,
    at: Place,
    address: string,
    repetition: Repetition | undefined,
  ): TerraformModule {
    // The arguments of a repeated call see its `count.index` or `each`.
    const caller = repetition ? { ...at.module, repetition } : at.module;
    const inputs = new Map<string, ModuleInput>();
    for (const [name, attribute] of call.arguments) {
      inputs.set(name, {
        argument: { file: call.block.file, node: attribute },
        caller,
        origin: {
          at: locationIn(call.block.file, attribute.expr.span),
          label: lazyLabel(MESSAGES.moduleArgument, { name, call: address }),
        },
      });
    }
    // Terraform passes the default provider down implicitly, aliases only through `providers = { … }`.
    const providers = new Map<string, Located<HclBlock>>();
    const passed = call.providers.size > 0 ? call.providers : new Map([['', '']]);
    for (const [childAlias, callerAlias] of passed) {
      const block = caller.providers.get(callerAlias);
      if (block) providers.set(childAlias, { ...block, module: block.module ?? caller });
    }
    for (const [alias, block] of base.providers) providers.set(alias, block);
    const placement: FixPlacement = {
      target: (site, variable) => {
        if (site && folderOf(site.file.path) === at.root) return { kind: 'keep' };
        if (
          variable === undefined ||
          inputs.has(variable) ||
          !base.variables.has(variable) ||
          !this.mayEditCallIn(at)
        )
          return undefined;
        return { kind: 'insert', block: call.block, key: variable };
      },
    };
    return { ...base, tfvars: new Map(), inputs, providers, placement };
  }

  /** A fix may add an argument to a call written in the root, or in a local child module with one caller. */
  private mayEditCallIn(at: Place): boolean {
    if (at.folder === at.root) return true;
    return !this.downloaded.has(at.folder) && (this.callers.get(at.folder)?.size ?? 0) === 1;
  }
}

/** Where the composition is: the root, the module being read and the calls that led there. */
interface Place {
  readonly root: string;
  readonly folder: string;
  readonly module: TerraformModule;
  readonly frames: readonly Frame[];
  /** Call names from the root, as `modules.json` keys them (`web.db`). */
  readonly keys: readonly string[];
  readonly visiting: readonly string[];
  /** How many copies of this module the calls that lead here make (their counts multiplied). */
  readonly copies: number;
  /** Set below a call past the repetition limit: the ICP000 that says its copies are not checked. */
  readonly unread?: Location;
}

/**
 * `count` or `for_each` on a call or a resource: each known repetition (none for 0 or an empty
 * collection), or one without an index or key when they cannot be known (checked as if created,
 * never guessed).
 */
function repetitionsOf(
  count: HclAttribute | undefined,
  forEach: HclAttribute | undefined,
  block: Located<HclBlock>,
  module: TerraformModule,
  /** Copies the calls leading here already make: the limit is on the product. */
  outer: number,
): Repetitions {
  if (count) {
    const n = countOf(count, block, module);
    if (n === undefined) return { repetitions: [undefined] };
    // Checked before the copies are made: a count of millions never becomes an array.
    if (n * outer > MAX_REPETITIONS) return tooMany(count, n * outer, block);
    return { repetitions: Array.from({ length: n }, (_, index) => ({ index })) };
  }
  if (!forEach) return { repetitions: [undefined] };
  const keyed = forEachRepetitions(forEach, block, module);
  if (keyed.length * outer > MAX_REPETITIONS) return tooMany(forEach, keyed.length * outer, block);
  return { repetitions: keyed };
}

function tooMany(attribute: HclAttribute, copies: number, block: Located<HclBlock>): Repetitions {
  const message = format(MESSAGES.tooManyRepetitions, {
    argument: attribute.name,
    copies: copies.toLocaleString('en-US'),
    max: MAX_REPETITIONS.toLocaleString('en-US'),
  });
  return {
    repetitions: [undefined],
    tooMany: { problem: { at: locationIn(block.file, attribute.expr.span), message } },
  };
}

/**
 * The copies a `count` or `for_each` makes, as many as they are: one instance each, so the
 * composition stops at `MAX_REPETITIONS` rather than build a count of 200,000 before any budget
 * can see it.
 */
interface Repetitions {
  readonly repetitions: readonly (Repetition | undefined)[];
  /** Past the limit: the ICP000 at the argument; the copies are read once and not checked. */
  readonly tooMany?: { readonly problem: ParseProblem };
}

/**
 * More copies of one block than any real configuration makes (each copy is an instance to check),
 * counted with the copies of the calls around it, since nested counts multiply.
 */
const MAX_REPETITIONS = 1_000;

/** The keys `for_each` makes when it is known; one repetition without a key when it is not. */
function forEachRepetitions(
  forEach: HclAttribute,
  block: Located<HclBlock>,
  module: TerraformModule,
): (Repetition | undefined)[] {
  const each = evaluate(forEach.expr, block.file, module);
  if (each.kind !== 'known') return [undefined];
  if (isObject(each.value)) return [...each.value.entries].map(([key, value]) => ({ key, value }));
  // A set of strings (`toset([…])`, or a list of them): each element is its own key.
  if (
    isTuple(each.value) &&
    each.value.items.every((i) => i.kind === 'known' && typeof i.value === 'string')
  ) {
    return each.value.items.map((value) => ({ key: String((value as Known).value), value }));
  }
  return [undefined];
}

/** How Terraform writes a repetition in an address: `[0]`, `["key"]`. */
function instanceKey(repetition: Repetition | undefined): string {
  if (repetition === undefined) return '';
  return repetition.key !== undefined ? `[${JSON.stringify(repetition.key)}]` : `[${repetition.index}]`;
}

/**
 * How many copies `count` makes when it is a known whole number (0 makes none); undefined when it
 * cannot be known, and the block is then one instance without an index (checked as if created,
 * never guessed).
 */
function countOf(count: HclAttribute, block: Located<HclBlock>, module: TerraformModule): number | undefined {
  const value = evaluate(count.expr, block.file, module);
  const n =
    value.kind === 'known'
      ? typeof value.value === 'number'
        ? value.value
        : typeof value.value === 'string' && /^\d+$/.test(value.value)
          ? Number(value.value)
          : NaN
      : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Whether any of the folders calls a module: only then is there anything to compose. */
export function hasModuleCalls(files: readonly HclFile[]): boolean {
  return files.some((f) => isConfigurationFile(f.path) && f.body.blocks.some((b) => b.type === 'module'));
}
