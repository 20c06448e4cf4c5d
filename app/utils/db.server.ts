export { getDb } from "../../prisma/db.ts";
