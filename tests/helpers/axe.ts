import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { waitForAppScripts } from "./browser.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page against WCAG 2.1 A and AA, once the app's scripts have taken it over: hydration swaps in
 * enhanced controls (the kommun picker's combobox, the grid, the Swedish file input), and axe must not catch the page
 * half-way. The page's context must bypass the app's CSP (`browser.newContext({ bypassCSP: true })`), since axe is
 * injected as an inline script.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await waitForAppScripts(page);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: (v.impact ?? null) as string | null,
      help: v.help as string,
      targets: (v.nodes as { target: string[] }[]).slice(0, 5).map((node) => node.target.join(" ")),
    }));
  }, [...WCAG_21_AA]);
}
