import {
  type ArgumentNode, type DocumentNode, type GraphQLArgument, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode,
  getNamedType, isInputObjectType, isListType, isNonNullType, TypeInfo, valueFromASTUntyped, visit, visitWithTypeInfo,
} from 'graphql';
import type { DomainError } from '../shared/domain-error.js';
import { inputErrors } from './input-errors.js';

/** One scalar or enum value of an operation's arguments, with the type it is given as and the field it fills. */
export interface InputLeaf {
  value: unknown;
  type: GraphQLNamedType;
  /** As the deciders name fields: `creditors[1].name` inside the `input` argument, `note`, `filter.text`. */
  field: string;
}

/** The field a name of an input object fills, under `field`. */
export const fieldOf = (field: string, name: string) => (field ? `${field}.${name}` : name);

/**
 * Every value the operation's arguments carry, literal or from a variable (its default when not sent), walked
 * through input objects and lists, in the order of the schema's fields; in their place, what the schema refuses
 * of their shape: a required value left out or null (INPUT_REQUIRED), a field the input type does not have
 * (INPUT_FIELD_UNKNOWN), a list or text where an object belongs (INPUT_VALUE_INVALID). Runs on a validated
 * document, before any resolver and before variables are coerced, so the values are as the client sent them (a
 * literal's shape has passed validation already: the refusals are the variables').
 */
export function inputLeaves(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, sent: Record<string, unknown> = {},
): (InputLeaf | DomainError)[] {
  const variables = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const leaves: (InputLeaf | DomainError)[] = [];
  for (const { node, argument } of argumentsOf(schema, document)) {
    const root = node.name.value === 'input' ? '' : node.name.value;
    const value = valueFromASTUntyped(node.value, variables);
    collect(value === undefined ? argument.defaultValue : value, argument.type, root, leaves);
  }
  return leaves;
}

interface ArgumentOf { node: ArgumentNode; argument: GraphQLArgument }

/** The arguments of each document, found once: Apollo keeps the document of a query it has seen, so it comes again. */
const argumentsFound = new WeakMap<DocumentNode, { schema: GraphQLSchema; found: ArgumentOf[] }>();

/** The arguments `document` gives, in document order, each with its definition in `schema`. */
function argumentsOf(schema: GraphQLSchema, document: DocumentNode): ArgumentOf[] {
  const known = argumentsFound.get(document);
  if (known?.schema === schema) return known.found;
  const found: ArgumentOf[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (argument) found.push({ node, argument });
    },
  }));
  argumentsFound.set(document, { schema, found });
  return found;
}

function collect(value: unknown, type: GraphQLInputType, field: string, into: (InputLeaf | DomainError)[]): void {
  if (value === null || value === undefined) {
    if (isNonNullType(type)) into.push(inputErrors.required(field));
    return;
  }
  if (isNonNullType(type)) return collect(value, type.ofType, field, into);
  if (isListType(type)) {
    if (!Array.isArray(value)) return collect(value, type.ofType, field, into);
    value.forEach((item, i) => collect(item, type.ofType, `${field}[${i}]`, into));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      into.push(inputErrors.invalid(type.name, field));
      return;
    }
    const fields = type.getFields();
    const given = value as Record<string, unknown>;
    for (const name of Object.keys(given)) if (!Object.hasOwn(fields, name)) into.push(inputErrors.unknown(fieldOf(field, name)));
    for (const [name, definition] of Object.entries(fields)) {
      collect(given[name] === undefined ? definition.defaultValue : given[name], definition.type, fieldOf(field, name), into);
    }
    return;
  }
  into.push({ value, type: getNamedType(type), field });
}

