#!/usr/bin/env node
/**
 * Takes docs/lsp-neovim.png: Neovim in a tmux terminal with `concord lsp --stdio` attached, a number
 * typed wrong into the Ukrainian catalog of a copy of the bundled article, and the hover of that
 * paragraph. The pane is captured with its colours (tmux capture-pane -e), turned into HTML and
 * photographed by Debian's chromium through playwright-core. Needs tmux, neovim, chromium and a build.
 *
 *   node scripts/lsp-screenshot.js [out.png]
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, "docs", "lsp-neovim.png"));
const COLUMNS = 150;
const ROWS = 34;
const SESSION = `concord-shot-${process.pid}`;

const sleep = (ms) => execFileSync("sleep", [String(ms / 1000)]);
const tmux = (...args) => execFileSync("tmux", args, { encoding: "utf8" });

/** The editor setup docs/editors.md gives for Neovim 0.7, plus what makes the picture readable. */
function initLua(work) {
  const file = path.join(work, "init.lua");
  fs.writeFileSync(
    file,
    `vim.o.termguicolors = true
vim.o.number = true
vim.o.signcolumn = "yes"
vim.o.linebreak = true
vim.o.hlsearch = false
vim.cmd("highlight SignColumn guibg=NONE")
vim.cmd("highlight NormalFloat guibg=#252526 guifg=#d4d4d4")
vim.cmd("highlight FloatBorder guibg=#252526 guifg=#808080")
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "rounded", max_width = 100 })
vim.keymap.set("n", "K", vim.lsp.buf.hover)
vim.api.nvim_create_autocmd("FileType", {
  pattern = "json",
  callback = function(args)
    local id = vim.lsp.start_client({ name = "concord", cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(path.join(ROOT, "bin", "concord.js"))}, "lsp", "--stdio" }, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})
`,
  );
  return file;
}

const PALETTE = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5", "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"];

function color256(n) {
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const level = 8 + (n - 232) * 10;
    return `rgb(${level},${level},${level})`;
  }
  const i = n - 16;
  const step = (v) => (v === 0 ? 0 : 55 + v * 40);
  return `rgb(${step(Math.floor(i / 36))},${step(Math.floor(i / 6) % 6)},${step(i % 6)})`;
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The captured pane (SGR escapes only) as HTML spans. */
function ansiToHtml(text) {
  let style = {};
  let html = "";
  const css = () => {
    const fg = style.reverse ? (style.bg ?? "#1e1e1e") : style.fg;
    const bg = style.reverse ? (style.fg ?? "#d4d4d4") : style.bg;
    return [fg && `color:${fg}`, bg && `background:${bg}`, style.bold && "font-weight:bold", style.italic && "font-style:italic", style.underline && "text-decoration:underline"].filter(Boolean).join(";");
  };
  for (const part of text.split(/(\u001b\[[0-9;:]*m)/)) {
    const sgr = /^\u001b\[([0-9;:]*)m$/.exec(part);
    if (!sgr) {
      if (part) html += `<span style="${css()}">${escapeHtml(part)}</span>`;
      continue;
    }
    const codes = sgr[1] === "" ? [0] : sgr[1].split(/[;:]/).map(Number);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code === 0) style = {};
      else if (code === 1) style.bold = true;
      else if (code === 3) style.italic = true;
      else if (code === 4) style.underline = true;
      else if (code === 7) style.reverse = true;
      else if (code === 22) style.bold = false;
      else if (code === 23) style.italic = false;
      else if (code === 24) style.underline = false;
      else if (code === 27) style.reverse = false;
      else if (code >= 30 && code <= 37) style.fg = PALETTE[code - 30];
      else if (code >= 90 && code <= 97) style.fg = PALETTE[code - 90 + 8];
      else if (code >= 40 && code <= 47) style.bg = PALETTE[code - 40];
      else if (code >= 100 && code <= 107) style.bg = PALETTE[code - 100 + 8];
      else if (code === 39) delete style.fg;
      else if (code === 49) delete style.bg;
      else if ((code === 38 || code === 48) && codes[i + 1] === 5) {
        style[code === 38 ? "fg" : "bg"] = color256(codes[i + 2]);
        i += 2;
      } else if ((code === 38 || code === 48) && codes[i + 1] === 2) {
        style[code === 38 ? "fg" : "bg"] = `rgb(${codes[i + 2]},${codes[i + 3]},${codes[i + 4]})`;
        i += 4;
      }
    }
  }
  return html;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "concord-shot-"));
  fs.cpSync(path.join(ROOT, "locales"), path.join(work, "locales"), { recursive: true });
  const init = initLua(work);
  tmux("new-session", "-d", "-s", SESSION, "-x", String(COLUMNS), "-y", String(ROWS), "-c", work, `TERM=xterm-256color nvim -n -u ${init} locales/uk/article.json`);
  let captured;
  try {
    sleep(2500);
    // Type the error as a translator would: go to p11, change 150 to 15, then hover the paragraph.
    tmux("send-keys", "-t", SESSION, "/\"p11\"", "Enter");
    tmux("send-keys", "-t", SESSION, "/150", "Enter");
    tmux("send-keys", "-t", SESSION, "ciw15", "Escape");
    sleep(2000);
    tmux("send-keys", "-t", SESSION, "zb0w");
    sleep(300);
    tmux("send-keys", "-t", SESSION, "K");
    sleep(2000);
    captured = tmux("capture-pane", "-e", "-p", "-t", SESSION);
  } finally {
    tmux("kill-session", "-t", SESSION);
  }
  const page = `<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#1e1e1e}pre{margin:0;padding:12px 14px;color:#d4d4d4;background:#1e1e1e;font:14px/1.3 "DejaVu Sans Mono",monospace;white-space:pre}</style><pre>${ansiToHtml(captured)}</pre>`;
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 200 } });
    await tab.setContent(page);
    await (await tab.$("pre")).screenshot({ path: OUT });
  } finally {
    await browser.close();
  }
  fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((error) => {
  console.error(error.stack || error);
  process.exitCode = 1;
});
