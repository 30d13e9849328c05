import * as vscode from 'vscode';
import { CountedEmitter } from './holdings';
import { CONFIGURATION_SECTION, isSettingValue, WINDOW_SETTINGS, type CrossreadSettings, type SettingKey, type SettingSection, type SettingValue } from './settingsSchema';

/**
 * "Toggle Highlights" hides the highlights of this window only: a state of the window, never a
 * setting written to disk, so it neither changes other windows nor survives a reload.
 */
let highlightsHiddenInWindow = false;
const windowHighlightsEmitter = new CountedEmitter<boolean>();

/** Fires with whether highlights are shown, when "Toggle Highlights" flips them in this window. */
export const onDidToggleWindowHighlights = windowHighlightsEmitter.event;

/** Hides (or shows again) the highlights of this window; returns whether they are shown. */
export function toggleWindowHighlights(): boolean {
  highlightsHiddenInWindow = !highlightsHiddenInWindow;
  windowHighlightsEmitter.fire(!highlightsHiddenInWindow);
  return !highlightsHiddenInWindow;
}

/**
 * One setting: the user's value, or package.json's default when it is unset or not of the
 * declared type. VS Code knows the contributed default (`inspect().defaultValue`), so the code
 * keeps no copy of it.
 */
function readSetting<K extends SettingKey>(config: vscode.WorkspaceConfiguration, key: K): SettingValue<K> {
  const value = config.get<unknown>(key);
  if (isSettingValue(key, value)) return value;
  const contributed = config.inspect<unknown>(key)?.defaultValue;
  if (isSettingValue(key, contributed)) return contributed;
  // Unreachable while the manifest test passes: it checks every default against its declared type.
  throw new Error(`${CONFIGURATION_SECTION}.${key} has no default of its declared type in package.json`);
}

/** One window-wide setting, for paths that run often and need no other (e.g. every source label a card shows). */
export function readWindowSetting<K extends SettingKey>(key: K): SettingValue<K> {
  return readSetting(vscode.workspace.getConfiguration(CONFIGURATION_SECTION), key);
}

export function readSettings(scope?: vscode.ConfigurationScope): CrossreadSettings {
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, scope);
  const windowConfig = scope === undefined ? config : vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
  const read = <K extends SettingKey>(key: K): SettingValue<K> => readSetting(WINDOW_SETTINGS.has(key) ? windowConfig : config, key);
  return {
    corpus: {
      include: read('corpus.include'),
      exclude: read('corpus.exclude'),
      maxFiles: Math.max(1, read('corpus.maxFiles')),
      maxArticleKB: Math.max(1, read('corpus.maxArticleKB')),
    },
    analysis: { debounceMs: Math.max(0, read('analysis.debounceMs')) },
    highlights: {
      enabled: read('highlights.enabled') && !highlightsHiddenInWindow,
      people: read('highlights.people'),
      dates: read('highlights.dates'),
      quotes: read('highlights.quotes'),
      claims: read('highlights.claims'),
      allClaims: read('highlights.allClaims'),
      maxPerEditor: Math.max(0, read('highlights.maxPerEditor')),
    },
    inlayHints: {
      dates: read('inlayHints.dates'),
      speakers: read('inlayHints.speakers'),
    },
    hover: {
      enabled: read('hover.enabled'),
      maxMatches: Math.max(1, read('hover.maxMatches')),
    },
    problems: {
      enabled: read('problems.enabled'),
      severity: read('problems.severity'),
    },
    sources: { labels: read('sources.labels') },
  };
}

/**
 * Whether `event` changes the setting or group of settings `path` (`'highlights.claims'`,
 * `'highlights'`), or any Crossread setting when `path` is left out.
 */
export function affectsSetting(event: vscode.ConfigurationChangeEvent, path?: SettingSection | SettingKey): boolean {
  return event.affectsConfiguration(path === undefined ? CONFIGURATION_SECTION : `${CONFIGURATION_SECTION}.${path}`);
}

/** Fires `listener` with fresh settings whenever a Crossread setting changes. */
export function onSettingsChanged(listener: (settings: CrossreadSettings, event: vscode.ConfigurationChangeEvent) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (affectsSetting(event)) listener(readSettings(), event);
  });
}
