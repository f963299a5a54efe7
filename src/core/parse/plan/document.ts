import type { Node as JsonNode } from 'jsonc-parser';
import { at, elements, stringAt } from './json';

/** One managed resource of `planned_values`, with what the plan says about it elsewhere. */
export interface PlannedResource {
  readonly node: JsonNode;
  /** `module.web["a"].alicloud_instance.this[0]` */
  readonly address: string;
  /** The `"address"` string token: where findings about this resource point. */
  readonly addressToken: JsonNode;
  readonly type: string;
  /** The module instance it is in: `module.web["a"]`, '' in the root. */
  readonly moduleAddress: string;
  /** Its address inside that module without an index: `alicloud_instance.this`. */
  readonly configAddress: string;
  readonly values?: JsonNode;
  /** `resource_changes[].change.after_unknown` of the same address. */
  readonly afterUnknown?: JsonNode;
  /** Its resource in `configuration` (provider, expressions), when the plan has it. */
  readonly config?: JsonNode;
}

export interface PlanDocument {
  readonly root: JsonNode;
  readonly resources: readonly PlannedResource[];
}

/** Every managed resource of the root module and of each `child_modules` entry, at any depth. */
export function readPlan(root: JsonNode): PlanDocument {
  const afterUnknown = new Map<string, JsonNode>();
  for (const change of elements(at(root, 'resource_changes'))) {
    const address = stringAt(change, 'address');
    const unknown = at(change, 'change', 'after_unknown');
    if (address !== undefined && unknown) afterUnknown.set(address, unknown);
  }
  const resources: PlannedResource[] = [];
  const modules: { node: JsonNode; address: string }[] = [];
  const top = at(root, 'planned_values', 'root_module');
  if (top) modules.push({ node: top, address: '' });
  // Iterative: module nesting is whatever the configuration made it.
  while (modules.length > 0) {
    const { node, address: moduleAddress } = modules.shift()!;
    const config = configModule(root, moduleAddress);
    for (const resource of elements(at(node, 'resources'))) {
      const addressToken = at(resource, 'address');
      const type = stringAt(resource, 'type');
      const name = stringAt(resource, 'name');
      if (
        addressToken?.type !== 'string' ||
        type === undefined ||
        name === undefined ||
        stringAt(resource, 'mode') !== 'managed'
      )
        continue;
      const address = String(addressToken.value);
      const configAddress = `${type}.${name}`;
      resources.push({
        node: resource,
        address,
        addressToken,
        type,
        moduleAddress,
        configAddress,
        values: at(resource, 'values'),
        afterUnknown: afterUnknown.get(address),
        config: elements(at(config, 'resources')).find(
          (r) => stringAt(r, 'address') === configAddress && stringAt(r, 'mode') === 'managed',
        ),
      });
    }
    for (const child of elements(at(node, 'child_modules'))) {
      const address = stringAt(child, 'address');
      if (address !== undefined) modules.push({ node: child, address });
    }
  }
  return { root, resources };
}

/** `module.a["x"].module.b[0]` → `['a', 'b']`: the calls to follow in `configuration`. */
export function moduleCalls(moduleAddress: string): string[] {
  const names: string[] = [];
  for (const m of moduleAddress.matchAll(/module\.([^.[\]]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?/g))
    names.push(m[1]);
  return names;
}

/** The configuration of the module instance at `moduleAddress` (every instance of a call shares it). */
function configModule(root: JsonNode, moduleAddress: string): JsonNode | undefined {
  let module = at(root, 'configuration', 'root_module');
  for (const name of moduleCalls(moduleAddress)) module = at(module, 'module_calls', name, 'module');
  return module;
}

/** Resource addresses an expression of a configuration resource refers to (`alicloud_instance.web`). */
export function referencedAddresses(config: JsonNode | undefined, key: string): string[] {
  const found = new Set<string>();
  for (const ref of elements(at(config, 'expressions', key, 'references'))) {
    const m = ref.type === 'string' ? /^([a-z0-9_]+)\.([^.[\]]+)/i.exec(String(ref.value)) : null;
    if (
      m &&
      m[1] !== 'var' &&
      m[1] !== 'local' &&
      m[1] !== 'module' &&
      m[1] !== 'data' &&
      m[1] !== 'each' &&
      m[1] !== 'count'
    )
      found.add(`${m[1]}.${m[2]}`);
  }
  return [...found];
}

/** Whether an `after_unknown` object marks `key` as known only after apply. */
export function isUnknownAfterApply(afterUnknown: JsonNode | undefined, key: string): boolean {
  return at(afterUnknown, key)?.value === true;
}
