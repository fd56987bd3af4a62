// Holds our GraphQL over HTTP to graphql-http 1.23.1's server audits: `auditServer({ url: GRAPHQL_URL })` runs all 61
// audits (media types, methods, parameter types, status codes on failures) against the running server. Every audit
// that is not `ok` is printed with its id, name, status and reason; `error` (a failed MUST) and `warn` (a failed
// SHOULD) both count as failures, `notice` (a failed MAY) too: the goal is 61 of 61 ok.
import { auditServer } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
if (!url) {
  console.log('GRAPHQL_URL is not set: start the server and export GRAPHQL_URL=http://127.0.0.1:<port>/graphql');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let results;
try {
  results = await auditServer({ url });
} catch (error) {
  console.log(`graphql-http could not audit ${url}: ${error?.message ?? error}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const result of results) {
  if (result.status === 'ok') {
    passed++;
    continue;
  }

  failed++;
  let body = '';
  if (result.response) {
    try {
      body = ` | response ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${(await result.response.text()).slice(0, 300)}`;
    } catch {
      // The body was already read by the audit.
    }
  }

  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason ?? ''}${body}`);
}

console.log(`audited ${url}: ${results.length} audits`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
