/**
 * Human-readable renderings of the report: plain text for a terminal and Markdown to share.
 * Both are derived from the JSON report only, so every format says the same thing.
 */
import type { ClaimMatch, CorpusEvent, DocumentReport, Person, Report } from '.';
import { sourceLabels } from './sourceLabel';

/** Options of the text and Markdown renderings. */
export interface RenderOptions {
  /** A reader's own source labels, by document id (the extension's `crossread.sources.labels`). */
  sourceLabels?: Readonly<Record<string, string>>;
}

function claimText(report: Report, claimId: string): string {
  const documentId = claimId.slice(0, claimId.lastIndexOf('#'));
  const doc = report.documents.find((d) => d.id === documentId);
  return doc?.claims.find((c) => c.id === claimId)?.text ?? claimId;
}

/** What follows a source's label in the Sources list: its file, headline (when not the label) and date. */
function documentDetails(doc: DocumentReport, label: string): string {
  const parts = [doc.id];
  if (doc.title && !label.startsWith(doc.title.slice(0, 20))) parts.push(doc.title);
  parts.push(doc.referenceDate.value ?? 'date unknown');
  return parts.join(' · ');
}

/** A claim's source label and text: `Example Daily: The man, 29, …`. */
function labelledClaim(report: Report, labels: ReadonlyMap<string, string>, claimId: string): string {
  const documentId = claimId.slice(0, claimId.lastIndexOf('#'));
  return `${labels.get(documentId) ?? documentId}: ${claimText(report, claimId)}`;
}

function countsOf(doc: DocumentReport): string {
  return [
    countOf(doc.people.length, 'person mention', 'people mentions'),
    countOf(doc.dates.length, 'date'),
    countOf(doc.quotes.length, 'quote'),
    countOf(doc.claims.length, 'claim'),
  ].join(', ');
}

/** "only the first 1,000,000 of 2,400,000 characters analysed" for an article cut at the size limit. */
function cutNote(truncated: NonNullable<DocumentReport['truncated']>): string {
  return `only the first ${truncated.analysedCharacters.toLocaleString('en-US')} of ${truncated.totalCharacters.toLocaleString('en-US')} characters analysed`;
}

function eventDate(event: CorpusEvent): string {
  if (!event.date.value) return 'undated';
  return event.date.source === 'inferred' ? `${event.date.value} (inferred)` : event.date.value;
}

function personName(report: Report, id: string): string {
  return report.people.find((p) => p.id === id)?.name ?? id;
}

/** "1 source", "2 sources"; `plural` for irregular words ("people", "matches"). */
export function countOf(n: number, singular: string, plural = singular + 's'): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * The one unit Crossread counts disagreements in, on every surface: a **contradicted sentence**,
 * a sentence of one source that a sentence of another source contradicts. One sentence that two
 * sources contradict counts once; the two sentences of one contradiction count twice (each is
 * contradicted, and each has its own entry in the Problems panel).
 */
export function contradictedSentences(report: Pick<Report, 'matches'>): Set<string> {
  const claims = new Set<string>();
  for (const match of report.matches) {
    if (match.relation !== 'contradicts') continue;
    claims.add(match.a);
    claims.add(match.b);
  }
  return claims;
}

function summaryLine(report: Report): string {
  return [
    countOf(report.documents.length, 'source'),
    countOf(report.people.length, 'person', 'people'),
    countOf(report.events.length, 'event'),
    countOf(report.matches.length, 'match', 'matches'),
    countOf(contradictedSentences(report).size, 'contradicted sentence'),
  ].join(' · ');
}

function rolesOf(person: Person): string {
  const roles = [...new Set(person.roles.map((r) => r.text))];
  return roles.length ? ` (${roles.join('; ')})` : '';
}

/**
 * What differs between two claims, slot by slot with both sides' words (`age: "29" vs "30"`), for
 * a contradiction or a later report; what they share in plain words otherwise. Never stems.
 */
export function matchSummary(match: ClaimMatch): string {
  if (match.differences?.length) {
    const arrow = match.relation === 'updates' ? ' → ' : ' vs ';
    return match.differences.map((d) => `${d.slot}: "${d.a.text}"${arrow}"${d.b.text}"`).join('; ');
  }
  // The reason without the stemmed words it lists last ("terms: envoi, diplomat"): people, places,
  // dates, numbers and facts read as written.
  const plain = match.reason.split('; ').filter((part) => !/^(?:shared )?terms:/.test(part)).join('; ');
  return plain === '' || plain === 'shared' ? 'similar wording' : plain;
}

/**
 * A contradiction or later report seen from one of its claims: `age "29" here — "30" in Example
 * Daily`. `here` is the claim the reader is on; `otherSource` names the other side's source.
 */
export function conflictLine(match: ClaimMatch, here: string, otherSource: string): string {
  const mine = match.a === here ? 'a' : 'b';
  const theirs = mine === 'a' ? 'b' : 'a';
  if (match.differences?.length) {
    return match.differences.map((d) => `${d.slot} "${d[mine].text}" here — "${d[theirs].text}" in ${otherSource}`).join('; ');
  }
  return `${matchSummary(match)} (${otherSource})`;
}

const RELATION_WORD: Readonly<Record<ClaimMatch['relation'], string>> = { contradicts: 'contradicts', updates: 'later report', agrees: 'agrees', related: 'related' };

function matchLine(report: Report, labels: ReadonlyMap<string, string>, match: ClaimMatch): string {
  return `${RELATION_WORD[match.relation]}: ${matchSummary(match)}\n    ${labelledClaim(report, labels, match.a)}\n    ${labelledClaim(report, labels, match.b)}`;
}

/** The default CLI output: a readable summary for a terminal. */
export function renderText(report: Report, options: RenderOptions = {}): string {
  const labels = sourceLabels(report.documents, options.sourceLabels);
  const out: string[] = [`Crossread: ${summaryLine(report)}`, ''];
  out.push('Sources');
  for (const doc of report.documents) {
    const label = labels.get(doc.id) ?? doc.id;
    out.push(`  ${label} — ${documentDetails(doc, label)}`);
    out.push(`      ${countsOf(doc)}${doc.truncated ? ` · ${cutNote(doc.truncated)}` : ''}`);
  }
  if (report.events.length) {
    out.push('', 'Timeline');
    for (const event of report.events) {
      const sources = new Set(event.mentions.map((m) => m.document)).size;
      out.push(`  ${eventDate(event).padEnd(22)} ${event.label}${event.place ? ` — ${event.place}` : ''} (${countOf(sources, 'source')})`);
    }
  }
  if (report.people.length) {
    out.push('', 'People');
    for (const person of report.people) {
      out.push(`  ${person.name}${rolesOf(person)} — ${countOf(person.documents.length, 'source')}`);
    }
  }
  for (const [relation, heading] of [['contradicts', 'Contradictions'], ['updates', 'Later reports']] as const) {
    const matches = report.matches.filter((m) => m.relation === relation);
    if (!matches.length) continue;
    out.push('', heading);
    for (const match of matches) out.push('  ' + matchLine(report, labels, match));
  }
  if (report.syndication?.length) {
    out.push('', 'Copies of one story (one source each)');
    for (const group of report.syndication) out.push(`  ${group.documents.map((d) => labels.get(d) ?? d).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/**
 * Escapes article text for Markdown, so it is shown as text and never as markup or links: `:` and
 * `@` are escaped too, so that bare URLs and e-mail addresses are not turned into links.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$:@&]/g, (c) => '\\' + c);
}

/**
 * Control characters that a terminal or a viewer would obey rather than show (escape sequences
 * that retitle the terminal, make links or hide words; carriage returns that overwrite a line;
 * bidirectional overrides that reorder it): everything but line feed and tab in C0, DEL, C1, and
 * the bidirectional controls.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character shown instead of obeyed: C0 as its control picture
 * ("␛" for ESC, "␍" for CR), the others as "⟨U+202E⟩" (no markup in Markdown either). For the
 * CLI's text and Markdown output, which carry article text and file names to a terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/**
 * Article text or a file name for a VS Code card that renders theme icons (hovers, tree tooltips):
 * Markdown escaped, and "$" written as an entity, since the card turns "$(check)" into an icon after
 * the Markdown is rendered, escaped or not. An article must not be able to draw a ✓ in a card.
 */
export function escapeCardMarkdown(text: string): string {
  return escapeMarkdown(text).replace(/\\\$/g, '&#36;');
}

/**
 * The arguments of a `command:` link, encoded completely: `encodeURIComponent` leaves "(", ")" and
 * "'" as they are, and a ")" from a file name would end the Markdown link early.
 */
export function commandLinkArguments(args: readonly unknown[]): string {
  return encodeURIComponent(JSON.stringify(args)).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Article text for a shared Markdown report: only the characters that would start markup inside a
 * line are escaped (emphasis, code, links, HTML, table cells, headings), and bare URLs and e-mail
 * addresses are broken up so they are not linked. "U.S.", "people:" and "file_name" stay as written,
 * so the report reads cleanly as plain text too.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*[\]<>|~#$]/g, (c) => '\\' + c)
    // An underscore between two letters or digits never starts emphasis ("002_7bee", "snake_case"): left as written.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    // "&amp;" in an article would show as "&": an ampersand that starts an entity is escaped, and one
    // that could start one with the next character the report writes after the text ("&amp" + "; ").
    // "AT&T Inc." stays clean.
    .replace(/&(?=#?[A-Za-z0-9]+(?:;|$))/g, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/@/g, '\\@')
    .replace(/\bwww\./gi, (w) => w.slice(0, 3) + '\\.');
}

/** A report a person can share. */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const md = escapeMarkdownText;
  const labels = sourceLabels(report.documents, options.sourceLabels);
  const label = (documentId: string): string => md(labels.get(documentId) ?? documentId);
  const out: string[] = ['# Crossread report', '', summaryLine(report), '', '## Sources', ''];
  out.push('| Document | Title | Source | Date | People | Dates | Quotes | Claims |', '|---|---|---|---|---:|---:|---:|---:|');
  for (const doc of report.documents) {
    out.push(
      `| ${md(doc.id)}${doc.truncated ? ` (${cutNote(doc.truncated)})` : ''} | ${md(doc.title ?? '')} | ${label(doc.id)} | ${doc.referenceDate.value ?? 'unknown'} | ${doc.people.length} | ${doc.dates.length} | ${doc.quotes.length} | ${doc.claims.length} |`,
    );
  }
  if (report.events.length) {
    out.push('', '## Timeline', '');
    for (const event of report.events) {
      const sources = [...new Set(event.mentions.map((m) => m.document))];
      const who = event.participants.map((id) => md(personName(report, id))).join(', ');
      out.push(`- **${eventDate(event)}** — ${md(event.label)}${event.place ? ` (${md(event.place)})` : ''}${who ? `; ${who}` : ''} — ${countOf(sources.length, 'source')}: ${sources.map(label).join(', ')}`);
    }
  }
  if (report.people.length) {
    out.push('', '## People', '');
    for (const person of report.people) {
      out.push(`- **${md(person.name)}**${md(rolesOf(person))} — ${person.documents.map(label).join(', ')}`);
    }
  }
  const byRelation = (relation: ClaimMatch['relation']): ClaimMatch[] => report.matches.filter((m) => m.relation === relation);
  for (const [relation, heading] of [['contradicts', 'Contradictions'], ['updates', 'Later reports'], ['agrees', 'Corroborated claims']] as const) {
    const matches = byRelation(relation);
    if (!matches.length) continue;
    out.push('', `## ${heading}`, '');
    for (const match of matches) {
      out.push(`- ${md(matchSummary(match))}`, `  - ${md(labelledClaim(report, labels, match.a))}`, `  - ${md(labelledClaim(report, labels, match.b))}`);
    }
  }
  return out.join('\n') + '\n';
}
