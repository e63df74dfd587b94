/**
 * Tells French from English in a string of the interface, to catch a string shown in the wrong
 * language (`?lang=en` showing « Chapitre suivant », or `?lang=fr` showing "Playback Rate").
 *
 * Interface strings are short, so this is no statistical model: it counts evidence, whole words only.
 * - Interface words exclusive to one language ("chapitre", "sous-titres" / "captions", "fullscreen"):
 *   these count wherever they are, capitalised or not ("Playback Rate" is video.js's English).
 * - Function words exclusive to one language ("les", "dans" / "the", "with"), French elisions
 *   ("l’épisode"), English contractions and possessives ("don’t", "teacher’s"), and lower-case words
 *   with French accents: these count only outside proper names, so that "Pointe du Hoc", "Band of
 *   Brothers", "Portrait d’Archie Sweeney" or "Charles de Gaulle" say nothing.
 * A proper name is a run of capitalised words not in the lists, with the connectors between them
 * ("de", "la", "of", "the"…) and a capitalised article before them ("La Fière", "The Pacific").
 * Numbers, dates and punctuation say nothing. A string with as much evidence for the wrong language
 * as for the right one is reported (a tie is more often a half-translated string than a quotation).
 *
 * No DOM: unit-tested in tests/unit/language-detector.test.ts, used by tests/browser/languages.spec.ts.
 */

export type DetectedLang = 'fr' | 'en';

export interface LanguageEvidence {
  /** The words that count for French, in order. */
  readonly fr: readonly string[];
  /** The words that count for English, in order. */
  readonly en: readonly string[];
}

// --- Interface words: the words of a player's and of this page's interface, exclusive to one language.
// Words both languages spell alike ("pause", "image", "mode", "volume", "passage", "sources", "film",
// "portrait", "descriptions", "audio", "code", "place", "type", "style", "parent", "service", "sort")
// are in neither list.
const FR_INTERFACE = words(`
  chapitre chapitres suivant suivante précédent précédente lecture lire revoir vidéo vidéos sourdine muet
  écran plein sous-titres sous-titre vitesse désactivé désactivés désactivée désactivées activer activé
  fermer réglages réglage paramètres texte arrière-plan fenêtre couleur blanc noir rouge vert bleu jaune
  opacité taille caractères police polices aucun aucune terminé réinitialiser durée temps restant actuel
  progression barre chargé chargement carte personnes personne chronologie contexte fiche fiches lieu
  lieux épisode épisodes enseignant sensible sensibles avertissement avertissements avertir flouter flouté
  floutée floutés enfant valider modifier biographie unité arme théâtre théâtres mort morts survivants
  survécu combats filtrer calendrier légende jour jours vue atteint atteints cours venir vérifier
  discutée aller histoire déjà vues nouvelle langue problème problèmes erreur fichier fichiers
  sélectionné boîte dialogue modale début fin échap échappement touche direct flux niveau piste avancer
  reculer seconde secondes ombre contours élevé enfoncé uniforme portée manuscrite petites capitales
  famille chasse empattement onglet nouvel lecteur apparitions apparition enregistrés choix prévenir
  passer continuer regarder quitter incorrect fragiles pistes classe audiodescription raccourcis clavier
  reprendre ville villes nom complet naissance espace maj afficher masquer musée bibliothèque collectivité
  officiel encyclopédie presse audiovisuel recherche livre tourisme boutique copie blessures pacifique
  partager lien intégrer copier
`);

const EN_INTERFACE = words(`
  chapter chapters next previous play playing replay video videos mute unmute muted fullscreen screen
  subtitles subtitle captions caption off settings setting close done reset playback speed text
  background window color colour white black red green blue yellow opacity size edge raised depressed
  uniform drop shadow family proportional monospace casual small caps dialog beginning escape cancel
  loading loaded progress remaining current time duration stream live seek currently behind level track
  picture skip backward forward seconds context people map timeline card cards teacher episode episodes
  warning warnings stretch stretches blur blurred child confirm biography unit killed survived fighting
  filter calendar legend day days view reached checked disputed history seen earlier new language
  problem problems error files selected sound watch choice choices saved tab player appearances
  share link embed copy
  appearance switches everyone nobody everything wrong weak check ideas class footage viewing transcript
  keyboard shortcuts resume watched theatre theatres theater fate name full birth keys key space shift
  arrow left right mark show hide museum memorial library local authority government encyclopedia press
  broadcaster research book tourism shop copy death dead bodies executions injuries distress none exit
  picture-in-picture pacific match matches
`);

/** Month names: capitalised next to a name they are a first name ("June Wandrey"), not a date. */
const FR_MONTHS = words(`
  janv févr avr juil sept déc janvier février mars avril mai juin juillet août septembre octobre novembre
  décembre
`);
const EN_MONTHS = words('january february april june july august september october november december jan feb apr jun jul aug sep dec');
// Left out as words of both languages: "rate", "font", "bar", "file", "script", "modal", "second"
// ("il rate", "ils font", "un bar", "une file", "le script", "modal", "le second").

// --- Function words exclusive to one language. Left out as words of both: "a", "on", "as", "an",
// "or", "me", "son", "but", "plus", "si", "car", "par", "encore", "pendant", "y".
const FR_FUNCTION = words(`
  le la les des du un une et est sont dans pour avec sur au aux ce cette ces cet qui que quel quelle quels
  quelles pas ne il ils elle elles je tu nous vous mon ma mes ta tes votre vos notre nos leur leurs sa ses
  chaque tous toutes tout toute sans sous entre vers chez depuis après avant aussi très mais donc quand
  comme non oui lors dont puis selon hors ici fois ou en de à où être été ceci cela près
`);
const EN_FUNCTION = words(`
  the and of to is are was were be been being has have had with for this that these those from by at it
  its his her their they he she we you your our which who whom what when where why how will would can
  could should not there here into over under after before between each every all any some only also
  than then yet about up down out again once did does do just more most other such own too very while
  in if no
`);

/** Connectors inside a proper name: "Pointe du Hoc", "Band of Brothers", "Vierville sur Mer". */
const NAME_CONNECTORS = words('de du des la le les d’ l’ of the and et en sur aux von van y');

/** Elided French articles and pronouns: "l’épisode", "d’avertissement", "qu’il", "n’est". */
const FRENCH_ELISION = /^(l|d|qu|n|j|s|c|m|t|jusqu|lorsqu|puisqu)’(.+)$/i;
/** English contractions and possessives: "don’t", "teacher’s", "it’s", "you’re". */
const ENGLISH_CONTRACTION = /^(.+)’(s|t|re|ve|ll|d|m)$/i;
const FRENCH_ACCENT = /[àâçéèêëîïôùûüÿœæ]/;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

interface Token {
  readonly word: string;
  readonly lower: string;
  readonly capitalised: boolean;
  /** Only spaces between this word and the one before ("June Wandrey", not "Lyon. 3 September"). */
  readonly joinedToPrevious: boolean;
}

function tokenize(text: string): Token[] {
  const normalized = text.normalize('NFC').replace(/'/g, '’');
  let previousEnd: number | undefined;
  return Array.from(normalized.matchAll(/[\p{L}\p{M}][\p{L}\p{M}’-]*/gu), (match) => {
    const word = match[0].replace(/[’-]+$/, '');
    const joinedToPrevious = previousEnd !== undefined && /^\s+$/.test(normalized.slice(previousEnd, match.index));
    previousEnd = match.index + match[0].length;
    return { word, lower: word.toLowerCase(), capitalised: /^\p{Lu}/u.test(word), joinedToPrevious };
  });
}

function listed(lower: string): boolean {
  return [FR_INTERFACE, EN_INTERFACE, FR_FUNCTION, EN_FUNCTION, FR_MONTHS, EN_MONTHS].some((list) => list.has(lower));
}

/** A capitalised word in no list: a name ("Caen", "Sweeney", "Overlord"); an acronym ("UN", "WWII"). */
function isNameWord(token: Token): boolean {
  if (!token.capitalised) return false;
  // "Teacher’s", "Normandy’s": English, whatever the word.
  if (ENGLISH_CONTRACTION.test(token.word) && !FRENCH_ELISION.test(token.word)) return false;
  if (token.word.length > 1 && token.word === token.word.toUpperCase() && !FR_INTERFACE.has(token.lower) && !EN_INTERFACE.has(token.lower)) return true;
  const elided = FRENCH_ELISION.exec(token.word);
  // "d’Archie", "l’Orne": the elision belongs to the name that follows.
  if (elided) return /^\p{Lu}/u.test(elided[2]!);
  return !listed(token.lower);
}

/** Which tokens belong to proper names. */
function nameMask(tokens: readonly Token[]): boolean[] {
  const name = tokens.map(isNameWord);
  // Connectors between two name words, and "de", "du", "des" right before one.
  for (let i = 0; i < tokens.length; i++) {
    if (name[i] || !NAME_CONNECTORS.has(tokens[i]!.lower)) continue;
    let j = i;
    while (j < tokens.length && !name[j] && NAME_CONNECTORS.has(tokens[j]!.lower)) j++;
    const before = i > 0 && name[i - 1];
    const after = j < tokens.length && name[j];
    // "Pointe du Hoc", "Band of Brothers" (between names); "de Gaulle", "du Hoc" (before a name).
    const lowerConnectorsBeforeName = after && tokens.slice(i, j).every((token) => ['de', 'du', 'des', 'von', 'van'].includes(token.lower));
    if ((before && after) || lowerConnectorsBeforeName) for (let k = i; k < j; k++) name[k] = true;
  }
  // A capitalised article or connector right before a name: "La Fière", "The Pacific", "Le Havre".
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!name[i] && tokens[i]!.capitalised && NAME_CONNECTORS.has(tokens[i]!.lower) && name[i + 1]) name[i] = true;
  }
  return name;
}

/** Every word that counts for French and for English in `text`. */
export function languageEvidence(text: string): LanguageEvidence {
  const tokens = tokenize(text);
  const name = nameMask(tokens);
  const fr: string[] = [];
  const en: string[] = [];
  tokens.forEach((token, i) => {
    const { lower } = token;
    // Interface words count even capitalised, even next to a name: "Playback Rate", "Regarder : Caen".
    // (A name made of them, "Big Red One", is for the page test's allow-list.)
    if (FR_INTERFACE.has(lower)) return void fr.push(token.word);
    if (EN_INTERFACE.has(lower)) return void en.push(token.word);
    const month = FR_MONTHS.has(lower) ? fr : EN_MONTHS.has(lower) ? en : undefined;
    if (month) {
      const nextToName = (name[i - 1] && token.joinedToPrevious) || (name[i + 1] && tokens[i + 1]!.joinedToPrevious);
      if (!(token.capitalised && nextToName)) month.push(token.word);
      return;
    }
    if (name[i]) return;
    if (FR_FUNCTION.has(lower)) return void fr.push(token.word);
    if (EN_FUNCTION.has(lower)) return void en.push(token.word);
    const elided = FRENCH_ELISION.exec(token.word);
    if (elided) return void fr.push(token.word);
    const contracted = ENGLISH_CONTRACTION.exec(token.word);
    if (contracted) return void en.push(token.word);
    if (!token.capitalised && FRENCH_ACCENT.test(lower)) fr.push(token.word);
  });
  return { fr, en };
}

/** The language `text` is in, or undefined when it says nothing either way (names, numbers, a tie). */
export function detectLanguage(text: string): DetectedLang | undefined {
  const { fr, en } = languageEvidence(text);
  if (fr.length > en.length) return 'fr';
  if (en.length > fr.length) return 'en';
  return undefined;
}

/**
 * True when `text`, shown on a page in `expected`, holds at least as much evidence for the other
 * language as for `expected` (and some).
 */
export function isInOtherLanguage(text: string, expected: DetectedLang): boolean {
  const evidence = languageEvidence(text);
  const wrong = expected === 'fr' ? evidence.en : evidence.fr;
  const right = expected === 'fr' ? evidence.fr : evidence.en;
  return wrong.length > 0 && wrong.length >= right.length;
}
