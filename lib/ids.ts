import { randomFillSync } from "node:crypto";

/**
 * Random bytes from the system's CSPRNG, drawn 4 KiB at a time (as Node's randomUUID keeps a batch): one system call
 * per few hundred ids or nonces instead of one each, and every request makes a nonce and often an id. Each byte is
 * handed out once.
 */
const pool = Buffer.alloc(4096);
let used = pool.length;

export function randomString(bytes: number, encoding: "hex" | "base64"): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const text = pool.toString(encoding, used, used + bytes);
  used += bytes;
  return text;
}

/**
 * A collision-resistant id in the style of Prisma's cuid(), for a row whose id is known before the insert (factories,
 * raw INSERTs): "c", the time in base 36, then 15 random base-36 digits.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const rand = BigInt(`0x${randomString(10, "hex")}`).toString(36).padStart(16, "0").slice(-15);
  return `c${time}${rand}`;
}
