import { createHash, randomBytes } from "node:crypto";

/** A secret for a cookie, a reset link or an API token: 256 random bits, base64url. Only its hash is stored. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
