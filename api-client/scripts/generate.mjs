// Generates the TypeScript types of each service's API from the committed OpenAPI documents
// (docs/openapi/<service>.json) into src/generated/<service>.ts. With --check, fails instead when the
// committed types differ from what the documents generate (a contract change not regenerated).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.resolve(here, "../../docs/openapi");
const out = path.resolve(here, "../src/generated");
const check = process.argv.includes("--check");
const services = ["grid-service", "psych-service", "assessment-service", "reporting-service"];

fs.mkdirSync(out, { recursive: true });
let stale = [];
for (const service of services) {
  const doc = JSON.parse(fs.readFileSync(path.join(docs, `${service}.json`), "utf8"));
  const ast = await openapiTS(doc, { alphabetize: true });
  const text = `// Generated from docs/openapi/${service}.json by scripts/generate.mjs; do not edit.\n` + astToString(ast);
  const file = path.join(out, `${service}.ts`);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) stale.push(file);
  } else {
    fs.writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error(`generated types are stale (run npm run generate and commit): ${stale.join(", ")}`);
  process.exit(1);
}
console.log(check ? "generated types are current" : `generated ${services.length} clients into ${out}`);
