/**
 * A sentence that places readouts, cut into its words and the readouts' places: "pays {rent} a
 * month" gives the text "pays ", the readout "rent", the text " a month". The dictionary
 * (./i18n) holds the whole sentence, so each language puts the numbers where its grammar wants them.
 */
export type Piece = { text: string; readout?: undefined } | { readout: string; text?: undefined };

export const pieces = (sentence: string): Piece[] =>
  sentence
    .split(/\{([a-z0-9-]+)\}/)
    .map((s, i): Piece => (i % 2 ? { readout: s } : { text: s }))
    .filter((p) => p.readout !== undefined || p.text !== '');
