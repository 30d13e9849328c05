/**
 * The states of the United States as news writes them after a town: full names and the AP
 * abbreviations ("Everett, Wash.", "Cupertino, California", "Orlando, Fla."). A capitalised word
 * followed by ", <state>" is a place, not a person.
 */

/** Lower-cased full names (with DC). */
export const US_STATE_NAMES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'd.c',
]);

/** States whose name is also a city's that news names alone ("in New York", "in Washington"): either may be meant. */
export const US_STATES_NAMED_AS_CITIES: ReadonlySet<string> = new Set(['new york', 'washington']);

/** Lower-cased AP abbreviations, without their period ("wash" for "Wash."). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore',
  'pa', 'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);
