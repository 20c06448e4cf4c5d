import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret, newSecret } from "../../graphql/auth/tokens.ts";
import { createUser } from "../../prisma/factories.ts";
import { cookieFrom, errorCodes, graphqlClient } from "../helpers/graphql.ts";
import { signedInUser } from "../helpers/sessions.ts";
import { useTestDatabase } from "../setup/database.ts";

const t = useTestDatabase();
const request = graphqlClient(() => t.db);

const ISSUE = `mutation($u: ID!) { issuePasswordReset(userId: $u) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

let adminCookie: string;

beforeAll(async () => {
  adminCookie = (await signedInUser(t.db, ["ADMIN"])).cookie;
});

/** A fresh account and a reset link for it, as the admin page issues one. */
async function accountWithLink(name: string) {
  const user = await createUser(t.db, { email: `${name}@test.stegvis.se`, roles: ["COACH"], password: "det gamla lösenordet" });
  return { user, token: await issue(user.id) };
}

async function issue(userId: string): Promise<string> {
  const issued = await request<{ issuePasswordReset: string }>(ISSUE, { u: userId }, { cookie: adminCookie });
  expect(issued.errors).toBeUndefined();
  return issued.data!.issuePasswordReset.split("/").at(-1)!;
}

const reset = (token: string, password: string) => request<{ resetPassword: boolean }>(RESET, { t: token, p: password });
const canLogIn = async (email: string, password: string) => (await request(LOGIN, { e: email, p: password })).errors === undefined;

describe("password reset links", () => {
  it("lets exactly one of 8 concurrent resets with the same link through, and the password is that one's", async () => {
    const { user, token } = await accountWithLink("samtidig");
    const passwords = Array.from({ length: 8 }, (_, i) => `nytt lösenord nummer ${i}`);
    const results = await Promise.all(passwords.map((password) => reset(token, password)));
    const winners = results.flatMap((result, i) => (result.data?.resetPassword === true ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const [i, result] of results.entries()) {
      if (i !== winners[0]) expect(result.errors?.[0]?.extensions?.fieldErrors, String(i)).toEqual([{ field: "token", message: expect.stringContaining("ogiltig") }]);
    }
    expect(await canLogIn(user.email, passwords[winners[0]!]!)).toBe(true);
    expect(await canLogIn(user.email, passwords[(winners[0]! + 1) % 8]!)).toBe(false);
  });

  it("refuses an older outstanding link once a newer one was used", async () => {
    const { user, token: older } = await accountWithLink("aldre");
    const newer = await issue(user.id);
    expect((await reset(newer, "det nya lösenordet här")).data).toEqual({ resetPassword: true });
    expect(errorCodes(await reset(older, "ett annat nytt lösenord"))).toEqual(["VALIDATION_FAILED"]);
    expect(await canLogIn(user.email, "det nya lösenordet här")).toBe(true);
  });

  it("refuses an older link once a newer one is issued, so only the latest link an admin gave out works", async () => {
    const { user, token: older } = await accountWithLink("ny-lank");
    const newer = await issue(user.id);
    expect(errorCodes(await reset(older, "ett annat nytt lösenord"))).toEqual(["VALIDATION_FAILED"]);
    expect((await reset(newer, "det nya lösenordet här")).data).toEqual({ resetPassword: true });
  });

  it("lets only one of two outstanding links of one account through when both are used at the same time", async () => {
    // Two links outstanding at once (left from before issuing replaced older links), written as the admin page would.
    const { user } = await accountWithLink("tva-lankar");
    const tokens = [newSecret(), newSecret()];
    for (const token of tokens) {
      await t.db.passwordReset.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + 3600_000) } });
    }
    const results = await Promise.all(tokens.map((token, i) => reset(token, `lösenord från länk ${i}`)));
    expect(results.filter((result) => result.data?.resetPassword === true)).toHaveLength(1);
  });

  it("ends every session of the account when the password is reset", async () => {
    const { user, token } = await accountWithLink("sessioner");
    const cookie = cookieFrom((await request(LOGIN, { e: user.email, p: "det gamla lösenordet" })).headers)!;
    expect((await request(`{ me { email } }`, undefined, { cookie })).data).toEqual({ me: { email: user.email } });
    expect((await reset(token, "det nya lösenordet här")).data).toEqual({ resetPassword: true });
    expect((await request(`{ me { email } }`, undefined, { cookie })).data).toEqual({ me: null });
  });
});
