// What an administrator would check before the first day, beyond the schemas: each function takes the
// objects of one rendered overlay and returns what is wrong, in words (an empty list when nothing is).
// validate.mjs runs them on every overlay; checks.test.mjs breaks a copy of the manifests for each one
// and expects it to say so.
import { spawnSync } from "node:child_process";

const of = (objects, kind) => objects.filter((o) => o?.kind === kind);
const matches = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v)
  && (selector?.matchExpressions ?? []).every((e) => e.operator === "In" && e.values.includes(labels?.[e.key]));

// The image's start script (run-java.sh) builds the JVM's options from GC_CONTAINER_OPTIONS (default
// -XX:+UseParallelGC), JAVA_MAX_MEM_RATIO (default 80, as -XX:MaxRAMPercentage), JAVA_INITIAL_MEM_RATIO
// and JAVA_OPTS_APPEND; JAVA_TOOL_OPTIONS reaches the JVM from the environment. This models that
// script (no container engine here) and starts a JVM with the result.
function commandLine(env) {
  const options = [];
  options.push(...(env.GC_CONTAINER_OPTIONS ?? "-XX:+UseParallelGC").split(/\s+/).filter(Boolean));
  options.push(`-XX:MaxRAMPercentage=${env.JAVA_MAX_MEM_RATIO ?? "80"}`);
  if (env.JAVA_INITIAL_MEM_RATIO) options.push(`-XX:InitialRAMPercentage=${env.JAVA_INITIAL_MEM_RATIO}`);
  options.push("-XX:+ExitOnOutOfMemoryError");
  options.push(...(env.JAVA_OPTS_APPEND ?? "").split(/\s+/).filter(Boolean));
  return options;
}

function flag(output, name) {
  const line = output.split("\n").find((l) => new RegExp(`\\s${name}\\s`).test(l));
  return line ? line.trim().split(/\s+/)[3] : undefined;
}

/** Every fazhi container's JVM starts with the options its manifest and image give it, as asked. */
export function jvmOptions(objects) {
  const problems = [];
  for (const deployment of of(objects, "Deployment")) {
    for (const container of deployment.spec.template.spec.containers) {
      if (!String(container.image).includes("fazhi")) continue;
      const env = Object.fromEntries((container.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]));
      const options = commandLine(env);
      const run = spawnSync("java", [...options, "-XX:+PrintFlagsFinal", "-version"], {
        env: { ...process.env, JAVA_TOOL_OPTIONS: env.JAVA_TOOL_OPTIONS ?? "" },
        encoding: "utf8",
      });
      const output = `${run.stdout}\n${run.stderr}`;
      const name = deployment.metadata.name;
      if (run.status !== 0) {
        problems.push(`${name}: the JVM does not start with ${options.join(" ")} JAVA_TOOL_OPTIONS=${env.JAVA_TOOL_OPTIONS ?? ""}: `
          + output.split("\n").filter((l) => /Error|error/.test(l)).join(" "));
        continue;
      }
      const ratio = Number(flag(output, "MaxRAMPercentage"));
      if (ratio !== Number(env.JAVA_MAX_MEM_RATIO ?? "80")) {
        problems.push(`${name}: MaxRAMPercentage is ${ratio}, not the ${env.JAVA_MAX_MEM_RATIO ?? "80"} the manifest asks for`);
      }
      const toolRatio = /-XX:MaxRAMPercentage=(\d+)/.exec(env.JAVA_TOOL_OPTIONS ?? "");
      if (toolRatio && Number(toolRatio[1]) !== ratio) {
        problems.push(`${name}: JAVA_TOOL_OPTIONS asks for MaxRAMPercentage=${toolRatio[1]} but the start script's ${ratio} wins: set JAVA_MAX_MEM_RATIO`);
      }
      for (const wanted of ["UseSerialGC", "UseParallelGC", "UseG1GC"]) {
        const asked = options.includes(`-XX:+${wanted}`) || String(env.JAVA_TOOL_OPTIONS ?? "").includes(`-XX:+${wanted}`);
        if (asked && flag(output, wanted) !== "true") problems.push(`${name}: ${wanted} was asked for but is not in effect`);
      }
    }
  }
  return problems;
}

/** No replicas on a Deployment an autoscaler owns: kubectl apply would reset what it scaled. */
export function replicasLeftToAutoscalers(objects) {
  const scaled = new Set(of(objects, "HorizontalPodAutoscaler").map((h) => h.spec.scaleTargetRef.name));
  return of(objects, "Deployment").filter((d) => scaled.has(d.metadata.name) && d.spec.replicas !== undefined)
    .map((d) => `${d.metadata.name}: sets replicas (${d.spec.replicas}) although an autoscaler owns them`);
}

/** The public route reaches no operational endpoint: no /q/, and no catch-all prefix that would include it. */
export function routeExposesNoOperations(objects) {
  const problems = [];
  for (const route of of(objects, "HTTPRoute")) {
    for (const rule of route.spec.rules ?? []) {
      for (const match of rule.matches ?? [{ path: { type: "PathPrefix", value: "/" } }]) {
        const { type = "PathPrefix", value = "/" } = match.path ?? {};
        const reaches = type === "RegularExpression" ? new RegExp(value).test("/q/metrics")
          : type === "PathPrefix" ? "/q/metrics".startsWith(value.endsWith("/") ? value : `${value}/`) || value === "/"
          : value.startsWith("/q/") || value === "/q";
        if (reaches) problems.push(`${route.metadata.name}: ${type} ${value} exposes /q/ (health, metrics) to the public`);
      }
    }
  }
  return problems;
}

/** Default deny, and every workload's pods selected by a policy of their own. */
export function networkPolicies(objects) {
  const policies = of(objects, "NetworkPolicy");
  const problems = [];
  const denyAll = policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0
    && ["Ingress", "Egress"].every((t) => (p.spec.policyTypes ?? []).includes(t))
    && (p.spec.ingress ?? []).length === 0 && (p.spec.egress ?? []).length === 0);
  if (!denyAll) problems.push("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
  const workloads = [
    ...of(objects, "Deployment").map((d) => [d.metadata.name, d.spec.template.metadata.labels]),
    ...of(objects, "Kafka").map((k) => [k.metadata.name, { "strimzi.io/cluster": k.metadata.name }]),
    ...of(objects, "Cluster").map((c) => [c.metadata.name, { "cnpg.io/cluster": c.metadata.name }]),
  ];
  for (const [name, labels] of workloads) {
    const own = policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length > 0 && matches(p.spec.podSelector, labels));
    if (!own) problems.push(`${name}: no NetworkPolicy selects its pods`);
  }
  return problems;
}

/** Every PostgreSQL cluster that keeps data for good has a backup store and a ScheduledBackup. */
export function backups(objects) {
  const scheduled = new Set(of(objects, "ScheduledBackup").map((b) => b.spec.cluster.name));
  return of(objects, "Cluster").flatMap((c) => [
    ...(c.spec.backup ? [] : [`${c.metadata.name}: no backup configuration`]),
    ...(scheduled.has(c.metadata.name) ? [] : [`${c.metadata.name}: no ScheduledBackup`]),
  ]);
}

/** Every Kafka listener needs TLS and client authentication, and the cluster authorizes by ACL. */
export function kafkaListeners(objects) {
  return of(objects, "Kafka").flatMap((k) => [
    ...k.spec.kafka.listeners.filter((l) => !l.tls).map((l) => `${k.metadata.name}: listener ${l.name} is not TLS`),
    ...k.spec.kafka.listeners.filter((l) => !l.authentication).map((l) => `${k.metadata.name}: listener ${l.name} lets clients in unauthenticated`),
    ...(k.spec.kafka.authorization ? [] : [`${k.metadata.name}: no authorization: any client may read every topic`]),
  ]);
}

/** An event the producers may send fits its topic, its dead-letter topic and the brokers. */
export function messageSizes(objects) {
  const problems = [];
  const produced = of(objects, "ConfigMap").map((m) => m.data?.FAZHI_OUTBOX_MAX_EVENT_BYTES).find(Boolean);
  if (!produced) return ["no ConfigMap sets FAZHI_OUTBOX_MAX_EVENT_BYTES: the producers keep their own limit"];
  const limit = Number(produced);
  const topics = Object.fromEntries(of(objects, "KafkaTopic").map((t) => [t.metadata.name, Number(t.spec.config?.["max.message.bytes"] ?? 1048588)]));
  if (topics["reports.v1"] !== limit) {
    problems.push(`reports.v1 takes ${topics["reports.v1"]} bytes but the producers send up to ${limit}`);
  }
  for (const [name, size] of Object.entries(topics)) {
    if (name.endsWith(".dlq") && size < (topics[name.slice(0, -4)] ?? 0)) {
      problems.push(`${name} takes ${size} bytes, less than ${name.slice(0, -4)} (${topics[name.slice(0, -4)]}): its events could not be dead-lettered`);
    }
  }
  for (const kafka of of(objects, "Kafka")) {
    const broker = Number(kafka.spec.kafka.config?.["message.max.bytes"] ?? 1048588);
    const largest = Math.max(...Object.values(topics));
    if (broker < largest) problems.push(`${kafka.metadata.name}: message.max.bytes ${broker} is below the largest topic's ${largest}`);
  }
  return problems;
}

/** The production overlay runs the images it was tested with: pinned by digest. */
export function imagesPinned(objects) {
  return of(objects, "Deployment").flatMap((d) => d.spec.template.spec.containers)
    .filter((c) => String(c.image).includes("fazhi") && !/@sha256:[0-9a-f]{64}$/.test(c.image))
    .map((c) => `${c.name}: image ${c.image} is not pinned by digest`);
}

/** The checks of an overlay: a development cluster keeps no backups and may run the latest build. */
export function checksFor(overlay) {
  const all = { jvmOptions, replicasLeftToAutoscalers, routeExposesNoOperations, networkPolicies, kafkaListeners, messageSizes };
  return overlay === "dev" ? all : { ...all, backups, imagesPinned };
}
