import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CROSSREAD_HOVER_SHARE_MS, Workbench, type PageElement } from './workbench';

/** The visible hover card has nothing to scroll: it fits VS Code's hover box. */
async function assertHoverFits(workbench: Workbench, which: string): Promise<void> {
  const boxes = await workbench.hoverOverflow();
  assert.ok(boxes.length > 0, 'a hover is visible');
  for (const box of boxes) assert.ok(box.scrollHeight <= box.clientHeight + 1, `the ${which} card scrolls (${box.scrollHeight} px of content in ${box.clientHeight} px): ${JSON.stringify(boxes)}`);
}

/** Crossread's own share of the hover (its provider's time, from its log) is at most CROSSREAD_HOVER_SHARE_MS. */
function assertCrossreadShare(providerMs: number | undefined): void {
  assert.ok(providerMs !== undefined && Number.isFinite(providerMs), 'Crossread logged its answer to the hover');
  assert.ok(providerMs <= CROSSREAD_HOVER_SHARE_MS, `Crossread answered the hover in ${providerMs} ms (at most ${CROSSREAD_HOVER_SHARE_MS} ms)`);
}

describe('What a reader sees: Crossread on the sample corpus', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await Workbench.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('at default settings: people, dates and quotes highlighted, no marks on uncontested sentences, readable date hints, the summary in the status bar', async () => {
    await workbench.openFile('000_7b9efc5fd5014763.txt', 'Witkoff');
    const { page } = workbench;
    // Highlights are painted as overlay divs with a background colour from the theme.
    const highlights = page.locator('.editor-group-container.active .view-overlays .cdr[class*="TextEditorDecorationType"]');
    await highlights.first().waitFor({ timeout: 30_000 });
    const backgrounds = await highlights.evaluateAll((els: { className: string }[]) => els.length);
    assert.ok(backgrounds >= 10, `people, dates and quotes are highlighted (${backgrounds} highlights)`);
    const hints = page.locator('.editor-group-container.active .view-lines [class*="dyn-rule"]');
    await hints.filter({ hasText: '→ Tue 11 Mar 2025' }).first().waitFor({ timeout: 20_000 });
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    await status.filter({ hasText: /Crossread: 5 sources · \d+ events? · \d+ contradicted sentences?/ }).waitFor({ timeout: 20_000 });
    // Seed 000 has no contradicted or updated sentence: a quiet gutter.
    // Gutter icons are glyph-margin decorations ("cgmr"), in the margin of the active editor.
    const gutterMarks = page.locator('.editor-group-container.active .monaco-editor .cgmr[class*="TextEditorDecorationType"]');
    assert.strictEqual(await gutterMarks.count(), 0, 'no gutter marks on sentences no source disputes');
    await workbench.screenshot('reading-editor-default.png');
    // A speaker hint where the text says only "he acknowledged" (seed 000 names Ushakov beside
    // each of his quotes, so it has none).
    await workbench.openFile('002_7bee378135b823fb.txt', 'territorial issues');
    await hints.filter({ hasText: '— Volodymyr Zelensky' }).first().waitFor({ timeout: 20_000 });
    await workbench.activeEditorLines().filter({ hasText: 'fourth visit' }).waitFor({ timeout: 20_000 });
    await gutterMarks.first().waitFor({ timeout: 20_000 });
    assert.ok((await gutterMarks.count()) > 0, 'the contradicted sentence of seed 002 is marked');
    await workbench.screenshot('reading-editor-contradicted.png');
  });

  it('a hover over a contradicted sentence answers first, alone, in a card that fits: who disagrees and with which words', async () => {
    await workbench.openFile('002_7bee378135b823fb.txt', 'fourth');
    // A word of the sentence outside the differing words: VS Code's problem hover covers only those.
    const { text: card, providerMs } = await workbench.hoverCard('arrival', /Why\?/);
    await workbench.screenshot('reading-hover-contradicted.png');
    const lines = card.split('\n').filter((l) => l.trim());
    assert.match(lines[0], /sources? agree|other sources? says?/, `Crossread's verdict comes first, no problem hover above it:\n${card}`);
    assert.match(lines[0], /says? “(?:third|three times)”/, 'the verdict names the other words');
    assert.match(card, /occurrence differs/, 'the slot is named');
    assert.doesNotMatch(card, /terms:|\b00\d_[0-9a-f]{16}\b|vs “fourth” here/, 'no stems, no file hashes, no repeated "x vs y here"');
    const bold = await workbench.page.locator('.monaco-hover strong', { hasText: /^(?:third|three times)$/ }).count();
    assert.ok(bold > 0, 'the differing words are bold');
    await assertHoverFits(workbench, 'contradicted');
    assertCrossreadShare(providerMs);
    await workbench.page.mouse.move(5, 5);
  });

  it('a hover over a corroborated sentence says how many sources agree, in a card that fits', async () => {
    await workbench.openFile('001_254354c1ab71cb35.txt', 'three-hour');
    const { text: card, providerMs } = await workbench.hoverCard('three', /sources agree/);
    await workbench.screenshot('reading-hover-corroborated.png');
    assert.match(card, /\d of 5 sources agree/);
    // The link counts in the verdict's unit: both other sources that agree are on the card, so what
    // is left is named for what it is (it said "Show all 7…", every match, under "3 of 5 sources agree").
    assert.match(card, /Show \d+ related sentences?…/);
    assert.doesNotMatch(card, /Show all \d+…/);
    assert.match(card, /lasts 3 hours/);
    assert.doesNotMatch(card, /PT3H|article date is unknown/);
    await assertHoverFits(workbench, 'corroborated');
    assertCrossreadShare(providerMs);
    await workbench.page.mouse.move(5, 5);
  });

  it('shows the count of contradicted sentences as a badge on the Crossread icon, the same as the status bar', async () => {
    const { page } = workbench;
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    const count = Number(/(\d+) contradicted sentences?/.exec(await status.innerText())?.[1]);
    assert.ok(count > 0);
    await workbench.screenshot('reading-statusbar-badge.png');
    // The activity bar item of the Crossread container carries the badge of its views.
    const badges = await page.locator('.activitybar .action-item').evaluateAll((items: PageElement[]) =>
      items.map((item) => ({ label: `${item.getAttribute('aria-label') ?? ''} ${item.querySelector('[aria-label]')?.getAttribute('aria-label') ?? ''}`, badge: (item.querySelector('.badge-content')?.textContent ?? '').trim() })),
    );
    const crossread = badges.find((b) => /Crossread/.test(b.label));
    assert.ok(crossread, `the Crossread icon in the activity bar: ${JSON.stringify(badges)}`);
    assert.strictEqual(Number(crossread.badge), count, JSON.stringify(badges));
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
    assert.doesNotMatch(text, /\b00\d_[0-9a-f]{16}\b.*here —/, 'the other source is named by its label');
    assert.match(text, /occurrence "(?:third|fourth|three times)" here — "(?:third|fourth|three times)" in /);
  });

  it('Alt+F8 in an article goes to the next contradicted sentence and opens its message inline, as F8 does, with "n of N" in the status bar', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Show Explorer');
    // Seed 000 has no contradicted sentence: the next one is in another article.
    await workbench.openFile('000_7b9efc5fd5014763.txt', 'Witkoff');
    const box = await workbench.textBox('Witkoff');
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await page.keyboard.press('Alt+F8');
    // VS Code's own problem widget, in the editor, with the Problems message of the sentence.
    const widget = page.locator('.editor-group-container.active .marker-widget', { hasText: ' here — ' }).first();
    await widget.waitFor({ timeout: 20_000 });
    const message = (await widget.innerText()).replace(/\s+/g, ' ');
    assert.match(message, /\S+ "[^"]+" here — "[^"]+" in \S/, message);
    const total = Number(/(\d+) contradicted sentences?/.exec(await page.locator('[id="crossread.crossread.crossread.status"]').innerText())?.[1]);
    const step = page.locator('.part.statusbar', { hasText: /Crossread: contradiction 1 of \d+/ });
    await step.waitFor({ timeout: 10_000 });
    assert.strictEqual(Number(/contradiction 1 of (\d+)/.exec(await step.innerText())?.[1]), total, '"n of N" counts what the status bar summary counts');
    assert.doesNotMatch(await page.locator('.tabs-container .tab.active').innerText(), /000_7b9efc5fd5014763/, 'the cursor moved on to another article');
    await workbench.screenshot('next-contradiction.png');
    await page.keyboard.press('Escape');
  });

  it('"Set Article Date…" asks once, reads "April 25" with the article\'s year, and writes it into the header in the editor', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Show Explorer');
    await workbench.openFile('001_254354c1ab71cb35.txt', 'three-hour');
    await workbench.runCommand('Crossread: Set Article Date…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Set the article’s date' }).waitFor({ timeout: 15_000 });
    const message = page.locator('.quick-input-widget .quick-input-message');
    await input.fill('not a date');
    await message.filter({ hasText: 'Not a date Crossread can read' }).waitFor({ timeout: 10_000 });
    await input.fill('April 25');
    await message.filter({ hasText: /Writes date: \d{4}-04-25/ }).waitFor({ timeout: 10_000 });
    const written = /Writes date: (\d{4}-04-25)/.exec(await message.innerText())?.[1];
    await workbench.screenshot('set-article-date-input.png');
    await page.keyboard.press('Enter');
    // Asked once: the box closes and no second question follows.
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(!(await page.locator('.quick-input-widget').isVisible()), 'no second question');
    const dateLine = workbench.activeEditorLines().filter({ hasText: `date: ${written}` });
    await dateLine.waitFor({ timeout: 10_000 });
    // Undone in the editor (which has the focus again), so the sample corpus is as before for the
    // next checks. The browser workbench saves after a delay by default (files.autoSave), so the undo
    // is saved too; the in-host suite checks that the command itself saves nothing.
    await page.keyboard.press('Control+Z');
    await dateLine.waitFor({ state: 'detached', timeout: 10_000 });
    // Saved by that delay too. A "File: Save" of ours could race it and end in a save conflict,
    // whose "in file" editor would stay open for the next checks.
    await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: '001_254354c1ab71cb35.txt' }).waitFor({ timeout: 10_000 });
  });

  it('"Rename Source…" asks for the active article\'s label in an input box, and the Sources view shows it', async () => {
    const { page } = workbench;
    await workbench.openFile('001_254354c1ab71cb35.txt', 'three-hour');
    const rename = async (label: string): Promise<void> => {
      await workbench.runCommand('Crossread: Rename Source…');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: /Rename source “[^”]+” \(001_254354c1ab71cb35\.txt\)/ }).waitFor({ timeout: 15_000 });
      const input = page.locator('.quick-input-widget input');
      await input.fill(label);
      if (label) await workbench.screenshot('rename-source-input.png');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    };
    await rename('Invented Wire Service');
    const renamedAt = Date.now();
    // The Sources view is opened once and then watched: the tree updates in place when the setting
    // changes, so there is no need to run the palette again while waiting.
    await workbench.viewRows('Crossread', 'Sources', 5);
    const sources = page.locator('.pane:has(.pane-header:has-text("Sources")) .monaco-list-row');
    await sources.filter({ hasText: 'Invented Wire Service' }).first().waitFor({ timeout: 30_000 });
    console.log(`      the Sources view showed the new label ${Date.now() - renamedAt} ms after the input box was closed`);
    await workbench.screenshot('rename-source-view.png');
    // One row per source, as many as the status bar counts (a view of an article is no source).
    assert.strictEqual(await sources.count(), 5);
    // Back to the outlet or headline (an empty label removes the setting), from the Explorer (the
    // side bar shows the Crossread views now).
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Show Explorer');
    await workbench.openFile('001_254354c1ab71cb35.txt', 'three-hour');
    await rename('');
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Show Explorer');
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
        // The markup first: a card shows the first words of a long sentence.
        'Upon [click](command:workbench.action.quit) <b>bold</b> $(check) $(loading~spin) Witkoff’s arrival in central Moscow for his fourth visit in 2025, traffic was halted, highlighting the importance of this diplomatic mission.',
        '',
      ].join('\n'),
    );
    const { page } = workbench;
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    await status.filter({ hasText: /Crossread: 6 sources/ }).waitFor({ timeout: 60_000 });
    // Through the Explorer, shown again (the Events test left the Crossread side bar open); the new
    // file is in the corpus already, so the Explorer's rows have settled.
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Show Explorer');
    // The Explorer re-renders its rows when the new file's decorations arrive; a click during it can
    // land on the row below, so a second click on the settled row is allowed.
    await workbench.openFile('002_7bee378135b823fb.txt', 'traffic was halted').catch(() => workbench.openFile('002_7bee378135b823fb.txt', 'traffic was halted'));
    await workbench.activeEditorLines().filter({ hasText: 'traffic was halted' }).waitFor({ timeout: 20_000 });
    const text = await workbench.hover('traffic was halted', /Outlet/);
    await workbench.screenshot('hostile-hover.png');
    const card = page.locator('.monaco-hover', { hasText: 'Outlet' }).first();
    assert.match(text, /\$\(check\) \$\(loading~spin\)/, 'the icon syntax of the article shows as written');
    assert.match(text, /Outlet \$\(alert\) \[press\]\(command:workbench\.action\.quit\)/, 'the source name shows as written');
    assert.match(text, /\[click\]\(command:workbench\.action\.quit\) <b>bold<\/b>/, 'a link and HTML in the article show as written');
    const icons = await card.locator('[class*="codicon-"]').evaluateAll((els: { className: string }[]) => els.map((e) => e.className));
    // The card's own icons only (verdict, relations, person, date, quote); none from the article.
    assert.deepStrictEqual(icons.filter((c) => /codicon-(?:loading|alert|zap)\b/.test(c)), [], `no icon drawn from article text: ${JSON.stringify(icons)}`);
    const crossreadIcons = icons.filter((c) => /codicon-(?:check|warning|history|link|person|calendar|quote)\b/.test(c));
    assert.ok(crossreadIcons.length > 0, `the card's own icons are drawn: ${JSON.stringify(icons)}`);
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

describe('What a reader sees: Crossread on an ECB+ topic opened as a workspace', () => {
  // ECB+ (CC BY 3.0, Cybulska & Vossen): its topic 1 as a folder of news articles, outside the repository.
  const topic = path.resolve(__dirname, '../../../shared/corpora/ecbplus-dev/topic-1');
  let workbench: Workbench | undefined;
  let folder = '';
  before(async function () {
    if (!fs.existsSync(topic)) this.skip();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-ecb-'));
    fs.mkdirSync(path.join(folder, 'news'));
    for (const name of fs.readdirSync(topic).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(topic, name), path.join(folder, 'news', name));
    workbench = await Workbench.open(folder);
  });
  after(async () => {
    await workbench?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('sums up the topic at once, lists contradictions in Problems, and answers a hover verdict first', async () => {
    assert.ok(workbench);
    const { page } = workbench;
    // Nothing opened yet: the workspace of articles activates Crossread by itself.
    const status = page.locator('[id="crossread.crossread.crossread.status"]');
    await status.filter({ hasText: /Crossread: \d+ sources · \d+ events? · \d+ contradicted sentences?/ }).waitFor({ timeout: 90_000 });
    const summary = await status.innerText();
    await workbench.screenshot('ecb-statusbar.png');
    const count = Number(/(\d+) contradicted sentences?/.exec(summary)?.[1]);
    await workbench.runCommand('View: Focus Problems');
    if (count > 0) {
      const problem = page.locator('.markers-panel .monaco-list-row', { hasText: ' here — ' }).first();
      await problem.waitFor({ timeout: 20_000 });
      assert.match((await problem.innerText()).replace(/\s+/g, ' '), /\S+ "[^"]+" here — "[^"]+" in \S/);
    }
    await workbench.screenshot('ecb-problems.png');
    const name = fs.readdirSync(path.join(folder, 'news')).sort()[0];
    await workbench.openFile(name, ' ');
    await workbench.screenshot('ecb-editor-default.png');
    // The first words of the article's second line: a sentence, most likely a reported claim.
    const text = fs.readFileSync(path.join(folder, 'news', name), 'utf8').split('\n').filter((l) => l.trim().split(/\s+/).length > 8)[0] ?? '';
    const words = text.trim().split(/\s+/).slice(0, 3).join(' ');
    const { text: card, providerMs } = await workbench.hoverCard(words, /sources agree|other sources? says?|Only this source reports this/);
    await workbench.screenshot('ecb-hover.png');
    assert.match(card, /sources agree|other sources? says?|Only this source reports this/);
    await assertHoverFits(workbench, 'ECB+');
    assertCrossreadShare(providerMs);
    await page.mouse.move(5, 5);
  });
});

describe('What a reader sees: activation on include globs a user set, and in a workspace without articles', () => {
  const seeds = path.resolve(__dirname, '../../seeds');
  const folders: string[] = [];
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  /** VS Code's own activation figure for Crossread, from "Developer: Show Running Extensions". */
  async function runningExtensionsActivation(workbench: Workbench): Promise<string> {
    await workbench.runCommand('Developer: Show Running Extensions');
    const row = workbench.page.locator('.monaco-list-row', { hasText: 'Crossread' }).first();
    await row.waitFor({ timeout: 20_000 });
    await row.locator('text=/Activation/').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    return (await row.innerText()).replace(/\s+/g, ' ').trim();
  }

  it('activates on files that only the configured crossread.corpus.include matches, and sums them up at once', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-globs-'));
    folders.push(folder);
    // Not *.article, not in a seeds/articles/news folder: only the workspace setting names them.
    fs.mkdirSync(path.join(folder, 'dispatches'));
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'crossread.corpus.include': ['dispatches/*.text'] }));
    for (const name of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().slice(0, 3)) {
      fs.copyFileSync(path.join(seeds, name), path.join(folder, 'dispatches', name.replace(/\.txt$/, '.text')));
    }
    const workbench = await Workbench.open(folder);
    try {
      const status = workbench.page.locator('[id="crossread.crossread.crossread.status"]');
      await status.filter({ hasText: /Crossread: 3 sources · \d+ events?/ }).waitFor({ timeout: 60_000 });
      await workbench.screenshot('activation-configured-globs.png');
      const running = await runningExtensionsActivation(workbench);
      console.log(`      [figures] VS Code's Running Extensions, a workspace of 3 articles under configured globs: ${running}`);
      await workbench.screenshot('activation-running-extensions.png');
    } finally {
      await workbench.close();
    }
  });

  it('in a workspace without articles, activates after startup and does nothing more', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-plain-'));
    folders.push(folder);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'A plain text file that is not an article.\n');
    fs.writeFileSync(path.join(folder, 'index.js'), 'console.log(1);\n');
    const workbench = await Workbench.open(folder);
    try {
      const running = await runningExtensionsActivation(workbench);
      console.log(`      [figures] VS Code's Running Extensions, a workspace without articles: ${running}`);
      assert.match(running, /crossread\.crossread/);
      // Nothing read, nothing shown: no summary in the status bar.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      assert.strictEqual(await workbench.page.locator('[id="crossread.crossread.crossread.status"]').count(), 0, 'no Crossread summary');
    } finally {
      await workbench.close();
    }
  });
});
