import * as vscode from 'vscode';

/**
 * Crossread's settings, typed in one place. Every key here is contributed (with its
 * markdownDescription and default) in package.json; `readSettings` is the only reader, so a
 * renamed or mistyped key shows up in one file.
 */
export interface CrossreadSettings {
  corpus: {
    /** Globs (relative to each workspace folder) of files read as articles, beyond open article documents. */
    include: string[];
    exclude: string[];
    /** Upper bound on files read, so a huge folder cannot stall the editor. */
    maxFiles: number;
  };
  analysis: {
    /** Quiet time after an edit before the article is analysed again. */
    debounceMs: number;
  };
  highlights: {
    /** The master switch that "Toggle Highlights" flips. */
    enabled: boolean;
    people: boolean;
    dates: boolean;
    quotes: boolean;
    /** How claims are marked: a gutter icon, a dotted underline, or not at all. */
    claims: 'gutter' | 'underline' | 'off';
    /** At most this many decorations of each kind per editor. */
    maxPerEditor: number;
  };
  inlayHints: {
    dates: boolean;
    speakers: boolean;
  };
  hover: {
    enabled: boolean;
    /** Matching claims listed before "show all". */
    maxMatches: number;
  };
  problems: {
    enabled: boolean;
    severity: 'error' | 'warning' | 'information' | 'hint';
  };
}

export const CONFIGURATION_SECTION = 'crossread';

export function readSettings(scope?: vscode.ConfigurationScope): CrossreadSettings {
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, scope);
  const get = <T>(key: string, fallback: T): T => config.get<T>(key, fallback);
  const claims = get<string>('highlights.claims', 'gutter');
  const severity = get<string>('problems.severity', 'information');
  return {
    corpus: {
      include: get<string[]>('corpus.include', ['**/*.article', '**/{seeds,articles,news}/**/*.txt']),
      exclude: get<string[]>('corpus.exclude', ['**/node_modules/**', '**/.git/**']),
      maxFiles: Math.max(1, get<number>('corpus.maxFiles', 5000)),
    },
    analysis: { debounceMs: Math.max(0, get<number>('analysis.debounceMs', 300)) },
    highlights: {
      enabled: get<boolean>('highlights.enabled', true),
      people: get<boolean>('highlights.people', true),
      dates: get<boolean>('highlights.dates', true),
      quotes: get<boolean>('highlights.quotes', true),
      claims: claims === 'underline' || claims === 'off' ? claims : 'gutter',
      maxPerEditor: Math.max(0, get<number>('highlights.maxPerEditor', 2000)),
    },
    inlayHints: {
      dates: get<boolean>('inlayHints.dates', true),
      speakers: get<boolean>('inlayHints.speakers', true),
    },
    hover: {
      enabled: get<boolean>('hover.enabled', true),
      maxMatches: Math.max(1, get<number>('hover.maxMatches', 5)),
    },
    problems: {
      enabled: get<boolean>('problems.enabled', true),
      severity: severity === 'error' || severity === 'warning' || severity === 'hint' ? severity : 'information',
    },
  };
}

/** Fires `listener` with fresh settings whenever a Crossread setting changes. */
export function onSettingsChanged(listener: (settings: CrossreadSettings, event: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(CONFIGURATION_SECTION)) listener(readSettings(), event);
  });
}
