/** Every rule's documentation lives beside the code; the doc generator writes these pages. */
export const DOCS_BASE_URL = 'https://github.com/icp-check/icp-check/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
