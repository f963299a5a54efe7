import assert from 'node:assert/strict';
import { instanceNamed, parse, ready, textAt, where } from './helpers';

describe('hcl: offsets are UTF-16 code units of the JS string', () => {
  before(ready);

  it('counts a Chinese comment (and an emoji) before an instance in UTF-16 units', () => {
    const files = {
      'main.tf':
        '# 生产环境的网站服务器 😀\nresource "alicloud_instance" "web" { # 中文\n  instance_charge_type = "PostPaid" // 按量付费\n}\n',
    };
    const out = parse(files);
    const web = instanceNamed(out, 'alicloud_instance.web');
    assert.equal(where(files, web.header), 'main.tf:2:1-2:35');
    assert.equal(textAt(files, web.header), 'resource "alicloud_instance" "web"');
    assert.equal(textAt(files, web.chargeType!.at), '"PostPaid"');
    assert.equal(where(files, web.chargeType!.at), 'main.tf:3:26-3:36');
    assert.deepEqual(
      out.comments.get('main.tf')!.map((c) => textAt(files, c)),
      ['# 生产环境的网站服务器 😀', '# 中文', '// 按量付费'],
    );
  });

  it('keeps offsets of a file with a BOM and CRLF line endings', () => {
    const files = {
      'main.tf': '\uFEFF/* 说明 */\r\nresource "alicloud_instance" "web" {\r\n\tperiod = 3\r\n}\r\n',
    };
    const out = parse(files);
    const web = instanceNamed(out, 'alicloud_instance.web');
    assert.equal(out.problems.length, 0);
    assert.equal(web.header.start, files['main.tf'].indexOf('resource'));
    assert.equal(where(files, web.extent), 'main.tf:2:1-4:2');
    assert.deepEqual(
      out.comments.get('main.tf')!.map((c) => textAt(files, c)),
      ['/* 说明 */'],
    );
  });

  it('reports a comment in every file, tfvars included', () => {
    const files = { 'main.tf': 'variable "a" {}\n', 'terraform.tfvars': '# 地域\na = 1\n' };
    const out = parse(files);
    assert.deepEqual(
      out.comments.get('terraform.tfvars')!.map((c) => textAt(files, c)),
      ['# 地域'],
    );
    assert.deepEqual(out.comments.get('main.tf'), []);
  });
});
