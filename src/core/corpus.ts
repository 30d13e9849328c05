import { analyzeArticle, documentIdFromPath, type ArticleAnalysis, type ArticleInput } from './article';
import { REPORT_VERSION, type DocumentReport, type Person, type Report } from './report';

export interface CorpusAnalysis {
  articles: ArticleAnalysis[];
  report: Report;
}

/**
 * Gives every article a unique id: its file name without extension, and where two files share
 * a name, the later ones get "-2", "-3"… in input order, so ids stay stable for a given input.
 */
export function assignDocumentIds(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((path) => {
    const base = documentIdFromPath(path);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** Merges per-article people into corpus people. (Cross-source identity is refined later.) */
function mergePeople(articles: readonly ArticleAnalysis[]): Person[] {
  const byId = new Map<string, Person>();
  for (const analysis of articles) {
    for (const local of analysis.people.persons) {
      let person = byId.get(local.key);
      if (!person) {
        person = { id: local.key, name: local.name, aliases: [], roles: [], documents: [] };
        byId.set(local.key, person);
      }
      if (local.name.length > person.name.length) {
        person.aliases.push(person.name);
        person.name = local.name;
      }
      for (const alias of [local.name, ...local.aliases]) {
        if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
      }
      for (const role of local.roles) {
        if (!person.roles.some((r) => r.text === role && r.document === analysis.id)) {
          person.roles.push({ text: role, document: analysis.id });
        }
      }
      if (!person.documents.includes(analysis.id)) person.documents.push(analysis.id);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function documentReport(analysis: ArticleAnalysis): DocumentReport {
  const { text } = analysis.article;
  return {
    id: analysis.id,
    path: analysis.path,
    title: analysis.title,
    source: analysis.source,
    referenceDate: analysis.referenceDate,
    people: analysis.people.mentions.map((m) => ({ person: m.person, start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, kind: d.kind })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker === null ? null : q.speaker.kind === 'person' ? q.speaker.person : q.speaker.name,
    })),
    claims: analysis.claims,
  };
}

/** Builds the report from already analysed articles (the extension reuses cached analyses). */
export function buildCorpusReport(articles: readonly ArticleAnalysis[]): Report {
  return {
    version: REPORT_VERSION,
    documents: articles.map(documentReport),
    people: mergePeople(articles),
    matches: [],
    events: [],
  };
}

/** Analyses the given articles as one corpus. */
export function analyzeCorpusDetailed(files: readonly ArticleInput[]): CorpusAnalysis {
  const ids = assignDocumentIds(files.map((f) => f.path));
  const articles = files.map((file, i) => analyzeArticle(file, ids[i]));
  return { articles, report: buildCorpusReport(articles) };
}

/** The engine's entry point: the report of `report-format.md` for the given articles. */
export function analyzeCorpus(files: readonly ArticleInput[]): Report {
  return analyzeCorpusDetailed(files).report;
}
