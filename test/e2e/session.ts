// One code-server in Chromium for a suite: started before its tests (the first run installs the
// tools), a screenshot of each failing test, everything stopped after.
import * as path from 'node:path';
import { startCodeServer, type CodeServer } from './codeServer';
import { ensureTools, freshFolder, packagedExtension } from './tools';
import { Workbench } from './workbench';

export interface EditorSession {
  server: CodeServer;
  workbench: Workbench;
  /** The session's own folder: user data, extensions, the browser profile. */
  folder: string;
}

/** Registers the suite's hooks; the session's fields are set once its `before` has run. */
export function editorSession(name: string, files: () => Record<string, string>): EditorSession {
  const session = {} as EditorSession;
  before(async function () {
    this.timeout(15 * 60_000);
    const tools = ensureTools();
    session.folder = freshFolder(name);
    session.server = await startCodeServer(tools, session.folder, packagedExtension(), files());
    session.workbench = await Workbench.open(tools.chromium, path.join(session.folder, 'chromium'), session.server.url, session.server.workspace);
  });
  after(async function () {
    await session.workbench?.close();
    await session.server?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await session.workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });
  return session;
}
