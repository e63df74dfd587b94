// What the API reference cannot do without: a sentence about each element, one about each property.

import { customElementsOf, publicMembersOf, type Manifest } from './manifest-elements.ts';

export interface DocGap {
  file: string;
  tag: string;
  message: string;
}

export interface DocGapOptions {
  /** Whether the elements of this file (a manifest path) must be documented. */
  required: (path: string) => boolean;
}

const hasText = (text: string | undefined): boolean => (text ?? '').trim() !== '';

/**
 * The elements without `@summary` nor description, and their public properties without a
 * description, in the files that must be documented. A public field is a property for this check
 * (a field that is not a Lit `@property` is API too once it is public).
 */
export function findDocGaps(manifest: Manifest, options: DocGapOptions): DocGap[] {
  const gaps: DocGap[] = [];
  for (const { tag, file, declaration } of customElementsOf(manifest)) {
    if (!options.required(file)) continue;
    if (!hasText(declaration.summary) && !hasText(declaration.description)) {
      gaps.push({ file, tag, message: 'the element has no @summary and no description' });
    }
    for (const member of publicMembersOf(declaration)) {
      if (member.kind === 'field' && !hasText(member.description) && !hasText(member.summary)) {
        gaps.push({ file, tag, message: `the public property \`${member.name}\` has no description` });
      }
    }
  }
  return gaps;
}
