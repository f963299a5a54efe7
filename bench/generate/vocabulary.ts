/**
 * Realistic values for generated inputs: mostly mainland zones (as real filings are), some
 * Hong Kong and overseas ones so the region rules have work to do.
 */
export const MAINLAND_ZONES = [
  'cn-hangzhou-h',
  'cn-hangzhou-i',
  'cn-hangzhou-j',
  'cn-shanghai-l',
  'cn-shanghai-m',
  'cn-beijing-g',
  'cn-beijing-h',
  'cn-shenzhen-e',
  'cn-shenzhen-f',
  'cn-zhangjiakou-a',
  'cn-qingdao-b',
  'cn-chengdu-a',
  'cn-guangzhou-b',
  'cn-wulanchabu-a',
];
export const OTHER_ZONES = [
  'cn-hongkong-b',
  'cn-hongkong-c',
  'ap-southeast-1a',
  'ap-northeast-1a',
  'us-west-1a',
  'eu-central-1a',
];
export const MAINLAND_REGIONS = [
  'cn-hangzhou',
  'cn-shanghai',
  'cn-beijing',
  'cn-shenzhen',
  'cn-zhangjiakou',
  'cn-qingdao',
  'cn-chengdu',
];
export const OTHER_REGIONS = ['cn-hongkong', 'ap-southeast-1', 'ap-northeast-1', 'us-west-1'];
export const INSTANCE_TYPES = [
  'ecs.g7.large',
  'ecs.g7.xlarge',
  'ecs.c7.large',
  'ecs.c7.2xlarge',
  'ecs.r7.large',
  'ecs.g8i.large',
  'ecs.t6-c1m2.large',
  'ecs.e-c1m2.large',
  'ecs.u1-c1m2.large',
];
export const IMAGES = [
  'ubuntu_22_04_x64_20G_alibase_20240710.vhd',
  'aliyun_3_x64_20G_alibase_20240528.vhd',
  'centos_7_9_x64_20G_alibase_20240628.vhd',
  'debian_12_6_x64_20G_alibase_20240711.vhd',
];
export const TEAMS = ['web', 'api', 'shop', 'cms', 'media', 'search', 'auth', 'billing', 'portal', 'docs'];
export const ENVIRONMENTS = ['prod', 'staging', 'dev', 'test'];
