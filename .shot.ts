import { chromium } from "playwright-core";
const [,, who, width, ...paths] = process.argv;
const base = "http://127.0.0.1:4517";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 844 } });
const page = await ctx.newPage();
if (who !== "anon") {
  await page.goto(`${base}/logga-in`);
  await page.getByLabel("E-postadress").fill(`${who}@demo.stegvis.se`);
  await page.getByLabel("Lösenord").fill("stegvis-demo");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/logga-in"));
}
for (const p of paths) {
  const res = await page.goto(base + p);
  const m = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth, h: document.documentElement.scrollHeight, wide: [...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 6).map((e) => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right)) }));
  const name = `${who}-${width}-${p.replace(/[^a-z0-9]+/gi, "_")}`;
  await page.screenshot({ path: `/tmp/navshots/${name}.png`, fullPage: false });
  console.log(res?.status(), p, JSON.stringify(m), name);
}
await browser.close();
