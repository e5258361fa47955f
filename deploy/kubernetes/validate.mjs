// Validates every object of rendered overlays (kubectl kustomize output) against its schema: the
// Kubernetes API, Strimzi, CloudNativePG and the Gateway API, through the kubernetes-models packages.
// Usage: node validate.mjs rendered.yaml [...]. Fails on an unknown kind or any schema violation.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

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
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = doc.toJS();
    if (!object) continue;
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
console.log(`${checked} objects valid, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
