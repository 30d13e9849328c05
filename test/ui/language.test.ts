import * as assert from 'node:assert';
import { Workbench, type TokenStyle } from './workbench';

function colourOf(tokens: TokenStyle[], fragment: string): string | undefined {
  return Workbench.colourAt(tokens, fragment);
}

describe('What a reader sees: the article language in the workbench', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = await Workbench.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('shows "News Article" in the status bar for a seed, with grammar colours on quotes and dates', async () => {
    await workbench.openFile('000_7b9efc5fd5014763.txt', 'Witkoff');
    assert.match(await workbench.statusBarLanguage(/News Article/), /News Article/);

    // Tokenisation runs in the background after the file opens, line by line: wait until both the
    // quote and the date (on a later line) are coloured, so a slow machine does not read them early.
    let tokens = await workbench.tokenStyles();
    const settled = (t: TokenStyle[]): boolean =>
      colourOf(t, 'as they say') !== colourOf(t, 'Russian President') && colourOf(t, 'March 13, 2025') !== colourOf(t, 'Russian President');
    for (let i = 0; i < 50 && !settled(tokens); i++) {
      await workbench.page.waitForTimeout(200);
      tokens = await workbench.tokenStyles();
    }
    const plain = colourOf(tokens, 'Russian President');
    const quote = colourOf(tokens, 'as they say');
    const date = colourOf(tokens, 'March 13, 2025');
    const time = colourOf(tokens, '12:31');
    await workbench.screenshot('article-language.png');
    assert.ok(plain, 'plain prose is painted');
    assert.ok(quote && quote !== plain, `quoted speech has its own colour (quote ${quote}, prose ${plain})`);
    assert.ok(date && date !== plain && date !== quote, `dates have their own colour (date ${date}, prose ${plain}, quote ${quote})`);
    assert.strictEqual(time, date, 'clock times are coloured like dates');
  });

  it('shows photo credits and other boilerplate lines as comments and the headline in its own style', async () => {
    await workbench.openFile('001_254354c1ab71cb35.txt', 'Kristina');
    const tokens = await workbench.tokenStyles();
    const plain = colourOf(tokens, 'high-stakes diplomatic move');
    const boilerplate = colourOf(tokens, 'Kristina Kormilitsyna');
    const headline = tokens.find((t) => t.text.includes('Dialogue'));
    await workbench.screenshot('article-boilerplate.png');
    assert.ok(boilerplate && boilerplate !== plain, `boilerplate is dimmed as a comment (${boilerplate} vs ${plain})`);
    assert.ok(headline && (headline.color !== plain || Number(headline.fontWeight) >= 600), 'the headline stands out');
  });
});
