// What a reader types into "Set Article Date…", read by the engine's own reader of the front
// matter's `date:` (headerDate), so the command accepts exactly what the engine would read from the
// header it writes. No vscode import: the unit tests read it directly.
import { loadEngine } from '../node/loadEngine';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LEADING_ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * The ISO value ("2025-04-25", "2025-04" or "2025") the front matter gets for `input`, or undefined
 * when it is no date. Anything the header reader reads is taken as it reads it ("2025-04-25",
 * "April 25, 2025", "25 April 2025", "25/4/2025"); a day written without its year ("April 25",
 * "25 April") takes `year` (the article's current year, else this year).
 */
export function parseArticleDateInput(input: string, year: number): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const iso = LEADING_ISO.exec(text);
  if (iso) {
    // The header reader reads the ISO prefix of a value; typed here, "2025-4-25" must not become
    // "2025": only a time of day may follow ("2025-04-25T10:00").
    const rest = text.slice(iso[0].length);
    return rest === '' || (iso[0].length === 10 && /^T\d/.test(rest)) ? (loadEngine().headerDate(text) ?? undefined) : undefined;
  }
  const read = loadEngine().headerDate(text);
  if (read) return read;
  // Without a year the reader is not certain of the date; with the article's year it is. Only a
  // whole day counts: "Thursday 2025" must not turn into a bare year.
  const completed = loadEngine().headerDate(`${text} ${year}`);
  return completed && FULL_DAY.test(completed) ? completed : undefined;
}
