/**
 * Bounds on everything a caller sends: every string and ID has a maximum length and no NUL character (PostgreSQL
 * refuses NUL in text, which once surfaced as masked errors), and every list has a maximum number of items. An input
 * declares its own bounds where it is defined (`...bounded({ maxItems: 300 })` in the argument's or input field's
 * options; on a list, `maxLength` bounds its items); anything that declares none gets INPUT_DEFAULTS. So no argument
 * is unbounded, including ones added later.
 *
 * The check runs once per field with arguments, before the field's resolver and every Pothos plugin around it (auth,
 * complexity), for POST /graphql and for the pages' in-process operations alike: an oversized or malformed input is
 * refused with VALIDATION_FAILED before it can reach the database or the search engine. The shared zod schemas
 * (graphql/validation) hold the finer domain rules and their own, lower, limits with field-specific messages.
 */
import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { ValidationError, type FieldError } from "./errors.ts";

export interface InputLimits {
  /** Characters in a string or ID; on a list, in each of its items. */
  maxLength?: number;
  /** Items in a list. */
  maxItems?: number;
}

export const INPUT_DEFAULTS = { stringLength: 4_000, idLength: 100, listItems: 100 } as const;

/** One refusal names at most this many fields: a list of 10,000 bad items gets a short answer. */
const MAX_REPORTED = 20;

/** Options for an argument or input field that set its bounds. */
export function bounded(limits: InputLimits): { extensions: { inputLimits: InputLimits } } {
  return { extensions: { inputLimits: limits } };
}

const limitsOf = (input: GraphQLArgument | GraphQLInputField): InputLimits =>
  ((input.extensions as { inputLimits?: InputLimits } | undefined)?.inputLimits ?? {}) as InputLimits;

function check(value: unknown, type: GraphQLInputType, limits: InputLimits, path: string[], problems: FieldError[]): void {
  if (value == null || problems.length >= MAX_REPORTED) return;
  const field = path.join(".");
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    const maxItems = limits.maxItems ?? INPUT_DEFAULTS.listItems;
    if (items.length > maxItems) problems.push({ field, message: `Högst ${maxItems} värden får skickas här.` });
    else items.forEach((item, index) => check(item, nullable.ofType as GraphQLInputType, limits, [...path, String(index)], problems));
  } else if (isInputObjectType(nullable)) {
    const record = value as Record<string, unknown>;
    for (const inner of Object.values(nullable.getFields())) check(record[inner.name], inner.type, limitsOf(inner), [...path, inner.name], problems);
  } else if (typeof value === "string") {
    // Enums arrive as their (short, fixed) values and other scalars as parsed values; only String and ID are text.
    const maxLength = limits.maxLength ?? (nullable.name === "ID" ? INPUT_DEFAULTS.idLength : INPUT_DEFAULTS.stringLength);
    if (value.length > maxLength) problems.push({ field, message: `Texten får vara högst ${maxLength} tecken.` });
    else if (value.includes("\u0000")) problems.push({ field, message: "Texten innehåller ett tecken som inte är tillåtet (NUL)." });
  }
}

/**
 * Refuses arguments outside their bounds with one ValidationError naming each field. Paths are as in the shared zod
 * schemas: relative to a single `input` argument ("weekdays"), else starting with the argument ("filter.kinds").
 */
export function assertWithinLimits(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  const problems: FieldError[] = [];
  for (const argument of definitions) {
    check(args[argument.name], argument.type, limitsOf(argument), argument.name === "input" ? [] : [argument.name], problems);
  }
  if (problems.length) throw new ValidationError(problems.map((problem) => ({ ...problem, field: problem.field || "input" })));
}

/** Puts the check in front of every resolver that takes arguments. */
export function withInputLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        assertWithinLimits(field.args, args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
