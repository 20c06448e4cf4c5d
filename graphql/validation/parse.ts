import type * as z from "zod";
import { ValidationError } from "../errors.ts";
import { fieldErrorsOf } from "./common.ts";

/** Parses input with a shared zod schema; failures become one ValidationError with a Swedish message per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(fieldErrorsOf(result.error.issues));
}
