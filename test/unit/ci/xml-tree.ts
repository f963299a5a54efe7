import { parser as saxParser } from 'sax';

/** XML read with sax (strict mode: a well-formedness error throws) into a plain element tree, for shape checks. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = saxParser(true);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.oncdata = parser.ontext;
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}
