// Lint Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
//
//   node lint.mjs [--param NAME]... FILE...   one JSON object {"FILE": [diagnostic, ...]}; exit 1 on errors
//   node lint.mjs --lines                     reads JSON lines {"text": "...", "params": ["rows"]} on stdin and
//                                             answers each with one JSON line [diagnostic, ...]
//
// A diagnostic is {severity: 1 error | 2 warning, message, line, column} (1-based). Parameters a text
// uses ($rows) must be declared, or the linter reports them as undefined.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

function lint(text, params = []) {
  const parameters = Object.fromEntries(params.map((name) => [name, null]));
  const { diagnostics } = lintCypherQuery(text, { parameters }, { consoleCommandsEnabled: false });
  return diagnostics.map((d) => ({
    severity: d.severity,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));
}

const args = process.argv.slice(2);
if (args[0] === '--lines') {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const { text, params } = JSON.parse(line);
    process.stdout.write(JSON.stringify(lint(text, params)) + '\n');
  }
} else {
  const params = [];
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--param') params.push(args[++i]);
    else files.push(args[i]);
  }
  if (files.length === 0) {
    console.error('usage: node lint.mjs [--param NAME]... FILE...  |  node lint.mjs --lines');
    process.exit(2);
  }
  const report = {};
  for (const file of files) report[file] = lint(readFileSync(file === '-' ? 0 : file, 'utf8'), params);
  console.log(JSON.stringify(report));
  process.exit(Object.values(report).flat().some((d) => d.severity === 1) ? 1 : 0);
}
