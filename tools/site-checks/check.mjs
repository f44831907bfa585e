// Checks every page of a built site: the Nu Html Checker (vnu.jar, run with Java)
// must report no error, and axe-core in headless Chromium no violation.
// Usage: node check.mjs <site-output-folder>
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, extname, relative, sep } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error("usage: node check.mjs <site-output-folder>");
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const pages = walk(root).filter((p) => p.endsWith(".html"));

// 1. HTML validity.
const vnu = require.resolve("vnu-jar/build/dist/vnu.jar");
const v = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "gnu", ...pages], { encoding: "utf8" });
const htmlErrors = (v.stderr + v.stdout).split("\n").filter((l) => l.trim() !== "");
for (const line of htmlErrors) console.log(`html: ${line}`);
console.log(`vnu: ${pages.length} pages checked, ${htmlErrors.length} errors`);

// 2. Accessibility: serve the folder on loopback and run axe in each page.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".xml": "application/xml", ".json": "application/json", ".csv": "text/csv", ".svg": "image/svg+xml", ".png": "image/png", ".pdf": "application/pdf" };
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, ...path.split("/").filter((s) => s && s !== ".."));
  if (existsSync(file) && statSync(file).isFile()) {
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  } else {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(readFileSync(join(root, "404.html")));
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let violations = 0;
// Two tabs at a time (CI machines have two cores); findings are printed in page order.
async function check(viewport, files) {
  const page = await browser.newPage({ viewport });
  const found = [];
  for (const file of files) {
    let url = "/" + relative(root, file).split(sep).join("/");
    url = url.replace(/index\.html$/, "");
    await page.goto(`http://127.0.0.1:${port}${url}`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    for (const v of result.violations) {
      for (const node of v.nodes) {
        found.push(`axe: ${url} (${viewport.width}px): ${v.id}: ${v.help} — ${node.target.join(" ")}`);
      }
    }
  }
  await page.close();
  return found;
}
for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
  const half = Math.ceil(pages.length / 2);
  const parts = await Promise.all([check(viewport, pages.slice(0, half)), check(viewport, pages.slice(half))]);
  for (const line of parts.flat()) {
    violations++;
    console.log(line);
  }
}
await browser.close();
server.close();
console.log(`axe: ${pages.length} pages checked at 2 widths, ${violations} violations`);
process.exit(htmlErrors.length + violations > 0 ? 1 : 0);
