import assert from 'node:assert/strict';
import { artifactLocation, buildSarif } from '../../../src/core/report/sarif';
import { MAIN, VARS, sampleInput } from './sample-result';
import { sarifValidator } from './sarif-schema';

// SARIF is walked as plain JSON here; its shape is what the schema test checks, not the compiler.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above

describe('report: sarif', () => {
  const sarif = buildSarif(sampleInput(), { srcRoot: 'file:///repo/' }) as Any;
  const run = sarif.runs[0];

  it('is valid SARIF 2.1.0 against the schema', () => {
    assert.deepEqual(sarifValidator()(sarif), []);
    assert.equal(sarif.version, '2.1.0');
  });

  it('has a schema check that does reject broken SARIF (a 0-based line)', () => {
    const broken = JSON.parse(JSON.stringify(sarif));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.notDeepEqual(sarifValidator()(broken), []);
  });

  it('describes one rule per ID with name, short description, help URI and default level', () => {
    assert.deepEqual(
      run.tool.driver.rules.map((r: Any) => r.id),
      ['ICP002', 'ICP003', 'ICP004', 'ICP012'],
    );
    assert.deepEqual(run.tool.driver.rules[0], {
      id: 'ICP002',
      name: 'pay-as-you-go',
      shortDescription: { text: 'pay-as-you-go summary' },
      helpUri: 'https://example.test/rules/ICP002',
      defaultConfiguration: { level: 'error' },
      properties: { severity: 'error', fixable: true },
    });
    assert.equal(run.tool.driver.rules[3].defaultConfiguration.level, 'note');
  });

  it('points results at their rule by index, with 1-based regions relative to %SRCROOT%', () => {
    const payg = run.results[0];
    assert.equal(payg.ruleId, 'ICP002');
    assert.equal(run.tool.driver.rules[payg.ruleIndex].id, 'ICP002');
    assert.equal(payg.level, 'error');
    assert.deepEqual(payg.locations[0].physicalLocation.artifactLocation, {
      uri: MAIN,
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(
      { ...payg.locations[0].physicalLocation.region, charOffset: undefined, charLength: undefined },
      {
        startLine: 2,
        startColumn: 26,
        endLine: 2,
        endColumn: 36,
        charOffset: undefined,
        charLength: undefined,
      },
    );
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('carries related locations and preferred fixes', () => {
    const short = run.results[1];
    assert.equal(short.relatedLocations[0].physicalLocation.artifactLocation.uri, VARS);
    assert.equal(short.relatedLocations[0].message.text, 'variable default');
    assert.equal(short.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '3');
    assert.equal(run.results[2].fixes, undefined);
  });

  it('reports suppressed findings with an in-source suppression and its justification', () => {
    const suppressed = run.results.filter((r: Any) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0].ruleId, 'ICP004');
    assert.equal(suppressed[0].suppressions[0].kind, 'inSource');
    assert.equal(suppressed[0].suppressions[0].justification, 'bench');
  });

  it('turns absolute paths into file URIs and leaves URIs alone', () => {
    assert.deepEqual(artifactLocation('/home/me/a b.tf'), { uri: 'file:///home/me/a%20b.tf' });
    assert.deepEqual(artifactLocation('C:\\infra\\main.tf'), { uri: 'file:///C:/infra/main.tf' });
    assert.deepEqual(artifactLocation('file:///x/main.tf'), { uri: 'file:///x/main.tf' });
    assert.deepEqual(artifactLocation('modules/web/main.tf'), {
      uri: 'modules/web/main.tf',
      uriBaseId: '%SRCROOT%',
    });
  });
});
