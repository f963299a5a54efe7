import type { Product, Website } from '../../../src/core/model/instance';
import { FixtureDoc, makeInstance } from '../helpers/fixture';

/** Instance-spec instances with websites, built over a real spec text: `domain` lines and `serviceNumber` lines. */
export function specInstances(
  text: string,
  plan: ReadonlyArray<{ key: string; product?: Product; domains: string[] }>,
) {
  const doc = new FixtureDoc('plan.icp.yaml', text);
  const instances = plan.map(({ key, product, domains }) => {
    const websites: Website[] = domains.map((domain) => {
      const at = doc.at(`- domain: ${domain}`, { after: `${key}:` });
      const numberLine = /serviceNumber: "(\d+)"/.exec(
        text.slice(at.end, text.indexOf('\n', text.indexOf('\n', at.end) + 1)),
      );
      const website: Website = {
        domain: doc.known(domain, domain, { after: `${key}:` }),
        at: { ...at, start: at.start + 2 },
        ...(numberLine
          ? { serviceNumber: doc.known(numberLine[1], `"${numberLine[1]}"`, { after: `domain: ${domain}` }) }
          : {}),
      };
      return website;
    });
    return makeInstance(doc, 'spec', { header: `${key}:`, name: key, product: product ?? 'ecs', websites });
  });
  return { doc, instances, texts: { 'plan.icp.yaml': text } };
}
