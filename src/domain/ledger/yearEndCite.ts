// Puts a figure into the draft as 「3次〔1〕」, numbering the markers in the order they appear in the finished text.
import type { FigureKey, YearEndFigure } from './yearEndTypes.js';

export interface Citer {
  figure(key: FigureKey): YearEndFigure;
  count(key: FigureKey): number;
  /**
   * 「3次」 with a marker to be numbered; for a zero, the seed's own blank
   * 「X次〔待补充：台账中暂无…记录〕」, so the draft never states a number the records
   * do not hold and the gap is plain to see.
   */
  cite(key: FigureKey): string;
  /** The paragraphs with markers numbered 〔1〕〔2〕… as they read, and the figures in that order. */
  finish(paragraphs: readonly string[]): { paragraphs: string[]; figures: YearEndFigure[] };
}

/** Prose is assembled in whatever order is convenient; numbering waits for the final text. */
const MARK = /〔#([a-z_]+)〕/g;

export function createCiter(figures: ReadonlyMap<FigureKey, YearEndFigure>): Citer {
  const figure = (key: FigureKey): YearEndFigure => {
    const found = figures.get(key);
    if (!found) throw new Error(`no figure ${key}`);
    return found;
  };
  return {
    figure,
    count: (key) => figure(key).count,
    cite(key) {
      const f = figure(key);
      return f.count === 0 ? `X${f.unit}〔待补充：台账中暂无${f.label}记录〕` : `${f.count}${f.unit}〔#${key}〕`;
    },
    finish(paragraphs) {
      const cited: YearEndFigure[] = [];
      const numbered = paragraphs.map((p) =>
        p.replace(MARK, (_, key: FigureKey) => {
          let entry = cited.find((c) => c.key === key);
          if (!entry) cited.push((entry = { ...figure(key), no: cited.length + 1 }));
          return `〔${entry.no}〕`;
        }),
      );
      return { paragraphs: numbered, figures: cited };
    },
  };
}
