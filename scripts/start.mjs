// npm start: check the sample reports shipped in the repo, then package the extension.
// The samples carry deliberate mistakes, so the checker's exit status 1 is expected here; 2 is not.
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const examples = ['samples', 'test/fixtures/seeds'];
const lint = spawnSync(process.execPath, ['dist/cli.js', ...examples], { stdio: 'inherit' });
if (lint.status !== 0 && lint.status !== 1) process.exit(lint.status ?? 2);
execFileSync('npm', ['run', 'package'], { stdio: 'inherit' });
const vsix = path.resolve('xxgk-report.vsix');
console.log(`\n以上是仓库自带的示例报告（${examples.join('、')}）的检查结果；检查自己的报告：node dist/cli.js 报告.txt。VS Code 扩展已打包：${vsix}`);
console.log(`The findings above are those of the example reports in ${examples.join(' and ')}; check your own with node dist/cli.js report.txt. The VS Code extension: ${vsix}`);
