import { chromium } from "playwright-core";
const base = "http://127.0.0.1:4517";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
for (const [w, h] of [[390, 844], [1280, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  await page.goto(`${base}/logga-in`);
  await page.getByLabel("E-postadress").fill("coach@demo.stegvis.se");
  await page.getByLabel("Lösenord").fill("stegvis-demo");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/logga-in"));
  await page.goto(`${base}/deltagare/${process.argv[2]}/yrkeskort`);
  const start = page.getByRole("button", { name: /Börja sortera|Sortera igen/ });
  if (await start.count()) { await start.click(); }
  await page.locator("#sort-card-title").waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "sort-card-title", null, { timeout: 15000 }).catch(() => {});
  const info = await page.evaluate(() => ({ active: document.activeElement?.id || document.activeElement?.tagName, buttons: [...document.querySelectorAll(".answer-button")].map((b) => Math.round(b.getBoundingClientRect().bottom)), sw: document.documentElement.scrollWidth }));
  console.log(w, JSON.stringify(info));
  await page.screenshot({ path: `/tmp/navshots/sort-${w}.png` });
  await ctx.close();
}
await browser.close();
