/**
 * Puts a stylesheet that came inside the script on the document, as a constructed sheet: the one
 * script needs no `<link>`, and a strict Content Security Policy (`style-src 'self'`, no
 * `'unsafe-inline'`) allows it where it would refuse a `<style>` element. The sheets are the
 * player's own light-DOM rules (video.js's `.video-js`/`.vjs-*` classes and `.dv-media-*`); the
 * elements' other styles live in their shadow roots.
 */
export function adoptDocumentStyles(cssText: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
