/** The part of sax's API the XML shape checks use (sax ships no type declarations). */
declare module 'sax' {
  export interface Tag {
    readonly name: string;
    readonly attributes: Record<string, string>;
  }
  export interface SAXParser {
    onopentag: (tag: Tag) => void;
    onclosetag: () => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SAXParser;
    close(): void;
  }
  export function parser(strict: boolean, options?: { trim?: boolean }): SAXParser;
}
