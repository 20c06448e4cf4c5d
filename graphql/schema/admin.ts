import { hashPassword } from "../../prisma/password.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import { builder, FIELD_COST } from "../builder.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { allow } from "../policy.ts";
import { createApiTokenInput, createOrganizationInput, createUserInput, resetPasswordInput } from "../validation/account.ts";
import { parseInput } from "../validation/parse.ts";
import { Organization } from "./organization.ts";
import { User } from "./user.ts";
import { isProduction } from "../../config/mode.ts";

const RESET_HOURS = 24;

const Role = builder.enumType("Role", { values: ["ADMIN", "COACH", "SUPPORT_WORKER", "ORG_MEMBER"] as const });
const OrganizationKindInput = builder.enumType("OrganizationKind", {
  values: ["COMPANY", "SOCIAL_ENTERPRISE", "ASSOCIATION", "PUBLIC"] as const,
});

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    roles: t.field({ type: [Role], required: true }),
    organizationIds: t.idList({ required: false }),
  }),
});

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: OrganizationKindInput, required: true }),
    kommunCode: t.string({ required: true }),
    description: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

const ApiToken = builder.prismaObject("ApiToken", {
  authScopes: { admin: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    organization: t.relation("organization"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const ApiTokenCreated = builder.objectRef<{ token: string; apiTokenId: string }>("ApiTokenCreated").implement({
  description: "The token is shown once, here; only its hash is stored.",
  authScopes: { admin: true },
  fields: (t) => ({ token: t.exposeString("token"), apiTokenId: t.exposeID("apiTokenId") }),
});

builder.queryFields((t) => ({
  users: t.prismaField({
    type: [User],
    authScopes: allow("Query.users"),
    resolve: (query, _root, _args, { db }) => db.user.findMany({ ...query, orderBy: { email: "asc" } }),
  }),
  apiTokens: t.prismaField({
    type: [ApiToken],
    authScopes: allow("Query.apiTokens"),
    resolve: (query, _root, _args, { db }) => db.apiToken.findMany({ ...query, orderBy: { createdAt: "desc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: User,
    authScopes: allow("Mutation.createUser"),
    complexity: FIELD_COST.passwordHash,
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (query, _root, args, { db }) => {
      const input = parseInput(createUserInput, args.input);
      if (await db.user.findUnique({ where: { email: input.email } })) {
        throw new ValidationError([{ field: "email", message: "Det finns redan ett konto med den e-postadressen." }]);
      }
      const known = await db.organization.count({ where: { id: { in: input.organizationIds } } });
      if (known !== input.organizationIds.length) {
        throw new ValidationError([{ field: "organizationIds", message: "En av organisationerna finns inte." }]);
      }
      // No usable password until the person follows a reset link from the admin.
      return db.user.create({
        ...query,
        data: {
          email: input.email,
          name: input.name,
          roles: input.roles,
          passwordHash: await hashPassword(newSecret()),
          memberships: { create: input.organizationIds.map((organizationId) => ({ organizationId })) },
        },
      });
    },
  }),
  deactivateUser: t.prismaField({
    type: User,
    authScopes: allow("Mutation.deactivateUser"),
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, { db, viewer }) => {
      const id = String(args.userId);
      if (id === viewer?.userId) throw new ForbiddenError("Du kan inte stänga av ditt eget konto.");
      if (!(await db.user.findUnique({ where: { id } }))) throw new NotFoundError("Kontot");
      const [, user] = await db.$transaction([
        db.session.deleteMany({ where: { userId: id } }),
        db.user.update({ ...query, where: { id }, data: { active: false } }),
      ]);
      return user;
    },
  }),
  // Issuing and using a user's reset links first update the user's row, which holds its lock until commit, so they
  // run one at a time: two links cannot both be used, and a link cannot outlive the newer one that replaced it.
  issuePasswordReset: t.string({
    description: "A one-time link to set a new password, valid for 24 hours; it replaces any earlier link of the account. Printed to the log in development.",
    authScopes: allow("Mutation.issuePasswordReset"),
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { db }) => {
      const user = await db.user.findUnique({ where: { id: String(args.userId) } });
      if (!user) throw new NotFoundError("Kontot");
      const token = newSecret();
      await db.$transaction(async (tx) => {
        // A no-op update: the user's row lock (see above).
        await tx.user.update({ where: { id: user.id }, data: { updatedAt: user.updatedAt } });
        // Only the newest link works: one given out earlier (perhaps to the wrong person) dies with this one's birth.
        await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
        await tx.passwordReset.create({
          data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + RESET_HOURS * 3600_000) },
        });
      });
      const link = `/aterstall-losenord/${token}`;
      if (!isProduction()) console.info(`password reset link for ${user.email}: ${link}`);
      return link;
    },
  }),
  resetPassword: t.boolean({
    authScopes: allow("Mutation.resetPassword"),
    complexity: FIELD_COST.passwordHash,
    args: { token: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, { db }) => {
      const { token, password } = parseInput(resetPasswordInput, args);
      const invalid = () => new ValidationError([{ field: "token", message: "Länken är ogiltig eller för gammal. Be en administratör om en ny." }]);
      const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashSecret(token) } });
      if (!reset || reset.usedAt || reset.expiresAt < new Date()) throw invalid();
      const passwordHash = await hashPassword(password);
      await db.$transaction(async (tx) => {
        // The user's row lock (see above) first; the link's state is checked again under it, so only one caller wins.
        await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
        const now = new Date();
        const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
        if (claimed.count !== 1) throw invalid();
        await tx.passwordReset.deleteMany({ where: { userId: reset.userId, usedAt: null } });
        await tx.session.deleteMany({ where: { userId: reset.userId } });
      });
      return true;
    },
  }),
  createOrganization: t.prismaField({
    type: Organization,
    authScopes: allow("Mutation.createOrganization"),
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: async (query, _root, args, { db }) => {
      const input = parseInput(createOrganizationInput, args.input);
      if (!(await db.kommun.findUnique({ where: { code: input.kommunCode } }))) {
        throw new ValidationError([{ field: "kommunCode", message: "Kommunen finns inte. Välj en kommun i listan." }]);
      }
      return db.organization.create({ ...query, data: input });
    },
  }),
  createApiToken: t.field({
    type: ApiTokenCreated,
    authScopes: allow("Mutation.createApiToken"),
    args: { organizationId: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, { db, viewer }) => {
      const { name, organizationId } = parseInput(createApiTokenInput, { ...args, organizationId: String(args.organizationId) });
      const organization = await db.organization.findUnique({ where: { id: organizationId } });
      if (!organization) throw new NotFoundError("Organisationen");
      const token = newSecret("stv_");
      const created = await db.apiToken.create({
        data: { name, organizationId: organization.id, tokenHash: hashSecret(token), createdById: viewer!.userId! },
      });
      return { token, apiTokenId: created.id };
    },
  }),
  revokeApiToken: t.prismaField({
    type: ApiToken,
    authScopes: allow("Mutation.revokeApiToken"),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, { db }) => {
      const id = String(args.id);
      if (!(await db.apiToken.findUnique({ where: { id } }))) throw new NotFoundError("Nyckeln");
      return db.apiToken.update({ ...query, where: { id }, data: { revokedAt: new Date() } });
    },
  }),
}));
