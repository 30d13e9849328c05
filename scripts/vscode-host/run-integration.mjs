// `npm run test:integration`: runs the in-host mocha suite (test/integration) inside a real VS Code
// extension host, then the workbench checks (test/ui) that look at what a person sees.
//
// Launchers:
//   server   (default here) the VS Code server from code-server, its workbench in headless Chromium;
//   electron desktop VS Code through @vscode/test-electron, where VS Code can be downloaded.
// CROSSREAD_VSCODE_LAUNCHER=server|electron|auto chooses; auto picks electron only when the update
// service resolves and a display is available.
//
// Prints `integration: N passed, N failed` last and exits non-zero when anything failed.
import { createRequire } from 'node:module';
import * as dns from 'node:dns/promises';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import { launchBrowser, makeWorkspace, provisionHost, repoRoot, startServer, workbenchUrl } from './host.mjs';

const require = createRequire(import.meta.url);
// The stability test (test/integration/stability.test.ts: 1,000 editor cycles, 1,000 generated articles)
// takes minutes on a busy machine.
const SUITE_TIMEOUT_MS = Number(process.env.CROSSREAD_SUITE_TIMEOUT_MS ?? 1_500_000);
const testsEntry = path.join(repoRoot, 'out/integration/index.js');
const resultsDir = path.join(repoRoot, 'test-results');
// Outside the checkout, so the workspace is not inside the extension's development folder.
const testWorkspaceDir = path.join(os.tmpdir(), `crossread-workspace-${process.pid}`);
// Lines the workbench logs on its own; they say nothing about our tests.
const WORKBENCH_NOISE = /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|\[ChatModelSelection\]|\[AgentHost|\[AccountPolicyGate\]|\[reconnection-grace-time\]|getaddrinfo ENOTFOUND|Extension host \(Remote\) is unresponsive|Started local extension host)/;

async function chooseLauncher() {
  const wanted = process.env.CROSSREAD_VSCODE_LAUNCHER ?? 'server';
  if (wanted !== 'auto') return wanted;
  const display = process.platform !== 'linux' || !!process.env.DISPLAY;
  try {
    await dns.lookup('update.code.visualstudio.com');
    return display ? 'electron' : 'server';
  } catch {
    return 'server';
  }
}

function ensureBuilt() {
  if (!fs.existsSync(testsEntry) || !fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) {
    throw new Error('the extension and the in-host tests are not built: run `npm run build` first');
  }
}

/** Runs out/integration/index.js inside the extension host of a workbench opened in Chromium. */
async function runInHostSuite(origin, workspace) {
  const { context, page, close } = await launchBrowser();
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  let counts = null;
  await context.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args ?? []));
    const summary = /\[crossread-tests\] passes=(\d+) failures=(\d+) pending=(\d+)/.exec(line);
    if (summary) counts = { passed: Number(summary[1]), failed: Number(summary[2]), pending: Number(summary[3]) };
    if (process.env.VERBOSE || !WORKBENCH_NOISE.test(line)) console.log((type === 'info' || type === 'log' ? '' : `[${type}] `) + line);
  });
  await context.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  page.on('pageerror', (e) => console.log('[pageerror]', String(e).slice(0, 300)));
  const timer = setTimeout(() => finish({ code: 124, timedOut: true }), SUITE_TIMEOUT_MS);
  const started = Date.now();
  let result;
  try {
    await page.goto(workbenchUrl(origin, workspace, { testsPath: testsEntry }));
    result = await done;
    if (result.timedOut) {
      fs.mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, 'in-host-timeout.png') }).catch(() => {});
    }
  } finally {
    clearTimeout(timer);
    await close();
  }
  console.log(`[integration] in-host suite finished with code ${result.code} after ${Date.now() - started} ms${result.timedOut ? ' (timed out)' : ''}`);
  if (!counts) counts = { passed: 0, failed: 1, pending: 0 };
  if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Runs the workbench checks (mocha in Node, TypeScript through tsx) against the running server. */
async function runWorkbenchChecks(origin, workspace) {
  require('tsx/cjs');
  const Mocha = require('mocha');
  // CROSSREAD_UI_GREP runs only the workbench checks whose titles match, while developing.
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: 'spec', grep: process.env.CROSSREAD_UI_GREP || undefined });
  const dir = path.join(repoRoot, 'test/ui');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(path.join(dir, file));
  process.env.CROSSREAD_ORIGIN = origin;
  process.env.CROSSREAD_WORKSPACE = workspace;
  process.env.CROSSREAD_RESULTS = resultsDir;
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures, pending: runner.stats.pending }));
  });
}

async function runWithServer() {
  const vscodeDir = provisionHost();
  const workspace = makeWorkspace(testWorkspaceDir);
  const server = await startServer(vscodeDir, path.join(repoRoot, '.vscode-test/run'));
  const stopOnSignal = () => server.stop().finally(() => process.exit(130));
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  try {
    console.log(`[integration] VS Code server on ${server.origin} (process group ${server.pid})`);
    // CROSSREAD_SUITES=in-host or =ui runs one part alone while developing.
    const suites = (process.env.CROSSREAD_SUITES ?? 'in-host,ui').split(',');
    const none = { passed: 0, failed: 0, pending: 0 };
    const inHost = suites.includes('in-host') ? await runInHostSuite(server.origin, workspace) : none;
    // A fresh workspace, so the workbench checks see the sample corpus as a person would.
    makeWorkspace(workspace);
    const ui = suites.includes('ui') ? await runWorkbenchChecks(server.origin, workspace) : none;
    return { inHost, ui };
  } finally {
    await server.stop();
    fs.rmSync(testWorkspaceDir, { recursive: true, force: true });
  }
}

async function runWithElectron() {
  const { runTests } = require('@vscode/test-electron');
  const workspace = makeWorkspace(testWorkspaceDir);
  const resultFile = path.join(os.tmpdir(), `crossread-results-${process.pid}.json`);
  let launchFailed = false;
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsEntry,
      extensionTestsEnv: { CROSSREAD_TEST_RESULT_FILE: resultFile },
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch {
    launchFailed = true;
  }
  // The suite writes its counts to the file; without it, the run failed before the suite ended.
  let counts = { passed: 0, failed: 1, pending: 0 };
  if (fs.existsSync(resultFile)) {
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    counts = { passed: result.passes, failed: result.failures || (launchFailed ? 1 : 0), pending: result.pending };
  }
  fs.rmSync(resultFile, { force: true });
  fs.rmSync(workspace, { recursive: true, force: true });
  // The workbench checks need the browser workbench; desktop VS Code runs the in-host suite only.
  return { inHost: counts, ui: null };
}

async function main() {
  ensureBuilt();
  const launcher = await chooseLauncher();
  console.log(`[integration] launcher: ${launcher}`);
  const { inHost, ui } = launcher === 'electron' ? await runWithElectron() : await runWithServer();
  const passed = inHost.passed + (ui?.passed ?? 0);
  const failed = inHost.failed + (ui?.failed ?? 0);
  console.log(`\n[integration] in-host suite: ${inHost.passed} passing, ${inHost.failed} failing${ui ? `; workbench checks: ${ui.passed} passing, ${ui.failed} failing` : ''}`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error('[integration] error:', error);
  process.exit(1);
});
