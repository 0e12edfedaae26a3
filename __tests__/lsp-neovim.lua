-- Drives `concord lsp --stdio` from Neovim's own LSP client (the 0.7 API: start_client and
-- buf_attach_client): types an error into the Ukrainian catalog, reads the diagnostic back,
-- hovers a key, applies a quick fix; writes what it saw as JSON to $CONCORD_OUT and quits.
local root = vim.env.CONCORD_ROOT
local out = vim.env.CONCORD_OUT
local seen = { steps = {} }
local publishes = 0

local default_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  publishes = publishes + 1
  return default_publish(err, result, ctx, config)
end

local function step(name) table.insert(seen.steps, name) end

local function wait_for(what, condition)
  if not vim.wait(15000, condition, 20) then error("timed out waiting for " .. what) end
end

local function diagnostics_of(buf, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if code == nil or lsp.code == code or d.code == code then
      table.insert(found, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, message = d.message, severity = d.severity, code = lsp.code or d.code, href = lsp.codeDescription and lsp.codeDescription.href })
    end
  end
  return found
end

local function main()
  local client_id = vim.lsp.start_client({ name = "concord", cmd = { vim.env.CONCORD_NODE, vim.env.CONCORD_BIN, "lsp", "--stdio" }, root_dir = root })
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/locales/uk/article.json"))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  wait_for("the first diagnostics", function() return publishes > 0 end)
  seen.initial = diagnostics_of(buf)
  step("opened")

  -- Type an error: the 150 of p11 becomes 15.
  vim.fn.cursor(vim.fn.search('"p11"', "w"), 1)
  vim.fn.search("150", "", vim.fn.line("."))
  vim.cmd("normal! ciw15")
  wait_for("the number-mismatch diagnostic", function() return #diagnostics_of(buf, "number-mismatch") > 0 end)
  seen.typed = { line = vim.api.nvim_get_current_line(), diagnostics = diagnostics_of(buf, "number-mismatch") }
  step("typed")

  -- Hover the key p11.
  vim.fn.cursor(vim.fn.search('"p11"', "w"), 4)
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", vim.lsp.util.make_position_params(), 10000) or {}
  for _, response in pairs(hover) do
    if response.result then seen.hover = response.result.contents.value end
  end
  step("hovered")

  -- Type a fixable error: a doubled space after the first word of p02, then apply its quick fix.
  vim.fn.cursor(vim.fn.search('"p02"', "w"), 1)
  vim.fn.search(": \"", "e", vim.fn.line("."))
  vim.cmd("normal! e")
  vim.cmd("normal! a ")
  wait_for("the whitespace diagnostic", function() return #diagnostics_of(buf, "whitespace") > 0 end)
  local spaced = diagnostics_of(buf, "whitespace")[1]
  seen.spaced = { line = vim.api.nvim_get_current_line(), diagnostic = spaced }
  vim.api.nvim_win_set_cursor(0, { spaced.lnum + 1, spaced.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
  local titles = {}
  local chosen
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(titles, action.title)
      if action.isPreferred and chosen == nil then chosen = action end
    end
  end
  seen.actions = titles
  if chosen == nil then error("no preferred quick fix among: " .. table.concat(titles, " | ")) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  wait_for("the whitespace diagnostic to go", function() return #diagnostics_of(buf, "whitespace") == 0 end)
  seen.fixed = { line = vim.api.nvim_get_current_line(), remaining = diagnostics_of(buf) }
  step("fixed")

  vim.lsp.stop_client(client_id)
end

local ok, problem = pcall(main)
if not ok then seen.error = tostring(problem) end
vim.fn.writefile({ vim.fn.json_encode(seen) }, out)
vim.cmd("qa!")
