// npm start: check the sample reports shipped in the repo, then package the extension.
// The samples carry deliberate mistakes, so the checker's exit status 1 is expected here; 2 is not.
import { execFileSync, spawnSync } from 'node:child_process';

const lint = spawnSync(process.execPath, ['dist/cli.js', 'samples', 'test/fixtures/seeds'], { stdio: 'inherit' });
if (lint.status !== 0 && lint.status !== 1) process.exit(lint.status ?? 2);
execFileSync('npm', ['run', 'package'], { stdio: 'inherit' });
