// A reviewer's preview with many tabs, in headless Chromium: `ccpub serve` on a copy
// of a site, ten tabs of its pages open at once (a browser opens at most six HTTP/1.1
// connections to a host), then three saves; after each, every tab must reload, and the
// page that changed must show the change.
//
//   node tabs.mjs CCPUB_BINARY SITE_FOLDER
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [ccpub, site] = process.argv.slice(2);
if (!ccpub || !site) {
  console.error("usage: node tabs.mjs CCPUB_BINARY SITE_FOLDER");
  process.exit(2);
}
const TABS = ["/", "/members/", "/members/by-region/", "/members/growth/", "/council/", "/news/",
  "/guidelines/", "/working-groups/", "/elections/", "/about/"];
const SAVES = 3;
const WAIT = 20_000;

const serve = spawn(ccpub, ["serve", site, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
let stderr = "";
const port = await new Promise((ok, fail) => {
  const timer = setTimeout(() => fail(new Error(`serve did not start:\n${stderr}`)), WAIT);
  serve.stderr.on("data", (chunk) => {
    stderr += chunk;
    const found = stderr.match(/at http:\/\/127\.0\.0\.1:(\d+)\//);
    if (found) {
      clearTimeout(timer);
      ok(Number(found[1]));
    }
  });
  serve.on("exit", (code) => fail(new Error(`serve exited (${code}):\n${stderr}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const context = await browser.newContext();
  const pages = [];
  for (const path of TABS) {
    const page = await context.newPage();
    // Each tab must load, the seventh to the tenth too.
    await page.goto(`http://127.0.0.1:${port}${path}`, { timeout: WAIT });
    pages.push(page);
  }
  for (let save = 1; save <= SAVES; save++) {
    await Promise.all(pages.map((p) => p.evaluate((n) => { window.ccpubBefore = n; }, save)));
    appendFileSync(join(site, "content/pages/about.md"), `\nSaved ${save} times.\n`);
    for (const [i, page] of pages.entries()) {
      try {
        await page.waitForFunction(() => window.ccpubBefore === undefined && document.readyState === "complete",
          null, { timeout: WAIT });
      } catch {
        throw new Error(`save ${save}: tab ${i + 1} (${TABS[i]}) did not reload within ${WAIT / 1000} s`);
      }
    }
    const about = pages[TABS.indexOf("/about/")];
    const text = await about.textContent("main");
    if (!text.includes(`Saved ${save} times.`)) {
      throw new Error(`save ${save}: /about/ does not show the change`);
    }
  }
  console.log(`live reload: ${TABS.length} tabs reloaded after each of ${SAVES} saves`);
} catch (e) {
  console.error(`live reload: ${e.message}`);
  failed = true;
} finally {
  await browser.close();
  serve.kill("SIGINT");
}
process.exit(failed ? 1 : 0);
