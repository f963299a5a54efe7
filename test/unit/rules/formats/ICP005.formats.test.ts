import { ruleTable } from '../../helpers/rule-table';
import { TEST_TODAY } from '../../helpers/run-rule';

/** ICP005 expiry, through the real parsers and engine: Terraform (renewal_status) and instance specs (expiresOn). */

const NOT_RENEWAL = (instance: string) =>
  `${instance} is set not to renew (NotRenewal): it will expire, and an expired instance cannot carry an ICP filing.`;

const TF = `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_instance" "web" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "NotRenewal"
  internet_max_bandwidth_out = 5
}
`;

const TF_VAR = TF.replace('"NotRenewal"', 'var.renewal');
const TF_VARIABLES = `variable "renewal" {
  default = "NotRenewal"
}
`;

ruleTable('ICP005', 'warning', 'expiry: Terraform', {
  valid: [
    { name: 'AutoRenewal', files: { 'infra/main.tf': TF.replace('NotRenewal', 'AutoRenewal') } },
    {
      name: 'Normal (ICP010 reports it, not ICP005)',
      files: { 'infra/main.tf': TF.replace('NotRenewal', 'Normal') },
    },
    { name: 'pay-as-you-go does not expire', files: { 'infra/main.tf': TF.replace('PrePaid', 'PostPaid') } },
  ],
  invalid: [
    {
      name: 'NotRenewal: a warning on the value, fixed to AutoRenewal',
      files: { 'infra/main.tf': TF },
      errors: [
        { range: '8:32-8:44', messageId: 'notRenewal', message: NOT_RENEWAL('alicloud_instance.web') },
      ],
      fixTitle: 'Renew automatically (AutoRenewal)',
      output: { 'infra/main.tf': TF.replace('"NotRenewal"', '"AutoRenewal"') },
    },
    {
      name: 'NotRenewal from a variable default in variables.tf: the fix edits variables.tf',
      files: { 'infra/main.tf': TF_VAR, 'infra/variables.tf': TF_VARIABLES },
      errors: [
        {
          range: '8:32-8:43',
          messageId: 'notRenewal',
          message: NOT_RENEWAL('alicloud_instance.web'),
          related: [
            { file: 'infra/variables.tf', range: '2:13-2:25', message: 'default of variable "renewal"' },
          ],
        },
      ],
      output: { 'infra/variables.tf': TF_VARIABLES.replace('"NotRenewal"', '"AutoRenewal"') },
    },
  ],
});

const SPEC = (product: string, expiresOn: string) => `kind: IcpInstanceSpec
instances:
  web-1:
    product: ${product}
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: true
    expiresOn: ${expiresOn}
    publicBandwidthMbps: 5
`;

ruleTable('ICP005', 'warning', 'expiry: instance spec', {
  valid: [
    {
      name: `expires exactly 3 months after ${TEST_TODAY}`,
      files: { 'plan.icp.yaml': SPEC('ecs', '2026-08-01') },
    },
    { name: 'expires in 2027', files: { 'plan.icp.yaml': SPEC('ecs', '2027-06-30') } },
    {
      name: 'a NAT gateway needs 1 month left',
      files: { 'plan.icp.yaml': SPEC('nat-gateway', '2026-06-01') },
    },
    {
      name: '--today moves the day expiry is measured from',
      files: { 'plan.icp.yaml': SPEC('ecs', '2026-04-30') },
      options: { today: '2026-01-15' },
    },
    {
      name: 'pay-as-you-go has no expiry to check',
      files: { 'plan.icp.yaml': SPEC('ecs', '2026-04-30').replace('subscription', 'pay-as-you-go') },
    },
  ],
  invalid: [
    {
      name: 'expiresOn in the past: an error on the date, no fix',
      files: { 'plan.icp.yaml': SPEC('ecs', '2026-04-30') },
      errors: [
        {
          range: '9:16-9:26',
          severity: 'error',
          messageId: 'expired',
          message:
            'web-1 expired on 2026-04-30; an expired instance cannot apply for a service number, and its filed websites lose their access. Renew it.',
        },
      ],
      output: null,
    },
    {
      name: 'expiresOn less than 3 months away: a warning',
      files: { 'plan.icp.yaml': SPEC('ecs', '2026-07-31') },
      errors: [
        {
          range: '9:16-9:26',
          messageId: 'expiresSoon',
          message:
            'web-1 expires on 2026-07-31, less than the 3-month minimum away; renew it before applying for a service number.',
        },
      ],
      output: null,
    },
    {
      name: 'expiresOn today is not yet expired, but soon',
      files: { 'plan.icp.yaml': SPEC('ecs', TEST_TODAY) },
      errors: [
        {
          range: '9:16-9:26',
          messageId: 'expiresSoon',
          message: `web-1 expires on ${TEST_TODAY}, less than the 3-month minimum away; renew it before applying for a service number.`,
        },
      ],
    },
    {
      name: 'a NAT gateway with less than 1 month left',
      files: { 'plan.icp.yaml': SPEC('nat-gateway', "'2026-05-20'") },
      errors: [
        {
          range: '9:16-9:28',
          messageId: 'expiresSoon',
          message:
            'web-1 expires on 2026-05-20, less than the 1-month minimum away; renew it before applying for a service number.',
        },
      ],
    },
    {
      name: 'an elastic web hosting plan with less than 6 months left',
      files: { 'plan.icp.yaml': SPEC('elastic-web-hosting', '2026-10-31') },
      errors: [
        {
          range: '9:16-9:26',
          messageId: 'expiresSoon',
          message:
            'web-1 expires on 2026-10-31, less than the 6-month minimum away; renew it before applying for a service number.',
        },
      ],
    },
  ],
});
