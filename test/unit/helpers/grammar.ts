/**
 * Test helper: loads the `text.article` TextMate grammar with vscode-textmate + vscode-oniguruma
 * (the same engine VS Code uses) and tokenizes article text line by line, carrying the rule stack
 * from line to line exactly as the editor does.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'article.tmLanguage.json');
export const SCOPE_NAME = 'text.article';

/** One token: its text, UTF-16 offsets within its line, and its scopes (outermost first). */
export interface ScopedToken {
  text: string;
  startIndex: number;
  endIndex: number;
  scopes: string[];
}

export interface TokenizedLine {
  /** 0-based line number. */
  line: number;
  text: string;
  tokens: ScopedToken[];
  /** True when vscode-textmate gave up on the line (time limit): a sign of a runaway regex. */
  stoppedEarly: boolean;
}

let grammarPromise: Promise<vsctm.IGrammar> | null = null;

async function loadOnigLib(): Promise<vsctm.IOnigLib> {
  const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
  const wasm = readFileSync(wasmPath);
  // loadWASM is idempotent: later calls return the first call's promise.
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  };
}

async function createGrammar(): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: (scopeName: string) =>
      Promise.resolve(scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`grammar ${SCOPE_NAME} could not be loaded from ${GRAMMAR_PATH}`);
  return grammar;
}

/** The article grammar, loaded once per process. */
export function loadArticleGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= createGrammar();
  return grammarPromise;
}

/**
 * Tokenizes a whole article (`\n` or `\r\n` line ends), as the editor would: line by line with
 * the rule stack carried over. `timeLimitMs` is vscode-textmate's per-line budget (0 = none).
 */
export async function tokenizeLines(text: string, timeLimitMs = 0): Promise<TokenizedLine[]> {
  const grammar = await loadArticleGrammar();
  const lines = text.split(/\r?\n/);
  const result: TokenizedLine[] = [];
  let ruleStack: vsctm.StateStack = vsctm.INITIAL;
  lines.forEach((lineText, line) => {
    const r = grammar.tokenizeLine(lineText, ruleStack, timeLimitMs);
    result.push({
      line,
      text: lineText,
      stoppedEarly: r.stoppedEarly,
      tokens: r.tokens.map((t) => ({
        text: lineText.slice(t.startIndex, Math.min(t.endIndex, lineText.length)),
        startIndex: t.startIndex,
        endIndex: Math.min(t.endIndex, lineText.length),
        scopes: t.scopes,
      })),
    });
    ruleStack = r.ruleStack;
  });
  return result;
}

/** True when some scope of `scopes` is `scope` or a more specific scope under it (`a.b` ⊇ `a.b.c`). */
export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

/** The scopes of the character at `index` in `line`. */
export function scopesAt(line: TokenizedLine, index: number): string[] {
  const token = line.tokens.find((t) => t.startIndex <= index && index < t.endIndex);
  if (!token) throw new Error(`no token at ${index} in line ${line.line}: ${JSON.stringify(line.text)}`);
  return token.scopes;
}

/**
 * The maximal runs of text in `line` carrying `scope` (adjacent tokens merged), e.g. every date
 * span. Useful to assert both the extent of a construct and that nothing else carries the scope.
 */
export function spansWithScope(line: TokenizedLine, scope: string): string[] {
  const spans: string[] = [];
  let current: string | null = null;
  for (const token of line.tokens) {
    if (hasScope(token.scopes, scope)) current = (current ?? '') + token.text;
    else if (current !== null) {
      spans.push(current);
      current = null;
    }
  }
  if (current !== null) spans.push(current);
  return spans;
}
