import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, isInputObjectType, isObjectType, printSchema, type GraphQLField, type GraphQLInputField } from "graphql";
import { loadFromSDL, minifyIntrospection, outputIntrospectionFile } from "gql.tada/internal";
import { describe, expect, it } from "vitest";
import { schema } from "../../graphql/schema.ts";

const root = path.resolve(import.meta.dirname, "../..");
const contract = buildSchema(readFileSync(path.join(root, "docs/api-contract.graphql"), "utf8"));

/** Contract fields that later issues build. Each must be absent now; remove it here when it lands. */
const PENDING = new Set<string>([]);

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

/** The field's type and arguments; with `only`, just those arguments (the live schema may add optional ones). */
function signature(field: AnyField, only?: AnyField): string {
  const wanted = only && "args" in only ? new Set(only.args.map((arg) => arg.name)) : undefined;
  const args = "args" in field ? field.args.filter((arg) => !wanted || wanted.has(arg.name)).map((arg) => `${arg.name}: ${arg.type}`).sort().join(", ") : "";
  return `${field.type}${args ? ` (${args})` : ""}`;
}

function contractFields() {
  const rows: { name: string; pendingKey: string[]; expected: string; actual: string | undefined }[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInputObjectType(type))) continue;
    const live = schema.getType(type.name);
    for (const field of Object.values(type.getFields())) {
      const liveField = live && (isObjectType(live) || isInputObjectType(live)) ? live.getFields()[field.name] : undefined;
      rows.push({
        name: `${type.name}.${field.name}`,
        pendingKey: [type.name, `${type.name}.${field.name}`],
        expected: signature(field as AnyField),
        actual: liveField ? signature(liveField as AnyField, field as AnyField) : undefined,
      });
    }
  }
  return rows;
}

describe("the GraphQL schema", () => {
  it("matches the committed schema.graphql (run `npm run schema:print` after an API change)", () => {
    const committed = readFileSync(path.join(root, "schema.graphql"), "utf8");
    expect(`${printSchema(schema)}\n`).toBe(committed);
  });

  it("types the app's documents from the committed schema.graphql (run `npm run schema:print` after an API change)", async () => {
    const { introspection } = await loadFromSDL({ file: path.join(root, "schema.graphql") }).load();
    const output = path.join(root, "app/graphql-env.d.ts");
    const expected = outputIntrospectionFile(minifyIntrospection(introspection), { fileType: output, shouldPreprocess: true });
    expect(readFileSync(output, "utf8")).toBe(expected);
  });

  it("serves every field of the public contract with the contract's type and arguments", () => {
    const rows = contractFields().filter((row) => !row.pendingKey.some((key) => PENDING.has(key)));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect({ field: row.name, signature: row.actual }).toEqual({ field: row.name, signature: row.expected });
  });

  it("lists as pending only contract fields that are really still missing", () => {
    const missing = contractFields().filter((row) => row.actual === undefined).map((row) => row.name);
    for (const key of PENDING) {
      expect(missing.some((name) => name === key || name.startsWith(`${key}.`)), `${key} is implemented: drop it from PENDING`).toBe(true);
    }
  });
});
