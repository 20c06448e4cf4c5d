export { getDb } from "../../prisma/db.ts";
export { getSearchEngine } from "../../search/runtime.ts";
