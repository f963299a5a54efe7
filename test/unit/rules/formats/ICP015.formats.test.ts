import { ruleTable } from '../../helpers/rule-table';

/** ICP015 module-not-followed: calls whose module is neither local nor downloaded by `terraform init`. */

const ROOT = `provider "alicloud" {
  region = "cn-hangzhou"
}

module "ecs" {
  source  = "alibaba/ecs-instance/alicloud"
  version = "2.12.0"
}
`;

const MODULES_JSON =
  '{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"ecs","Source":"registry.terraform.io/alibaba/ecs-instance/alicloud","Dir":".terraform/modules/ecs"}]}';
const DOWNLOADED = `resource "alicloud_instance" "this" {
  instance_charge_type       = "PrePaid"
  period                     = 12
  renewal_status             = "AutoRenewal"
  internet_max_bandwidth_out = 5
}
`;

ruleTable('ICP015', 'info', 'module-not-followed: Terraform', {
  valid: [
    {
      name: 'a registry module that terraform init downloaded is followed',
      files: {
        'live/main.tf': ROOT,
        'live/.terraform/modules/modules.json': MODULES_JSON,
        'live/.terraform/modules/ecs/main.tf': DOWNLOADED,
      },
    },
    { name: 'no module call', files: { 'live/main.tf': ROOT.slice(0, ROOT.indexOf('module')) } },
  ],
  invalid: [
    {
      name: 'a registry module without modules.json: on the call header, no fix',
      files: { 'live/main.tf': ROOT },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'notDownloaded',
          message:
            'module.ecs (source "alibaba/ecs-instance/alicloud") is not followed: it is not a local path and `terraform init` has not downloaded it (no entry in .terraform/modules/modules.json), so the instances it creates are not checked.',
        },
      ],
      output: null,
    },
    {
      name: 'modules.json names a folder that is missing',
      files: { 'live/main.tf': ROOT, 'live/.terraform/modules/modules.json': MODULES_JSON },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'downloadMissing',
          message:
            'module.ecs (source "alibaba/ecs-instance/alicloud") is not followed: .terraform/modules/modules.json says it was downloaded to .terraform/modules/ecs, which is missing; run `terraform init` again so the instances it creates can be checked.',
        },
      ],
    },
    {
      name: 'a module called by three examples (one with count = 2): its unfollowed call is reported once',
      files: {
        'examples/a/main.tf': 'module "app" {\n  source = "../.."\n}\n',
        'examples/b/main.tf': 'module "app" {\n  source = "../.."\n  count  = 2\n}\n',
        'examples/c/main.tf': 'module "app" {\n  source = "../.."\n}\n',
        'main.tf': ROOT,
      },
      errors: [
        {
          file: 'main.tf',
          range: '5:1-5:13',
          messageId: 'notDownloaded',
          message:
            'module.ecs (source "alibaba/ecs-instance/alicloud") is not followed: it is not a local path and `terraform init` has not downloaded it (no entry in .terraform/modules/modules.json), so the instances it creates are not checked.',
        },
      ],
    },
    {
      name: 'a source that is not a plain string',
      files: { 'live/main.tf': ROOT.replace('"alibaba/ecs-instance/alicloud"', 'local.ecs_source') },
      errors: [
        {
          range: '5:1-5:13',
          messageId: 'sourceNotLiteral',
          message:
            'module.ecs is not followed: its `source` is not a plain string, so the module it calls cannot be found and the instances it creates are not checked.',
        },
      ],
    },
  ],
});
