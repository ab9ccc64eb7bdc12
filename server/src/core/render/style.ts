// The look of a rendered report: VS Code's theme colours where the page is a webview, the
// browser's light or dark scheme elsewhere, system colours in forced-colours (high-contrast) mode.
// Marks never rely on colour alone: a wrong value is struck through beside what it should be.
export const reportStyle = `
:root { color-scheme: light dark; --x-error: #c42b1c; --x-warning: #9d5d00; --x-info: #0f6cbd; --x-head: rgba(128,128,128,.14); --x-line: rgba(128,128,128,.55); }
@media (prefers-color-scheme: dark) { :root { --x-error: #f1707b; --x-warning: #e0b050; --x-info: #6cb8f6; } }
.xxgk-report, .review {
  --fg: var(--vscode-editor-foreground, CanvasText); --bg: var(--vscode-editor-background, Canvas);
  --line: var(--vscode-editorWidget-border, var(--x-line)); --head: var(--vscode-editorWidget-background, var(--x-head));
  --error: var(--vscode-editorError-foreground, var(--x-error)); --warning: var(--vscode-editorWarning-foreground, var(--x-warning));
  --info: var(--vscode-editorInfo-foreground, var(--x-info)); --link: var(--vscode-textLink-foreground, LinkText);
  --focus: var(--vscode-focusBorder, Highlight);
  color: var(--fg); background: var(--bg); font-family: var(--vscode-font-family, system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif); line-height: 1.6;
}
.xxgk-report h1 { font-size: 1.4em; text-align: center; }
.xxgk-report h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
.xxgk-report p { margin: .3em 0; text-indent: 2em; }
.table-wrap { overflow-x: auto; margin: .6em 0; }
table.statute { border-collapse: collapse; font-size: .92em; }
table.statute caption { text-align: left; font-weight: 600; padding: .2em 0; caption-side: top; }
table.statute th, table.statute td { border: 1px solid var(--line); padding: .2em .45em; vertical-align: middle; }
table.statute thead th, table.statute td.corner { background: var(--head); font-weight: 600; text-align: center; }
table.statute tbody th { text-align: left; font-weight: normal; background: var(--head); }
table.statute tbody th.group { font-weight: 600; text-align: center; }
table.statute td { text-align: right; font-variant-numeric: tabular-nums; min-width: 2.2em; }
table.statute td.unaligned { text-align: left; font-style: italic; }
[data-line] { cursor: pointer; }
[data-line]:focus-visible { outline: 2px solid var(--focus); }
.mark { outline: 2px solid var(--info); outline-offset: -2px; }
.mark.error { outline-color: var(--error); background: color-mix(in srgb, var(--error) 14%, transparent); }
.mark.warning { outline-color: var(--warning); background: color-mix(in srgb, var(--warning) 14%, transparent); }
.mark.information, .mark.hint { outline-style: dashed; }
mark.figure { color: inherit; background: color-mix(in srgb, var(--warning) 22%, transparent); outline-width: 1px; text-decoration: underline wavy var(--warning); }
mark.figure.error { text-decoration-color: var(--error); }
.was { text-decoration: line-through; opacity: .75; }
.should { font-weight: 700; color: var(--error); }
.should::before { content: "→ "; font-weight: normal; }
.warning > .should { color: var(--warning); }
td.lost { font-style: italic; outline: 1px dashed var(--info); outline-offset: -3px; }
td.lost::before { content: "≈"; opacity: .7; margin-right: .15em; }
td.deduced { font-style: italic; }
td.blank { background: repeating-linear-gradient(135deg, transparent 0 4px, var(--head) 4px 8px); }
td.blank::before { content: "—"; opacity: .6; }
.missing { font-style: italic; color: var(--error); }
tr.missing-row td, tr.missing-row th { border-style: dashed; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
button.fix { margin-left: .4em; font: inherit; font-size: .8em; padding: 0 .4em; cursor: pointer; color: var(--vscode-button-foreground, ButtonText); background: var(--vscode-button-background, ButtonFace); border: 1px solid var(--vscode-button-border, ButtonBorder); border-radius: 2px; }
ul.findings { padding-left: 1.2em; }
li.finding .severity { font-weight: 600; }
li.finding.error .severity { color: var(--error); }
li.finding.warning .severity { color: var(--warning); }
li.finding code { font-size: .9em; }
.not-report { font-style: italic; }
body.vscode-high-contrast .mark, body.vscode-high-contrast-light .mark { outline-width: 3px; background: none; }
@media (forced-colors: active) {
  .mark { outline: 3px solid Highlight; background: none; }
  .should { color: Highlight; }
  td.lost, td.blank { outline: 1px dashed CanvasText; background: none; }
}
@media print { button.fix { display: none; } }
`;
