import { LineCounter, parseDocument } from 'yaml';

/**
 * The floor for YAML: `yaml` building its document with a LineCounter (the checker needs lines).
 * `uniqueKeys: false` is the floor proper: the checker skips yaml's duplicate-key pass (quadratic in
 * a map's size, so it dominates on a 2,000-resource map); the default options are kept as a reference.
 */
export function parseYaml(text: string, options: { uniqueKeys: boolean } = { uniqueKeys: false }): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: options.uniqueKeys });
  return doc.errors.length + lineCounter.lineStarts.length;
}
