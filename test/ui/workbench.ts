/**
 * Drives the real VS Code workbench (served by the host that `scripts/vscode-host` starts) in
 * headless Chromium, to check what a person sees. The launcher passes the server's origin and the
 * workspace folder in CROSSREAD_ORIGIN / CROSSREAD_WORKSPACE.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '../..');

/**
 * Browser globals used inside `evaluate` callbacks, which run in the page. Declared here rather
 * than adding the DOM library to the whole project, where it would hide mistakes in Node code.
 */
export interface PageElement {
  textContent: string | null;
  className: string;
  querySelectorAll(selector: string): Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
}
declare function getComputedStyle(element: PageElement, pseudo?: string): Record<string, string> & { color: string; fontWeight: string; fontStyle: string; content: string; backgroundColor: string };


function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the workbench checks through \`npm run test:integration\``);
  return value;
}

export interface TokenStyle {
  text: string;
  color: string;
  fontWeight: string;
  fontStyle: string;
}

/** Every "hover at … answered in … ms" line of Crossread's log channel in the server's user data, oldest first. */
function hoverLogLines(): string[] {
  // scripts/vscode-host/run-integration.mjs runs the server with `<repo>/.vscode-test/run`.
  const logs = path.join(repoRoot, '.vscode-test/run/user/logs');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'Crossread.log') files.push(full);
    }
  };
  walk(logs);
  // Each line starts with its time stamp, so sorting puts them in time order across windows.
  return files
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('] hover at ')))
    .sort()
    .map((line) => line.replace(/^.*\] hover at /, 'hover at '));
}

/** What a hover card showed and how long it took. */
export interface HoverCard {
  text: string;
  /** Mouse at rest on the word → card visible, in ms. */
  roundTrip: number;
  /** Crossread's provider time from its log ("answered in X ms"), when the log line came. */
  providerMs?: number;
}

/** Crossread's share of a hover's round trip beyond VS Code's hover delay, at most (issue 12). */
export const CROSSREAD_HOVER_SHARE_MS = 50;

/** The hover delay the launcher puts in the user settings (scripts/vscode-host/host.mjs). */
export const HOVER_DELAY_MS = 100;

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly closeBrowser: () => Promise<void>,
  ) {}

  /** Opens the workspace with Crossread loaded from this repository, and waits for the explorer. */
  static async open(folder = env('CROSSREAD_WORKSPACE')): Promise<Workbench> {
    // The same browser and URL as the launcher uses (scripts/vscode-host/host.mjs).
    const { launchBrowser, workbenchUrl } = await import('../../scripts/vscode-host/host.mjs');
    const { page, close } = await launchBrowser();
    await page.goto(workbenchUrl(env('CROSSREAD_ORIGIN'), folder));
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    return new Workbench(page, close);
  }

  async close(): Promise<void> {
    await this.closeBrowser();
  }

  /** Opens a file by clicking it in the Explorer, as a person would, and waits until `expectedText` is painted. */
  async openFile(name: string, expectedText: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    try {
      if (!(await row.isVisible())) {
        // Expand the folders so the file shows (the sample corpus sits in seeds/).
        const folder = this.page.locator('.explorer-folders-view .monaco-list-row[aria-expanded="false"]').first();
        if (await folder.isVisible()) await folder.click();
      }
      // A tooltip the workbench left open over the Explorer (an earlier file's path, shown on hover)
      // covers the rows below it and takes the click: move the mouse away and close it first.
      await this.page.mouse.move(1, 1);
      await this.page.keyboard.press('Escape');
      await row.click();
      await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
      await this.activeEditorLines().filter({ hasText: expectedText }).waitFor({ timeout: 20_000 });
    } catch (error) {
      await this.screenshot(`failed-open-${name}.png`);
      throw error;
    }
  }

  /** The painted lines of the editor that has focus (other groups may show other files). */
  activeEditorLines(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').first();
  }

  async statusBarLanguage(expected: RegExp): Promise<string> {
    const mode = this.page.locator('#status\\.editor\\.mode');
    await mode.filter({ hasText: expected }).waitFor({ timeout: 20_000 }).catch(() => undefined);
    return (await mode.innerText().catch(() => '')).trim();
  }

  /** The painted style of every token (span) on the visible editor lines. */
  async tokenStyles(): Promise<TokenStyle[]> {
    return this.activeEditorLines().evaluate((root: PageElement) =>
      [...root.querySelectorAll('.view-line span span')].map((el) => {
        const style = getComputedStyle(el);
        return { text: (el.textContent ?? '').replace(/\u00a0/g, ' '), color: style.color, fontWeight: style.fontWeight, fontStyle: style.fontStyle };
      }),
    );
  }

  /** The colour painted at the first occurrence of `fragment` (tokens are cut into chunks, so phrases may span several). */
  static colourAt(tokens: readonly TokenStyle[], fragment: string): string | undefined {
    let text = '';
    const owner: number[] = [];
    tokens.forEach((token, i) => {
      text += token.text;
      for (let k = 0; k < token.text.length; k++) owner.push(i);
    });
    const at = text.indexOf(fragment);
    return at === -1 ? undefined : tokens[owner[at]].color;
  }

  /** Screen box of the first occurrence of `text` in the active editor (a line may be cut into several spans). */
  async textBox(text: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.activeEditorLines().evaluate((root: PageElement, wanted: string) => {
      const doc = (globalThis as unknown as { document: { createTreeWalker(root: unknown, filter: number): { nextNode(): { data: string } | null }; createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getBoundingClientRect(): { x: number; y: number; width: number; height: number } } } }).document;
      const walker = doc.createTreeWalker(root, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.replace(/\u00a0/g, ' ').indexOf(wanted);
        if (at >= 0) {
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    }, text);
    if (!box) throw new Error(`"${text}" is not painted in the active editor`);
    return box;
  }

  /**
   * Moves the mouse onto `text` in one move (so it is at rest from then on) and returns the hover
   * card once it shows `expected`. Logs the round trip (mouse at rest → card visible) and Crossread's
   * share of it, the provider's time from Crossread's log line for this hover.
   */
  async hover(text: string, expected: RegExp): Promise<string> {
    return (await this.hoverCard(text, expected)).text;
  }

  async hoverCard(text: string, expected: RegExp): Promise<HoverCard> {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const box = await this.textBox(text);
      const logged = hoverLogLines().length;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const atRest = Date.now();
      const card = this.page.locator('.monaco-hover', { hasText: expected }).first();
      try {
        await card.waitFor({ state: 'visible', timeout: 6_000 });
      } catch {
        await this.page.mouse.move(5, 5);
        continue;
      }
      const roundTrip = Date.now() - atRest;
      console.log(`      hover round trip over "${text}": ${roundTrip} ms from the mouse at rest to the card (editor.hover.delay ${HOVER_DELAY_MS} ms; beyond it ${roundTrip - HOVER_DELAY_MS} ms)`);
      // The log channel writes its file a moment later: the first line after those there before the move.
      let line: string | undefined;
      for (const started = Date.now(); !line && Date.now() - started < 3_000; ) {
        line = hoverLogLines()[logged];
        if (!line) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const providerMs = line ? Number(/answered in ([\d.]+) ms/.exec(line)?.[1]) : undefined;
      // The card fades in: a screenshot taken at once shows it half transparent over the text.
      await new Promise((resolve) => setTimeout(resolve, 400));
      console.log(`      Crossread's share (its provider, from the Crossread log): ${line ?? 'no log line'}`);
      return { text: (await card.innerText()).trim(), roundTrip, providerMs };
    }
    throw new Error(`no hover card matching ${expected} over "${text}"`);
  }

  /**
   * How the visible hover's content fits its box: VS Code scrolls a card taller than its hover
   * box (about 250 px) inside a scrollable element, so a card that fits has nothing to scroll.
   */
  async hoverOverflow(): Promise<{ scrollHeight: number; clientHeight: number }[]> {
    return this.page.locator('.monaco-hover:visible').first().evaluate((hover: PageElement) =>
      [hover, ...hover.querySelectorAll('.monaco-scrollable-element, .monaco-hover-content, .hover-contents')].map((el) => {
        const box = el as unknown as { scrollHeight: number; clientHeight: number };
        return { scrollHeight: box.scrollHeight, clientHeight: box.clientHeight };
      }),
    );
  }

  /** Opens a view by its pane title in the side bar (views start collapsed) and returns its row labels. */
  async viewRows(container: string, view: string, minimum = 1): Promise<string[]> {
    await this.page.keyboard.press('Escape');
    await this.runCommand(`${container}: Focus on ${view} View`);
    const pane = this.page.locator(`.pane:has(.pane-header:has-text("${view}"))`).first();
    const rows = pane.locator('.monaco-list-row');
    await rows.nth(minimum - 1).waitFor({ timeout: 20_000 });
    return rows.evaluateAll((els: PageElement[]) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  }

  /** Drags the side bar's edge so that it is `width` pixels wide (views' labels are long). */
  async widenSideBar(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (!box || box.width >= width) return;
    const edge = { x: box.x + box.width - 1, y: box.y + box.height / 2 };
    await this.page.mouse.move(edge.x, edge.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, edge.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Runs a command from the Command Palette by its title. */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // A key press that arrives while the workbench is moving the focus (a view being revealed, a
    // quick input closing) can be lost; it is pressed again rather than waited on for long.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(attempt % 2 ? 'Control+Shift+P' : 'F1');
      try {
        await input.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        console.log(`      the Command Palette did not open (attempt ${attempt}); pressing Escape and trying again`);
        await this.page.keyboard.press('Escape');
      }
    }
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  async screenshot(name: string): Promise<string> {
    const dir = process.env.CROSSREAD_RESULTS ?? path.join(repoRoot, 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    await this.page.screenshot({ path: file });
    return file;
  }
}
