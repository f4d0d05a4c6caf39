// The widget's CSS, applied inside its shadow root. The host element resets every inherited
// property (!important beats the page's rules on the host), so page CSS cannot reach in; only
// the --sl-* custom properties pass, which is the theming API. Dark mode is the .dark class,
// set for theme mode 'dark', or 'auto' when the system prefers dark.
export const CSS = `
:host{all:initial!important;display:block!important}
.r{--b:var(--sl-brand,#4338ca);--bt:var(--sl-brand-text,#fff);--bg:var(--sl-bg,#fff);--fg:var(--sl-fg,#1f2937);--mu:var(--sl-muted,#4b5563);--ln:var(--sl-line,#6b7280);--rad:var(--sl-radius,12px);
position:fixed;z-index:2147483000;bottom:16px;right:16px;width:min(400px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;box-sizing:border-box;padding:20px;
background:var(--bg);color:var(--fg);border:1px solid var(--ln);border-radius:var(--rad);box-shadow:0 8px 30px #0003;
font:15px/1.45 var(--sl-font,system-ui,sans-serif);text-align:left;animation:in .2s ease-out}
.r.bl,.r.tl{right:auto;left:16px}.r.tr,.r.tl{bottom:auto;top:16px}
@keyframes in{from{opacity:0;transform:translateY(12px)}}
@media (prefers-reduced-motion:reduce){.r{animation:none}}
.r.dark{--bg:var(--sl-bg,#111827);--fg:var(--sl-fg,#f9fafb);--mu:var(--sl-muted,#d1d5db);--ln:var(--sl-line,#9ca3af);--b:var(--sl-brand-dark,#a5b4fc);--bt:var(--sl-brand-dark-text,#111827)}
*{box-sizing:border-box;font:inherit;color:inherit;margin:0}
h2,.q{display:block;font-size:16px;font-weight:600;color:var(--fg);margin:0 28px 12px 0}
p{margin:0 0 14px;color:var(--mu)}
button,textarea{cursor:pointer;border-radius:calc(var(--rad)*.6);border:1px solid var(--ln);background:var(--bg);padding:8px 12px}
textarea{display:block;width:100%;min-height:72px;cursor:text;resize:vertical;margin:6px 0 12px}
label{display:block;font-size:14px;color:var(--mu)}
button:disabled{opacity:.6;cursor:default}
:focus-visible{outline:3px solid var(--b);outline-offset:2px}
.x{position:absolute;top:10px;right:10px;border:0;width:32px;height:32px;padding:0;font-size:20px;line-height:1;color:var(--mu)}
.s{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:4px}
.s button{padding:8px 0;min-width:0;min-height:40px;font-weight:600}
[aria-checked=true],.p{background:var(--b)!important;color:var(--bt)!important;border-color:var(--b)!important}
.e{display:flex;justify-content:space-between;gap:8px;margin-top:6px;font-size:13px;color:var(--mu)}
.v{display:grid;gap:4px;margin-bottom:12px}
.v button{text-align:left;padding:6px 12px}
.f{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end;align-items:center;margin-top:12px}
.f .l{margin-right:auto;border:0;padding:8px 0;text-decoration:underline;color:var(--mu)}
.h{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.r,.r.bl,.r.tl,.r.tr{left:8px;right:8px;bottom:8px;top:auto;width:auto;padding:16px}.s{gap:2px}.s button{font-size:14px}}
`

// Constructable stylesheets work under a strict CSP; a <style> needs the page's nonce.
export function applyStyles(root: ShadowRoot, nonce?: string): void {
  const sheet = typeof CSSStyleSheet == 'function' && 'replaceSync' in CSSStyleSheet.prototype && new CSSStyleSheet()
  if (sheet && 'adoptedStyleSheets' in root) {
    sheet.replaceSync(CSS)
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = CSS
    root.appendChild(style)
  }
}
