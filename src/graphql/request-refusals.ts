import { type ASTNode, GraphQLError, Kind, type Location, parse, type ValueNode, visit } from 'graphql';
import type { DomainError } from '../shared/domain-error.js';
import { inputErrors } from './input-errors.js';
import { fieldOf } from './input-leaves.js';

/**
 * graphql's own refusals of an operation's arguments, typed as the input check types a variable's: a required
 * argument or field left out (INPUT_REQUIRED), an argument or field the schema does not have
 * (INPUT_FIELD_UNKNOWN), a literal of the wrong type (INPUT_VALUE_INVALID), each naming the field as the deciders
 * do. graphql gives these as messages only (stable within its major version, and pinned by the end-to-end
 * tests); the field comes from where in the document the error points.
 */

/** A named type as graphql prints a type: `[CreditorInput!]!` is CreditorInput. */
const named = (type: string) => type.replace(/[[\]!]/g, '');

type Reading = (match: RegExpExecArray, at: () => string) => DomainError;

/** Validation of a document's literals and arguments (graphql's validation rules), by message. */
const LITERAL_REFUSALS: [RegExp, Reading][] = [
  [/^(?:Field "\w+"|Directive "@\w+") argument "(\w+)" of type "[^"]+" is required, but it was not provided\./,
    (m) => inputErrors.required(m[1])],
  [/^Field "\w+\.(\w+)" of required type "[^"]+" was not provided\./, (m, at) => inputErrors.required(fieldOf(at(), m[1]))],
  [/^Field "\w+" is not defined by type "\w+"\./, (_m, at) => inputErrors.unknown(at())],
  [/^Unknown argument "(\w+)" on (?:field|directive) /, (m) => inputErrors.unknown(m[1])],
  [/^Expected value of type "[^"]+", found null\./, (_m, at) => inputErrors.required(at())],
  [/^Expected value of type "([^"]+)", found /, (m, at) => inputErrors.invalid(named(m[1]), at())],
  [/^(String|Int|Float|Boolean|ID) cannot represent /, (m, at) => inputErrors.invalid(m[1], at())],
  [/^(?:Value "[^"]*" does not exist in "(\w+)" enum|Enum "(\w+)" cannot represent)/,
    (m, at) => inputErrors.invalid(m[1] ?? m[2], at(), true)],
];

/**
 * Coercion of variables (graphql's execution), by message: the input check refuses every value a variable brings
 * before, leaving only a required variable not sent for an argument that takes none.
 */
const VARIABLE_REFUSALS: [RegExp, Reading][] = [
  [/^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\./, (m) => inputErrors.required(m[1])],
];

/** The typed refusal a request error of graphql's stands for, when it concerns the arguments. */
export function requestRefusalOf(code: string, error: unknown): DomainError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const readings = code === 'GRAPHQL_VALIDATION_FAILED' ? LITERAL_REFUSALS : code === 'BAD_USER_INPUT' ? VARIABLE_REFUSALS : [];
  for (const [pattern, read] of readings) {
    const match = pattern.exec(error.message);
    if (match) return read(match, () => fieldAt(error.nodes?.[0]));
  }
  return undefined;
}

/** The field of an argument's literal that `node` is, or lies in: `debtor.address.line`, `creditors[1]`, `reason`. */
function fieldAt(node: ASTNode | undefined): string {
  const target = node?.loc;
  if (!target) return '';
  let field = '';
  visit(parse(target.source), {
    Argument(argument) {
      if (argument.loc && contains(argument.loc, target)) field = pathIn(argument.value, target, argument.name.value === 'input' ? '' : argument.name.value);
    },
  });
  return field;
}

function pathIn(value: ValueNode, target: Location, field: string): string {
  if (value.loc && same(value.loc, target)) return field;
  if (value.kind === Kind.OBJECT) {
    const inner = value.fields.find((f) => f.loc && contains(f.loc, target));
    if (inner) return same(inner.loc!, target) ? fieldOf(field, inner.name.value) : pathIn(inner.value, target, fieldOf(field, inner.name.value));
  }
  if (value.kind === Kind.LIST) {
    const index = value.values.findIndex((item) => item.loc && contains(item.loc, target));
    if (index >= 0) return pathIn(value.values[index], target, `${field}[${index}]`);
  }
  return field;
}

const contains = (outer: Location, inner: Location) => outer.start <= inner.start && inner.end <= outer.end;
const same = (a: Location, b: Location) => a.start === b.start && a.end === b.end;
