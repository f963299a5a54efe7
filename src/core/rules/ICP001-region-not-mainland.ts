import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { isMainland, regionName } from '../domain/regions';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOnly, originsOf } from './helpers';

export const regionNotMainland: Rule = {
  id: 'ICP001',
  name: 'region-not-mainland',
  severity: 'error',
  fixable: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  requirement: { id: 'region', settings: ['region'] },
  messages: {
    notMainland: {
      en: '{instance} is deployed in {region}, outside mainland China; only an instance in a mainland China region can carry an ICP filing.',
      'zh-cn': '{instance} 部署在 {region}，不在中国内地；只有中国内地地域的实例才能用于 ICP 备案。',
    },
    hongKong: {
      en: '{instance} is deployed in cn-hongkong: Hong Kong is not mainland China, so websites there need no ICP filing and the instance cannot carry one.',
      'zh-cn':
        '{instance} 部署在 cn-hongkong：中国香港不属于中国内地，在此托管的网站无需也无法通过该实例办理 ICP 备案。',
    },
  },
  fixTitles: {
    deployIn: { en: 'Deploy in {regionName} ({region})', 'zh-cn': '部署到{regionName}（{region}）' },
  },
  docs: {
    url: docsUrl('ICP001'),
    summary: {
      en: "The instance's region is not a mainland China region.",
      'zh-cn': '实例所在地域不是中国内地地域。',
    },
    why: {
      en: 'A 备案服务号 (service number) is only issued for an instance in the Chinese mainland. Hong Kong (cn-hongkong) and all international regions are not mainland: websites there need no ICP filing, and the instance cannot be used for one. A region ID starting with `cn-` is not enough.',
      'zh-cn':
        '只有部署在中国内地的实例才能申请备案服务号。中国香港（cn-hongkong）和所有海外地域都不属于中国内地：在此托管的网站无需 ICP 备案，实例也无法用于备案。地域 ID 以 `cn-` 开头并不代表就在中国内地。',
    },
    howToFix: {
      en: 'Deploy the instance in a mainland region such as cn-hangzhou, cn-shanghai, cn-beijing or cn-shenzhen: change the provider `region` (Terraform), the `ZoneId` (ROS) or `region` (instance spec). The quick fix offers the mainland regions, your preferred regions first. Moving a region recreates the instance.',
      'zh-cn':
        '将实例部署到中国内地地域，例如 cn-hangzhou、cn-shanghai、cn-beijing 或 cn-shenzhen：修改 provider 的 `region`（Terraform）、`ZoneId`（ROS）或 `region`（实例清单）。快速修复会列出中国内地地域，已配置的首选地域排在最前。更换地域会重新创建实例。',
    },
    sources: [
      'service-number-faq',
      'ecs-service-codes-2018',
      'supported-instances-2019',
      'service-number-faq-2019',
      'prepare-instance-current',
      'icp-limits',
      'regions',
      'terraform-provider',
    ],
    failing: [
      terraform({}, { region: 'cn-hongkong' }),
      rosYaml({ ZoneId: 'ap-southeast-1a' }),
      rosJson({ ZoneId: '"cn-hongkong-b"' }),
      spec({ region: 'ap-southeast-1' }),
    ],
    passing: [terraform(), rosYaml(), rosJson(), spec()],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    // Undefined or unknown regions are ICP011's to report.
    const region = knownOnly(instance.region);
    if (!region || isMainland(region.value)) return;
    const fixes = fixesOf(
      ...context.regionChoices
        .filter((r) => isMainland(r))
        .map((choice, i) => {
          const title = fixTitle(
            regionNotMainland,
            'deployIn',
            { region: choice },
            { regionName: regionName(choice) },
          );
          return fixOf(title, i === 0, instance.setters.region?.(choice));
        }),
    );
    // Only the first offered choice is preferred, even when an earlier one had no edit.
    const ordered = fixes.map((f, i) => ({ ...f, preferred: i === 0 }));
    context.report({
      instance,
      messageId: region.value === 'cn-hongkong' ? 'hongKong' : 'notMainland',
      data: { instance: instance.name, region: region.value },
      at: region.at,
      setting: 'region',
      related: originsOf(region),
      fixes: ordered,
    });
  },
};
