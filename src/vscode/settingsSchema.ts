// Crossread's settings as types, and the JSON type package.json declares for each. The default
// values live only in package.json (`contributes.configuration`). No vscode import: the unit tests
// compare this module with the manifest (test/unit/manifest.test.ts).

/**
 * Crossread's settings, typed in one place. Every key here is contributed (with its
 * markdownDescription and default) in package.json; `readSettings` (config.ts) is the only
 * reader, so a renamed or mistyped key shows up in one file.
 */
export interface CrossreadSettings {
  corpus: {
    /** Globs (relative to each workspace folder) of files read as articles, beyond open article documents. */
    include: string[];
    exclude: string[];
    /** Upper bound on files read, so a huge folder cannot stall the editor. */
    maxFiles: number;
    /** The most of one article analysed, in thousands of characters; the rest of a longer file is not read. */
    maxArticleKB: number;
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
    /** Also mark corroborated and only-here sentences (by default only contradicted and updated ones). */
    allClaims: boolean;
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
  sources: {
    /** A reader's own names of sources, by document id ("Rename Source…" writes them; the articles are never edited). */
    labels: Record<string, string>;
  };
}

export const CONFIGURATION_SECTION = 'crossread';

/** A group of settings: `corpus`, `highlights`, … */
export type SettingSection = keyof CrossreadSettings;

/** The key of one setting below `crossread.`: `corpus.include`, `highlights.claims`, … */
export type SettingKey = { [S in SettingSection]: `${S}.${Extract<keyof CrossreadSettings[S], string>}` }[SettingSection];

/** The type of the value of setting `K`. */
export type SettingValue<K extends SettingKey> = K extends `${infer S extends SettingSection}.${infer N}`
  ? N extends keyof CrossreadSettings[S]
    ? CrossreadSettings[S][N]
    : never
  : never;

/** A setting's type in package.json's JSON schema terms. */
export type SettingType =
  | { type: 'boolean' }
  | { type: 'number' }
  | { type: 'array'; items: { type: 'string' } }
  | { type: 'string'; enum?: readonly string[] }
  | { type: 'object'; additionalProperties: { type: 'string' } };

/** The schema type that fits values of type T (a string union is an enum of exactly its members). */
type SettingTypeOf<T> = [T] extends [boolean]
  ? { type: 'boolean' }
  : [T] extends [number]
    ? { type: 'number' }
    : [T] extends [string[]]
      ? { type: 'array'; items: { type: 'string' } }
      : [T] extends [string]
        ? string extends T
          ? { type: 'string' }
          : { type: 'string'; enum: readonly T[] }
        : [T] extends [Record<string, string>]
          ? { type: 'object'; additionalProperties: { type: 'string' } }
          : never;

/**
 * The declared type of every setting. Typed by CrossreadSettings, so a key missing here or one
 * the interface does not have is a compile error; the manifest test checks these against
 * package.json, key for key.
 */
export const SETTING_TYPES: { [S in SettingSection]: { [N in keyof CrossreadSettings[S]]-?: SettingTypeOf<CrossreadSettings[S][N]> } } = {
  corpus: {
    include: { type: 'array', items: { type: 'string' } },
    exclude: { type: 'array', items: { type: 'string' } },
    maxFiles: { type: 'number' },
    maxArticleKB: { type: 'number' },
  },
  analysis: { debounceMs: { type: 'number' } },
  highlights: {
    enabled: { type: 'boolean' },
    people: { type: 'boolean' },
    dates: { type: 'boolean' },
    quotes: { type: 'boolean' },
    claims: { type: 'string', enum: ['gutter', 'underline', 'off'] },
    allClaims: { type: 'boolean' },
    maxPerEditor: { type: 'number' },
  },
  inlayHints: { dates: { type: 'boolean' }, speakers: { type: 'boolean' } },
  hover: { enabled: { type: 'boolean' }, maxMatches: { type: 'number' } },
  problems: {
    enabled: { type: 'boolean' },
    severity: { type: 'string', enum: ['error', 'warning', 'information', 'hint'] },
  },
  sources: { labels: { type: 'object', additionalProperties: { type: 'string' } } },
};

/**
 * Settings of the whole window (package.json `"scope": "window"`): the corpus, its analysis and
 * the Problems panel are one per window, so these are read without a resource (reading them for a
 * resource makes VS Code log a warning each time). All others are `resource` settings.
 */
export const WINDOW_SETTINGS: ReadonlySet<SettingKey> = new Set<SettingKey>(['corpus.maxFiles', 'corpus.maxArticleKB', 'analysis.debounceMs', 'problems.enabled', 'problems.severity', 'sources.labels']);

/** Every setting key, in the order of SETTING_TYPES. */
export const SETTING_KEYS: readonly SettingKey[] = Object.entries(SETTING_TYPES).flatMap(([section, group]) =>
  Object.keys(group).map((name) => `${section}.${name}` as SettingKey),
);

export function settingType(key: SettingKey): SettingType {
  const [section, name] = key.split('.') as [SettingSection, string];
  return (SETTING_TYPES[section] as Record<string, SettingType>)[name];
}

/** Whether `value` has the type that `key` declares (settings.json edited by hand can hold anything). */
export function isSettingValue<K extends SettingKey>(key: K, value: unknown): value is SettingValue<K> {
  const declared = settingType(key);
  switch (declared.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'string':
      return typeof value === 'string' && (declared.enum === undefined || declared.enum.includes(value));
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
  }
}
