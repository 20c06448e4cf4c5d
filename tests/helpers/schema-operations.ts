// Every operation of the schema with its arguments, for tests that probe them all: a document that calls one root
// field with all its arguments as variables, the smallest value each type accepts, and who may call it.
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { operationPolicy, type Operation, type Scope } from "../../graphql/policy.ts";
import { schema } from "../../graphql/schema.ts";

export interface SchemaOperation {
  /** "Query.placements" */
  name: Operation;
  kind: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  /** Who may call it (policy.ts). */
  scopes: readonly Scope[];
}

export function schemaOperations(): SchemaOperation[] {
  const roots = [
    ["query", schema.getQueryType()!],
    ["mutation", schema.getMutationType()!],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root.getFields()).map((field) => {
      const name = `${root.name}.${field.name}` as Operation;
      return { name, kind, field, scopes: operationPolicy[name] };
    }),
  );
}

/** `mutation Op($input: X!) { op(input: $input) { __typename } }`: every argument as a variable of its own type. */
export function documentFor(operation: SchemaOperation): string {
  const args = operation.field.args;
  const definitions = args.length ? `(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ")})` : "";
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(", ")})` : "";
  const named = getNamedType(operation.field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
  return `${operation.kind} Probe${definitions} { ${operation.field.name}${call}${selection} }`;
}

/** The smallest value of a type that GraphQL accepts: required input fields only, one item per list. */
export function minimalValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [minimalValue(nullable.ofType as GraphQLInputType)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, minimalValue(field.type)]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  return ({ Int: 1, Float: 1, Boolean: false, DateTime: "2026-01-01T09:00:00Z", Date: "2026-01-01" } as Record<string, unknown>)[nullable.name] ?? "x";
}

export function minimalVariables(args: readonly GraphQLArgument[]): Record<string, unknown> {
  return Object.fromEntries(args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, minimalValue(arg.type)]));
}

export interface TextPosition {
  /** Argument, then input fields; lists are entered at item 0. */
  path: string[];
  type: "String" | "ID";
}

/** Every place an operation takes a String or an ID, through input objects and lists. */
export function textPositions(args: readonly GraphQLArgument[]): TextPosition[] {
  const walk = (type: GraphQLInputType, path: string[]): TextPosition[] => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(nullable.ofType as GraphQLInputType, [...path, "0"]);
    if (isInputObjectType(nullable)) return Object.values(nullable.getFields()).flatMap((field) => walk(field.type, [...path, field.name]));
    return nullable.name === "String" || nullable.name === "ID" ? [{ path, type: nullable.name }] : [];
  };
  return args.flatMap((arg) => walk(arg.type, [arg.name]));
}

/** The smallest variables for the arguments, with `value` at `path` (what lies on the way is made minimal too). */
export function variablesWithValueAt(args: readonly GraphQLArgument[], path: string[], value: unknown): Record<string, unknown> {
  const variables = minimalVariables(args);
  let node: Record<string, unknown> = variables;
  let type: GraphQLInputType | undefined = args.find((arg) => arg.name === path[0])?.type;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    node = (node[key] ??= minimalValue(type!)) as Record<string, unknown>;
    const nullable = getNullableType(type!);
    type = isListType(nullable) ? (nullable.ofType as GraphQLInputType) : isInputObjectType(nullable) ? nullable.getFields()[path[index + 1]!]!.type : undefined;
  });
  return variables;
}

/** Swedish, not GraphQL's English: a Swedish letter or one of the small words every Swedish sentence has. */
export function looksSwedish(message: string): boolean {
  return /[åäöÅÄÖ]/.test(message) || /\b(och|inte|finns|får|är|har|kan|skriv|välj|du|det|den|ett|en|med|till|av|som|fel)\b/i.test(message);
}
