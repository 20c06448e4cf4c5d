import { randomBytes } from "node:crypto";

/**
 * A collision-resistant id in the style of Prisma's cuid(), for a row whose id is known before the insert (factories,
 * raw INSERTs): "c", the time in base 36, then 15 random base-36 digits.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const rand = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(16, "0").slice(-15);
  return `c${time}${rand}`;
}
