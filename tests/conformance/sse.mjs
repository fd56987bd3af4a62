// GraphQL over SSE (distinct connections mode) against the running server (GRAPHQL_URL): graphql-sse 2.6.1's client for
// the flows, plus raw fetches for the framing (event: next / data: <json>, event: complete) and the refusals.
import { createClient } from 'graphql-sse';

const results = { passed: 0, failed: 0 };
const say = (ok, name, detail = '') => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
};

if (!process.env.GRAPHQL_URL) {
  console.log('FAIL GRAPHQL_URL is not set: start the server and export GRAPHQL_URL=http://127.0.0.1:<port>/graphql');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const url = process.env.GRAPHQL_URL;
const WAIT_MS = 15000;
const LONG_SUBSCRIPTION = 'subscription { dumpStatusChanged { yearMonth status } }';

const within = (promise, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_MS))]);
const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

async function check(name, run) {
  try {
    const detail = await within(run(), name);
    say(true, name, detail ?? '');
  } catch (error) {
    say(false, name, error?.message ?? String(error));
  }
}

const client = createClient({ url, retryAttempts: 0 });

function run(payload) {
  return new Promise((resolve) => {
    const nexts = [];
    client.subscribe(payload, {
      next: (value) => nexts.push(value),
      error: (error) => resolve({ nexts, error, completed: false }),
      complete: () => resolve({ nexts, error: null, completed: true }),
    });
  });
}

await check('client: query yields one result then complete', async () => {
  const { nexts, error, completed } = await run({ query: '{ __typename }' });
  expect(!error && completed, `error ${error}`);
  expect(nexts.length === 1 && nexts[0]?.data?.__typename === 'Query', JSON.stringify(nexts));
});

await check('client: variables and operationName reach the server', async () => {
  const { nexts, completed } = await run({
    query: 'query A { __typename } query B($name: String!) { __type(name: $name) { name } }',
    operationName: 'B',
    variables: { name: 'Query' },
  });
  expect(completed && nexts[0]?.data?.__type?.name === 'Query', JSON.stringify(nexts));
});

await check('client: validation error is one result with errors, then complete', async () => {
  const { nexts, completed } = await run({ query: '{ noSuchField }' });
  expect(completed, 'not completed');
  expect(nexts.length === 1 && Array.isArray(nexts[0].errors) && !('data' in nexts[0]), JSON.stringify(nexts));
  return nexts[0].errors[0].message;
});

await check('client: subscription stays open until the client disposes it', async () => {
  let settled = null;
  const dispose = client.subscribe({ query: LONG_SUBSCRIPTION }, {
    next: () => {},
    error: (error) => (settled = `error ${error}`),
    complete: () => (settled = 'complete'),
  });
  const meanwhile = await run({ query: '{ __typename }' });
  expect(meanwhile.completed, 'a query beside the open subscription did not complete');
  expect(settled === null, `subscription ended by itself: ${settled}`);
  dispose();
});

async function raw(init) {
  const response = await fetch(url + (init.search ?? ''), {
    method: init.method ?? 'POST',
    headers: { accept: 'text/event-stream', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body,
  });
  return { response, text: await response.text() };
}

await check('framing: POST answers text/event-stream with event: next / data: <json> and event: complete', async () => {
  const { response, text } = await raw({ body: JSON.stringify({ query: '{ __typename }' }) });
  expect(response.status === 200, `status ${response.status}`);
  expect(response.headers.get('content-type')?.startsWith('text/event-stream'), response.headers.get('content-type'));
  const expected = 'event: next\ndata: {"data":{"__typename":"Query"}}\n\nevent: complete\ndata:\n\n';
  expect(text === expected, JSON.stringify(text));
});

await check('framing: GET with the request in the query string', async () => {
  const { response, text } = await raw({ method: 'GET', search: `?query=${encodeURIComponent('{ __typename }')}` });
  expect(response.status === 200 && text.startsWith('event: next\ndata: {"data":{"__typename":"Query"}}'), `${response.status} ${JSON.stringify(text)}`);
});

await check('refusal: malformed JSON body → 400', async () => {
  const { response } = await raw({ body: '{ nope' });
  expect(response.status === 400, `status ${response.status}`);
});

await check('refusal: mutation over GET → 405', async () => {
  const { response } = await raw({ method: 'GET', search: `?query=${encodeURIComponent('mutation { checkForNewDump { outcome } }')}` });
  expect(response.status === 405, `status ${response.status}`);
});

client.dispose();
console.log('NOT CHECKED events of dumpStatusChanged (need a dump state change in the server)');
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
