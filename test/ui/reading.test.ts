import * as assert from 'node:assert';
import { Workbench } from './workbench';

describe('What a reader sees: Crossread on the sample corpus', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await Workbench.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('highlights people, dates and quotes, shows resolved dates and speakers inline, and sums up the corpus in the status bar', async () => {
    await workbench.openFile('000_7b9efc5fd5014763.txt', 'Witkoff');
    const { page } = workbench;
    // Highlights are painted as overlay divs with a background colour from the theme.
    const highlights = page.locator('.editor-group-container.active .view-overlays .cdr[class*="TextEditorDecorationType"]');
    await highlights.first().waitFor({ timeout: 30_000 });
    const backgrounds = await highlights.evaluateAll((els: { className: string }[]) => els.length);
    assert.ok(backgrounds >= 10, `people, dates and quotes are highlighted (${backgrounds} highlights)`);
    const hints = page.locator('.editor-group-container.active .view-lines [class*="dyn-rule"]');
    await hints.filter({ hasText: '→ 2025-03-11' }).first().waitFor({ timeout: 20_000 });
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    await status.filter({ hasText: /Crossread: 5 sources · \d+ events? · \d+ conflicts?/ }).waitFor({ timeout: 20_000 });
    await workbench.screenshot('reading-decorations.png');
    // A speaker hint where the text says only "he acknowledged" (seed 000 names Ushakov beside
    // each of his quotes, so it has none).
    await workbench.openFile('002_7bee378135b823fb.txt', 'territorial issues');
    await hints.filter({ hasText: '— Volodymyr Zelensky' }).first().waitFor({ timeout: 20_000 });
  });

  it('shows a hover card over a claim with the matching sentences of the other sources', async () => {
    await workbench.openFile('002_7bee378135b823fb.txt', 'fourth');
    const card = await workbench.hover('fourth', /reported by/);
    await workbench.screenshot('reading-hover.png');
    assert.match(card, /reported by \d of 5 sources/);
    assert.match(card, /contradicts/);
    assert.match(card, /third extended meeting/, 'the contradicting sentence of another source is shown');
    await workbench.page.mouse.move(5, 5);
  });

  it('lists the events as a timeline: the Witkoff–Putin meetings are separate events, in time order', async () => {
    const rows = await workbench.viewRows('Crossread', 'Events', 3);
    await workbench.widenSideBar(560);
    await workbench.screenshot('reading-events.png');
    // "2025-03-13", "2025-04-11 (resolved)", "≈ 2025-04 (inferred)": the date first, inferred ones marked.
    const dateOf = (row: string): string => /^(?:≈ )?(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?: \((?:inferred|resolved)\))? /.exec(row)?.[1] ?? '';
    for (const row of rows) if (row.startsWith('≈ ')) assert.match(row, /^≈ \S+ \(inferred\) /, `an approximate date is marked inferred: ${row}`);
    const dated = rows.map(dateOf).filter(Boolean);
    assert.deepStrictEqual(dated, [...dated].sort(), `events in time order: ${JSON.stringify(rows)}`);
    // The seeds report Witkoff meeting Putin in February, on March 13, on a Thursday in Moscow and
    // on a Friday in St. Petersburg: at least three of them must be rows of their own.
    const meetings = rows.filter((r) => /\bmeets?\b|\bmet\b|\btalks\b|\bswap\b/i.test(r));
    assert.ok(new Set(meetings.map(dateOf)).size >= 3, `meetings on different dates stay separate: ${JSON.stringify(rows)}`);
  });

  it('lists a contradiction in the Problems panel', async () => {
    await workbench.runCommand('View: Focus Problems');
    const problem = workbench.page.locator('.markers-panel .monaco-list-row', { hasText: ' here — ' }).first();
    await problem.waitFor({ timeout: 20_000 });
    const text = (await problem.innerText()).replace(/\s+/g, ' ');
    await workbench.screenshot('reading-problems.png');
    assert.match(text, /occurrence "(?:third|fourth|three times)" here — "(?:third|fourth|three times)" in /);
  });
});
