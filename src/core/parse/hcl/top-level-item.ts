import type { Node } from 'web-tree-sitter';
import type { Span } from '../../model/location';
import { bodyOfTopLevelItem } from './convert-body';
import { ENI_ATTACHMENT_TYPES, ENI_TYPES } from './public-ip';
import { findProblems, type FoundProblems } from './problems';
import type { HclBody } from './syntax';
import { copySubtree, type SyntaxNode } from './syntax-node';

/**
 * One top-level item of a Terraform file (a block, an attribute, a comment, damage) read on its
 * own: copied from the tree, converted and checked for syntax problems. Items are what an
 * incremental reparse keeps or reads again (see read-items.ts).
 */

/** One item of a file's top-level body and what it converted to. */
export interface TopLevelItem {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly hasError: boolean;
  readonly body: HclBody;
  readonly found: FoundProblems;
  readonly comments: readonly Span[];
}

export function commentItem(start: number, end: number): TopLevelItem {
  return {
    type: 'comment',
    start,
    end,
    hasError: false,
    body: { attributes: [], blocks: [] },
    found: { problems: [], openBlocks: [] },
    comments: [{ start, end }],
  };
}

export function readItem(node: Node, source: string, bodyShell: SyntaxNode): TopLevelItem {
  const comments: Span[] = [];
  const copy = copySubtree(node, source, bodyShell, comments, isUnreadBody);
  // The shell only lends the item its parent; the next item must not see this one as a sibling.
  bodyShell.children = [];
  const found: FoundProblems = { problems: [], openBlocks: [] };
  const body = bodyOfTopLevelItem(copy, source);
  findProblems(copy, source, found);
  if (copy.hasError && mayHideWhatAttaches(body, source.slice(copy.startIndex, copy.endIndex))) {
    found.problems = found.problems.map((p) => ({ ...p, moduleWide: true }));
    found.openBlocks = found.openBlocks.map((o) => ({ ...o, problem: { ...o.problem, moduleWide: true } }));
  }
  return {
    type: copy.type,
    start: copy.startIndex,
    end: copy.endIndex,
    hasError: copy.hasError,
    body,
    found,
    comments,
  };
}

/** Resources that attach to an instance without the instance naming them: an EIP association, an ENI and its attachment. */
const ATTACHING_TYPES = new Set(['alicloud_eip_association', ...ENI_TYPES, ...ENI_ATTACHMENT_TYPES]);

/**
 * Whether a damaged item may hide what applies to instances that do not refer to it: a provider
 * block (the default region), a resource that attaches to an instance (its public IP), or text in
 * which no block could be made out but such a block's words appear. Whatever an instance refers to itself (a variable, a local, a
 * vSwitch) is caught where it reads it: its value then lies in the damage, or cannot be resolved.
 */
export function mayHideWhatAttaches(body: HclBody, text: string): boolean {
  // No block made out: it may hide one only if the words that would open one are there at all.
  if (body.blocks.length === 0)
    return text.includes('provider') || [...ATTACHING_TYPES].some((type) => text.includes(type));
  return body.blocks.some(
    (block) =>
      block.type === 'provider' ||
      (block.type === 'resource' && ATTACHING_TYPES.has(block.labels[0]?.value ?? '')),
  );
}

/** Top-level blocks the module resolver reads the inside of (see `buildModule`); others keep only their header. */
const READ_BLOCKS = new Set(['resource', 'variable', 'locals', 'provider', 'module']);

/**
 * What the copy of a file may leave out (see `copySubtree`, which keeps every node when it or its
 * parent holds a syntax error, so every ERROR and MISSING node and every block that error recovery
 * misplaced is still read, and which still lists the comments inside):
 * - the body of a top-level block nothing reads (`output`, `data`, `module`, `terraform`, …);
 * - the value of a resource's attribute that nothing looks up (`tags`, `image_id`, …): it is kept
 *   as an expression without children, which converts to an opaque value nobody asks for;
 * - the inside of a block's quoted label, whose value is read from its text;
 * - the body of a block nested in a resource that holds no block (`data_disks { … }`), except the
 *   instance's own `network_interfaces { … }`, whose interfaces can carry its Elastic IP.
 */
export function isUnreadBody(node: SyntaxNode): boolean {
  if (node.type === 'expression') return isUnreadValue(node);
  // A block's label: its value is the text between the quotes (see `labelOf`).
  if (node.type === 'string_lit') return node.parent?.type === 'block';
  if (node.type !== 'body') return false;
  const block = node.parent;
  if (block?.type !== 'block' || block.parent?.type !== 'body') return false;
  if (block.parent.parent?.parent !== null) return isUnreadNestedBody(node, block);
  const head = block.children[0];
  return head?.type === 'identifier' && !READ_BLOCKS.has(head.text);
}

/**
 * The body of a block nested in a resource (`data_disks { … }`): nothing looks inside, unless it
 * holds blocks (a labelled block there is read as a top-level one, see `bodyOfTopLevelItem`). A
 * body without `{` holds no block.
 */
function isUnreadNestedBody(body: SyntaxNode, block: SyntaxNode): boolean {
  const owner = block.parent?.parent;
  if (owner?.type !== 'block' || !isTopLevelResource(owner)) return false;
  if (block.children[0]?.text === 'network_interfaces') return false;
  return !body.text.includes('{');
}

function isTopLevelResource(block: SyntaxNode): boolean {
  if (block.parent?.type !== 'body' || block.parent.parent?.parent !== null) return false;
  const head = block.children[0];
  return head?.type === 'identifier' && head.text === 'resource';
}

/**
 * Every attribute of a resource that the module resolver looks up (instance settings, launch
 * template and vSwitch references and zones, EIP association targets), whatever the resource type.
 */
const READ_RESOURCE_ATTRIBUTES = new Set([
  'instance_charge_type',
  'spot_strategy',
  'period',
  'period_unit',
  'status',
  'internet_max_bandwidth_out',
  'renewal_status',
  'auto_renew',
  'availability_zone',
  'zone_id',
  'provider',
  'vswitch_id',
  'subnet_id',
  'launch_template_id',
  'launch_template_name',
  'name',
  'instance_id',
  'network_interface_id',
  'count',
  'for_each',
]);

function isUnreadValue(node: SyntaxNode): boolean {
  const attribute = node.parent;
  if (attribute?.type !== 'attribute') return false;
  const body = attribute.parent;
  const block = body?.parent;
  if (body?.type !== 'body' || block?.type !== 'block' || !isTopLevelResource(block)) return false;
  const name = attribute.children[0];
  return name?.type === 'identifier' && !READ_RESOURCE_ATTRIBUTES.has(name.text);
}
