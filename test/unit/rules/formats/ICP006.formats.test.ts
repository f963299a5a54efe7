import { ruleTable } from '../../helpers/rule-table';

/** ICP006 instance-stopped, through the real parsers and engine: Terraform and instance specs. */

const STOPPED = (instance: string) =>
  `${instance} is stopped; only a running instance can get a service number for an ICP filing.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
  status                     = "Stopped"
}
`;

const TF_SAS = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_simple_application_server_instance" "blog" {
  plan_id    = "swas.s.c1m1s30b1.linux"
  period     = 12
  auto_renew = true
  status     = "Stopped"
}
`;

ruleTable('ICP006', 'warning', 'instance-stopped: Terraform', {
  valid: [
    { name: 'Running', files: { 'infra/main.tf': TF.replace('Stopped', 'Running') } },
    {
      name: 'no status: running is the default',
      files: { 'infra/main.tf': TF.replace('  status                     = "Stopped"\n', '') },
    },
    {
      name: 'a status from a data source is not guessed',
      files: { 'infra/main.tf': TF.replace('"Stopped"', 'data.alicloud_config.current.status') },
    },
  ],
  invalid: [
    {
      name: 'Stopped: on the value, fixed to Running',
      files: { 'infra/main.tf': TF },
      errors: [{ range: '10:32-10:41', messageId: 'stopped', message: STOPPED('alicloud_instance.web') }],
      fixTitle: 'Start the instance (Running)',
      output: { 'infra/main.tf': TF.replace('"Stopped"', '"Running"') },
    },
    {
      name: 'a Simple Application Server that is stopped',
      files: { 'infra/main.tf': TF_SAS },
      errors: [
        {
          range: '9:16-9:25',
          messageId: 'stopped',
          message: STOPPED('alicloud_simple_application_server_instance.blog'),
        },
      ],
      output: { 'infra/main.tf': TF_SAS.replace('"Stopped"', '"Running"') },
    },
    {
      name: 'Stopped from a local',
      files: {
        'infra/main.tf': TF.replace('"Stopped"', 'local.state').replace(
          'resource "alicloud_instance"',
          'locals {\n  state = "Stopped"\n}\n\nresource "alicloud_instance"',
        ),
      },
      errors: [
        {
          range: '14:32-14:43',
          messageId: 'stopped',
          message: STOPPED('alicloud_instance.web'),
          related: [{ file: 'infra/main.tf', range: '6:11-6:20', message: 'local value "state"' }],
        },
      ],
      output: {
        'infra/main.tf': TF.replace('"Stopped"', 'local.state').replace(
          'resource "alicloud_instance"',
          'locals {\n  state = "Running"\n}\n\nresource "alicloud_instance"',
        ),
      },
    },
  ],
});

const SPEC = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: true
    status: stopped
    publicBandwidthMbps: 5
`;

ruleTable('ICP006', 'warning', 'instance-stopped: instance spec', {
  valid: [
    { name: 'running', files: { 'plan.icp.yaml': SPEC.replace('stopped', 'running') } },
    { name: 'no status', files: { 'plan.icp.yaml': SPEC.replace('    status: stopped\n', '') } },
  ],
  invalid: [
    {
      name: 'stopped',
      files: { 'plan.icp.yaml': SPEC },
      errors: [{ range: '9:13-9:20', messageId: 'stopped', message: STOPPED('web-1') }],
      output: { 'plan.icp.yaml': SPEC.replace('stopped', 'running') },
    },
  ],
});
