// Opens the GraphQL endpoint in headless Chromium, driven over the Chrome DevTools protocol, and checks that Banana
// Cake Pop loads from our server alone (no CDN), reads bcp-config.json, loads the schema by introspection and runs
// `{ dumps { yearMonth } }`. Saves a screenshot to artifacts/test-results/ide.png. Installs nothing itself.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import WebSocket from 'ws';

const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const url = process.env.GRAPHQL_URL;
const fail = (reason) => {
  console.log(`FAIL ${reason}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};
if (!url) fail('GRAPHQL_URL is not set: start the server and export GRAPHQL_URL=http://127.0.0.1:<port>/graphql');
if (!existsSync(chromiumPath)) fail(`${chromiumPath} is missing: install it with apt-get install -y chromium (tests/run.sh does so as root)`);

const origin = new URL(url).origin;
const screenshotPath = new URL('../../artifacts/test-results/ide.png', import.meta.url);
const profile = mkdtempSync(join(tmpdir(), 'discogsography-ide-'));
const browser = spawn(chromiumPath, [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', `--user-data-dir=${profile}`,
  '--remote-debugging-port=0', '--window-size=1400,900', 'about:blank',
], { stdio: 'ignore' });

const results = [];
const record = (name, ok, reason) => {
  results.push({ name, ok });
  console.log(ok ? `ok   ${name}` : `FAIL ${name}: ${reason}`);
};
const until = async (what, predicate, ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await predicate();
    if (value) return value;
    await delay(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
};

let socket;
const finish = async (code) => {
  try { socket?.close(); } catch { /* already closed */ }
  const exited = browser.exitCode !== null ? Promise.resolve() : new Promise((resolve) => browser.once('exit', resolve));
  browser.kill('SIGKILL');
  await Promise.race([exited, delay(5_000)]);
  for (let attempt = 0; attempt < 20 && existsSync(profile); attempt++) {
    try { rmSync(profile, { recursive: true, force: true }); } catch { await delay(250); /* Chromium's helpers still closing */ }
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
};
const overall = setTimeout(() => {
  record('finished within 120 s', false, 'the whole run timed out');
  void finish(1);
}, 120_000);

try {
  const portFile = join(profile, 'DevToolsActivePort');
  const [port] = await until('DevToolsActivePort', () => existsSync(portFile) && readFileSync(portFile, 'utf8').split('\n').filter(Boolean), 20_000);
  const targets = await until('a page target', async () => {
    const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    return list.find((t) => t.type === 'page');
  }, 10_000);

  socket = new WebSocket(targets.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  let nextId = 1;
  const pending = new Map();
  const requests = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(message.error.message)); else resolve(message.result);
      return;
    }
    const p = message.params;
    if (message.method === 'Network.requestWillBeSent') {
      requests.set(p.requestId, { url: p.request.url, method: p.request.method, postData: p.request.postData ?? '', type: p.type });
    } else if (message.method === 'Network.responseReceived' && requests.has(p.requestId)) {
      requests.get(p.requestId).status = p.response.status;
    } else if (message.method === 'Network.loadingFinished' && requests.has(p.requestId)) {
      requests.get(p.requestId).finished = true;
    } else if (message.method === 'Network.loadingFailed' && requests.has(p.requestId)) {
      requests.get(p.requestId).failed = p.errorText;
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
  const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.value;
  const find = (predicate) => [...requests.entries()].find(([, r]) => predicate(r));

  await send('Network.enable');
  await send('Page.enable');
  await send('Runtime.enable');
  await send('Page.navigate', { url });

  try {
    await until('the page title', async () => (await evaluate('document.title')) === 'Banana Cake Pop', 20_000);
    await until('scripts and styles to load', () => {
      const assets = [...requests.values()].filter((r) => r.type === 'Script' || r.type === 'Stylesheet');
      return assets.length > 0 && assets.every((r) => r.finished || r.failed);
    }, 20_000);
    const assets = [...requests.values()].filter((r) => r.type === 'Script' || r.type === 'Stylesheet');
    const foreign = assets.filter((r) => !r.url.startsWith(origin));
    const broken = assets.filter((r) => r.failed || r.status !== 200);
    record(`page loads ${assets.length} scripts and styles from our server alone`, foreign.length === 0 && broken.length === 0,
      `foreign ${foreign.map((r) => r.url).join(', ')}; broken ${broken.map((r) => `${r.url} ${r.status ?? r.failed}`).join(', ')}`);
  } catch (e) {
    record('page loads from our server alone', false, e.message);
  }

  try {
    await until('bcp-config.json', () => find((r) => r.url.endsWith('/bcp-config.json') && r.status === 200), 20_000);
    record('the IDE reads bcp-config.json from our server', true);
  } catch (e) {
    record('the IDE reads bcp-config.json from our server', false, e.message);
  }

  try {
    await until('the Create Document button', () => evaluate(
      "(() => { const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === 'Create Document'); b?.click(); return !!b; })()"), 20_000);
    record('the IDE opens a new document', true);
  } catch (e) {
    record('the IDE opens a new document', false, e.message);
  }

  // BCP fetches from a worker the page's Network domain does not see, so the schema and the result are read from the UI.
  try {
    await until('the status bar to say "Schema available"', () => evaluate("document.body.innerText.includes('Schema available')"), 30_000);
    record('the IDE loads our schema by introspection', true);
  } catch (e) {
    record('the IDE loads our schema by introspection', false, e.message);
  }

  try {
    await until('the editor', () => evaluate("!!document.querySelector('.monaco-editor textarea')"), 20_000);
    // Typing can race the editor's start-up, so a run that shows no result is typed and run once more.
    const typeAndRun = async () => {
      // Click into the request editor as a user would (focus() alone can lose to the IDE's own focus handling).
      const rect = JSON.parse(await evaluate("JSON.stringify((() => { const r = document.querySelector('.monaco-editor').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + 40 }; })())"));
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: rect.x, y: rect.y, button: 'left', clickCount: 1 });
      }
      await evaluate("(() => { const t = document.querySelector('.monaco-editor textarea'); t.focus(); return true; })()");
      await send('Input.dispatchKeyEvent', { type: 'keyDown', modifiers: 2, key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65, commands: ['selectAll'] });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 2, key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65 });
      await send('Input.insertText', { text: '{ __typename dumps { yearMonth } }' });
      await delay(300);
      await evaluate("(() => { const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === 'Run'); b?.click(); return !!b; })()");
    };
    const shown = async () => {
      const t = await evaluate('document.body.innerText');
      // The list may be empty (no dump tracked yet): the typed field's answer and the list's key are what prove the run.
      return t.includes('"data"') && t.includes('"dumps"') && t.includes('"Query"') ? t : null;
    };
    let text;
    for (let attempt = 1; !text; attempt++) {
      await typeAndRun();
      try {
        text = await until('the response pane to show data.dumps', shown, 10_000);
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
    record('a query typed in the IDE runs on our server', !text.includes('"errors"'), 'the response has errors');
  } catch (e) {
    record('a query typed in the IDE runs on our server', false, e.message);
  }

  try {
    await delay(500);
    const shot = await send('Page.captureScreenshot', { format: 'png' });
    mkdirSync(new URL('.', screenshotPath), { recursive: true });
    writeFileSync(screenshotPath, Buffer.from(shot.data, 'base64'));
    record('screenshot saved to artifacts/test-results/ide.png', true);
  } catch (e) {
    record('screenshot saved to artifacts/test-results/ide.png', false, e.message);
  }

  const outside = [...new Set([...requests.values()].map((r) => r.url).filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(origin))
    .map((u) => new URL(u).host))];
  if (outside.length > 0) console.log(`note: the IDE tried hosts beyond the server (offline, they fail harmlessly): ${outside.join(', ')}`);
} catch (e) {
  record('drive headless Chromium', false, e.message);
}
clearTimeout(overall);
await finish();
