// `npm run readme`: rewrites the README's command and setting tables from package.json, so they
// stay current (test/unit/manifest.test.ts fails when they drift).
import * as fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const { commands, keybindings = [], configuration } = manifest.contributes;
const cell = (text) => String(text).replace(/\|/g, '\\|');
const commandRows = commands.map((c) => {
  const key = keybindings.find((k) => k.command === c.command);
  return `| \`${c.command}\` | ${cell(`${c.category}: ${c.title}`)} | ${key ? `\`${key.key}\`` : ''} |`;
});
const settingRows = Object.entries(configuration.properties).map(
  ([key, p]) => `| \`${key}\` | \`${cell(JSON.stringify(p.default))}\` | ${cell(p.markdownDescription)} |`,
);
let readme = fs.readFileSync('README.md', 'utf8');
readme = readme.replace(
  /<!-- commands:start -->[\s\S]*<!-- commands:end -->/,
  `<!-- commands:start -->\n| Command | Title | Keybinding |\n|---|---|---|\n${commandRows.join('\n')}\n<!-- commands:end -->`,
);
readme = readme.replace(
  /<!-- settings:start -->[\s\S]*<!-- settings:end -->/,
  `<!-- settings:start -->\n| Setting | Default | Description |\n|---|---|---|\n${settingRows.join('\n')}\n<!-- settings:end -->`,
);
fs.writeFileSync('README.md', readme);
console.log(`README: ${commandRows.length} commands, ${settingRows.length} settings`);
