/**
 * Repairs of the OCR source are data (corrections.json), not silent edits.
 * Applying them, in order, to the whitespace-normalised source must give
 * exactly the transcription's text: that is the fidelity check.
 */
export interface Replacement {
  id: string;
  from: string;
  to: string;
  at: string;
  reason: string;
}

export interface Move {
  id: string;
  /** The block from `start` through `end` is cut and put back before `before`. */
  move: { start: string; end: string; before: string };
  at: string;
  reason: string;
}

export type Correction = Replacement | Move;

export class CorrectionError extends Error {}

/** Line breaks and the stray spaces of the two-column extraction carry no meaning in Chinese text. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

function indexOnce(text: string, needle: string, id: string, what: string): number {
  const first = text.indexOf(needle);
  if (first === -1) throw new CorrectionError(`correction ${id}: ${what} "${needle}" no longer occurs in the text`);
  if (text.indexOf(needle, first + 1) !== -1) {
    throw new CorrectionError(`correction ${id}: ${what} "${needle}" occurs more than once; give more context`);
  }
  return first;
}

export function applyCorrection(text: string, c: Correction): string {
  if ("move" in c) {
    const start = indexOnce(text, c.move.start, c.id, "move.start");
    const endAt = indexOnce(text, c.move.end, c.id, "move.end");
    const end = endAt + c.move.end.length;
    if (end <= start) throw new CorrectionError(`correction ${c.id}: move.end comes before move.start`);
    const block = text.slice(start, end);
    const rest = text.slice(0, start) + text.slice(end);
    const before = indexOnce(rest, c.move.before, c.id, "move.before");
    return rest.slice(0, before) + block + rest.slice(before);
  }
  const at = indexOnce(text, c.from, c.id, "from");
  return text.slice(0, at) + c.to + text.slice(at + c.from.length);
}

export function applyCorrections(source: string, corrections: readonly Correction[]): string {
  return corrections.reduce(applyCorrection, normaliseWhitespace(source));
}

/** What the reader sees of a correction in the 校勘记, shaped here so the template stays dumb. */
export interface CorrectionView {
  id: string;
  at: string;
  original: string;
  corrected: string;
  reason: string;
  isMove: boolean;
}

export function correctionView(c: Correction): CorrectionView {
  if ("move" in c) {
    return {
      id: c.id,
      at: c.at,
      original: `自“${c.move.start}”至“${c.move.end}”`,
      corrected: `移至“${c.move.before}”之前`,
      reason: c.reason,
      isMove: true,
    };
  }
  return { id: c.id, at: c.at, original: c.from, corrected: c.to, reason: c.reason, isMove: false };
}
