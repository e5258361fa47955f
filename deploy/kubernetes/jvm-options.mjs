// Starts a JVM with exactly the options each fazhi container would run with, so a manifest whose
// options the JVM refuses (two collectors, an unknown flag) fails here and not in the cluster.
// The services' images are Quarkus Jib images on the Red Hat OpenJDK runtime image, whose start
// script (run-java.sh) builds the command line from GC_CONTAINER_OPTIONS (default
// -XX:+UseParallelGC), JAVA_MAX_MEM_RATIO (default 80, as -XX:MaxRAMPercentage),
// JAVA_INITIAL_MEM_RATIO and JAVA_OPTS_APPEND; JAVA_TOOL_OPTIONS reaches the JVM from the
// environment. This models that script; it is not the image itself (no container engine here).
// Usage: node jvm-options.mjs rendered.yaml [...]. Needs java on the PATH.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { parseAllDocuments } from "yaml";

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

let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = doc.toJS();
    if (object?.kind !== "Deployment") continue;
    for (const container of object.spec.template.spec.containers) {
      if (!String(container.image).includes("fazhi")) continue;
      const env = Object.fromEntries((container.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]));
      const options = commandLine(env);
      const name = `${file}: ${object.metadata.name}`;
      const run = spawnSync("java", [...options, "-XX:+PrintFlagsFinal", "-version"], {
        env: { ...process.env, JAVA_TOOL_OPTIONS: env.JAVA_TOOL_OPTIONS ?? "" },
        encoding: "utf8",
      });
      checked++;
      const output = `${run.stdout}\n${run.stderr}`;
      const problems = [];
      if (run.status !== 0) problems.push(`the JVM does not start: ${output.split("\n").filter((l) => /Error|error/.test(l)).join(" ")}`);
      const wantedRatio = env.JAVA_MAX_MEM_RATIO ?? "80";
      if (run.status === 0 && Number(flag(output, "MaxRAMPercentage")) !== Number(wantedRatio)) {
        problems.push(`MaxRAMPercentage is ${flag(output, "MaxRAMPercentage")}, not the ${wantedRatio} the manifest asks for`);
      }
      const toolRatio = /-XX:MaxRAMPercentage=(\d+)/.exec(env.JAVA_TOOL_OPTIONS ?? "");
      if (run.status === 0 && toolRatio && Number(toolRatio[1]) !== Number(flag(output, "MaxRAMPercentage"))) {
        problems.push(`JAVA_TOOL_OPTIONS asks for MaxRAMPercentage=${toolRatio[1]} but the start script's `
          + `${flag(output, "MaxRAMPercentage")} wins: set JAVA_MAX_MEM_RATIO`);
      }
      for (const wanted of ["UseSerialGC", "UseParallelGC", "UseG1GC"]) {
        const asked = options.includes(`-XX:+${wanted}`) || String(env.JAVA_TOOL_OPTIONS ?? "").includes(`-XX:+${wanted}`);
        if (run.status === 0 && asked && flag(output, wanted) !== "true") problems.push(`${wanted} was asked for but is not in effect`);
      }
      if (problems.length > 0) {
        failures++;
        console.error(`${name}: ${problems.join("; ")}\n  options: ${options.join(" ")}  JAVA_TOOL_OPTIONS=${env.JAVA_TOOL_OPTIONS ?? ""}`);
      } else {
        console.log(`${name}: the JVM starts with ${options.join(" ")}`);
      }
    }
  }
}
console.log(`${checked} JVM option sets start, ${failures} do not`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
