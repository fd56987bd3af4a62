// GraphQL over WebSocket against the running server (GRAPHQL_URL): graphql-ws 6.4.2's client for the message flows,
// raw `ws` sockets for each close code of graphql-transport-ws, and the legacy graphql-ws (subscriptions-transport-ws) flow.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const results = { passed: 0, failed: 0 };
const say = (ok, name, detail = '') => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
};
const finish = () => {
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed > 0 ? 1 : 0);
};

if (!process.env.GRAPHQL_URL) {
  console.log('FAIL GRAPHQL_URL is not set: start the server and export GRAPHQL_URL=http://127.0.0.1:<port>/graphql');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const url = process.env.GRAPHQL_URL.replace(/^http/, 'ws');
const WAIT_MS = 15000;
const TRANSPORT = 'graphql-transport-ws';
const LEGACY = 'graphql-ws';
// The served schema's subscription: it stays open (no events unless a dump changes state), which is what the
// id-collision and client-complete checks need.
const LONG_SUBSCRIPTION = 'subscription { dumpStatusChanged { yearMonth status } }';

const within = (promise, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_MS))]);

async function check(name, run) {
  try {
    const detail = await within(run(), name);
    say(true, name, detail ?? '');
  } catch (error) {
    say(false, name, error?.message ?? String(error));
  }
}

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

// ---- graphql-ws client ----------------------------------------------------------------------------------------------

function newClient() {
  return createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

/** Runs one operation through the client; resolves with { nexts, error, completed }. */
function run(client, payload) {
  return new Promise((resolve) => {
    const nexts = [];
    client.subscribe(payload, {
      next: (value) => nexts.push(value),
      error: (error) => resolve({ nexts, error, completed: false }),
      complete: () => resolve({ nexts, error: null, completed: true }),
    });
  });
}

await check('client: query over subscribe yields one next then complete', async () => {
  const client = newClient();
  try {
    const { nexts, error, completed } = await run(client, { query: '{ __typename }' });
    expect(!error, `unexpected error ${JSON.stringify(error)}`);
    expect(completed, 'not completed');
    expect(nexts.length === 1 && nexts[0]?.data?.__typename === 'Query', `nexts were ${JSON.stringify(nexts)}`);
  } finally {
    await client.dispose();
  }
});

await check('client: several operations share one socket', async () => {
  let opened = 0;
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, on: { opened: () => opened++ } });
  try {
    const all = await Promise.all([1, 2, 3].map(() => run(client, { query: 'query { __typename }' })));
    expect(all.every((r) => r.completed && r.nexts.length === 1), JSON.stringify(all));
    expect(opened === 1, `opened ${opened} sockets`);
  } finally {
    await client.dispose();
  }
});

await check('client: validation error arrives as error (array of GraphQL errors), no complete', async () => {
  const client = newClient();
  try {
    const { error, completed } = await run(client, { query: '{ noSuchField }' });
    expect(!completed, 'completed instead of error');
    expect(Array.isArray(error) && error.length > 0 && typeof error[0].message === 'string', `error was ${JSON.stringify(error)}`);
    return error[0].message;
  } finally {
    await client.dispose();
  }
});

await check('client: subscription starts, stays open, client complete is honoured', async () => {
  const client = newClient();
  try {
    let failure = null;
    let completed = false;
    const unsubscribe = client.subscribe({ query: LONG_SUBSCRIPTION }, {
      next: () => {},
      error: (error) => (failure = error),
      complete: () => (completed = true),
    });
    // A query after the subscribe on the same socket proves the subscribe was accepted without closing it.
    const after = await run(client, { query: '{ __typename }' });
    expect(!failure, `subscription failed: ${JSON.stringify(failure)}`);
    expect(after.completed, 'query after subscribe did not complete');
    unsubscribe();
    const again = await run(client, { query: '{ __typename }' });
    expect(again.completed && !failure, 'socket unusable after client complete');
    expect(completed, 'the sink was not completed by unsubscribe');
  } finally {
    await client.dispose();
  }
});

await check('client: subscription receives the events of a dump check, then completes when the client completes', async () => {
  const client = newClient();
  try {
    const statuses = [];
    let failure = null;
    let done;
    const finished = new Promise((resolve) => (done = resolve));
    const unsubscribe = client.subscribe({ query: LONG_SUBSCRIPTION }, {
      next: (value) => {
        statuses.push(value?.data?.dumpStatusChanged?.status);
        if (statuses.at(-1) === 'COMPLETED' || statuses.at(-1) === 'FAILED') done();
      },
      error: (error) => { failure = error; done(); },
      complete: () => done(),
    });
    // The subscribe is acknowledged once a query on the same socket has completed after it.
    await run(client, { query: '{ __typename }' });
    // The server runs the extractor role without a start-up check (tests/run.sh): this mutation processes its sample month.
    const response = await fetch(process.env.GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'mutation { checkForNewDump { outcome } }' }),
    });
    const outcome = (await response.json())?.data?.checkForNewDump?.outcome;
    await finished;
    unsubscribe();
    expect(!failure, `subscription failed: ${JSON.stringify(failure)}`);
    expect(outcome === 'PROCESSED', `checkForNewDump answered ${outcome}`);
    const expected = ['NOT_STARTED', 'DOWNLOADING', 'READY_FOR_PROCESSING', 'PROCESSING', 'COMPLETED'];
    expect(JSON.stringify(statuses) === JSON.stringify(expected), `events were ${JSON.stringify(statuses)}`);
    return statuses.join(' → ');
  } finally {
    await client.dispose();
  }
});

// ---- raw sockets -----------------------------------------------------------------------------------------------------

/** Opens a raw socket; resolves { socket, messages, closed } where closed resolves with { code, reason }. */
function open(protocols) {
  return new Promise((resolve, reject) => {
    const socket = protocols === undefined ? new WebSocket(url) : new WebSocket(url, protocols);
    const messages = [];
    const waiters = [];
    const closed = new Promise((done) => socket.on('close', (code, reason) => done({ code, reason: reason.toString() })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      const waiter = waiters.shift();
      if (waiter) waiter(message);
      else messages.push(message);
    });
    socket.on('error', reject);
    socket.on('open', () => resolve({
      socket,
      closed,
      send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
      next: () => (messages.length > 0 ? Promise.resolve(messages.shift()) : new Promise((done) => waiters.push(done))),
    }));
  });
}

async function expectClose(connection, code) {
  const closed = await connection.closed;
  expect(closed.code === code, `closed with ${closed.code} "${closed.reason}", expected ${code}`);
  return `${closed.code} ${closed.reason}`;
}

async function initialised(protocol = TRANSPORT) {
  const connection = await open(protocol);
  connection.send({ type: 'connection_init', payload: {} });
  const ack = await connection.next();
  expect(ack.type === 'connection_ack', `expected connection_ack, got ${JSON.stringify(ack)}`);
  return connection;
}

await check('subprotocol: offering both echoes graphql-transport-ws', async () => {
  const connection = await open([TRANSPORT, LEGACY]);
  expect(connection.socket.protocol === TRANSPORT, `server chose "${connection.socket.protocol}"`);
  connection.socket.close();
});

await check('subprotocol: none offered → close 4406', async () => expectClose(await open(undefined), 4406));
await check('subprotocol: unknown offered → refused (no subprotocol echoed, then close 4406)', async () => {
  // A client that offered a protocol must fail the handshake when none is echoed (RFC 6455 §4.1); `ws` does.
  try {
    return await expectClose(await open('graphql-unknown'), 4406);
  } catch (error) {
    expect(/no subprotocol/i.test(error.message), error.message);
    return 'handshake refused by the client: server echoed no subprotocol';
  }
});

await check('ping → pong echoing the payload', async () => {
  const connection = await open(TRANSPORT);
  connection.send({ type: 'ping', payload: { n: 7 } });
  const pong = await connection.next();
  expect(pong.type === 'pong' && pong.payload?.n === 7, JSON.stringify(pong));
  connection.socket.close();
});

await check('invalid JSON → close 4400', async () => {
  const connection = await open(TRANSPORT);
  connection.send('{ not json');
  return expectClose(connection, 4400);
});

await check('unknown message type → close 4400', async () => {
  const connection = await open(TRANSPORT);
  connection.send({ type: 'nonsense' });
  return expectClose(connection, 4400);
});

await check('subscribe without id → close 4400', async () => {
  const connection = await initialised();
  connection.send({ type: 'subscribe', payload: { query: '{ __typename }' } });
  return expectClose(connection, 4400);
});

await check('subscribe before connection_ack → close 4401', async () => {
  const connection = await open(TRANSPORT);
  connection.send({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } });
  return expectClose(connection, 4401);
});

await check('duplicate active id → close 4409', async () => {
  const connection = await initialised();
  connection.send({ id: 'same', type: 'subscribe', payload: { query: LONG_SUBSCRIPTION } });
  connection.send({ id: 'same', type: 'subscribe', payload: { query: LONG_SUBSCRIPTION } });
  return expectClose(connection, 4409);
});

await check('second connection_init → close 4429', async () => {
  const connection = await initialised();
  connection.send({ type: 'connection_init' });
  return expectClose(connection, 4429);
});

await check('no connection_init within the timeout (10 s) → close 4408', async () => expectClose(await open(TRANSPORT), 4408));

await check('raw flow: subscribe query → next then complete with the same id', async () => {
  const connection = await initialised();
  connection.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
  const next = await connection.next();
  const complete = await connection.next();
  expect(next.type === 'next' && next.id === 'q' && next.payload?.data?.__typename === 'Query', JSON.stringify(next));
  expect(complete.type === 'complete' && complete.id === 'q', JSON.stringify(complete));
  connection.socket.close();
});

// ---- legacy graphql-ws ----------------------------------------------------------------------------------------------

await check('legacy graphql-ws: init → connection_ack + ka; start → data → complete; stop; terminate → 1000', async () => {
  const connection = await open(LEGACY);
  expect(connection.socket.protocol === LEGACY, `server chose "${connection.socket.protocol}"`);
  connection.send({ type: 'connection_init', payload: {} });
  const ack = await connection.next();
  const ka = await connection.next();
  expect(ack.type === 'connection_ack' && ka.type === 'ka', `${JSON.stringify(ack)} ${JSON.stringify(ka)}`);
  connection.send({ id: '1', type: 'start', payload: { query: '{ __typename }' } });
  const data = await connection.next();
  const complete = await connection.next();
  expect(data.type === 'data' && data.id === '1' && data.payload?.data?.__typename === 'Query', JSON.stringify(data));
  expect(complete.type === 'complete' && complete.id === '1', JSON.stringify(complete));
  connection.send({ id: '2', type: 'start', payload: { query: LONG_SUBSCRIPTION } });
  connection.send({ id: '2', type: 'stop' });
  connection.send({ id: '3', type: 'start', payload: { query: '{ nope }' } });
  let error = await connection.next();
  while (error.type === 'ka') error = await connection.next();
  expect(error.type === 'error' && error.id === '3', JSON.stringify(error));
  connection.send({ type: 'connection_terminate' });
  return expectClose(connection, 1000);
});

console.log('NOT CHECKED 4403 (needs an OnConnect hook that rejects in the server), 4500 (needs a failing source)');
finish();
