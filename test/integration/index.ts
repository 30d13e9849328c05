/**
 * Entry point of the in-host suite (`extensionTestsPath`): runs every `*.test.js` bundled next to
 * it with mocha inside the real extension host, and logs the counts for the launcher to read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  // CROSSREAD_GREP runs only the tests whose titles match, while developing.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.CROSSREAD_GREP || undefined });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, pending } = runner.stats ?? { passes: 0, pending: 0 };
      console.log(`[crossread-tests] passes=${passes} failures=${failures} pending=${pending}`);
      // Launchers that cannot read the host's console (desktop VS Code) read the counts from a file.
      if (process.env.CROSSREAD_TEST_RESULT_FILE) {
        fs.writeFileSync(process.env.CROSSREAD_TEST_RESULT_FILE, JSON.stringify({ passes, failures, pending }));
      }
      if (failures) reject(new Error(`${failures} in-host tests failed`));
      else resolve();
    });
  });
}
