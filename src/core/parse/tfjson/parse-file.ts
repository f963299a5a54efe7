import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { SourceFile } from '../../model/source-file';
import type { Span } from '../../model/location';
import { format } from '../../model/localized';
import type { HclFile } from '../hcl/parse-file';
import type { SyntaxProblem } from '../hcl/problems';
import type { HclAttribute, HclBlock, HclBody } from '../hcl/syntax';
import { exprOfJson, providerReference, type ValueMode } from './expressions';
import { MESSAGES, SYNTAX_PROBLEMS } from './messages';
import { isTfvarsJson } from './names';
import { rememberObject } from './objects';

/**
 * Reads a Terraform JSON file into the same blocks and attributes an HCL file gives, so module
 * assembly and every rule work on it unchanged: `{"resource": {"alicloud_instance": {"web": {…}}}}`
 * is `resource "alicloud_instance" "web" {…}`, with spans in the JSON text (a block's header is its
 * name's key, `"web"`). A tfvars file's properties are its attributes. Never throws.
 */
export function parseTfJsonFile(file: SourceFile): HclFile {
  const eol = /\r\n/.test(file.text) ? '\r\n' : '\n';
  try {
    return readFile(file, eol);
  } catch (error) {
    // A pathologically deep file: said once, as the HCL reader says it.
    if (!(error instanceof RangeError)) throw error;
    return {
      path: file.path,
      text: file.text,
      body: { attributes: [], blocks: [] },
      problems: [
        {
          span: { start: 0, end: 0 },
          message: MESSAGES.tooDeep,
          damage: { start: 0, end: file.text.length },
        },
      ],
      comments: [],
      eol,
    };
  }
}

function readFile(file: SourceFile, eol: '\n' | '\r\n'): HclFile {
  const errors: ParseError[] = [];
  const root = parseTree(file.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const problems: SyntaxProblem[] = [];
  // One damaged region, one problem: what jsonc-parser reports after the first error is mostly its knock-on.
  const first = errors[0];
  // Everything from the first error on is unreadable: resources reaching it are dropped below.
  if (first)
    problems.push({
      span: { start: first.offset, end: first.offset + first.length },
      message: syntaxMessage(first),
      damage: { start: first.offset, end: file.text.length },
    });
  const reader = new Reader(file.text, first?.offset ?? Infinity, problems);
  let body: HclBody = { attributes: [], blocks: [] };
  if (root?.type !== 'object') {
    if (!first) {
      const span = root ? spanOf(root) : { start: 0, end: 0 };
      problems.push({ span, message: MESSAGES.notAnObject, damage: span });
    }
  } else {
    body = isTfvarsJson(file.path) ? reader.tfvars(root) : reader.configuration(root);
  }
  return { path: file.path, text: file.text, body, problems, comments: [], eol };
}

function syntaxMessage(error: ParseError): SyntaxProblem['message'] {
  const code = printParseErrorCode(error.error);
  const [en, zh] = SYNTAX_PROBLEMS[code] ?? [code, code];
  return {
    en: MESSAGES.syntax.en.replace('{problem}', en),
    'zh-cn': MESSAGES.syntax['zh-cn'].replace('{problem}', zh),
  };
}

function spanOf(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** The properties of an object node as key node + value node, leaving out Terraform's `"//"` comments. */
function propertiesOf(node: JsonNode): { key: JsonNode; value: JsonNode; name: string }[] {
  const out: { key: JsonNode; value: JsonNode; name: string }[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || key.type !== 'string' || key.value === '//') continue;
    out.push({ key, value, name: String(key.value) });
  }
  return out;
}

/** Top-level block types and how many labels each has in JSON (`resource` → type, then name). */
const LABELS: Readonly<Record<string, number>> = {
  resource: 2,
  data: 2,
  variable: 1,
  provider: 1,
  module: 1,
  output: 1,
  terraform: 0,
};

/** Inside a resource, these keys are meta-arguments or blocks whose content is not a setting. */
const RESOURCE_META = new Set(['depends_on', 'lifecycle', 'provisioner', 'connection']);

/** Meta-arguments that are expressions whatever their JSON shape (`"for_each": {…}` is a map, not a block). */
const RESOURCE_EXPRESSIONS = new Set(['count', 'for_each']);

class Reader {
  constructor(
    private readonly text: string,
    /** Offset of the first syntax error: a resource reaching it was misread and is left out. */
    private readonly damagedFrom: number,
    private readonly problems: SyntaxProblem[],
  ) {}

  tfvars(root: JsonNode): HclBody {
    return { attributes: propertiesOf(root).map((p) => this.attribute(p, 'literal')), blocks: [] };
  }

  configuration(root: JsonNode): HclBody {
    const blocks: HclBlock[] = [];
    for (const { key, value, name } of propertiesOf(root)) {
      if (name === 'locals') {
        for (const object of this.objects(value, name))
          blocks.push(
            this.block('locals', [], key, object, {
              attributes: this.attributes(object, 'expression'),
              blocks: [],
            }),
          );
        continue;
      }
      const labels = LABELS[name];
      if (labels === undefined) continue;
      this.labelled(name, labels, [], key, value, blocks);
    }
    return { attributes: [], blocks };
  }

  /** Walks `labels` levels of `{"label": …}` (arrays of objects allowed at each level, as Terraform allows) down to bodies. */
  private labelled(
    type: string,
    labels: number,
    above: JsonNode[],
    header: JsonNode,
    value: JsonNode,
    into: HclBlock[],
  ): void {
    for (const object of this.objects(value, String(header.value))) {
      if (labels === 0) {
        const block = this.block(type, above, header, object, this.bodyOf(type, object));
        if (type === 'resource' && block.span.end > this.damagedFrom) continue;
        into.push(block);
        continue;
      }
      for (const p of propertiesOf(object))
        this.labelled(type, labels - 1, [...above, p.key], p.key, p.value, into);
    }
  }

  /** An object, or each object of an array; anything else is reported once. */
  private objects(node: JsonNode, key: string): JsonNode[] {
    if (node.type === 'object') return [node];
    if (node.type === 'array' && (node.children ?? []).every((c) => c.type === 'object'))
      return node.children ?? [];
    if (spanOf(node).end <= this.damagedFrom)
      this.problems.push({
        span: spanOf(node),
        message: format(MESSAGES.blockNotObject, { key }),
        damage: spanOf(node),
      });
    return [];
  }

  private bodyOf(type: string, object: JsonNode): HclBody {
    if (type === 'resource' || type === 'data') return this.resourceBody(object);
    if (type === 'variable') {
      // A variable's default is a literal value; its type and validation are not ours to read.
      return {
        attributes: propertiesOf(object)
          .filter((p) => p.name === 'default')
          .map((p) => this.attribute(p, 'literal')),
        blocks: [],
      };
    }
    if (type === 'terraform' || type === 'output') return { attributes: [], blocks: [] };
    return { attributes: this.attributes(object, 'expression'), blocks: [] };
  }

  /**
   * A resource's settings are its scalar properties; an object (or array of objects) is a nested
   * block (`network_interfaces`), read the same way. JSON cannot tell a map attribute (`tags`) from
   * a block without the provider's schema, and nothing reads either as a value.
   */
  private resourceBody(object: JsonNode): HclBody {
    const attributes: HclAttribute[] = [];
    const blocks: HclBlock[] = [];
    for (const p of propertiesOf(object)) {
      if (RESOURCE_META.has(p.name)) continue;
      if (p.name === 'provider') {
        attributes.push({
          name: p.name,
          nameSpan: spanOf(p.key),
          expr: providerReference(p.value, this.text),
          span: { start: p.key.offset, end: p.value.offset + p.value.length },
        });
      } else if (RESOURCE_EXPRESSIONS.has(p.name)) {
        attributes.push(this.attribute(p, 'expression'));
      } else if (
        p.value.type === 'object' ||
        (p.value.type === 'array' && (p.value.children ?? []).some((c) => c.type === 'object'))
      ) {
        for (const nested of this.objects(p.value, p.name))
          blocks.push(this.block(p.name, [], p.key, nested, this.resourceBody(nested)));
      } else {
        attributes.push(this.attribute(p, 'expression'));
      }
    }
    return { attributes, blocks };
  }

  private attributes(object: JsonNode, mode: ValueMode): HclAttribute[] {
    return propertiesOf(object).map((p) => this.attribute(p, mode));
  }

  private attribute(p: { key: JsonNode; value: JsonNode; name: string }, mode: ValueMode): HclAttribute {
    return {
      name: p.name,
      nameSpan: spanOf(p.key),
      expr: exprOfJson(p.value, this.text, mode),
      span: { start: p.key.offset, end: p.value.offset + p.value.length },
    };
  }

  private block(
    type: string,
    labels: readonly JsonNode[],
    header: JsonNode,
    object: JsonNode,
    body: HclBody,
  ): HclBlock {
    const open = { start: object.offset, end: object.offset + 1 };
    const last = object.offset + object.length - 1;
    const closed = this.text[last] === '}' && object.length > 1;
    const block: HclBlock = {
      type,
      labels: labels.map((l) => ({ value: String(l.value), span: spanOf(l) })),
      header: spanOf(header),
      span: { start: header.offset, end: object.offset + object.length },
      openBrace: open,
      ...(closed ? { closeBrace: { start: last, end: last + 1 } } : {}),
      body,
    };
    rememberObject(block, object);
    return block;
  }
}
