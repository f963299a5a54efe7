import assert from 'node:assert/strict';
import { fixed, instanceNamed, parse, ready, type Files } from './helpers';

const web = (files: Files) => instanceNamed(parse(files), 'alicloud_instance.web');

const PROVIDERS =
  'provider "alicloud" {\n  region = "cn-shanghai"\n}\n\nprovider "alicloud" {\n  alias  = "hk"\n  region = "cn-hongkong"\n}\n';

/** A region fix moves only the instance it is offered for, and never splits it over two regions. */
describe('hcl: region fixes change only the instance', () => {
  before(ready);

  it('points the instance at a mainland provider of the module when its own provider is shared', () => {
    const files = {
      'main.tf': `${PROVIDERS}\nresource "alicloud_instance" "web" {\n  provider = alicloud.hk\n}\n\nresource "alicloud_instance" "other" {\n  provider = alicloud.hk\n}\n`,
    };
    const after = fixed(files, web(files).setters.region?.('cn-shanghai'));
    assert.equal(
      after['main.tf'],
      files['main.tf'].replace('"web" {\n  provider = alicloud.hk', '"web" {\n  provider = alicloud'),
    );
    assert.equal(
      web(files).setters.region?.('cn-hangzhou'),
      undefined,
      'no provider in cn-hangzhou, and alicloud.hk is shared',
    );
  });

  it('adds `provider` to an instance on the shared default provider', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {\n  region = "ap-southeast-1"\n}\n\nprovider "alicloud" {\n  alias  = "bj"\n  region = "cn-beijing"\n}\n\nresource "alicloud_security_group" "sg" {\n  name = "x"\n}\n\nresource "alicloud_instance" "web" {\n  instance_type = "ecs.g7.large"\n}\n',
    };
    const after = fixed(files, web(files).setters.region?.('cn-beijing'));
    assert.equal(
      after['main.tf'],
      files['main.tf'].replace(
        '  instance_type = "ecs.g7.large"\n',
        '  instance_type = "ecs.g7.large"\n  provider      = alicloud.bj\n',
      ),
    );
  });

  it('edits the provider block when the instance is its only user', () => {
    const files = {
      'main.tf': `${PROVIDERS}\nresource "alicloud_instance" "web" {\n  provider = alicloud.hk\n}\n`,
    };
    const after = fixed(files, web(files).setters.region?.('cn-hangzhou'));
    assert.equal(after['main.tf'], files['main.tf'].replace('"cn-hongkong"', '"cn-hangzhou"'));
  });

  it('a region set through a variable another provider also uses is not edited', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {\n  alias  = "hk"\n  region = var.region\n}\n\nprovider "alicloud" {\n  alias  = "hk2"\n  region = var.region\n}\n\nresource "alicloud_instance" "web" {\n  provider = alicloud.hk\n}\n',
      'variables.tf': 'variable "region" {\n  default = "cn-hongkong"\n}\n',
    };
    assert.equal(web(files).setters.region?.('cn-hangzhou'), undefined);
    // Used by this provider alone, the variable's default is where the region is edited.
    const alone = {
      ...files,
      'main.tf': files['main.tf'].replace(
        '  region = var.region\n}\n\nresource',
        '  region = "cn-shanghai"\n}\n\nresource',
      ),
    };
    assert.equal(
      fixed(alone, web(alone).setters.region?.('cn-hangzhou'))['variables.tf'],
      'variable "region" {\n  default = "cn-hangzhou"\n}\n',
    );
  });

  it('a module call without `providers` uses the default provider', () => {
    const files = {
      'main.tf':
        'provider "alicloud" {\n  region = "cn-hongkong"\n}\n\nmodule "net" {\n  source = "./net"\n}\n\nresource "alicloud_instance" "web" {\n  instance_type = "ecs.g7.large"\n}\n',
    };
    assert.equal(web(files).setters.region?.('cn-hangzhou'), undefined);
  });

  it('offers nothing when the vSwitch zone is in another region, or cannot be read', () => {
    const vswitch = (zone: string) => ({
      'main.tf': `${PROVIDERS}\nresource "alicloud_vswitch" "vsw" {\n  zone_id = ${zone}\n}\n\nresource "alicloud_instance" "web" {\n  provider   = alicloud.hk\n  vswitch_id = alicloud_vswitch.vsw.id\n}\n`,
    });
    assert.equal(web(vswitch('"cn-hongkong-b"')).setters.region?.('cn-shanghai'), undefined);
    assert.equal(web(vswitch('var.zone')).setters.region?.('cn-shanghai'), undefined);
    // A zone already in the chosen region: only the provider changes.
    const files = vswitch('"cn-shanghai-b"');
    const after = fixed(files, web(files).setters.region?.('cn-shanghai'));
    assert.match(after['main.tf'], /"web" \{\n {2}provider {3}= alicloud\n/);
  });
});
