import type { Tree } from 'web-tree-sitter';

/** An exponent as HCL writes one after a number's digits: `e3`, `E+10`, `e-2`. */
const EXPONENT = /[eE][+-]?[0-9]+/y;

/**
 * The Terraform grammar reads an exponent only after a fraction (`1.5e3`), so `period = 1e3`, which
 * is valid HCL, parses as an error. Where the tree shows a number directly followed by an
 * exponent, this returns the text with the exponent's letter and sign replaced by digits: the
 * grammar then reads one number token over the same range, so every offset stays valid, and the
 * value is read from the original text (`Number('1e3')`). Undefined when there is no such number.
 */
export function exponentsAsDigits(text: string, tree: Tree): string | undefined {
  const pieces: string[] = [];
  let copied = 0;
  for (const number of tree.rootNode.descendantsOfType('numeric_lit')) {
    if (!number) continue;
    EXPONENT.lastIndex = number.endIndex;
    const exponent = EXPONENT.exec(text);
    if (!exponent) continue;
    pieces.push(text.slice(copied, number.endIndex), exponent[0].replace(/[eE+-]/g, '0'));
    copied = number.endIndex + exponent[0].length;
  }
  if (pieces.length === 0) return undefined;
  pieces.push(text.slice(copied));
  return pieces.join('');
}
