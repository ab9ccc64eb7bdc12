// The preview's page: a strict Content-Security-Policy (nothing remote, nonce scripts and styles
// only), the report's HTML, and a small script that follows updates, keeps the scroll position and
// sends clicks back (a cell: move the cursor there; a fix button: apply the fix).

/** The webview's script. Plain ES2019, no imports: it runs in the webview, not in the extension. */
const script = `(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('report');
  const state = vscode.getState() || {};
  if (state.uri === document.body.dataset.uri && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let pending = 0;
  window.addEventListener('scroll', function () {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () { vscode.setState({ uri: document.body.dataset.uri, scrollY: window.scrollY }); });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message.type !== 'update') return;
    const y = window.scrollY;
    main.innerHTML = message.html;
    document.body.dataset.version = String(message.version);
    if (message.uri !== document.body.dataset.uri) {
      document.body.dataset.uri = message.uri;
      window.scrollTo(0, 0);
    } else window.scrollTo(0, y);
  });
  document.addEventListener('click', function (event) {
    const fix = event.target.closest('button.fix');
    if (fix) {
      const r = fix.dataset.range.split(',').map(Number);
      vscode.postMessage({ type: 'fix', range: r });
      return;
    }
    const place = event.target.closest('[data-line]');
    if (place) vscode.postMessage({ type: 'reveal', line: Number(place.dataset.line), character: Number(place.dataset.character) });
  });
})();`;

export interface PageContent {
  uri: string;
  version: number;
  html: string;
  style: string;
}

export function previewPage(content: PageContent, cspSource: string, nonce: string, lang: string): string {
  const csp = `default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${cspSource};`;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html lang="${attr(lang)}"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<style nonce="${nonce}">${content.style}\nbody { padding: 0 1em 2em; }</style></head>`
    + `<body data-uri="${attr(content.uri)}" data-version="${content.version}"><main id="report">${content.html}</main>`
    + `<script nonce="${nonce}">${script}</script></body></html>`;
}

export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}
