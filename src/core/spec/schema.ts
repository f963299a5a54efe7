import { isIsoDate } from '../rules/dates';
import { z } from '../zod';

/**
 * The instance spec (`*.icp.yaml`, docs/contract.md "The instance spec") as a zod schema: the single source of truth for
 * validation (parse/yaml/spec), for the field-by-field reading of entries that fail as a whole, and
 * for the JSON Schema that editors use (`npm run gen-schema` → schemas/icp-instance-spec.schema.json).
 * Objects are strict: an unknown key is a mistake the user should see, not something silently ignored.
 */

export const PRODUCTS = [
  'ecs',
  'simple-application-server',
  'web-hosting',
  'elastic-web-hosting',
  'ens',
  'nat-gateway',
  'ipv6-translation',
  'marketplace-site',
  'iot-package',
] as const;
export const BILLINGS = ['subscription', 'pay-as-you-go', 'spot'] as const;
export const PERIOD_UNITS = ['week', 'month', 'year'] as const;
export const STATUSES = ['running', 'stopped'] as const;
export const CURRENCIES = ['CNY', 'USD'] as const;

export const SPEC_KIND = 'IcpInstanceSpec';

/** Same shape the configuration accepts for a region ID. */
const REGION_ID = /^[a-z]{2,4}(-[a-z0-9]+)+$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The issue message of a well-formed date that does not exist; the parser turns it into a localized problem. */
export const NO_SUCH_DAY = 'no such day';

export const WebsiteSchema = z
  .object({
    domain: z.string().min(1).describe('Domain of the website to file, e.g. example.com.'),
    serviceNumber: z
      .string()
      .min(1)
      .optional()
      .describe(
        'ICP service number assigned to this website (quote it: "1234567890"). Each number serves one website only.',
      ),
  })
  .strict()
  .describe('A website the instance will serve, which needs its own service number.');

export const OrderSchema = z
  .object({
    amount: z.number().nonnegative().describe('Order amount.'),
    currency: z.enum(CURRENCIES).describe('Currency of the amount: CNY or USD.'),
  })
  .strict()
  .describe('The purchase order, for products with an order minimum (IoT package, marketplace site).');

export const InstanceEntrySchema = z
  .object({
    product: z.enum(PRODUCTS).describe('Alibaba Cloud product of the instance.'),
    region: z
      .string()
      .regex(REGION_ID)
      .optional()
      .describe('Region ID, e.g. cn-hangzhou. Give region or zone.'),
    zone: z.string().min(1).optional().describe('Zone ID, e.g. cn-hangzhou-h; its region is used.'),
    billing: z
      .enum(BILLINGS)
      .optional()
      .describe('Billing method: only subscription instances can get a service number.'),
    period: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'Subscription length, a whole number of periodUnit. A subscription without a period is 1 month.',
      ),
    periodUnit: z.enum(PERIOD_UNITS).default('month').describe('Unit of period.'),
    autoRenew: z.boolean().default(false).describe('Whether the subscription renews automatically.'),
    expiresOn: z
      .string()
      .regex(ISO_DATE)
      // 2026-02-29 matches the pattern but is no day at all: an error, never a date to compare.
      .refine((value) => !ISO_DATE.test(value) || isIsoDate(value), { message: NO_SUCH_DAY })
      .optional()
      .describe('Expiry date of the subscription, YYYY-MM-DD.'),
    status: z.enum(STATUSES).default('running').describe('Whether the instance is running.'),
    publicBandwidthMbps: z
      .number()
      .nonnegative()
      .default(0)
      .describe('Outbound public bandwidth in Mbit/s; 0 means no public IP.'),
    eip: z.boolean().default(false).describe('Whether an Elastic IP is bound to the instance.'),
    order: OrderSchema.optional(),
    websites: z.array(WebsiteSchema).default([]).describe('Websites the instance will serve.'),
  })
  .strict()
  .describe('One instance that will carry ICP filings; the key is its name.');

export const InstanceSpecSchema = z
  .object({
    kind: z
      .literal(SPEC_KIND)
      .optional()
      .describe('Marks the file as an instance spec (needed unless the file is named *.icp.yaml).'),
    instances: z.record(z.string(), InstanceEntrySchema).describe('Instances by name.'),
  })
  .strict()
  .describe(
    'icp-check instance spec: instances planned for China ICP filings and the websites each will carry.',
  );

export type InstanceSpec = z.input<typeof InstanceSpecSchema>;
export type InstanceEntry = z.input<typeof InstanceEntrySchema>;
