import {
  type DocumentNode, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode,
  getNamedType, isInputObjectType, isListType, isNonNullType, TypeInfo, valueFromASTUntyped, visit, visitWithTypeInfo,
} from 'graphql';

/** One scalar or enum value of an operation's arguments, with the type it is given as and the field it fills. */
export interface InputLeaf {
  value: unknown;
  type: GraphQLNamedType;
  /** As the deciders name fields: `creditors[1].name` inside the `input` argument, `note`, `filter.text`. */
  field: string;
}

/**
 * Every value the operation's arguments carry, literal or from a variable (its default when not sent), walked
 * through input objects and lists. Runs on a validated document, before any resolver and before variables
 * are coerced, so the values are as the client sent them.
 */
export function inputLeaves(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, sent: Record<string, unknown> = {},
): InputLeaf[] {
  const variables = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const leaves: InputLeaf[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (!argument) return;
      const root = node.name.value === 'input' ? '' : node.name.value;
      collect(valueFromASTUntyped(node.value, variables), argument.type, root, leaves);
    },
  }));
  return leaves;
}

function collect(value: unknown, type: GraphQLInputType, field: string, into: InputLeaf[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collect(value, type.ofType, field, into);
  if (isListType(type)) {
    if (!Array.isArray(value)) return collect(value, type.ofType, field, into);
    value.forEach((item, i) => collect(item, type.ofType, `${field}[${i}]`, into));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    for (const [name, definition] of Object.entries(type.getFields())) {
      collect((value as Record<string, unknown>)[name], definition.type, field ? `${field}.${name}` : name, into);
    }
    return;
  }
  into.push({ value, type: getNamedType(type), field });
}
