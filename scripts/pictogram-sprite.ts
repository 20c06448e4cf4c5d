/** npm run pictograms:sprite: writes app/components/pictograms/pictograms.svg from the drawings in code. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderSprite } from "../app/components/pictograms/sprite.server.tsx";

const file = path.resolve(import.meta.dirname, "../app/components/pictograms/pictograms.svg");
writeFileSync(file, renderSprite());
console.info(`written: ${path.relative(process.cwd(), file)}`);
