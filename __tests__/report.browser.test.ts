/// <reference lib="dom" />
/**
 * The HTML report in real Chromium (Debian's package, driven by playwright-core): it loads with no
 * console errors, every finding is in the DOM at its row, filters hide and show rows, j/k move between
 * findings, XSS payloads planted in catalogs execute nothing, and a screenshot is written
 * (test-artifacts/report.png; docs/report.png is a copy shown in the README). CI installs chromium;
 * elsewhere the test says how to.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { chromium, type Browser } from "playwright-core";
import { main } from "../src/cli/main";
import { tempTree } from "./helpers";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error("CI must install chromium (apt-get install chromium) for the browser tests");
const describeBrowser = available ? describe : describe.skip;
if (!available) console.warn("Browser tests skipped: apt-get install chromium to run them.");

const bundled = path.join(__dirname, "..", "locales");
const PAYLOADS = [
  "<img src=x onerror=\"window.__xss='img'\">",
  "</script><script>window.__xss='script'</script>",
  "<svg onload=\"window.__xss='svg'\">",
  "\" onmouseover=\"window.__xss='attr'\" x=\"",
  "<a href=\"javascript:window.__xss='href'\">link</a>",
  "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>",
  "{{constructor.constructor('window.__xss=1')()}}",
];

async function report(): Promise<{ file: string; findings: number }> {
  const root = tempTree({});
  cpSync(bundled, path.join(root, "locales"), { recursive: true });
  const edit = (locale: string, change: (c: Record<string, string>) => void) => {
    const file = path.join(root, "locales", locale, "article.json");
    const catalog = JSON.parse(readFileSync(file, "utf8"));
    change(catalog);
    writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
  };
  edit("uk", (c) => {
    c.p11 = c.p11.replace("150", "15");
    c.p03 = c.p03.replace("«", '"').replace("»", '"');
    c.p13 = PAYLOADS.join(" ");
  });
  edit("ru", (c) => {
    c.p09 = c.p09.replace("Трамп", "Тpамп");
    const values = Object.values(c);
    values.splice(Object.keys(c).indexOf("p05"), 1);
    Object.keys(c).forEach((key, i) => (values[i] === undefined ? delete c[key] : (c[key] = values[i])));
  });
  let stdout = "";
  await main(["report", "--out", "report.html"], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, env: {}, cwd: root });
  let json = "";
  await main(["check", "--format", "json"], { stdout: { write: (t: string) => (json += t) }, stderr: { write: () => true }, env: {}, cwd: root });
  expect(stdout).toContain("Wrote report.html");
  return { file: path.join(root, "report.html"), findings: JSON.parse(json).findings.length };
}

describeBrowser("the HTML report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("loads clean, shows every finding at its row, filters, navigates, runs no payload", async () => {
    const { file, findings } = await report();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("dialog", (dialog) => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });
    await page.goto(`file://${file}`);
    await page.mouse.move(640, 450);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    // The payloads are text on the page, not elements.
    expect(await page.locator("text=<img src=x onerror").count()).toBeGreaterThan(0);
    expect(await page.locator("img, svg, iframe, a[href^=javascript]").count()).toBe(0);

    expect(await page.locator("li[data-rule]").count()).toBe(findings);
    const numberRow = page.locator("tr", { has: page.locator("li[data-rule=number-mismatch]") });
    expect(await numberRow.locator("th").first().textContent()).toBe("p11");
    expect(await numberRow.locator("mark").count()).toBeGreaterThan(0);

    const rows = await page.locator("tbody tr[data-row]").count();
    const withNumbers = await page.locator("tbody tr[data-row]", { has: page.locator("li[data-rule=number-mismatch]") }).count();
    expect(withNumbers).toBeGreaterThan(0);
    expect(withNumbers).toBeLessThan(rows);
    await page.selectOption("select[name=rule]", "number-mismatch");
    expect(await page.locator("tbody tr[data-row]:not(.hidden)").count()).toBe(withNumbers);
    await page.selectOption("select[name=rule]", "");
    expect(await page.locator("tbody tr[data-row]:not(.hidden)").count()).toBe(rows);

    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await page.locator("li.current").count()).toBe(1);
    await page.screenshot({ path: path.join(__dirname, "..", "test-artifacts", "report.png"), fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("text passes WCAG AA contrast (4.5:1) everywhere it appears", async () => {
    const { file } = await report();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${file}`);
    const worst = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const background = (element: Element | null): number[] => {
        for (let e = element; e; e = e.parentElement) {
          const color = rgb(getComputedStyle(e).backgroundColor);
          if (color.length === 3 || (color.length === 4 && color[3] > 0)) return color.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const ratios: Array<[string, number]> = [];
      for (const selector of ["body", "th", "td", "li.error", "li.warning", "li.info", ".gap", ".rule", "mark", "mark a", ".num", ".q", ".help", "del", "ins"]) {
        const element = document.querySelector(selector);
        if (!element) continue;
        const [a, b] = [luminance(rgb(getComputedStyle(element).color).slice(0, 3)), luminance(background(element))];
        ratios.push([selector, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
      }
      return ratios.sort((x, y) => x[1] - y[1]);
    });
    expect(worst.length).toBeGreaterThan(8);
    for (const [selector, ratio] of worst) expect({ selector, pass: ratio >= 4.5 }).toEqual({ selector, pass: true });
    await page.close();
  });

  test("stays usable in a narrow window", async () => {
    const { file } = await report();
    const page = await browser.newPage({ viewport: { width: 420, height: 800 } });
    await page.goto(`file://${file}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
