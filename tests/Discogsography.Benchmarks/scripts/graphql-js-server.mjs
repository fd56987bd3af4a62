// A graphql-js 16 server (graphql-http's Node handler) over the SDL our server prints, with trivial resolvers:
// the comparison point of http-load-benchmark.sh. Usage: node graphql-js-server.mjs <sdl file> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../conformance/package.json', import.meta.url));
const { buildSchema } = require('graphql');
const { createHandler } = require('graphql-http/lib/use/http');

const [sdlPath, port] = process.argv.slice(2);
const schema = buildSchema(readFileSync(sdlPath, 'utf8'));
const rootValue = { dumps: () => [], dump: () => null };
const handler = createHandler({ schema, rootValue });
createServer((req, res) => (req.url.startsWith('/graphql') ? handler(req, res) : (res.writeHead(404), res.end())))
  .listen(Number(port), '127.0.0.1', () => console.log(`graphql-js listening on ${port}`));
