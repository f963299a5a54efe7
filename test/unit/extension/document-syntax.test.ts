import * as assert from 'node:assert/strict';
import { documentSyntax, isCheckableDocument } from '../../../src/extension/file-kinds';

const TF = 'resource "alicloud_instance" "web" {\n  instance_charge_type = "PostPaid"\n}\n';
const ROS = 'ROSTemplateFormatVersion: "2015-09-01"\nResources: {}\n';
const K8S = 'kind: Pod\n';

/** An untitled buffer is checked as its language mode says; a saved file by its name, as before. */
describe('which documents are checked, and as what', () => {
  const cases: {
    uri: string;
    languageId: string;
    text: string;
    syntax: string | undefined;
    checkable: boolean;
  }[] = [
    { uri: 'untitled:Untitled-1', languageId: 'terraform', text: TF, syntax: 'terraform', checkable: true },
    {
      uri: 'untitled:Untitled-1',
      languageId: 'terraform-vars',
      text: 'period = 1\n',
      syntax: undefined,
      checkable: false,
    },
    { uri: 'untitled:Untitled-2', languageId: 'yaml', text: ROS, syntax: 'yaml', checkable: true },
    { uri: 'untitled:Untitled-2', languageId: 'yaml', text: K8S, syntax: 'yaml', checkable: false },
    {
      uri: 'untitled:Untitled-3',
      languageId: 'json',
      text: '{\n  "ROSTemplateFormatVersion": "2015-09-01"\n}\n',
      syntax: 'json',
      checkable: true,
    },
    {
      uri: 'untitled:Untitled-3',
      languageId: 'jsonc',
      text: '{\n  "ROSTemplateFormatVersion": "2015-09-01"\n}\n',
      syntax: 'json',
      checkable: true,
    },
    { uri: 'untitled:Untitled-4', languageId: 'plaintext', text: TF, syntax: undefined, checkable: false },
    // A name that says what the file is decides, whatever the language mode.
    { uri: 'file:///ws/main.tf', languageId: 'plaintext', text: TF, syntax: undefined, checkable: true },
    { uri: 'file:///ws/notes.md', languageId: 'terraform', text: TF, syntax: undefined, checkable: false },
    { uri: 'untitled:/ws/new.tf', languageId: 'terraform', text: TF, syntax: undefined, checkable: true },
  ];
  for (const c of cases) {
    it(`${c.uri} as ${c.languageId}: ${c.checkable ? 'checked' : 'not checked'}${c.syntax ? ` as ${c.syntax}` : ''}`, () => {
      assert.equal(documentSyntax(c.uri, c.languageId), c.syntax);
      assert.equal(isCheckableDocument(c.uri, c.languageId, c.text), c.checkable);
    });
  }
});
