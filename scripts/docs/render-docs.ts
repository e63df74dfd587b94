// The API reference page (`docs/index.html`) from a Custom Elements Manifest: a pure function of the
// manifest. Every text from the manifest is escaped; the page has no inline script or style.

import {
  customElementsOf,
  publicMembersOf,
  type DocumentedElement,
  type Manifest,
  type ManifestDeclaration,
  type ManifestMember,
} from './manifest-elements.ts';

export type { Manifest } from './manifest-elements.ts';

export interface RenderDocsOptions {
  /** The page's title (its one `<h1>`). */
  title?: string;
  /** Tags of elements that are a demo page rather than a building block: marked, and listed last. */
  demoPageTags?: readonly string[];
  /** Tags listed first, in this order (the others follow by tag name). */
  firstTags?: readonly string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

/** Escaped text with its `backtick` spans as `<code>` (the escaping leaves backticks alone). */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A description as paragraphs: blank lines separate them, single line breaks are spaces. */
function paragraphs(text: string | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${inline(block)}</p>`)
    .join('\n');
}

/** A description inside a table cell: one line. */
function cellText(text: string | undefined): string {
  const line = (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return line === '' ? '<span class="none">—</span>' : inline(line);
}

const codeOrDash = (text: string | undefined): string => (text === undefined || text === '' ? '<span class="none">—</span>' : code(text));

interface Column {
  header: string;
  /** The cell's HTML; the first column is the row's header. */
  cell: (row: number) => string;
}

/** A captioned table with scoped headers; each cell carries its column's name for narrow screens. */
function table(caption: string, rowCount: number, columns: readonly Column[]): string {
  if (rowCount === 0) return '';
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`).join('');
  const rows = Array.from({ length: rowCount }, (_, row) => {
    const cells = columns.map((column, index) => {
      const label = `data-label="${escapeHtml(column.header)}"`;
      return index === 0 ? `<th scope="row" ${label}>${column.cell(row)}</th>` : `<td ${label}>${column.cell(row)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<div class="table-box"><table>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

/** `name(a: T, b?: U): R` for a method. */
function signatureOf(method: ManifestMember): string {
  const parameters = (method.parameters ?? []).map(
    (parameter) => `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`,
  );
  return `${method.name}(${parameters.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

function renderAttributes(tag: string, declaration: ManifestDeclaration): string {
  const attributes = declaration.attributes ?? [];
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  const fieldOf = (row: number) => {
    const name = attributes[row]!.fieldName;
    return name === undefined ? undefined : fields.get(name);
  };
  return table(`Attributes of ${code(tag)}`, attributes.length, [
    { header: 'Name', cell: (row) => code(attributes[row]!.name) },
    { header: 'Type', cell: (row) => codeOrDash(attributes[row]!.type?.text ?? fieldOf(row)?.type?.text) },
    { header: 'Default', cell: (row) => codeOrDash(attributes[row]!.default ?? fieldOf(row)?.default) },
    { header: 'Description', cell: (row) => cellText(attributes[row]!.description ?? fieldOf(row)?.description) },
  ]);
}

function renderProperties(tag: string, declaration: ManifestDeclaration): string {
  const members = publicMembersOf(declaration);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  const fieldTable = table(`Properties of ${code(tag)}`, fields.length, [
    { header: 'Name', cell: (row) => code(fields[row]!.name) },
    { header: 'Type', cell: (row) => codeOrDash(fields[row]!.type?.text) },
    { header: 'Default', cell: (row) => codeOrDash(fields[row]!.default) },
    { header: 'Attribute', cell: (row) => codeOrDash(fields[row]!.attribute) },
    { header: 'Description', cell: (row) => cellText(fields[row]!.description ?? fields[row]!.summary) },
  ]);
  const methodTable = table(`Methods of ${code(tag)}`, methods.length, [
    { header: 'Name', cell: (row) => code(methods[row]!.name) },
    { header: 'Signature', cell: (row) => code(signatureOf(methods[row]!)) },
    { header: 'Description', cell: (row) => cellText(methods[row]!.description ?? methods[row]!.summary) },
  ]);
  return [fieldTable, methodTable].filter((part) => part !== '').join('\n');
}

function renderEvents(tag: string, declaration: ManifestDeclaration): string {
  const events = (declaration.events ?? []).filter((event) => event.name !== undefined && event.name !== '');
  return table(`Events of ${code(tag)}`, events.length, [
    { header: 'Name', cell: (row) => code(events[row]!.name!) },
    { header: 'Type', cell: (row) => codeOrDash(events[row]!.type?.text) },
    { header: 'Description', cell: (row) => cellText(events[row]!.description) },
  ]);
}

function renderStyling(tag: string, declaration: ManifestDeclaration): string {
  const slots = declaration.slots ?? [];
  const parts = declaration.cssParts ?? [];
  const properties = declaration.cssProperties ?? [];
  return [
    table(`Slots of ${code(tag)}`, slots.length, [
      { header: 'Name', cell: (row) => (slots[row]!.name === '' ? '(default)' : code(slots[row]!.name)) },
      { header: 'Description', cell: (row) => cellText(slots[row]!.description) },
    ]),
    table(`CSS parts of ${code(tag)}`, parts.length, [
      { header: 'Name', cell: (row) => code(parts[row]!.name) },
      { header: 'Description', cell: (row) => cellText(parts[row]!.description) },
    ]),
    table(`CSS custom properties of ${code(tag)}`, properties.length, [
      { header: 'Name', cell: (row) => code(properties[row]!.name) },
      { header: 'Default', cell: (row) => codeOrDash(properties[row]!.default) },
      { header: 'Description', cell: (row) => cellText(properties[row]!.description) },
    ]),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function renderElement({ tag, file, declaration }: DocumentedElement, isDemoPage: boolean): string {
  const summary = declaration.summary?.trim();
  const tables = [
    renderAttributes(tag, declaration),
    renderProperties(tag, declaration),
    renderEvents(tag, declaration),
    renderStyling(tag, declaration),
  ].filter((part) => part !== '');
  return `<section class="element" aria-labelledby="${escapeHtml(tag)}">
<h2 id="${escapeHtml(tag)}">${code(`<${tag}>`)}${isDemoPage ? ' <span class="badge">Demo page</span>' : ''}</h2>
${summary ? `<p class="summary">${inline(summary)}</p>` : ''}
${paragraphs(declaration.description)}
<p class="source">Class ${code(declaration.name)}, defined in ${code(file)}.</p>
${tables.length === 0 ? '<p>No public attributes, properties, events or styling hooks.</p>' : tables.join('\n')}
</section>`;
}

/** The elements in reading order: the first tags, then by tag name, demo pages last. */
function inReadingOrder(elements: readonly DocumentedElement[], options: RenderDocsOptions): DocumentedElement[] {
  const first = options.firstTags ?? [];
  const demo = new Set(options.demoPageTags ?? []);
  const rank = (element: DocumentedElement): number => {
    if (demo.has(element.tag)) return first.length + 1;
    const index = first.indexOf(element.tag);
    return index === -1 ? first.length : index;
  };
  return [...elements].sort((a, b) => rank(a) - rank(b) || a.tag.localeCompare(b.tag, 'en'));
}

const ONE_SCRIPT_SNIPPET = `<script type="module" src="/embed/douze-vies.js"></script>
<dv-player id="ep6" manifest="/manifest.json" episode="episode-06" lang="fr"></dv-player>
<dv-chapter-list player="ep6"></dv-chapter-list>`;

const IFRAME_SNIPPET = `<iframe src="/embed.html?manifest=/manifest.json&episode=episode-06&t=0" title="Six Ans – Douze Vies, episode 6" allow="fullscreen; autoplay" style="aspect-ratio: 4 / 3; width: 100%; border: 0"></iframe>`;

function renderGettingStarted(): string {
  return `<section aria-labelledby="getting-started">
<h2 id="getting-started">Getting started</h2>
<p>Load the one script, then place a player and any panels on the page. A panel outside the player
names it with <code>player="&lt;id&gt;"</code>; inside a <code>&lt;dv-player&gt;</code> it needs no attribute.</p>
<pre><code>${escapeHtml(ONE_SCRIPT_SNIPPET)}</code></pre>
<p>Or embed the whole player in a frame (no script on your page):</p>
<pre><code>${escapeHtml(IFRAME_SNIPPET)}</code></pre>
</section>`;
}

/** The whole reference page. */
export function renderDocs(manifest: Manifest, options: RenderDocsOptions = {}): string {
  const title = options.title ?? 'Six Ans – Douze Vies player: element reference';
  const demo = new Set(options.demoPageTags ?? []);
  const elements = inReadingOrder(customElementsOf(manifest), options);
  const toc = elements
    .map(
      ({ tag, declaration }) =>
        `<li><a href="#${escapeHtml(tag)}">${code(`<${tag}>`)}</a>${demo.has(tag) ? ' (demo page)' : ''}${
          declaration.summary ? ` <span class="toc-summary">${inline(declaration.summary.trim())}</span>` : ''
        }</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="dark">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="docs.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to the reference</a>
<header class="site">
<nav aria-label="Site">
<ul>
<li><a href="../index.html">The player</a></li>
<li><a href="../liberation.html">The Liberation map</a></li>
</ul>
</nav>
</header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
<p class="lead">Custom elements of the player, generated from their source (Custom Elements Manifest, schema ${escapeHtml(manifest.schemaVersion)}).</p>
${renderGettingStarted()}
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Elements</h2>
<ul>
${toc}
</ul>
</nav>
${elements.map((element) => renderElement(element, demo.has(element.tag))).join('\n')}
</main>
</body>
</html>
`;
}
