import type { Document } from 'yaml';
import type { z } from 'zod';
import { format, type Localized } from '../../../model/localized';
import {
  InstanceEntrySchema,
  InstanceSpecSchema,
  NO_SUCH_DAY,
  OrderSchema,
  WebsiteSchema,
} from '../../../spec/schema';
import type { ParseProblem } from '../../types';
import type { EditContext } from '../edits';
import { MESSAGES } from '../messages';
import { keySpan, pairOf, spanOf } from '../nodes';
import { followPath, missingSpan } from './paths';
import { typeName } from '../../../zod';

type Issue = z.core.$ZodIssue;

/** The keys allowed where an unknown key was found, for the message. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  const [a, , c, d] = path;
  if (path.length === 0) return Object.keys(InstanceSpecSchema.shape);
  if (a === 'instances' && path.length === 2) return Object.keys(InstanceEntrySchema.shape);
  if (a === 'instances' && c === 'order' && path.length === 3) return Object.keys(OrderSchema.shape);
  if (a === 'instances' && c === 'websites' && typeof d === 'number' && path.length === 4)
    return Object.keys(WebsiteSchema.shape);
  return [];
}

/** The field as people read it: `product`, `websites[0].domain`, `instances`. */
function fieldName(path: readonly PropertyKey[]): string {
  const rest = path[0] === 'instances' && path.length > 2 ? path.slice(2) : path;
  if (rest.length === 0) return 'IcpInstanceSpec';
  return rest
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join('');
}

/**
 * zod issues → ICP000 problems at the field: the value that is wrong, the key that is unknown, or the
 * key of the entry a required field is missing from. Messages name the allowed values.
 */
export function specProblems(edit: EditContext, doc: Document, issues: readonly Issue[]): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const push = (span: { start: number; end: number }, message: Localized) =>
    problems.push({ at: { file: edit.file, start: span.start, end: span.end }, message });
  for (const issue of issues) {
    const path = issue.path;
    const target = followPath(doc, path);
    const field = fieldName(path);
    const valueSpan = target.node?.range ? spanOf(edit.text, target.node) : undefined;
    const missing = !target.node && !target.pair;
    const where =
      valueSpan ??
      (target.pair ? keySpan(edit.text, target.pair) : undefined) ??
      missingSpan(edit.text, doc, target);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(path).join(', ');
        for (const key of issue.keys) {
          const pair = target.node && 'items' in target.node ? pairOf(target.node as never, key) : undefined;
          push(
            (pair && keySpan(edit.text, pair)) ?? where,
            format(MESSAGES.specUnknownKey, { key, allowed }),
          );
        }
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String).join(' | ');
        if (missing) push(where, format(MESSAGES.specRequiredOneOf, { field, allowed }));
        else
          push(
            where,
            format(issue.values.length === 1 ? MESSAGES.specConst : MESSAGES.specOneOf, { field, allowed }),
          );
        break;
      }
      case 'invalid_type': {
        if (missing) push(where, format(MESSAGES.specRequired, { field }));
        else {
          // `period` is a whole number even when zod only says it wanted a number.
          const t = typeName(path[path.length - 1] === 'period' ? 'int' : issue.expected);
          push(where, {
            en: format(MESSAGES.specType, { field, expected: t.en }).en,
            'zh-cn': format(MESSAGES.specType, { field, expected: t['zh-cn'] })['zh-cn'],
          });
        }
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string' && min === 1) push(where, format(MESSAGES.specEmpty, { field }));
        else if (!issue.inclusive && min === 0) push(where, format(MESSAGES.specPositive, { field }));
        else push(where, format(MESSAGES.specTooSmall, { field, minimum: min }));
        break;
      }
      case 'invalid_format': {
        const last = path[path.length - 1];
        push(
          where,
          format(
            last === 'expiresOn'
              ? MESSAGES.specDate
              : last === 'region'
                ? MESSAGES.specRegion
                : MESSAGES.specInvalid,
            { field, message: issue.message },
          ),
        );
        break;
      }
      case 'custom': {
        if (issue.message === NO_SUCH_DAY)
          push(
            where,
            format(MESSAGES.specNoSuchDay, {
              field,
              value: valueSpan ? edit.text.slice(valueSpan.start, valueSpan.end) : '',
            }),
          );
        else push(where, format(MESSAGES.specInvalid, { field, message: issue.message }));
        break;
      }
      default:
        push(where, format(MESSAGES.specInvalid, { field, message: issue.message }));
    }
  }
  return problems;
}
