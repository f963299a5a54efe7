import { loc, type Span } from '../../model/location';
import { format, type Localized } from '../../model/localized';
import type { ParseProblem } from '../types';
import type { ParsedText, YamlError } from './document';
import { MESSAGES } from './messages';

/**
 * The YAML parser's errors as a person reads them: a `[` or `{` never closed is reported where it
 * opens; other errors in plain words where we know the kind of mistake. Each problem damages the
 * top-level entry it is in (a ROS resource, a spec instance), or, outside every entry, the rest of
 * the file: the engine reports one ICP000 per damaged region and checks nothing read from it.
 */
export function yamlSyntaxProblems(
  file: string,
  text: string,
  parsed: ParsedText,
  entries: readonly Span[],
): ParseProblem[] {
  const damageAt = (offset: number) => {
    const entry = entries.find((e) => e.start <= offset && offset < Math.max(e.end, e.start + 1));
    return entry ? loc(file, entry.start, entry.end) : loc(file, offset, text.length);
  };
  const problems: ParseProblem[] = parsed.unclosed.map(({ at, closer }) => ({
    at: loc(file, at.start, at.end),
    message: closer === ']' ? MESSAGES.unclosedList : MESSAGES.unclosedMapping,
    damage: damageAt(at.start),
  }));
  for (const error of parsed.errors)
    problems.push({
      at: loc(file, error.span.start, error.span.end),
      message: plainWords(error, text),
      damage: damageAt(error.span.start),
    });
  return problems;
}

function plainWords(error: YamlError, text: string): Localized {
  switch (error.code) {
    case 'BAD_INDENT':
      return MESSAGES.badIndent;
    case 'TAB_AS_INDENT':
      return MESSAGES.tabIndent;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return MESSAGES.keyOnOneLine;
    case 'UNEXPECTED_TOKEN': {
      const token = text
        .slice(error.span.start, error.span.end)
        .split(/[\r\n]/)[0]
        .trim();
      if (token)
        return format(MESSAGES.unexpectedToken, {
          token: token.length > 40 ? `${token.slice(0, 39)}…` : token,
        });
      return format(MESSAGES.syntaxError, { message: error.message });
    }
    default:
      return format(MESSAGES.syntaxError, { message: error.message });
  }
}
