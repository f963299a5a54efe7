import { ruleTable } from '../helpers/rule-table';
import { BASIC, callWeb, ECS, WEB } from './fixtures';

/**
 * Module calls through the real parsers and engine: where findings point (the root call's argument
 * or header), the related locations down the chain, and what fixes write.
 */

const FIXED_BASIC = BASIC.replace(
  '  internet_max_bandwidth_out  = 10\n',
  '  internet_max_bandwidth_out  = 10\n  instance_charge_type        = "PrePaid"\n  period                      = 3\n',
);

ruleTable('ICP002', 'error', 'pay-as-you-go through module calls', {
  valid: [
    {
      name: 'the call sets PrePaid',
      files: {
        'ecs/examples/basic/main.tf': BASIC.replace(
          '  name  ',
          '  instance_charge_type = "PrePaid"\n  period               = 3\n  name  ',
        ),
        ...ECS,
      },
    },
    {
      name: 'an icp-ignore above the module call covers findings on the call',
      files: {
        'ecs/examples/basic/main.tf': BASIC.replace(
          'module "ecs"',
          '# icp-ignore: ICP002 reason="load test, never filed"\nmodule "ecs"',
        ),
        ...ECS,
      },
    },
    {
      name: "the child folder's tfvars do not apply to a called module (and it is not a root of its own)",
      files: { 'live/main.tf': callWeb(), ...WEB, 'modules/web/terraform.tfvars': 'charge = "PostPaid"\n' },
    },
  ],
  invalid: [
    {
      name: "the official module's example: on the module header, related at the variable default and the attribute; the fix adds the charge type and the period to the call",
      files: { 'ecs/examples/basic/main.tf': BASIC, ...ECS },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'payAsYouGo',
          message:
            'module.ecs.alicloud_instance.this[0] is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'ecs/variables.tf',
              range: '23:13-23:23',
              message: 'default of variable "instance_charge_type"',
            },
            {
              file: 'ecs/main.tf',
              range: '5:32-5:56',
              message: '`instance_charge_type` of alicloud_instance.this[0] in module.ecs',
            },
          ],
        },
      ],
      fixTitle: 'Switch to subscription (PrePaid) for 3 months',
      output: { 'ecs/examples/basic/main.tf': FIXED_BASIC },
    },
  ],
});

const LITERAL_CHILD = WEB['modules/web/main.tf'].replace('var.charge', '"PostPaid"');
const TWO_CALLS = callWeb('}\n\nmodule "api" {\n  source = "../modules/web"\n');

ruleTable('ICP002', 'error', 'pay-as-you-go: arguments, root variables and literals in the child', {
  valid: [],
  invalid: [
    {
      name: 'an argument on the call: on that argument, related at the attribute it feeds; the fix rewrites it',
      files: { 'live/main.tf': callWeb('  charge = "PostPaid"\n'), ...WEB },
      errors: [
        {
          range: '7:12-7:22',
          messageId: 'payAsYouGo',
          message:
            'module.web.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'modules/web/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: { 'live/main.tf': callWeb('  charge = "PrePaid"\n') },
    },
    {
      name: "an argument from the root's variable: on the argument, related at the root default, then the child attribute; the fix edits the root default",
      files: {
        'live/main.tf': callWeb(
          '  charge = var.billing\n',
          'web',
          '\nvariable "billing" {\n  default = "PostPaid"\n}\n',
        ),
        ...WEB,
      },
      errors: [
        {
          range: '11:12-11:23',
          messageId: 'payAsYouGo',
          message:
            'module.web.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            { file: 'live/main.tf', range: '6:13-6:23', message: 'default of variable "billing"' },
            {
              file: 'modules/web/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: {
        'live/main.tf': callWeb(
          '  charge = var.billing\n',
          'web',
          '\nvariable "billing" {\n  default = "PrePaid"\n}\n',
        ),
      },
    },
    {
      name: 'a literal in the child that no call can change: once, on the literal, with each call related; no value fix',
      files: {
        'live/main.tf': TWO_CALLS,
        'modules/web/main.tf': LITERAL_CHILD,
        'modules/web/variables.tf': WEB['modules/web/variables.tf'],
      },
      errors: [
        {
          file: 'modules/web/main.tf',
          range: '2:32-2:42',
          messageId: 'payAsYouGo',
          message:
            'module.web.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'live/main.tf',
              range: '5:1-5:13',
              message: 'module.web, which creates module.web.alicloud_instance.this',
            },
            {
              file: 'live/main.tf',
              range: '9:1-9:13',
              message: 'module.api, which creates module.api.alicloud_instance.this',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

const NESTED_ROOT = `provider "alicloud" {
  region = "cn-hangzhou"
}

module "site" {
  source = "../modules/site"
}
`;
const SITE = `module "server" {
  source = "../web"
  charge = var.site_charge
}
`;
const SITE_VARIABLES = `variable "site_charge" {
  default = "PrePaid"
}
`;

ruleTable('ICP002', 'error', 'pay-as-you-go: nested calls and several callers', {
  valid: [],
  invalid: [
    {
      name: 'a default two calls down: on the root header, related at the nested call, the default and the attribute; the fix adds the argument to the nested call (one caller)',
      files: {
        'live/main.tf': NESTED_ROOT,
        'modules/site/main.tf': SITE.replace('  charge = var.site_charge\n', ''),
        ...WEB,
        'modules/web/variables.tf': WEB['modules/web/variables.tf'].replace('"PrePaid"', '"PostPaid"'),
      },
      errors: [
        {
          range: '5:1-5:14',
          messageId: 'payAsYouGo',
          message:
            'module.site.module.server.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'modules/site/main.tf',
              range: '1:1-1:16',
              message: 'module.server, which creates module.site.module.server.alicloud_instance.this',
            },
            { file: 'modules/web/variables.tf', range: '2:13-2:23', message: 'default of variable "charge"' },
            {
              file: 'modules/web/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.site.module.server',
            },
          ],
        },
      ],
      output: { 'modules/site/main.tf': 'module "server" {\n  source = "../web"\n  charge = "PrePaid"\n}\n' },
    },
    {
      name: "a root argument passed down through a child's variable: on the root argument, related down the chain",
      files: {
        'live/main.tf': NESTED_ROOT.replace(
          '"../modules/site"\n',
          '"../modules/site"\n  site_charge = "PostPaid"\n',
        ),
        'modules/site/main.tf': SITE,
        'modules/site/variables.tf': SITE_VARIABLES,
        ...WEB,
      },
      errors: [
        {
          range: '7:17-7:27',
          messageId: 'payAsYouGo',
          message:
            'module.site.module.server.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'modules/site/main.tf',
              range: '3:12-3:27',
              message: 'argument "charge" of module.server',
            },
            {
              file: 'modules/web/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.site.module.server',
            },
          ],
        },
      ],
      output: {
        'live/main.tf': NESTED_ROOT.replace(
          '"../modules/site"\n',
          '"../modules/site"\n  site_charge = "PrePaid"\n',
        ),
      },
    },
    {
      name: 'a child module with two callers is never edited: no value fix',
      files: {
        'live/main.tf': `${NESTED_ROOT}\nmodule "shop" {\n  source = "../modules/site"\n}\n`,
        'modules/site/main.tf': SITE.replace('  charge = var.site_charge\n', ''),
        ...WEB,
        'modules/web/variables.tf': WEB['modules/web/variables.tf'].replace('"PrePaid"', '"PostPaid"'),
      },
      errors: ['site', 'shop'].map((name, i) => ({
        range: i === 0 ? '5:1-5:14' : '9:1-9:14',
        messageId: 'payAsYouGo',
        message: `module.${name}.module.server.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.`,
        related: [
          {
            file: 'modules/site/main.tf',
            range: '1:1-1:16',
            message: `module.server, which creates module.${name}.module.server.alicloud_instance.this`,
          },
          { file: 'modules/web/variables.tf', range: '2:13-2:23', message: 'default of variable "charge"' },
          {
            file: 'modules/web/main.tf',
            range: '2:32-2:42',
            message: `\`instance_charge_type\` of alicloud_instance.this in module.${name}.module.server`,
          },
        ],
      })),
      output: null,
    },
  ],
});

ruleTable('ICP001', 'error', 'region-not-mainland through module calls', {
  valid: [
    {
      name: "the child inherits the root's un-aliased mainland provider",
      files: { 'live/main.tf': callWeb(), ...WEB },
    },
    {
      name: "a child's own provider block applies to the child",
      files: {
        'live/main.tf': callWeb().replace('cn-hangzhou', 'cn-hongkong'),
        ...WEB,
        'modules/web/provider.tf': 'provider "alicloud" {\n  region = "cn-shanghai"\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'providers = { alicloud = alicloud.hk }: on the call header, related at the aliased provider region; no region fix through a call',
      files: {
        'live/main.tf': callWeb(
          '  providers = {\n    alicloud = alicloud.hk\n  }\n',
          'web',
          '\nprovider "alicloud" {\n  alias  = "hk"\n  region = "cn-hongkong"\n}\n',
        ),
        ...WEB,
      },
      errors: [
        {
          range: '10:1-10:13',
          messageId: 'hongKong',
          message:
            'module.web.alicloud_instance.this is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [
            { file: 'live/main.tf', range: '7:12-7:25', message: 'region of provider alicloud' },
            {
              file: 'modules/web/main.tf',
              range: '1:1-1:36',
              message: 'alicloud_instance.this in module.web, which leaves `region` out',
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: "a child provider's literal region: once on the literal, with the call related",
      files: {
        'live/main.tf': callWeb(),
        ...WEB,
        'modules/web/provider.tf': 'provider "alicloud" {\n  region = "cn-hongkong"\n}\n',
      },
      errors: [
        {
          file: 'modules/web/provider.tf',
          range: '2:12-2:25',
          messageId: 'hongKong',
          message:
            'module.web.alicloud_instance.this is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [
            {
              file: 'live/main.tf',
              range: '5:1-5:13',
              message: 'module.web, which creates module.web.alicloud_instance.this',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

ruleTable('ICP003', 'error', 'subscription-too-short through module calls', {
  valid: [{ name: 'the default 12 months', files: { 'live/main.tf': callWeb(), ...WEB } }],
  invalid: [
    {
      name: 'period = 1 on the call: on the argument; the fix rewrites it',
      files: { 'live/main.tf': callWeb('  period = 1\n'), ...WEB },
      errors: [
        {
          range: '7:12-7:13',
          messageId: 'tooShort',
          message:
            'The 1-month subscription of module.web.alicloud_instance.this is shorter than the 3-month minimum an ICP filing needs.',
          related: [
            {
              file: 'modules/web/main.tf',
              range: '3:32-3:42',
              message: '`period` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: { 'live/main.tf': callWeb('  period = 3\n') },
    },
  ],
});

ruleTable('ICP004', 'error', 'no-public-ip through module calls', {
  valid: [
    {
      name: 'the official example asks for a public IP with 10 Mbit/s',
      files: { 'ecs/examples/basic/main.tf': BASIC, ...ECS },
    },
  ],
  invalid: [
    {
      name: "a child expression over the call's values (no public IP asked for): on the header, related at the defaults and the attribute; no value fix",
      files: {
        'ecs/examples/basic/main.tf': BASIC.replace('  associate_public_ip_address = true\n', ''),
        ...ECS,
      },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'noBandwidth',
          message:
            'module.ecs.alicloud_instance.this[0] has 0 Mbit/s of outbound public bandwidth and no Elastic IP, so it has no public IP; an ICP filing needs one.',
          related: [
            {
              file: 'ecs/variables.tf',
              range: '13:13-13:18',
              message: 'default of variable "associate_public_ip_address"',
            },
            {
              file: 'ecs/main.tf',
              range: '4:32-4:100',
              message: '`internet_max_bandwidth_out` of alicloud_instance.this[0] in module.ecs',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

const STEERED = WEB_WITH('  period                     = var.charge == "PrePaid" ? var.period : 12\n');
function WEB_WITH(periodLine: string): Record<string, string> {
  return {
    'modules/web/main.tf': WEB['modules/web/main.tf'].replace(
      '  period                     = var.period\n',
      periodLine,
    ),
    'modules/web/variables.tf': WEB['modules/web/variables.tf'].replace('default = 12', 'default = 1'),
  };
}

ruleTable('ICP003', 'error', 'subscription-too-short: an argument that only steers a child expression', {
  valid: [],
  invalid: [
    {
      name: 'the period comes from the child default through a condition on the argument: on the header, the argument among the related locations; no value fix',
      files: { 'live/main.tf': callWeb('  charge = "PrePaid"\n'), ...STEERED },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'tooShort',
          message:
            'The 1-month subscription of module.web.alicloud_instance.this is shorter than the 3-month minimum an ICP filing needs.',
          related: [
            { file: 'live/main.tf', range: '7:12-7:21', message: 'argument "charge" of module.web' },
            { file: 'modules/web/variables.tf', range: '6:13-6:14', message: 'default of variable "period"' },
            {
              file: 'modules/web/main.tf',
              range: '3:32-3:73',
              message: '`period` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

const WITH_TAGS = callWeb('  bandwidth = 5\n  tags = {\n    Env = "prod"\n  }\n');

ruleTable('ICP002', 'error', 'pay-as-you-go: the argument a fix adds after a multi-line value', {
  valid: [],
  invalid: [
    {
      name: 'after `tags = { … }` the new argument is a paragraph of its own (terraform fmt leaves it as it is)',
      files: {
        'live/main.tf': WITH_TAGS,
        ...WEB,
        'modules/web/variables.tf': WEB['modules/web/variables.tf'].replace('"PrePaid"', '"PostPaid"'),
      },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'payAsYouGo',
          message:
            'module.web.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            { file: 'modules/web/variables.tf', range: '2:13-2:23', message: 'default of variable "charge"' },
            {
              file: 'modules/web/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: { 'live/main.tf': WITH_TAGS.replace('  }\n}\n', '  }\n\n  charge = "PrePaid"\n}\n') },
    },
  ],
});

const REGISTRY_ROOT = `provider "alicloud" {
  region = "cn-hangzhou"
}

module "ecs" {
  source = "alibaba/ecs-instance/alicloud"
}
`;

ruleTable('ICP002', 'error', 'pay-as-you-go: downloaded modules are never edited', {
  valid: [],
  invalid: [
    {
      name: 'a default inside a downloaded module, under a call the downloaded module makes: on the root header; no value fix',
      files: {
        'live/main.tf': REGISTRY_ROOT,
        'live/.terraform/modules/modules.json':
          '{"Modules":[{"Key":"ecs","Source":"registry.terraform.io/alibaba/ecs-instance/alicloud","Dir":".terraform/modules/ecs"},{"Key":"ecs.server","Source":"./server","Dir":".terraform/modules/ecs/server"}]}',
        'live/.terraform/modules/ecs/main.tf': 'module "server" {\n  source = "./server"\n}\n',
        'live/.terraform/modules/ecs/server/main.tf': WEB['modules/web/main.tf'],
        'live/.terraform/modules/ecs/server/variables.tf': WEB['modules/web/variables.tf'].replace(
          '"PrePaid"',
          '"PostPaid"',
        ),
      },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'payAsYouGo',
          message:
            'module.ecs.module.server.alicloud_instance.this is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.',
          related: [
            {
              file: 'live/.terraform/modules/ecs/main.tf',
              range: '1:1-1:16',
              message: 'module.server, which creates module.ecs.module.server.alicloud_instance.this',
            },
            {
              file: 'live/.terraform/modules/ecs/server/variables.tf',
              range: '2:13-2:23',
              message: 'default of variable "charge"',
            },
            {
              file: 'live/.terraform/modules/ecs/server/main.tf',
              range: '2:32-2:42',
              message: '`instance_charge_type` of alicloud_instance.this in module.ecs.module.server',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

const REGION_BY_ARGUMENT = {
  ...WEB,
  'modules/web/provider.tf': 'provider "alicloud" {\n  region = var.region\n}\n',
  'modules/web/variables.tf': `${WEB['modules/web/variables.tf']}\nvariable "region" {}\n`,
};

ruleTable('ICP001', 'error', 'region-not-mainland: a child provider whose region the call sets', {
  valid: [],
  invalid: [
    {
      name: "the call's argument is the region: on that argument, related at the child's provider; no region fix through a call",
      files: { 'live/main.tf': callWeb('  region = "cn-hongkong"\n'), ...REGION_BY_ARGUMENT },
      errors: [
        {
          range: '7:12-7:25',
          messageId: 'hongKong',
          message:
            'module.web.alicloud_instance.this is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
          related: [
            { file: 'modules/web/provider.tf', range: '2:12-2:22', message: 'region of provider alicloud' },
            {
              file: 'modules/web/main.tf',
              range: '1:1-1:36',
              message: 'alicloud_instance.this in module.web, which leaves `region` out',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

const RENEWAL_BY_ARGUMENT = {
  'modules/web/main.tf': WEB['modules/web/main.tf'].replace('"AutoRenewal"', 'var.renewal'),
  'modules/web/variables.tf': `${WEB['modules/web/variables.tf']}\nvariable "renewal" {\n  default = "AutoRenewal"\n}\n`,
};

ruleTable('ICP010', 'hint', 'no-auto-renew: renewal_status set by the call', {
  valid: [],
  invalid: [
    {
      name: "auto-renewal read from renewal_status is the call's argument: on that argument; the fix rewrites it",
      files: { 'live/main.tf': callWeb('  renewal = "Normal"\n'), ...RENEWAL_BY_ARGUMENT },
      errors: [
        {
          range: '7:13-7:21',
          messageId: 'noAutoRenew',
          message:
            'module.web.alicloud_instance.this does not renew automatically: once its remaining time drops below the minimum it can no longer apply for a service number, and when it expires its websites lose their filing access.',
          related: [
            {
              file: 'modules/web/main.tf',
              range: '4:32-4:43',
              message: '`renewal_status` of alicloud_instance.this in module.web',
            },
          ],
        },
      ],
      output: { 'live/main.tf': callWeb('  renewal = "AutoRenewal"\n') },
    },
  ],
});
