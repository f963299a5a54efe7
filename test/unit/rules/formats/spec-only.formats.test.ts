import { ruleTable } from '../../helpers/rule-table';

/**
 * The rules that only instance specs can trigger (ICP007 quota, ICP008 reused service number,
 * ICP009 order minimums), through the real parser and engine. None offers a fix: the websites
 * and orders are facts to change outside the file.
 */

const websites = (domains: readonly string[]) => domains.map((d) => `      - domain: ${d}\n`).join('');

const SPEC = (product: string, domains: readonly string[], extra = '') => `kind: IcpInstanceSpec
instances:
  site:
    product: ${product}
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5${extra}
    websites:
${websites(domains)}`;

const FIVE = ['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com', 'e.example.com'];

const EWH = `kind: IcpInstanceSpec
instances:
  ewh-1:
    product: elastic-web-hosting
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: true
    websites:
      - domain: a.example.com
      - domain: b.example.com
      - domain: c.example.com
  ewh-2:
    product: elastic-web-hosting
    region: cn-shanghai
    billing: subscription
    period: 12
    autoRenew: true
    websites:
      - domain: d.example.com
      - domain: e.example.com
      - domain: f.example.com
`;

ruleTable('ICP007', 'error', 'quota-exceeded: instance spec', {
  valid: [
    { name: 'ECS with 5 websites', files: { 'plan.icp.yaml': SPEC('ecs', FIVE) } },
    {
      name: 'NAT gateway with 2 websites',
      files: { 'plan.icp.yaml': SPEC('nat-gateway', FIVE.slice(0, 2)) },
    },
    {
      name: 'two ECS instances with 5 websites each (per instance)',
      files: {
        'plan.icp.yaml':
          SPEC('ecs', FIVE) + SPEC('ecs', FIVE).split('instances:\n')[1].replace('  site:', '  site-2:'),
      },
    },
    {
      name: 'elastic web hosting: 5 across the account',
      files: { 'plan.icp.yaml': EWH.replace('      - domain: f.example.com\n', '') },
    },
  ],
  invalid: [
    {
      name: 'ECS with 6 websites: on the sixth entry',
      files: { 'plan.icp.yaml': SPEC('ecs', [...FIVE, 'f.example.com']) },
      errors: [
        {
          range: '16:9-16:30',
          messageId: 'perInstance',
          message:
            'site lists 6 websites, but this product yields at most 5 service numbers (one website each): f.example.com has none left.',
        },
      ],
      output: null,
    },
    {
      name: 'a marketplace site yields 1',
      files: { 'plan.icp.yaml': SPEC('marketplace-site', FIVE.slice(0, 2)) },
      errors: [
        {
          range: '12:9-12:30',
          messageId: 'perInstance',
          message:
            'site lists 2 websites, but this product yields at most 1 service numbers (one website each): b.example.com has none left.',
        },
      ],
    },
    {
      name: 'NAT gateway with 4 websites: one finding at the first website over the quota, the others related',
      files: { 'plan.icp.yaml': SPEC('nat-gateway', FIVE.slice(0, 4)) },
      errors: [
        {
          range: '13:9-13:30',
          messageId: 'perInstanceMany',
          message:
            'site lists 4 websites, but this product yields at most 2 service numbers (one website each): 2 websites have none left, from c.example.com on.',
          related: [
            { file: 'plan.icp.yaml', range: '14:9-14:30', message: 'also over the quota: d.example.com' },
          ],
        },
      ],
    },
    {
      name: 'elastic web hosting: 6 across two instances of one account',
      files: { 'plan.icp.yaml': EWH },
      errors: [
        {
          range: '22:9-22:30',
          messageId: 'perAccount',
          message:
            'This file lists 6 websites on Elastic Web Hosting, which yields at most 5 service numbers per Alibaba Cloud account: f.example.com has none left.',
        },
      ],
    },
  ],
});

const REUSED = `kind: IcpInstanceSpec
instances:
  web-1:
    product: ecs
    region: cn-hangzhou
    billing: subscription
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5
    websites:
      - domain: a.example.com
        serviceNumber: "1234567890"
      - domain: b.example.com
        serviceNumber: "2222222222"
  web-2:
    product: ecs
    region: cn-shanghai
    billing: subscription
    period: 12
    autoRenew: true
    publicBandwidthMbps: 5
    websites:
      - domain: c.example.com
        serviceNumber: "1234567890"
`;

ruleTable('ICP008', 'error', 'service-number-reused: instance spec', {
  valid: [
    {
      name: 'every number once',
      files: { 'plan.icp.yaml': REUSED.replace(/"1234567890"\n$/, '"3333333333"\n') },
    },
    {
      name: 'websites without numbers',
      files: { 'plan.icp.yaml': REUSED.replace(/\n {8}serviceNumber: "\d+"/g, '') },
    },
  ],
  invalid: [
    {
      name: 'a number reused on another instance: on the second use, related first use',
      files: { 'plan.icp.yaml': REUSED },
      errors: [
        {
          range: '24:24-24:36',
          messageId: 'reused',
          message:
            'Service number 1234567890 is already used for a.example.com; a service number serves one website only and can never be reused.',
          related: [{ file: 'plan.icp.yaml', range: '12:24-12:36', message: 'also used for a.example.com' }],
        },
      ],
      output: null,
    },
    {
      name: 'a number used three times: every later use, each related to the others',
      files: { 'plan.icp.yaml': REUSED.replace('"2222222222"', '"1234567890"') },
      errors: [
        {
          range: '14:24-14:36',
          messageId: 'reused',
          message:
            'Service number 1234567890 is already used for a.example.com; a service number serves one website only and can never be reused.',
          related: [
            { file: 'plan.icp.yaml', range: '12:24-12:36', message: 'also used for a.example.com' },
            { file: 'plan.icp.yaml', range: '24:24-24:36', message: 'also used for c.example.com' },
          ],
        },
        {
          range: '24:24-24:36',
          messageId: 'reused',
          message:
            'Service number 1234567890 is already used for a.example.com; a service number serves one website only and can never be reused.',
          related: [
            { file: 'plan.icp.yaml', range: '12:24-12:36', message: 'also used for a.example.com' },
            { file: 'plan.icp.yaml', range: '14:24-14:36', message: 'also used for b.example.com' },
          ],
        },
      ],
    },
  ],
});

const ORDER = (product: string, amount: string, currency: string) =>
  SPEC(product, ['iot.example.com'], `\n    order: { amount: ${amount}, currency: ${currency} }`);

ruleTable('ICP009', 'error', 'order-below-minimum: instance spec', {
  valid: [
    { name: 'IoT package for RMB 90', files: { 'plan.icp.yaml': ORDER('iot-package', '90', 'CNY') } },
    { name: 'IoT package for USD 14', files: { 'plan.icp.yaml': ORDER('iot-package', '14', 'USD') } },
    {
      name: 'marketplace site for RMB 99',
      files: { 'plan.icp.yaml': ORDER('marketplace-site', '99', 'CNY') },
    },
    {
      name: 'marketplace site in USD: no minimum is stated',
      files: { 'plan.icp.yaml': ORDER('marketplace-site', '5', 'USD') },
    },
    { name: 'ECS has no order minimum', files: { 'plan.icp.yaml': ORDER('ecs', '1', 'CNY') } },
  ],
  invalid: [
    {
      name: 'IoT package for RMB 89: on the amount',
      files: { 'plan.icp.yaml': ORDER('iot-package', '89', 'CNY') },
      errors: [
        {
          range: '10:22-10:24',
          messageId: 'belowMinimum',
          message: 'The order for site is 89 CNY, below the 90 CNY minimum for a service number.',
        },
      ],
      output: null,
    },
    {
      name: 'IoT package for USD 13.5',
      files: { 'plan.icp.yaml': ORDER('iot-package', '13.5', 'USD') },
      errors: [
        {
          range: '10:22-10:26',
          messageId: 'belowMinimum',
          message: 'The order for site is 13.5 USD, below the 14 USD minimum for a service number.',
        },
      ],
    },
    {
      name: 'marketplace site for RMB 98',
      files: { 'plan.icp.yaml': ORDER('marketplace-site', '98', 'CNY') },
      errors: [
        {
          range: '10:22-10:24',
          messageId: 'belowMinimum',
          message: 'The order for site is 98 CNY, below the 99 CNY minimum for a service number.',
        },
      ],
    },
  ],
});
