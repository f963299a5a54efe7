import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { docsUrl } from './docs-url';
import { spec, terraform } from './examples';
import { fixOf, fixesOf, fixTitle, knownOrUnresolved, originsOf } from './helpers';

export const instanceStopped: Rule = {
  id: 'ICP006',
  name: 'instance-stopped',
  severity: 'warning',
  fixable: true,
  appliesTo: ['terraform', 'spec'],
  requirement: { id: 'status', settings: ['status'] },
  messages: {
    stopped: {
      en: '{instance} is stopped; only a running instance can get a service number for an ICP filing.',
      'zh-cn': '{instance} 处于已停止状态；只有运行中的实例才能申请备案服务号。',
    },
  },
  fixTitles: {
    start: { en: 'Start the instance (Running)', 'zh-cn': '启动实例（Running）' },
  },
  docs: {
    url: docsUrl('ICP006'),
    summary: { en: 'The instance is stopped.', 'zh-cn': '实例处于已停止状态。' },
    why: {
      en: "Only an instance in the running state can generate a 备案服务号 (service number). A filed website must also be served from an active instance, so a stopped one puts the filing's access at risk.",
      'zh-cn':
        '只有正常运行状态下的实例才能生成备案服务号。已备案的网站也必须由正在提供服务的实例承载，实例停止会影响备案接入。',
    },
    howToFix: {
      en: 'Set `status = "Running"` (Terraform) or `status: running` (instance spec), or remove the setting: running is the default.',
      'zh-cn':
        '设置 `status = "Running"`（Terraform）或 `status: running`（实例清单），或删除该设置：默认即为运行中。',
    },
    sources: ['filing-service-api', 'icp-limits', 'terraform-provider'],
    failing: [terraform({ status: '"Stopped"' }), spec({ status: 'stopped' })],
    passing: [terraform({ status: '"Running"' }), spec({ status: 'running' })],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    const status = knownOrUnresolved(instance, instance.status, 'status', context);
    if (status?.value !== 'stopped') return;
    context.report({
      instance,
      messageId: 'stopped',
      data: { instance: instance.name },
      at: status.at,
      setting: 'status',
      related: originsOf(status),
      fixes: fixesOf(fixOf(fixTitle(instanceStopped, 'start'), true, instance.setters.status?.('running'))),
    });
  },
};
