import { clearLoginAttempts, countLoginAttempt } from "../auth/throttle.ts";
import { verifyPassword } from "../../prisma/password.ts";
import { clearedSessionCookie, endSession, startSession, viewerFromSession } from "../auth/session.ts";
import { builder, FIELD_COST } from "../builder.ts";
import { InvalidCredentialsError } from "../errors.ts";
import { allow } from "../policy.ts";
import { loginInput } from "../validation/account.ts";
import { parseInput } from "../validation/parse.ts";
import { User } from "./user.ts";

builder.mutationFields((t) => ({
  login: t.prismaField({
    type: User,
    nullable: true,
    description: "Sets the same HTTP-only session cookie as the login page. Wrong credentials: an error, no cookie.",
    authScopes: allow("Mutation.login"),
    complexity: FIELD_COST.passwordHash,
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const { email, password } = parseInput(loginInput, args);
      const { db } = context;
      // Counted before the password is checked, so concurrent guesses cannot slip past the limit.
      await countLoginAttempt(db, email, context.clientAddress);
      const user = await db.user.findUnique({ where: { email } });
      const valid = await verifyPassword(user?.passwordHash ?? null, password);
      if (!user || !user.active || !valid) throw new InvalidCredentialsError();
      await clearLoginAttempts(db, email, context.clientAddress);
      const session = await startSession(db, user.id, context.sessionToken, context.servedOverHttps);
      context.responseCookies.push(session.setCookie);
      context.viewer = await viewerFromSession(db, session.token);
      return db.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  logout: t.boolean({
    authScopes: allow("Mutation.logout"),
    resolve: async (_root, _args, context) => {
      await endSession(context.db, context.sessionToken);
      context.responseCookies.push(clearedSessionCookie(context.servedOverHttps));
      return true;
    },
  }),
}));
