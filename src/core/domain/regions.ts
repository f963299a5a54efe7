import type { Localized } from '../model/localized';

/**
 * Alibaba Cloud region IDs (docs/sources.md "Regions and zones": the provider's constants and the endpoint tables).
 * Mainland = an ICP filing through Alibaba Cloud is possible there. Finance, government and local
 * regions count as mainland (docs/sources.md). Never test mainland by the `cn-` prefix: cn-hongkong.
 */
const MAINLAND: Readonly<Record<string, Localized>> = {
  'cn-qingdao': { en: 'China (Qingdao)', 'zh-cn': '华北1（青岛）' },
  'cn-beijing': { en: 'China (Beijing)', 'zh-cn': '华北2（北京）' },
  'cn-zhangjiakou': { en: 'China (Zhangjiakou)', 'zh-cn': '华北3（张家口）' },
  'cn-huhehaote': { en: 'China (Hohhot)', 'zh-cn': '华北5（呼和浩特）' },
  'cn-wulanchabu': { en: 'China (Ulanqab)', 'zh-cn': '华北6（乌兰察布）' },
  'cn-hangzhou': { en: 'China (Hangzhou)', 'zh-cn': '华东1（杭州）' },
  'cn-shanghai': { en: 'China (Shanghai)', 'zh-cn': '华东2（上海）' },
  'cn-nanjing': { en: 'China (Nanjing - Local Region)', 'zh-cn': '华东5（南京-本地地域）' },
  'cn-fuzhou': { en: 'China (Fuzhou - Local Region)', 'zh-cn': '华东6（福州-本地地域）' },
  'cn-wuhan-lr': { en: 'China (Wuhan - Local Region)', 'zh-cn': '华中1（武汉-本地地域）' },
  'cn-shenzhen': { en: 'China (Shenzhen)', 'zh-cn': '华南1（深圳）' },
  'cn-heyuan': { en: 'China (Heyuan)', 'zh-cn': '华南2（河源）' },
  'cn-guangzhou': { en: 'China (Guangzhou)', 'zh-cn': '华南3（广州）' },
  'cn-chengdu': { en: 'China (Chengdu)', 'zh-cn': '西南1（成都）' },
  'cn-zhongwei': { en: 'China (Zhongwei)', 'zh-cn': '西北2（中卫）' },
  'cn-zhengzhou-jva': { en: 'China (Zhengzhou - China Unicom JV)', 'zh-cn': '郑州（联通合营）' },
  'cn-hangzhou-finance': { en: 'China East 1 Finance', 'zh-cn': '华东1 金融云' },
  'cn-shanghai-finance-1': { en: 'China East 2 Finance', 'zh-cn': '华东2 金融云' },
  'cn-shanghai-finance-1-pub': { en: 'China East 2 Finance (public)', 'zh-cn': '华东2 金融云（公网）' },
  'cn-shenzhen-finance-1': { en: 'China South 1 Finance', 'zh-cn': '华南1 金融云' },
  'cn-szfinance': { en: 'China South 1 Finance', 'zh-cn': '华南1 金融云' },
  'cn-shenzhen-finance': { en: 'China South 1 Finance', 'zh-cn': '华南1 金融云' },
  'cn-beijing-finance-1': { en: 'China North 2 Finance', 'zh-cn': '华北2 金融云' },
  'cn-beijing-finance-1-pub': { en: 'China North 2 Finance (public)', 'zh-cn': '华北2 金融云（公网）' },
  'cn-hzfinance': { en: 'Hangzhou Finance', 'zh-cn': '杭州金融云' },
  'cn-hzjbp': { en: 'Hangzhou Finance', 'zh-cn': '杭州金融云' },
  'cn-north-2-gov-1': { en: 'China North 2 Ali Gov 1', 'zh-cn': '华北2 阿里政务云1' },
};

const OUTSIDE_MAINLAND: Readonly<Record<string, Localized>> = {
  'cn-hongkong': { en: 'China (Hong Kong)', 'zh-cn': '中国香港' },
  'ap-northeast-1': { en: 'Japan (Tokyo)', 'zh-cn': '日本（东京）' },
  'ap-northeast-2': { en: 'South Korea (Seoul)', 'zh-cn': '韩国（首尔）' },
  'ap-southeast-1': { en: 'Singapore', 'zh-cn': '新加坡' },
  'ap-southeast-2': { en: 'Australia (Sydney)', 'zh-cn': '澳大利亚（悉尼）' },
  'ap-southeast-3': { en: 'Malaysia (Kuala Lumpur)', 'zh-cn': '马来西亚（吉隆坡）' },
  'ap-southeast-5': { en: 'Indonesia (Jakarta)', 'zh-cn': '印度尼西亚（雅加达）' },
  'ap-southeast-6': { en: 'Philippines (Manila)', 'zh-cn': '菲律宾（马尼拉）' },
  'ap-southeast-7': { en: 'Thailand (Bangkok)', 'zh-cn': '泰国（曼谷）' },
  'ap-southeast-8': { en: 'Malaysia (Johor)', 'zh-cn': '马来西亚（柔佛）' },
  'ap-south-1': { en: 'India (Mumbai)', 'zh-cn': '印度（孟买）' },
  'us-west-1': { en: 'US (Silicon Valley)', 'zh-cn': '美国（硅谷）' },
  'us-east-1': { en: 'US (Virginia)', 'zh-cn': '美国（弗吉尼亚）' },
  'us-southeast-1': { en: 'us-southeast-1', 'zh-cn': 'us-southeast-1' },
  'na-south-1': { en: 'na-south-1', 'zh-cn': 'na-south-1' },
  'eu-central-1': { en: 'Germany (Frankfurt)', 'zh-cn': '德国（法兰克福）' },
  'eu-west-1': { en: 'UK (London)', 'zh-cn': '英国（伦敦）' },
  'me-east-1': { en: 'UAE (Dubai)', 'zh-cn': '阿联酋（迪拜）' },
  'me-central-1': { en: 'Saudi Arabia (Riyadh)', 'zh-cn': '沙特（利雅得）' },
  'rus-west-1': { en: 'Russia (Moscow)', 'zh-cn': '俄罗斯（莫斯科）' },
};

export const REGION_NAMES: Readonly<Record<string, Localized>> = { ...MAINLAND, ...OUTSIDE_MAINLAND };

/** Mainland regions in the order region fixes offer them when nothing is configured: the common public regions first. */
export const MAINLAND_REGIONS: readonly string[] = Object.keys(MAINLAND);

const KNOWN_BY_LENGTH = Object.keys(REGION_NAMES).sort((a, b) => b.length - a.length);

export function isKnownRegion(region: string): boolean {
  return Object.prototype.hasOwnProperty.call(REGION_NAMES, region);
}

/**
 * True for mainland regions. An unknown `cn-` ID other than Hong Kong is treated as mainland
 * (new local regions appear before any list has them); every other unknown ID is not.
 */
export function isMainland(region: string): boolean {
  if (Object.prototype.hasOwnProperty.call(MAINLAND, region)) return true;
  if (isKnownRegion(region)) return false;
  return region.startsWith('cn-') && !region.startsWith('cn-hongkong');
}

/**
 * The region of a zone: the longest known region ID that prefixes it, followed by `-letters`
 * (`cn-hangzhou-h`) or `letters` (`ap-southeast-1a`). `cn-hangzhou-MAZ2(j,g)` style IDs also
 * resolve, since the suffix after the dash is not constrained beyond being non-empty.
 */
export function regionOfZone(zone: string): string | undefined {
  const z = zone.trim();
  for (const region of KNOWN_BY_LENGTH) {
    if (!z.startsWith(region) || z.length === region.length) continue;
    const rest = z.slice(region.length);
    if (region.startsWith('cn-') ? /^-[A-Za-z0-9(),]+$/.test(rest) : /^[a-z]+$/.test(rest)) return region;
  }
  return undefined;
}

export function regionName(region: string): Localized {
  return REGION_NAMES[region] ?? { en: region, 'zh-cn': region };
}
