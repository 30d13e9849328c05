// A real VS Code for tests on machines that cannot download it: the VS Code server inside the npm
// package code-server (see provision.sh), started on 127.0.0.1 in its own process group, with its
// workbench opened in headless Debian Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Installs the host when missing; returns the VS Code server directory. */
export function provisionHost() {
  const result = spawnSync('bash', [path.join(repoRoot, 'scripts/vscode-host/provision.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`provisioning the VS Code host failed (exit ${result.status})`);
  const lines = result.stdout.trim().split('\n');
  return lines[lines.length - 1];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function waitForHttp(url, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      http
        .get(url, (res) => {
          res.resume();
          if (res.statusCode === 200) resolve(Date.now() - started);
          else retry();
        })
        .on('error', retry);
    };
    const retry = () => (Date.now() - started > timeoutMs ? reject(new Error(`no answer from ${url}`)) : setTimeout(poll, 200));
    poll();
  });
}

/**
 * Starts the VS Code server with fresh user/server data under `runDir`. Returns `{ origin, stop }`;
 * `stop()` kills the server's whole process group (extension hosts and file watchers included).
 */
export async function startServer(vscodeDir, runDir, userSettings = {}, port = undefined) {
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, 'user/User'), { recursive: true });
  fs.mkdirSync(path.join(runDir, 'server'), { recursive: true });
  fs.mkdirSync(path.join(runDir, 'extensions'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Dark Modern',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'editor.hover.delay': 100,
    'security.workspace.trust.enabled': false,
    // `npm start` opens seeds/ inside this repository's checkout: don't offer to open the repository.
    'git.openRepositoryInParentFolders': 'never',
    'git.enabled': false,
    ...userSettings,
  };
  fs.writeFileSync(path.join(runDir, 'user/User/settings.json'), JSON.stringify(settings, null, 2));
  port ??= await freePort();
  const log = fs.openSync(path.join(runDir, 'server.log'), 'w');
  const child = spawn(
    process.execPath,
    [
      path.join(vscodeDir, 'out/server-main.js'),
      '--host', '127.0.0.1', '--port', String(port),
      '--without-connection-token', '--accept-server-license-terms', '--disable-telemetry',
      // Makes the server honour extensionDevelopmentPath/extensionTestsPath from the URL payload.
      '--enable-smoke-test-driver', '--disable-workspace-trust',
      '--server-data-dir', path.join(runDir, 'server'),
      '--user-data-dir', path.join(runDir, 'user'),
      '--extensions-dir', path.join(runDir, 'extensions'),
    ],
    // detached = setsid: its own process group, so stop() reaches every process it starts.
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, TMPDIR: os.tmpdir() } },
  );
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(origin + '/', 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; server log: ${path.join(runDir, 'server.log')}`, { cause: error });
  }
  return { origin, stop, pid: child.pid };
}

/** Headless Debian Chromium with a fresh profile; the flags keep it off the (closed) network. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }) {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page: context.pages()[0] ?? (await context.newPage()), close };
}

export function remoteUri(origin, file) {
  return `vscode-remote://${new URL(origin).host}${path.resolve(file)}`;
}

/** The workbench URL for a folder, with the extension under development loaded (and a test module). */
export function workbenchUrl(origin, folder, { extensionPath = repoRoot, testsPath = null } = {}) {
  const payload = [
    ['extensionDevelopmentPath', remoteUri(origin, extensionPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(origin, testsPath)]);
  return `${origin}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** A fresh copy of the sample corpus to open as the test workspace (tests may add and delete files). */
export function makeWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'seeds'), { recursive: true });
  for (const name of fs.readdirSync(path.join(repoRoot, 'seeds'))) {
    fs.copyFileSync(path.join(repoRoot, 'seeds', name), path.join(dir, 'seeds', name));
  }
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'A plain text file that is not an article.\n');
  return dir;
}
