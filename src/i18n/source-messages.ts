import type { Lang } from '../content/localized.ts';
import type { SourceKind } from '../content/sources.ts';

const KINDS: Record<Lang, Record<SourceKind, string>> = {
  fr: {
    museum: 'musée',
    memorial: 'mémorial',
    archives: 'archives',
    library: 'bibliothèque',
    city: 'collectivité',
    government: 'site officiel',
    encyclopedia: 'encyclopédie',
    press: 'presse',
    broadcaster: 'audiovisuel',
    academic: 'recherche',
    book: 'livre',
    tourism: 'tourisme',
    association: 'association',
    blog: 'blog',
    forum: 'forum',
    shop: 'boutique',
    copy: 'copie',
    video: 'vidéo',
  },
  en: {
    museum: 'museum',
    memorial: 'memorial',
    archives: 'archives',
    library: 'library',
    city: 'local authority',
    government: 'government',
    encyclopedia: 'encyclopedia',
    press: 'press',
    broadcaster: 'broadcaster',
    academic: 'research',
    book: 'book',
    tourism: 'tourism',
    association: 'association',
    blog: 'blog',
    forum: 'forum',
    shop: 'shop',
    copy: 'copy',
    video: 'video',
  },
};

const MESSAGES = {
  fr: {
    kind: (kind: SourceKind) => KINDS.fr[kind],
    weakSources: 'Sources fragiles',
    weakSourcesNote: 'Seules des sources fragiles (blog, forum, boutique, copie, vidéo) rapportent ce fait\u00a0: à vérifier avant de le citer.',
    placeDates: (count: number) => `Lieu par lieu (${count})`,
  },
  en: {
    kind: (kind: SourceKind) => KINDS.en[kind],
    weakSources: 'Weak sources',
    weakSourcesNote: 'Only weak sources (blog, forum, shop, copy, video) report this: check it before citing it.',
    placeDates: (count: number) => `Place by place (${count})`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type SourceMessages = (typeof MESSAGES)['fr'];

export function sourceMessagesFor(lang: Lang): SourceMessages {
  return MESSAGES[lang];
}
