// The one argon2id configuration: login (graphql/) and the seed and test factories (prisma/) share it.
import { hash, verify } from "@node-rs/argon2";

// Algorithm is an ambient const enum, unusable under isolatedModules: 2 is Algorithm.Argon2id.
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified against when the email is unknown, so a wrong email costs the same time as a wrong password.
const unknownUserHash = hash("no user has this password", options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await unknownUserHash), password);
  } catch {
    return false;
  }
}
