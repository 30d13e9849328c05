// `npm start`: opens the sample corpus (seeds/) in VS Code with Crossread loaded from this checkout.
//   - With VS Code's `code` on the PATH: a desktop window (extension development host).
//   - Without it: starts the browser VS Code (the server from code-server) on 127.0.0.1 and prints
//     the URL to open; Ctrl+C stops it.
// Set CROSSREAD_PORT to choose the port, and pass another folder as the first argument.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { provisionHost, repoRoot, startServer, workbenchUrl } from './vscode-host/host.mjs';

const folder = path.resolve(process.argv[2] ?? path.join(repoRoot, 'seeds'));
if (!fs.existsSync(folder)) {
  console.error(`crossread: no such folder: ${folder}`);
  process.exit(2);
}
if (!fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) {
  console.error('crossread: the extension is not built yet; run `npm run build` first');
  process.exit(2);
}

// First what the CLI says, so the terminal shows the analysis straight away.
spawnSync(process.execPath, [path.join(repoRoot, 'bin/crossread.js'), 'analyze', folder], { stdio: 'inherit' });

const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CROSSREAD_BROWSER) {
  const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  process.exit(result.status ?? 0);
}

const vscodeDir = provisionHost();
const server = await startServer(vscodeDir, path.join(repoRoot, '.vscode-test/start'), {
  'workbench.startupEditor': 'none',
  'git.openRepositoryInParentFolders': 'never',
}, Number(process.env.CROSSREAD_PORT) || undefined);
const url = workbenchUrl(server.origin, folder);
console.log(`\nCrossread is running in the browser VS Code. Open this URL:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
