// Each check of checks.mjs passes on the production manifests as rendered (target/production.yaml,
// written by ./validate first) and fails on a copy broken the way a careless edit would break it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import * as checks from "./checks.mjs";

const rendered = fileURLToPath(new URL("./target/production.yaml", import.meta.url));
const production = () => parseAllDocuments(readFileSync(rendered, "utf8")).map((d) => d.toJS()).filter(Boolean);
const find = (objects, kind, name) => objects.find((o) => o.kind === kind && (!name || o.metadata.name === name));
const container = (objects, name) => find(objects, "Deployment", name).spec.template.spec.containers[0];

function brokenBy(check, breakIt, expected) {
  assert.deepEqual(check(production()), [], "the manifests as they are pass");
  const objects = production();
  breakIt(objects);
  const problems = check(objects);
  assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} among ${JSON.stringify(problems)}`);
}

test("a second collector in JAVA_TOOL_OPTIONS stops the JVM", () =>
  brokenBy(checks.jvmOptions, (o) => container(o, "gateway").env.push({ name: "JAVA_TOOL_OPTIONS", value: "-XX:+UseG1GC" }),
    /gateway: the JVM does not start/));

test("a heap ratio in JAVA_TOOL_OPTIONS loses to the start script's", () =>
  brokenBy(checks.jvmOptions, (o) => {
    const c = container(o, "report-service");
    c.env = c.env.filter((e) => e.name !== "JAVA_MAX_MEM_RATIO");
    c.env.push({ name: "JAVA_TOOL_OPTIONS", value: "-XX:MaxRAMPercentage=70" });
  }, /report-service: JAVA_TOOL_OPTIONS asks for MaxRAMPercentage=70 but the start script's 80 wins/));

test("replicas on an autoscaled Deployment", () =>
  brokenBy(checks.replicasLeftToAutoscalers, (o) => { find(o, "Deployment", "metrics-service").spec.replicas = 2; },
    /metrics-service: sets replicas \(2\)/));

test("a route for every path exposes /q/", () =>
  brokenBy(checks.routeExposesNoOperations, (o) => {
    find(o, "HTTPRoute").spec.rules[0].matches.push({ path: { type: "PathPrefix", value: "/" } });
  }, /PathPrefix \/ exposes \/q\//));

test("a route to /q/health exposes /q/", () =>
  brokenBy(checks.routeExposesNoOperations, (o) => {
    find(o, "HTTPRoute").spec.rules[0].matches.push({ path: { type: "PathPrefix", value: "/q" } });
  }, /PathPrefix \/q exposes/));

test("no default deny", () =>
  brokenBy(checks.networkPolicies, (o) => o.splice(o.indexOf(find(o, "NetworkPolicy", "default-deny")), 1),
    /no default-deny NetworkPolicy/));

test("a workload without a policy of its own", () =>
  brokenBy(checks.networkPolicies, (o) => o.splice(o.indexOf(find(o, "NetworkPolicy", "notification-service")), 1),
    /notification-service: no NetworkPolicy selects its pods/));

test("PostgreSQL without its nightly backup", () =>
  brokenBy(checks.backups, (o) => o.splice(o.indexOf(find(o, "ScheduledBackup")), 1), /fazhi-postgres: no ScheduledBackup/));

test("a plaintext, unauthenticated Kafka listener", () =>
  brokenBy(checks.kafkaListeners, (o) => {
    find(o, "Kafka").spec.kafka.listeners.push({ name: "plain", port: 9092, type: "internal", tls: false });
  }, /listener plain is not TLS/));

test("Kafka without ACLs", () =>
  brokenBy(checks.kafkaListeners, (o) => { delete find(o, "Kafka").spec.kafka.authorization; }, /no authorization/));

test("a producer limit the topic does not take", () =>
  brokenBy(checks.messageSizes, (o) => { find(o, "KafkaTopic", "reports.v1").spec.config["max.message.bytes"] = 5242880; },
    /reports.v1 takes 5242880 bytes but the producers send up to 8388608/));

test("a broker limit below a topic's", () =>
  brokenBy(checks.messageSizes, (o) => { delete find(o, "Kafka").spec.kafka.config["message.max.bytes"]; },
    /message.max.bytes 1048588 is below/));

test("a dead-letter topic smaller than its topic", () =>
  brokenBy(checks.messageSizes, (o) => { delete find(o, "KafkaTopic", "reports.v1.dlq").spec.config["max.message.bytes"]; },
    /reports.v1.dlq takes 1048588 bytes, less than reports.v1/));

test("an image by tag in production", () =>
  brokenBy(checks.imagesPinned, (o) => { container(o, "gateway").image = "registry.example.gov.cn/fazhi/gateway:1.0.0"; },
    /gateway: image .* is not pinned by digest/));
