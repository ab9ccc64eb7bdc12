-- Neovim 0.7 as a second LSP client of dist/server.js: open a report, wait for its diagnostics,
-- hover the first one, apply the quick fix the light bulb offers for it, then fix all and save.
-- Driven by test/e2e/neovim.e2e.ts through environment variables; writes what it saw as JSON.
local report = os.getenv('XXGK_REPORT')
local result = { diagnostics = {} }

local function wait_for(what, condition)
  if not vim.wait(20000, condition, 50) then error('timed out waiting for ' .. what) end
end

local function lines()
  return vim.api.nvim_buf_get_lines(0, 0, -1, false)
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  local client = vim.lsp.start_client({
    name = 'xxgk',
    cmd = { os.getenv('XXGK_NODE'), os.getenv('XXGK_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(report, ':h'),
    init_options = { locale = os.getenv('XXGK_LOCALE') },
  })
  vim.lsp.buf_attach_client(0, client)
  wait_for('diagnostics', function() return #vim.diagnostic.get(0) > 0 end)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(result.diagnostics, { line = d.lnum, byte = d.col, code = d.code, message = d.message })
  end

  -- The cursor on the first diagnostic, as ]d would put it.
  local first = vim.diagnostic.get(0)[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  local hovers = vim.lsp.buf_request_sync(0, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  for _, answer in pairs(hovers or {}) do
    if answer.result then result.hover = answer.result.contents.value end
  end

  -- The code-action menu, answered as a person would: the first quick fix it lists.
  local before = lines()[first.lnum + 1]
  vim.ui.select = function(items, _, choose)
    result.offered = {}
    for _, item in ipairs(items) do table.insert(result.offered, item[2].title) end
    choose(items[1], 1)
  end
  vim.lsp.buf.code_action()
  wait_for('the quick fix', function() return lines()[first.lnum + 1] ~= before end)
  result.fixed_line = lines()[first.lnum + 1]
  wait_for('the diagnostic gone', function() return #vim.diagnostic.get(0) < #result.diagnostics end)
  result.remaining = #vim.diagnostic.get(0)

  local params = vim.lsp.util.make_range_params()
  params.context = { only = { 'source.fixAll.xxgk' }, diagnostics = {} }
  local answers = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000)
  for _, answer in pairs(answers or {}) do
    for _, action in ipairs(answer.result or {}) do
      if action.edit then vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16') end
    end
  end
  vim.bo.fixendofline = false -- keep the file's own last line as it is, as the CLI does
  vim.cmd('write')
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local out = io.open(os.getenv('XXGK_OUT'), 'w')
out:write(vim.fn.json_encode(result))
out:close()
vim.cmd(ok and 'qa!' or 'cq')
