/**
 * Login throttling, per account: never per address alone, since everyone behind one proxy or NAT shares an address
 * and one person's (or one attacker's) failures must not lock the others out. Two counts per attempt:
 *   - the account's, from every address: stops guessing spread over many addresses;
 *   - the (address, account) pair's, lower: stops one address early, before it can use up the account's count and
 *     lock the owner out everywhere.
 * An attempt takes its place in both counts before the password is checked, by a conditional update that only counts
 * while under the limit, so concurrent attempts can never exceed it. A successful login clears the account's count and
 * this address's; the places failed attempts took stay until their window ends.
 */
import type { Db } from "../../prisma/db.ts";
import { RateLimitedError } from "../errors.ts";

const WINDOW_MINUTES = 15;
/** Attempts per window for one account, from all addresses together. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** Attempts per window for one account from one address. */
export const MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT = 5;

/** The address of the account-wide count: "*" is no client address. */
const ACCOUNT_WIDE = "*";

function rateLimited(): RateLimitedError {
  return new RateLimitedError(
    `För många misslyckade inloggningar för det här kontot. Vänta ${WINDOW_MINUTES} minuter och försök igen, eller be en administratör om en länk för att välja nytt lösenord.`,
  );
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** Takes one place in a count, or returns false when the count is full for the current window. */
async function takePlace(db: Db, account: string, address: string, limit: number): Promise<boolean> {
  const key = { account_address: { account, address } };
  for (let round = 0; round < 3; round++) {
    const windowOpen = new Date(Date.now() - WINDOW_MINUTES * 60_000);
    // Each statement below is atomic: PostgreSQL re-checks the condition on the row it locks.
    const counted = await db.loginThrottle.updateMany({
      where: { account, address, windowStart: { gte: windowOpen }, attempts: { lt: limit } },
      data: { attempts: { increment: 1 } },
    });
    if (counted.count === 1) return true;
    const restarted = await db.loginThrottle.updateMany({
      where: { account, address, windowStart: { lt: windowOpen } },
      data: { attempts: 1, windowStart: new Date() },
    });
    if (restarted.count === 1) return true;
    const row = await db.loginThrottle.findUnique({ where: key });
    if (row) {
      // Full for this window; otherwise it was created or restarted just now by another attempt: count again.
      if (row.attempts >= limit && row.windowStart >= windowOpen) return false;
      continue;
    }
    try {
      await db.loginThrottle.create({ data: { account, address, attempts: 1 } });
      return true;
    } catch (error) {
      // Another attempt created the row first: count against it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return false;
}

/** Counts this attempt, or throws RATE_LIMITED before the password is even checked. */
export async function countLoginAttempt(db: Db, email: string, address: string): Promise<void> {
  const account = email.toLowerCase();
  if (!(await takePlace(db, account, address, MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT))) throw rateLimited();
  if (!(await takePlace(db, account, ACCOUNT_WIDE, MAX_FAILURES_PER_ACCOUNT))) throw rateLimited();
}

export async function clearLoginAttempts(db: Db, email: string, address: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { account: email.toLowerCase(), address: { in: [ACCOUNT_WIDE, address] } } });
}
