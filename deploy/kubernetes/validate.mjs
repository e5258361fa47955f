// Validates every object of rendered overlays (kubectl kustomize output) against its schema: the
// Kubernetes API, Strimzi, CloudNativePG, the Gateway API and the Prometheus Operator, through the
// kubernetes-models packages; then runs checks.mjs on each overlay (named after its file).
// Usage: node validate.mjs rendered.yaml [...]. Fails on an unknown kind, a schema violation or a check.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseAllDocuments } from "yaml";
import { checksFor } from "./checks.mjs";

const packages = {
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const pkg = packages[group] ?? "kubernetes-models";
  const module = await import(group ? `${pkg}/${group}/${version}/${kind}` : `${pkg}/${version}/${kind}`);
  return module[kind];
}

let failures = 0;
let checked = 0;
let checkFailures = 0;
for (const file of process.argv.slice(2)) {
  const objects = parseAllDocuments(readFileSync(file, "utf8")).map((doc) => doc.toJS()).filter(Boolean);
  for (const [name, check] of Object.entries(checksFor(basename(file, ".yaml")))) {
    const problems = check(objects);
    checkFailures += problems.length;
    console.log(`${basename(file)}: ${name}: ${problems.length === 0 ? "ok" : problems.length + " problem(s)"}`);
    problems.forEach((p) => console.error(`  ${p}`));
  }
  for (const object of objects) {
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    try {
      const Model = await modelOf(object.apiVersion, object.kind);
      new Model(object).validate();
      checked++;
    } catch (error) {
      failures++;
      console.error(`${name}: ${error.message}`);
    }
  }
}
console.log(`${checked} objects valid, ${failures} invalid; ${checkFailures} problem(s) found by the checks`);
process.exit(failures === 0 && checkFailures === 0 && checked > 0 ? 0 : 1);
