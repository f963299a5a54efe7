import type { Location } from './location';
import type { Known, Value } from './value';
import type { TextEdit } from './fix';

export type SourceFormat = 'terraform' | 'ros' | 'spec';

export type Product =
  | 'ecs'
  | 'simple-application-server'
  | 'web-hosting'
  | 'elastic-web-hosting'
  | 'ens'
  | 'nat-gateway'
  | 'ipv6-translation'
  | 'marketplace-site'
  | 'iot-package';

export type ChargeType = 'subscription' | 'pay-as-you-go' | 'spot';
export type PeriodUnit = 'week' | 'month' | 'year';
export type RenewalStatus = 'AutoRenewal' | 'Normal' | 'NotRenewal';
export type RunStatus = 'running' | 'stopped';

/** A setting a fix can write; each format's parser knows how to spell it in its own syntax. */
export interface Setters {
  region?(regionId: string): TextEdit[] | undefined;
  chargeType?(value: 'subscription'): TextEdit[] | undefined;
  /** Removes a spot strategy (or sets it to `NoSpot`). */
  noSpot?(): TextEdit[] | undefined;
  /** Sets the period to `months` months (switching a `Week` unit to `Month` where needed). */
  periodMonths?(months: number): TextEdit[] | undefined;
  publicBandwidth?(mbps: number): TextEdit[] | undefined;
  autoRenew?(on: true): TextEdit[] | undefined;
  renewalStatus?(value: 'AutoRenewal'): TextEdit[] | undefined;
  status?(value: 'running'): TextEdit[] | undefined;
}

export interface Website {
  readonly domain: Known<string>;
  readonly serviceNumber?: Known<string>;
  /** The list entry, where ICP007/ICP008 findings about this website point. */
  readonly at: Location;
}

/** One resource that could carry an ICP filing, normalised from Terraform, ROS or an instance spec. */
export interface Instance {
  readonly format: SourceFormat;
  /** Resource type as written: `alicloud_instance`, `ALIYUN::ECS::Instance`, or `IcpInstanceSpec`. */
  readonly type: string;
  /** Name for people: `alicloud_instance.web`, the ROS logical ID, the spec key. */
  readonly name: string;
  readonly product: Product;
  readonly file: string;
  /** `resource "type" "name"` line, ROS logical ID key, spec key: where missing settings are reported. */
  readonly header: Location;
  /** The whole resource / entry, so suppressions above the header can cover it. */
  readonly extent: Location;

  /** Undefined when nothing in the workspace states a region (ICP011). */
  readonly region?: Value<string>;
  readonly chargeType?: Value<ChargeType>;
  /** Set only when a spot strategy is written (or inherited); `NoSpot` is harmless. */
  readonly spotStrategy?: Value<string>;
  readonly period?: Value<number>;
  readonly periodUnit?: Value<PeriodUnit>;
  readonly autoRenew?: Value<boolean>;
  readonly renewalStatus?: Value<RenewalStatus>;
  readonly expiresOn?: Value<string>;
  readonly status?: Value<RunStatus>;
  readonly publicBandwidthMbps?: Value<number>;
  /** ROS `AllocatePublicIP`; false means no public IP whatever the bandwidth. */
  readonly allocatePublicIp?: Value<boolean>;
  /** Elastic IP associations that bind to this instance (directly or through an attached ENI). */
  readonly eipAssociations: readonly Location[];
  /** Spec `eip: true`. */
  readonly eipDeclared?: Value<boolean>;
  readonly websites: readonly Website[];
  readonly order?: { readonly amount: Value<number>; readonly currency: Value<'CNY' | 'USD'> };

  readonly setters: Setters;

  /**
   * Set by the engine when the instance lies in, or reads a value from, a part of a file that did
   * not parse: the ICP000 reported for that part. No rule runs on it and its verdict is unknown.
   */
  readonly unread?: Location;
}

/** Every `Value` an instance may carry besides those in `order` and `websites`: what moves, merges or is placed alike. */
export const VALUE_KEYS = [
  'region',
  'chargeType',
  'spotStrategy',
  'period',
  'periodUnit',
  'autoRenew',
  'renewalStatus',
  'expiresOn',
  'status',
  'publicBandwidthMbps',
  'allocatePublicIp',
  'eipDeclared',
] as const satisfies readonly (keyof Instance)[];

export type ValueKey = (typeof VALUE_KEYS)[number];
