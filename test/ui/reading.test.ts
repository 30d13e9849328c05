import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
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

  // Last: it adds an article to the sample corpus and removes it again. Our own sentence, close
  // enough to seed 002's to be matched with it; a ")" and an icon in its file name.
  it('shows icons, links and HTML from an article and its file name as written in a hover card (issue 13)', async () => {
    const hostileFile = path.join(process.env.CROSSREAD_WORKSPACE ?? '', 'seeds', '005 (copy) $(zap).txt');
    fs.writeFileSync(
      hostileFile,
      [
        '---',
        'source: Outlet $(alert) [press](command:workbench.action.quit)',
        '---',
        'Envoy visit $(check) halts Moscow traffic',
        'Upon Witkoff’s arrival in central Moscow for his fourth visit in 2025 $(check) $(loading~spin), traffic was halted, highlighting the importance of this diplomatic mission [click](command:workbench.action.quit) <b>bold</b>.',
        '',
      ].join('\n'),
    );
    const { page } = workbench;
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    await status.filter({ hasText: /Crossread: 6 sources/ }).waitFor({ timeout: 60_000 });
    // Quick Open rather than the Explorer, whose rows move as the new file appears.
    await page.keyboard.press('Control+P');
    await page.keyboard.type('002_7bee378135b823fb.txt');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: '002_7bee378135b823fb.txt' }).waitFor({ timeout: 20_000 });
    await workbench.activeEditorLines().filter({ hasText: 'traffic was halted' }).waitFor({ timeout: 20_000 });
    const text = await workbench.hover('traffic was halted', /Outlet/);
    await workbench.screenshot('hostile-hover.png');
    const card = page.locator('.monaco-hover', { hasText: 'Outlet' }).first();
    assert.match(text, /\$\(check\) \$\(loading~spin\)/, 'the icon syntax of the article shows as written');
    assert.match(text, /Outlet \$\(alert\) \[press\]\(command:workbench\.action\.quit\)/, 'the source name shows as written');
    assert.match(text, /\[click\]\(command:workbench\.action\.quit\) <b>bold<\/b>/, 'a link and HTML in the article show as written');
    const icons = await card.locator('[class*="codicon-"]').evaluateAll((els: { className: string }[]) => els.map((e) => e.className));
    // The card's own icons: a check before each "agrees", a warning before each "contradicts"…; none from the article.
    assert.deepStrictEqual(icons.filter((c) => /codicon-(?:loading|alert|zap)\b/.test(c)), [], `no icon drawn from article text: ${JSON.stringify(icons)}`);
    assert.strictEqual(icons.filter((c) => /codicon-check\b/.test(c)).length, (text.match(/\bagrees\b/g) ?? []).length, `a check only before "agrees": ${JSON.stringify(icons)}`);
    assert.strictEqual(await card.locator('a[href*="workbench.action.quit"], a[data-href*="workbench.action.quit"], b').count(), 0, 'no link or markup from article text');
    // Every link in the card is Crossread's own and whole, though the file name holds ")" and "$(".
    const links = await card.locator('a').evaluateAll((els: { getAttribute(name: string): string | null; textContent: string | null }[]) =>
      els.map((a) => ({ href: a.getAttribute('data-href') ?? a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
    );
    // (VS Code's own problem hover above ours links its related locations without an address.)
    const addressed = links.filter((link) => link.href !== '');
    assert.ok(addressed.some((link) => link.text === 'open'), `the card links to the other sources: ${JSON.stringify(links)}`);
    for (const link of addressed) assert.match(link.href, /^command:crossread\./, `only Crossread's commands: ${JSON.stringify(link)}`);
    await page.mouse.move(5, 5);
    fs.rmSync(hostileFile, { force: true });
    await status.filter({ hasText: /Crossread: 5 sources/ }).waitFor({ timeout: 60_000 });
  });
});
