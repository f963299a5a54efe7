import { ruleTable } from '../../helpers/rule-table';

/**
 * Terraform's JSON syntax (`*.tf.json`, `terraform.tfvars.json`, `*.auto.tfvars.json`) through the
 * real parsers and engine: findings at the JSON tokens, fixes that keep the JSON valid.
 */

const PROVIDER = `{
  "provider": {
    "alicloud": {
      "region": "cn-hangzhou"
    }
  }
}
`;

const EXPLICIT = `{
  "resource": {
    "alicloud_instance": {
      "web": {
        "instance_type": "ecs.g7.large",
        "instance_charge_type": "PostPaid",
        "period": 12,
        "renewal_status": "AutoRenewal",
        "internet_max_bandwidth_out": 5
      }
    }
  }
}
`;

const OMITTED = `{
  "resource": {
    "alicloud_instance": {
      "web": {
        "instance_type": "ecs.g7.large",
        "internet_max_bandwidth_out": 5
      }
    }
  }
}
`;

const EMPTY = `{
  "resource": {
    "alicloud_instance": {
      "web": {}
    }
  }
}
`;

const ONE_LINE = `{
  "resource": {
    "alicloud_instance": {
      "web": { "instance_type": "ecs.g7.large", "internet_max_bandwidth_out": 5 }
    }
  }
}
`;

const FROM_VARIABLE = `{
  "resource": {
    "alicloud_instance": {
      "web": {
        "instance_charge_type": "\${var.billing}",
        "period": 12,
        "renewal_status": "AutoRenewal",
        "internet_max_bandwidth_out": 5
      }
    }
  }
}
`;

const VARIABLES = `{
  "variable": {
    "billing": {
      "type": "string",
      "default": "PostPaid"
    }
  }
}
`;

const PAYG = 'alicloud_instance.web is pay-as-you-go; an ICP filing needs a subscription (PrePaid) instance.';
const PAYG_OMITTED =
  'alicloud_instance.web sets no charge type, so it is created pay-as-you-go (the API default); an ICP filing needs a subscription (PrePaid) instance.';

ruleTable('ICP002', 'error', 'pay-as-you-go in Terraform JSON', {
  valid: [
    {
      name: 'PrePaid written as a JSON string',
      files: { 'm/provider.tf.json': PROVIDER, 'm/main.tf.json': EXPLICIT.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'a "//" comment property and an interpolated local',
      files: {
        'm/provider.tf.json': PROVIDER,
        'm/main.tf.json': EXPLICIT.replace('"PostPaid"', '"${local.billing}"').replace(
          '"resource": {',
          '"//": "billing comes from locals",\n  "locals": { "billing": "${var.tier}Paid" },\n  "variable": { "tier": { "default": "Pre" } },\n  "resource": {',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'explicit PostPaid: on the string token, fix rewrites it',
      files: { 'm/main.tf.json': EXPLICIT, 'm/provider.tf.json': PROVIDER },
      errors: [{ range: '6:33-6:43', messageId: 'payAsYouGo', message: PAYG }],
      output: { 'm/main.tf.json': EXPLICIT.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'omitted: on the resource name key, fix inserts the first property with a comma',
      files: { 'm/main.tf.json': OMITTED, 'm/provider.tf.json': PROVIDER },
      errors: [{ range: '4:7-4:12', messageId: 'omitted', message: PAYG_OMITTED }],
      output: {
        'm/main.tf.json': OMITTED.replace(
          '      "web": {\n',
          '      "web": {\n        "instance_charge_type": "PrePaid",\n',
        ),
      },
    },
    {
      name: 'empty object: the fix opens it up',
      files: { 'm/main.tf.json': EMPTY, 'm/provider.tf.json': PROVIDER },
      errors: [{ range: '4:7-4:12', messageId: 'omitted', message: PAYG_OMITTED }],
      output: {
        'm/main.tf.json': EMPTY.replace(
          '"web": {}',
          '"web": {\n        "instance_charge_type": "PrePaid"\n      }',
        ),
      },
    },
    {
      name: 'one-line object: the new property goes on its own line before the others',
      files: { 'm/main.tf.json': ONE_LINE, 'm/provider.tf.json': PROVIDER },
      errors: [{ range: '4:7-4:12', messageId: 'omitted', message: PAYG_OMITTED }],
      output: {
        'm/main.tf.json': ONE_LINE.replace(
          '"web": { "instance_type"',
          '"web": {\n        "instance_charge_type": "PrePaid",\n        "instance_type"',
        ),
      },
    },
    {
      name: 'a lone "${var.billing}" from a JSON variable default: related location there, the fix edits the default',
      files: {
        'm/main.tf.json': FROM_VARIABLE,
        'm/variables.tf.json': VARIABLES,
        'm/provider.tf.json': PROVIDER,
      },
      errors: [
        {
          range: '5:33-5:49',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'm/variables.tf.json', range: '5:18-5:28', message: 'default of variable "billing"' },
          ],
        },
      ],
      output: { 'm/variables.tf.json': VARIABLES.replace('PostPaid', 'PrePaid') },
    },
    {
      name: 'terraform.tfvars.json wins over the default, and an .auto.tfvars.json over both; the fix edits the winner',
      files: {
        'm/main.tf.json': FROM_VARIABLE,
        'm/variables.tf.json': VARIABLES.replace('PostPaid', 'PrePaid'),
        'm/terraform.tfvars.json': '{ "billing": "PrePaid" }\n',
        'm/x.auto.tfvars.json': '{\n  "billing": "PostPaid"\n}\n',
        'm/provider.tf.json': PROVIDER,
      },
      errors: [
        {
          range: '5:33-5:49',
          messageId: 'payAsYouGo',
          message: PAYG,
          related: [
            { file: 'm/variables.tf.json', range: '5:18-5:27', message: 'default of variable "billing"' },
            {
              file: 'm/x.auto.tfvars.json',
              range: '2:3-2:24',
              message: 'x.auto.tfvars.json sets variable "billing"',
            },
          ],
        },
      ],
      output: { 'm/x.auto.tfvars.json': '{\n  "billing": "PrePaid"\n}\n' },
    },
  ],
});

const PERIOD = `{
  "provider": { "alicloud": { "region": "cn-hangzhou" } },
  "resource": {
    "alicloud_instance": {
      "web": {
        "instance_charge_type": "PrePaid",
        "period": "1",
        "renewal_status": "AutoRenewal",
        "internet_max_bandwidth_out": 0
      }
    }
  }
}
`;

ruleTable('ICP003', 'error', 'subscription-too-short in Terraform JSON', {
  valid: [
    { name: 'a 12-month period as a JSON number', files: { 'main.tf.json': PERIOD.replace('"1"', '12') } },
  ],
  invalid: [
    {
      name: 'a period written as a string stays a string',
      files: {
        'main.tf.json': PERIOD.replace('"internet_max_bandwidth_out": 0', '"internet_max_bandwidth_out": 5'),
      },
      errors: [
        {
          range: '7:19-7:22',
          messageId: 'tooShort',
          message:
            'The 1-month subscription of alicloud_instance.web is shorter than the 3-month minimum an ICP filing needs.',
        },
      ],
      output: {
        'main.tf.json': PERIOD.replace(
          '"internet_max_bandwidth_out": 0',
          '"internet_max_bandwidth_out": 5',
        ).replace('"1"', '"3"'),
      },
    },
  ],
});

ruleTable('ICP004', 'error', 'no-public-ip in Terraform JSON', {
  valid: [],
  invalid: [
    {
      name: 'a zero bandwidth number is rewritten in place',
      files: { 'main.tf.json': PERIOD.replace('"1"', '12') },
      errors: [
        {
          range: '9:39-9:40',
          messageId: 'noBandwidth',
          message:
            'alicloud_instance.web has 0 Mbit/s of outbound public bandwidth and no Elastic IP, so it has no public IP; an ICP filing needs one.',
        },
      ],
      output: {
        'main.tf.json': PERIOD.replace('"1"', '12').replace(
          '"internet_max_bandwidth_out": 0',
          '"internet_max_bandwidth_out": 1',
        ),
      },
    },
  ],
});
