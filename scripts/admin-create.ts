/**
 * npm run admin:create -- --email namn@kommun.se [--name "Namn Efternamn"] [--force]
 *
 * The first administrator of a new installation. Creates the account with no usable password and prints a one-time
 * link to choose one: the same mutations, checks and link as an administrator's /admin page. Refuses while an active
 * administrator exists, unless --force (say, the only administrator has left). Works on DATABASE_URL, or on the
 * embedded database when it is unset (stop the app first then: one process at a time may open that folder), and
 * applies pending migrations first, so it can run before the first start. Links point at PUBLIC_URL when it is set.
 */
import { parseArgs } from "node:util";
import { execute, parse } from "graphql";
import { publicUrl } from "../config/public-url.ts";
import { createContext, type Viewer } from "../graphql/context.ts";
import { schema } from "../graphql/schema.ts";
import { resolveDatabase } from "../prisma/database.ts";
import { createDb, type Db } from "../prisma/db.ts";
import { applyMigrations } from "../prisma/migrate.ts";
import { createEmbeddedEngine } from "../search/embedded.ts";

const USAGE = 'usage: npm run admin:create -- --email namn@kommun.se [--name "Namn Efternamn"] [--force]';

/** Whoever runs this on the server already holds the database's credentials: they act as an administrator. */
const consoleOperator: Viewer = { userId: null, apiTokenId: null, email: null, roles: ["ADMIN"], organizationIds: [] };

const CREATE_USER = parse(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id email } }`);
const ISSUE_LINK = parse(`mutation ($userId: ID!) { issuePasswordReset(userId: $userId) }`);

/** Runs one operation as the console operator; a failure's messages (field errors included) become one Error. */
async function run<T>(db: Db, document: ReturnType<typeof parse>, variables: Record<string, unknown>): Promise<T> {
  const contextValue = createContext({ db, search: createEmbeddedEngine(), viewer: consoleOperator });
  const result = await execute({ schema, document, contextValue, variableValues: variables });
  if (result.errors?.length) {
    const messages = result.errors.flatMap((error) => {
      const fields = (error.extensions?.fieldErrors as { message: string }[] | undefined) ?? [];
      return fields.length ? fields.map((field) => field.message) : [error.message];
    });
    throw new Error(messages.join(" "));
  }
  return result.data as T;
}

async function createAdmin(db: Db, options: { email: string; name: string; force: boolean }): Promise<string> {
  const existing = await db.user.findMany({ where: { roles: { has: "ADMIN" }, active: true }, select: { email: true } });
  if (existing.length && !options.force) {
    throw new Error(
      `There is already an administrator (${existing.map((user) => user.email).join(", ")}): they can create accounts ` +
        "on /admin. Run again with --force to add one anyway (for instance when nobody can sign in as administrator).",
    );
  }
  const { createUser } = await run<{ createUser: { id: string; email: string } }>(db, CREATE_USER, {
    input: { email: options.email, name: options.name, roles: ["ADMIN"] },
  });
  const { issuePasswordReset } = await run<{ issuePasswordReset: string }>(db, ISSUE_LINK, { userId: createUser.id });
  const base = publicUrl() ?? new URL(`http://localhost:${process.env.PORT ?? 3000}`);
  return [
    `Administrator account created: ${createUser.email}`,
    "Open this link to choose a password. It works once and expires after 24 hours:",
    `  ${new URL(issuePasswordReset, base)}`,
  ].join("\n");
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string", default: "Administratör" }, force: { type: "boolean", default: false } },
});
if (!values.email) {
  console.error(USAGE);
  process.exit(2);
}

const database = await resolveDatabase();
const db = createDb(database.url);
try {
  await applyMigrations({ url: database.url });
  console.info(await createAdmin(db, { email: values.email, name: values.name!, force: values.force! }));
} catch (error) {
  console.error(`No administrator created. ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(); // the migration engine leaves a timer pending for ~10 s
