// Custom Elements Manifest analyzer config (`cem analyze`, or scripts/docs/build-docs.ts, which
// passes --outdir). Only what a page author can use is kept: private, protected and `@internal`
// members, and Lit's `@state` fields, are dropped from the manifest (an attribute stays when its field
// is hidden: `lang` on dv-player is public even though its field is protected). Events the analyzer
// guessed wrongly are dropped too: it names an event after the first argument of
// `this.dispatchEvent(new SomeEvent(arg))`, even when that argument is a variable (`action`,
// `choice`) or a constant (`SNAPSHOT_EVENT`), and lists an event with no name for `new SomeEvent()`.

/** Whether a member is not public API. */
function isHidden(member) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    (member.name ?? '').startsWith('#') ||
    member.internal === true
  );
}

/** The names of the `@state()` fields and of `@internal` members of each class, by class name. */
const hiddenByClass = new Map();

/** Event names the analyzer took from a variable, not a string, by class name. */
const guessedEventsByClass = new Map();

/** Records `this.dispatchEvent(new X(identifier, …))` calls of a class: their "name" is a guess. */
function collectGuessedEvents(ts, node) {
  if (!ts.isClassDeclaration(node) || !node.name) return;
  const guessed = new Set();
  const visit = (child) => {
    if (
      ts.isCallExpression(child) &&
      ts.isPropertyAccessExpression(child.expression) &&
      child.expression.name.text === 'dispatchEvent'
    ) {
      for (const arg of child.arguments) {
        const first = ts.isNewExpression(arg) ? arg.arguments?.[0] : undefined;
        if (first && ts.isIdentifier(first)) guessed.add(first.text);
      }
    }
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  guessedEventsByClass.set(node.name.text, guessed);
}

/** Collects `@state()` fields and JSDoc `@internal` members in the analyze phase (the AST). */
function collectHidden(ts, node) {
  if (!ts.isClassDeclaration(node) || !node.name) return;
  const hidden = new Set();
  for (const member of node.members) {
    const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (!name) continue;
    const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
    const isState = decorators.some(
      (d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'state',
    );
    const isInternal = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
    if (isState || isInternal) hidden.add(name);
  }
  hiddenByClass.set(node.name.text, hidden);
}

/** Drops hidden members (and the attributes they back) from each class of a module. */
function dropHidden(moduleDoc) {
  for (const declaration of moduleDoc.declarations ?? []) {
    if (declaration.kind !== 'class') continue;
    const hidden = hiddenByClass.get(declaration.name) ?? new Set();
    const isGone = (member) => isHidden(member) || hidden.has(member.name);
    const gone = new Set((declaration.members ?? []).filter(isGone).map((member) => member.name));
    if (declaration.members) declaration.members = declaration.members.filter((member) => !gone.has(member.name));
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.fieldName && gone.has(attribute.fieldName)) delete attribute.fieldName;
    }
    const guessed = guessedEventsByClass.get(declaration.name) ?? new Set();
    if (declaration.events) {
      declaration.events = declaration.events.filter(
        (event) => event.name && !(guessed.has(event.name) && !event.description),
      );
    }
  }
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApiOnly = {
  name: 'dv-public-api-only',
  analyzePhase({ ts, node }) {
    collectHidden(ts, node);
    collectGuessedEvents(ts, node);
  },
  moduleLinkPhase({ moduleDoc }) {
    dropHidden(moduleDoc);
  },
};

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ['src/ui/dv-*.ts', 'src/app/dv-app.ts'],
  exclude: [],
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [publicApiOnly],
};
