/** A valid context-card payload for tests to copy and break. */
export const SAMPLE_CARD = {
  type: 'card',
  id: 'bayeux',
  title: { fr: 'Bayeux', en: 'Bayeux' },
  date: '1944-06-07',
  places: [{ name: 'Bayeux', lat: 49.28, lon: -0.7 }],
  text: { fr: 'Texte.', en: 'Text.' },
  sources: [{ url: 'http://www.bayeuxmuseum.com/', publisher: 'Musées de Bayeux', kind: 'museum' }],
};
