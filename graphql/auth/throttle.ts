import type { Db } from "../../prisma/db.ts";
import { RateLimitedError } from "../errors.ts";

const WINDOW_MS = 15 * 60 * 1000;
/** Failed logins allowed per window before further attempts are refused outright. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

const keys = (email: string, address: string) => [`account:${email.toLowerCase()}`, `ip:${address}`] as const;

/** Throws before the password is even checked once an account or an address has failed too often. */
export async function assertLoginAllowed(db: Db, email: string, address: string): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [account, ip] = keys(email, address);
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.count({ where: { key: account, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { key: ip, createdAt: { gte: since } } }),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) throw new RateLimitedError();
}

export async function recordLoginFailure(db: Db, email: string, address: string): Promise<void> {
  await db.loginAttempt.createMany({ data: keys(email, address).map((key) => ({ key })) });
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: keys(email, "")[0] } });
}
