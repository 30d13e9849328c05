import * as vscode from 'vscode';
import { sourceLabels, type Report } from '../core/view';
import { readWindowSetting } from './config';
import type { CorpusSnapshot } from './corpusService';
import { CONFIGURATION_SECTION, type SettingKey } from './settingsSchema';

const LABELS_KEY = 'sources.labels' satisfies SettingKey;

/**
 * The reader's renames as last read from the setting; dropped when the setting changes. Read on
 * every call, the setting cost ~1 ms per label (VS Code copies the value each time): seconds for
 * the trees of a thousand articles.
 */
let renamesRead: { renames: Record<string, string> } | undefined;

/** The labels of one report under one reading of the renames, so every surface asks once per analysis. */
const cache = new WeakMap<Report, { renames: Record<string, string>; labels: Map<string, string> }>();

/**
 * Forgets the renames read, so the next label reads the setting again. The corpus service calls
 * it first thing on a change of `crossread.sources` (its listener is registered before any
 * view's, as every view is made with the corpus), and `writeSourceLabel` once its write is done.
 */
export function forgetSourceRenames(): void {
  renamesRead = undefined;
}

/**
 * The engine's label of every source of the snapshot (outlet, short headline or "Source N"), with
 * the reader's renames (`crossread.sources.labels`) applied: the one name each surface shows.
 */
export function snapshotLabels(snapshot: CorpusSnapshot): Map<string, string> {
  const report = snapshot.lookup.report;
  // A workspace-wide setting: read without a resource, since the labels name sources of the whole
  // corpus; the one setting only, as every card, tree item and problem asks for labels.
  const renames = (renamesRead ??= { renames: readWindowSetting(LABELS_KEY) }).renames;
  const cached = cache.get(report);
  if (cached && cached.renames === renames) return cached.labels;
  const labels = sourceLabels(report.documents, renames);
  cache.set(report, { renames, labels });
  return labels;
}

/** The label of one source (its document id when the snapshot does not know it). */
export function labelOf(snapshot: CorpusSnapshot, documentId: string): string {
  return snapshotLabels(snapshot).get(documentId) ?? documentId;
}

/**
 * Writes a reader's own label for a source into `crossread.sources.labels` (the workspace's
 * settings when a folder is open, else the user's); an empty label removes the rename. The
 * article itself is never edited.
 */
export async function writeSourceLabel(documentId: string, label: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>(LABELS_KEY);
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  const next: Record<string, string> = { ...current };
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean) next[documentId] = clean;
  else delete next[documentId];
  await config.update(LABELS_KEY, Object.keys(next).length ? next : undefined, target);
  // The caller shows the new name at once, whether or not the change event has arrived yet.
  forgetSourceRenames();
}
