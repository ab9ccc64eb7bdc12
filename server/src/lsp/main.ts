// The node entry of the language server: --stdio or node IPC, as the client chooses. Over stdio
// the framing is checked first (framing.ts); a broken frame ends the server, and the editor
// starts it again.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveConversions } from './conversion';
import { FrameChecker, type FramingError } from './framing';
import { startServer } from './server';

/** Time for the answers to the messages framed before the error to go out. */
const GRACE_MS = 200;

function endOnFramingError(error: FramingError): void {
  process.stderr.write(`xxgk 语言服务器：收到的消息帧格式错误（${error.message}），连接已关闭，编辑器可重新启动服务器。 / xxgk language server: malformed message frame (${error.message}); closing the connection.\n`);
  process.stdin.destroy();
  setTimeout(() => process.exit(1), GRACE_MS);
}

// A thread converting a PDF runs this same script (conversion.ts): it serves conversions and starts no server.
if (!serveConversions()) {
  startServer(process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameChecker(endOnFramingError)), process.stdout)
    : createConnection(ProposedFeatures.all));
}
