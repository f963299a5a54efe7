import assert from 'node:assert/strict';
import { checkFiles, requireEngine } from '../../helpers/check-files';

/** A plan checked together with its configuration: reported once, at the source, with the plan's values. */

const ALICLOUD = 'registry.terraform.io/aliyun/alicloud';

const MAIN = `provider "alicloud" {
  region = var.region
}

variable "region" {
  default = "cn-hangzhou"
}

# icp-ignore: ICP002 reason="load test, never filed"
resource "alicloud_instance" "bench" {
  instance_type = "ecs.c7.large"
}

resource "alicloud_instance" "web" {
  count                      = var.web_count
  instance_type              = "ecs.g7.large"
  internet_max_bandwidth_out = 5
}
`;

function planned(address: string, name: string, charge: string, index?: number): Record<string, unknown> {
  return {
    address,
    mode: 'managed',
    type: 'alicloud_instance',
    name,
    ...(index === undefined ? {} : { index }),
    provider_name: ALICLOUD,
    values: {
      instance_charge_type: charge,
      internet_max_bandwidth_out: 5,
      period: 1,
      status: 'Running',
      renewal_status: 'Normal',
    },
  };
}

const PLAN = JSON.stringify(
  {
    format_version: '1.2',
    variables: { region: { value: 'cn-hongkong' } },
    planned_values: {
      root_module: {
        resources: [
          planned('alicloud_instance.bench', 'bench', 'PostPaid'),
          planned('alicloud_instance.web[0]', 'web', 'PostPaid', 0),
        ],
        child_modules: [
          {
            address: 'module.extra',
            resources: [planned('module.extra.alicloud_instance.x', 'x', 'PrePaid')],
          },
        ],
      },
    },
    resource_changes: [],
    configuration: {
      provider_config: {
        alicloud: {
          name: 'alicloud',
          full_name: ALICLOUD,
          expressions: { region: { references: ['var.region'] } },
        },
      },
      root_module: {
        resources: [
          {
            address: 'alicloud_instance.bench',
            mode: 'managed',
            type: 'alicloud_instance',
            name: 'bench',
            provider_config_key: 'alicloud',
            expressions: {},
          },
          {
            address: 'alicloud_instance.web',
            mode: 'managed',
            type: 'alicloud_instance',
            name: 'web',
            provider_config_key: 'alicloud',
            expressions: {},
          },
        ],
        module_calls: {
          extra: {
            source: './extra',
            module: {
              resources: [
                {
                  address: 'alicloud_instance.x',
                  mode: 'managed',
                  type: 'alicloud_instance',
                  name: 'x',
                  provider_config_key: 'alicloud',
                  expressions: {},
                },
              ],
            },
          },
        },
      },
    },
  },
  null,
  2,
);

describe('plan with its configuration', function () {
  before(async function () {
    this.timeout(30000);
    await requireEngine();
  });

  it('reports at the source with the plan values; source suppressions apply; the source is not checked twice', () => {
    const checked = checkFiles({ 'infra/main.tf': MAIN, 'infra/plan.json': PLAN });
    assert.deepEqual(
      checked.result.instances.map((i) => [i.name, i.file]),
      [
        ['alicloud_instance.bench', 'infra/main.tf'],
        ['alicloud_instance.web[0]', 'infra/main.tf'],
        ['module.extra.alicloud_instance.x', 'infra/plan.json'],
      ],
    );
    const rendered = checked.rendered
      .filter((f) => f.rule !== 'ICP010')
      .map((f) => [
        f.rule,
        f.file,
        f.range,
        f.message,
        f.related.map((r) => `${r.file} ${r.range} ${r.message}`),
      ]);
    assert.deepEqual(rendered, [
      // The region comes from the plan's variables (cn-hongkong), not the source default; the related location is the source chain.
      [
        'ICP001',
        'infra/main.tf',
        '10:1-10:37',
        'alicloud_instance.bench is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        [
          'infra/main.tf 2:12-2:22 region of provider alicloud',
          'infra/main.tf 6:13-6:26 default of variable "region"',
        ],
      ],
      [
        'ICP001',
        'infra/main.tf',
        '14:1-14:35',
        'alicloud_instance.web[0] is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        [
          'infra/main.tf 2:12-2:22 region of provider alicloud',
          'infra/main.tf 6:13-6:26 default of variable "region"',
        ],
      ],
      [
        'ICP002',
        'infra/main.tf',
        '14:1-14:35',
        'alicloud_instance.web[0] sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.',
        [],
      ],
      [
        'ICP001',
        'infra/plan.json',
        '46:26-46:60',
        'module.extra.alicloud_instance.x is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
        [
          'infra/plan.json 71:21-75:12 region of provider alicloud in the plan',
          'infra/plan.json 5:16-5:29 value of variable "region" in the plan',
        ],
      ],
      [
        'ICP003',
        'infra/plan.json',
        '46:26-46:60',
        'The 1-month subscription of module.extra.alicloud_instance.x is shorter than the 3-month minimum an ICP filing needs.',
        ['infra/plan.json 54:27-54:28 period planned for module.extra.alicloud_instance.x'],
      ],
    ]);
    assert.deepEqual(
      checked.result.suppressions.map((s) => [s.suppressed.ruleId, s.suppressed.instance]),
      [['ICP002', 'alicloud_instance.bench']],
    );
    // The source's fix applies to the source.
    const payg = checked.result.findings.find((f) => f.ruleId === 'ICP002')!;
    assert.deepEqual(
      payg.fixes.find((f) => f.preferred)?.edits.map((e) => [e.file, e.newText]),
      [['infra/main.tf', '  instance_charge_type       = "PrePaid"\n  period                     = 3\n']],
    );
  });

  it('a configuration in the current folder counts when the plan is elsewhere; checked alone, the plan reports at its addresses', () => {
    const together = checkFiles({ 'main.tf': MAIN, 'plans/plan.json': PLAN });
    assert.deepEqual(
      together.result.instances.map((i) => i.file),
      ['main.tf', 'main.tf', 'plans/plan.json'],
    );
    const alone = checkFiles({ 'plans/plan.json': PLAN });
    assert.deepEqual(
      alone.result.instances.map((i) => i.file),
      ['plans/plan.json', 'plans/plan.json', 'plans/plan.json'],
    );
    const elsewhere = checkFiles({ 'other/main.tf': MAIN, 'plans/plan.json': PLAN });
    assert.deepEqual(
      elsewhere.result.instances.map((i) => i.file),
      ['other/main.tf', 'other/main.tf', 'plans/plan.json', 'plans/plan.json', 'plans/plan.json'],
    );
  });
});
