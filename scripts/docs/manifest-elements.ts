// The part of a Custom Elements Manifest (schema 1.0) that the docs read, and the custom elements in it.

export interface TypeText {
  text: string;
}

export interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: TypeText;
  default?: string;
  description?: string;
  summary?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name: string; type?: TypeText; optional?: boolean; description?: string }[];
  return?: { type?: TypeText; description?: string };
}

export interface ManifestAttribute {
  name: string;
  type?: TypeText;
  default?: string;
  description?: string;
  fieldName?: string;
}

export interface ManifestEvent {
  name?: string;
  type?: TypeText;
  description?: string;
}

export interface NamedDoc {
  name: string;
  default?: string;
  description?: string;
  syntax?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestEvent[];
  slots?: NamedDoc[];
  cssParts?: NamedDoc[];
  cssProperties?: NamedDoc[];
}

export interface ManifestModule {
  kind: string;
  path: string;
  declarations?: ManifestDeclaration[];
}

export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

/** A custom element of the manifest with the file that defines it. */
export interface DocumentedElement {
  tag: string;
  file: string;
  declaration: ManifestDeclaration;
}

/** Every declaration that is a custom element with a tag name, in the manifest's order. */
export function customElementsOf(manifest: Manifest): DocumentedElement[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement === true && typeof declaration.tagName === 'string')
      .map((declaration) => ({ tag: declaration.tagName!, file: module.path, declaration })),
  );
}

/** The members a page author can use: public (no privacy said is public) and on an instance. */
export function publicMembersOf(declaration: ManifestDeclaration): ManifestMember[] {
  return (declaration.members ?? []).filter(
    (member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#'),
  );
}
