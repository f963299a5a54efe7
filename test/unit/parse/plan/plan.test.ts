import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/repo-root';
import { checkFiles, ofRule, requireEngine } from '../../helpers/check-files';

/**
 * Terraform plans (`terraform show -json`) through the real engine: instances from
 * `planned_values` at every module depth, `after_unknown` as unknown, the region from
 * `provider_config` and `variables`, findings at the resource's "address". alicloud plans cannot be
 * generated here (the provider cannot be downloaded), so these follow the shape of a real plan of
 * built-in resources (format 1.2, Terraform 1.11).
 */

const ALICLOUD = 'registry.terraform.io/aliyun/alicloud';

function instanceValues(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    availability_zone: null,
    instance_charge_type: 'PrePaid',
    instance_type: 'ecs.g7.large',
    internet_max_bandwidth_out: 5,
    period: 12,
    period_unit: 'Month',
    renewal_status: 'AutoRenewal',
    spot_strategy: 'NoSpot',
    status: 'Running',
    ...overrides,
  };
}

function resource(
  address: string,
  name: string,
  values: Record<string, unknown>,
  type = 'alicloud_instance',
): Record<string, unknown> {
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: ALICLOUD,
    schema_version: 0,
    values,
    sensitive_values: {},
  };
}

function change(address: string, afterUnknown: Record<string, unknown>): Record<string, unknown> {
  return {
    address,
    mode: 'managed',
    change: { actions: ['create'], before: null, after: {}, after_unknown: afterUnknown },
  };
}

/** A plan as `terraform show -json` writes it: one line. */
function plan(parts: {
  resources?: unknown[];
  children?: unknown[];
  changes?: unknown[];
  providers?: unknown;
  config?: unknown;
  variables?: unknown;
  version?: string;
}): string {
  return JSON.stringify({
    format_version: parts.version ?? '1.2',
    terraform_version: '1.11.4',
    variables: parts.variables ?? {},
    planned_values: {
      root_module: {
        resources: parts.resources ?? [],
        ...(parts.children ? { child_modules: parts.children } : {}),
      },
    },
    resource_changes: parts.changes ?? [],
    configuration: { provider_config: parts.providers ?? {}, root_module: parts.config ?? {} },
  });
}

function textAt(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

describe('plan: instances from terraform show -json', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  const PROVIDERS = {
    alicloud: {
      name: 'alicloud',
      full_name: ALICLOUD,
      expressions: { region: { references: ['var.region'] } },
    },
    'alicloud.hk': {
      name: 'alicloud',
      full_name: ALICLOUD,
      alias: 'hk',
      expressions: { region: { constant_value: 'cn-hongkong' } },
    },
  };
  const CONFIG = {
    resources: [
      {
        address: 'alicloud_instance.web',
        mode: 'managed',
        type: 'alicloud_instance',
        name: 'web',
        provider_config_key: 'alicloud',
        expressions: {},
      },
      {
        address: 'alicloud_instance.hk',
        mode: 'managed',
        type: 'alicloud_instance',
        name: 'hk',
        provider_config_key: 'alicloud.hk',
        expressions: {},
      },
    ],
    module_calls: {
      batch: {
        source: './batch',
        module: {
          resources: [
            {
              address: 'alicloud_instance.worker',
              mode: 'managed',
              type: 'alicloud_instance',
              name: 'worker',
              provider_config_key: 'alicloud',
              expressions: {},
            },
          ],
        },
      },
    },
  };
  const TEXT = plan({
    variables: { region: { value: 'cn-shanghai' } },
    providers: PROVIDERS,
    config: CONFIG,
    resources: [
      resource('alicloud_instance.web', 'web', instanceValues({ instance_charge_type: 'PostPaid' })),
      resource('alicloud_instance.hk', 'hk', instanceValues({})),
    ],
    children: [
      {
        address: 'module.batch["eu"]',
        resources: [
          resource(
            'module.batch["eu"].alicloud_instance.worker[0]',
            'worker',
            instanceValues({ period: null }),
          ),
        ],
        child_modules: [
          {
            address: 'module.batch["eu"].module.deep',
            resources: [
              resource(
                'module.batch["eu"].module.deep.alicloud_instance.x',
                'x',
                instanceValues({ internet_max_bandwidth_out: 0 }),
              ),
            ],
          },
        ],
      },
    ],
    changes: [
      change('alicloud_instance.web', { id: true, period: true }),
      change('alicloud_instance.hk', { id: true }),
    ],
  });

  it('finds instances at every depth, each at its "address" token, with the planned value as related location', () => {
    const checked = checkFiles({ 'plan.json': TEXT });
    assert.deepEqual(
      checked.result.instances.map((i) => [i.name, textAt(TEXT, i.header)]),
      [
        ['alicloud_instance.web', '"alicloud_instance.web"'],
        ['alicloud_instance.hk', '"alicloud_instance.hk"'],
        [
          'module.batch["eu"].alicloud_instance.worker[0]',
          '"module.batch[\\"eu\\"].alicloud_instance.worker[0]"',
        ],
        [
          'module.batch["eu"].module.deep.alicloud_instance.x',
          '"module.batch[\\"eu\\"].module.deep.alicloud_instance.x"',
        ],
      ],
    );
    const payg = ofRule(checked, 'ICP002');
    assert.equal(payg.length, 1);
    const web = checked.result.findings.find((f) => f.ruleId === 'ICP002')!;
    assert.equal(textAt(TEXT, web.at), '"alicloud_instance.web"');
    assert.equal(
      payg[0].message,
      'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
    );
    assert.deepEqual(
      web.related.map((r) => [textAt(TEXT, r.at), r.message.en]),
      [['"PostPaid"', 'instance_charge_type planned for alicloud_instance.web']],
    );
    assert.deepEqual(
      web.fixes.filter((f) => f.preferred),
      [],
      'a plan is output: its fixes belong in the configuration',
    );
  });

  it('region: a provider constant, a root variable in `variables`, and inherited in child modules', () => {
    const checked = checkFiles({ 'plan.json': TEXT });
    const regions = checked.result.instances.map((i) => [
      i.name,
      i.region?.kind === 'known' ? i.region.value : i.region?.kind,
    ]);
    assert.deepEqual(regions, [
      ['alicloud_instance.web', 'cn-shanghai'],
      ['alicloud_instance.hk', 'cn-hongkong'],
      ['module.batch["eu"].alicloud_instance.worker[0]', 'cn-shanghai'],
      // A module the configuration does not describe: no provider to read, no zone planned.
      ['module.batch["eu"].module.deep.alicloud_instance.x', undefined],
    ]);
    const hk = checked.result.findings.find((f) => f.ruleId === 'ICP001')!;
    assert.equal(textAt(TEXT, hk.at), '"alicloud_instance.hk"');
    assert.deepEqual(
      hk.related.map((r) => [textAt(TEXT, r.at), r.message.en]),
      [['"cn-hongkong"', 'region of provider alicloud.hk in the plan']],
    );
    const web = checked.result.instances[0];
    assert.deepEqual(
      web.region?.origins.map((o) => [textAt(TEXT, o.at), o.label.en]),
      [
        ['{"references":["var.region"]}', 'region of provider alicloud in the plan'],
        ['"cn-shanghai"', 'value of variable "region" in the plan'],
      ],
    );
  });

  it('after_unknown makes a value unknown (ICP012), never guessed; a null period on a subscription is 1 month', () => {
    const checked = checkFiles({ 'plan.json': TEXT });
    const unresolved = checked.result.findings.filter((f) => f.ruleId === 'ICP012');
    assert.deepEqual(
      unresolved.map((f) => [textAt(TEXT, f.at), f.message.en]),
      [],
    );
    // Pay-as-you-go needs no period, so its unknown period is reported by no rule; a subscription needs it.
    assert.equal(checked.result.instances[0].period?.kind, 'unknown');
    const text = TEXT.replace('"instance_charge_type":"PostPaid"', '"instance_charge_type":"PrePaid"');
    const again = checkFiles({ 'plan.json': text });
    assert.deepEqual(
      again.result.findings
        .filter((f) => f.ruleId === 'ICP012')
        .map((f) => [textAt(text, f.at), f.message.en]),
      [
        [
          '"alicloud_instance.web"',
          '`period` of alicloud_instance.web is `(known after apply)`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
        ],
      ],
    );
    const worker = ofRule(again, 'ICP003');
    assert.deepEqual(
      worker.map((f) => f.message),
      [
        'module.batch["eu"].alicloud_instance.worker[0] sets no period, so it is bought for 1 month, shorter than the 3-month minimum an ICP filing needs.',
      ],
    );
  });

  it('an EIP association that refers to the instance in the configuration gives it a public IP', () => {
    const eip = resource(
      'alicloud_eip_association.web',
      'web',
      { allocation_id: 'eip-1', instance_id: null },
      'alicloud_eip_association',
    );
    const config = {
      resources: [
        {
          address: 'alicloud_instance.web',
          mode: 'managed',
          type: 'alicloud_instance',
          name: 'web',
          provider_config_key: 'alicloud',
          expressions: {},
        },
        {
          address: 'alicloud_eip_association.web',
          mode: 'managed',
          type: 'alicloud_eip_association',
          name: 'web',
          provider_config_key: 'alicloud',
          expressions: { instance_id: { references: ['alicloud_instance.web.id', 'alicloud_instance.web'] } },
        },
      ],
    };
    const text = plan({
      providers: { alicloud: PROVIDERS.alicloud },
      variables: { region: { value: 'cn-shanghai' } },
      config,
      resources: [
        resource('alicloud_instance.web', 'web', instanceValues({ internet_max_bandwidth_out: 0 })),
        eip,
      ],
    });
    const checked = checkFiles({ 'plan.json': text });
    assert.deepEqual(ofRule(checked, 'ICP004'), []);
    assert.deepEqual(
      checked.result.instances[0].eipAssociations.map((a) => textAt(text, a)),
      ['"alicloud_eip_association.web"'],
    );
    const without = checkFiles({
      'plan.json': text.replace(
        '"alicloud_instance.web.id","alicloud_instance.web"',
        '"alicloud_nat_gateway.x.id"',
      ),
    });
    assert.equal(ofRule(without, 'ICP004').length, 1);
  });

  it('a plan cut short is one ICP000 at the cut, and no instance is half-read', () => {
    const text = TEXT.slice(0, 400);
    const checked = checkFiles({ 'plan.json': text });
    assert.deepEqual(checked.result.instances, []);
    assert.deepEqual(
      checked.rendered.map((f) => [f.rule, f.range, f.message]),
      [
        [
          'ICP000',
          '1:399-1:401',
          'This Terraform plan is cut short or is not valid JSON (unterminated string here), so its instances are not checked. Write it again with `terraform show -json tfplan > plan.json`.',
        ],
      ],
    );
    assert.ok(checked.result.findings[0].message['zh-cn'].includes('不完整'));
    const between = TEXT.slice(0, TEXT.indexOf(',"resource_changes"'));
    assert.deepEqual(
      checkFiles({ 'plan.json': between }).rendered.map((f) => [f.rule, f.range]),
      [['ICP000', `1:${between.length + 1}-1:${between.length + 1}`]],
    );
  });

  it('an unknown format_version is one ICP000 at the version', () => {
    const text = plan({
      version: '2.0',
      resources: [
        resource('alicloud_instance.web', 'web', instanceValues({ instance_charge_type: 'PostPaid' })),
      ],
    });
    const checked = checkFiles({ 'plan.json': text });
    assert.deepEqual(checked.result.instances, []);
    assert.deepEqual(
      checked.rendered.map((f) => [f.rule, f.range, f.message]),
      [
        [
          'ICP000',
          '1:19-1:24',
          'This Terraform plan has format_version "2.0"; icp-check reads format 1.x (`terraform show -json`), so its instances are not checked.',
        ],
      ],
    );
  });

  it('other JSON with a format_version (a state, a provider schema) is not a plan', () => {
    const checked = checkFiles({
      'state.json': '{"format_version":"1.0","terraform_version":"1.11.4","values":{}}',
      'odd.json': '{"x": "\\"format_version\\" \\"planned_values\\""}',
    });
    assert.deepEqual(checked.result.checkedFiles, []);
    assert.deepEqual(checked.rendered, []);
  });
});

describe('plan: a real plan from Terraform 1.11', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  it('is recognised and read without a problem (it holds no alicloud resource)', () => {
    const text = readFileSync(repoPath('test', 'fixtures', 'plan', 'terraform-data', 'plan.json'), 'utf8');
    const checked = checkFiles({ 'plan.json': text });
    assert.deepEqual(checked.result.checkedFiles, ['plan.json']);
    assert.deepEqual(checked.rendered, []);
    assert.deepEqual(checked.result.instances, []);
  });
});
