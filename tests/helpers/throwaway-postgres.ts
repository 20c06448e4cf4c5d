import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../prisma/embedded.ts";

/**
 * A real PostgreSQL 15 of our own on a free port, as `.ci/run` starts one (PLATFORM.md): initdb and pg_ctl as the
 * `postgres` user (we run as root) under a fresh temporary folder, fsync off. For tests and benchmarks that need a
 * real server when the test run has none (no DATABASE_URL).
 */
export async function startThrowawayPostgres(database = "stegvis"): Promise<{ url: string; dataDir: string; stop(): void }> {
  const bin = "/usr/lib/postgresql/15/bin";
  const dir = mkdtempSync(path.join(tmpdir(), "stegvis-pg-"));
  chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  const port = await freePort();
  const as = (cmd: string, ...rest: string[]) => execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...rest], { stdio: "pipe" });
  as("initdb", "-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
  as("pg_ctl", "-D", `${dir}/data`, "-w", "-l", `${dir}/log`, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`, "start");
  as("createdb", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/${database}`,
    dataDir: `${dir}/data`,
    stop() {
      as("pg_ctl", "-D", `${dir}/data`, "-m", "immediate", "stop");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) of a cluster's postmaster and all its children (the backends), from /proc. */
export function clusterCpuSeconds(dataDir: string): number {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // the process ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm) ": state is field 0, ppid 1, utime 11, stime 12 (proc(5), counted from 3).
    if (Number(entry) === postmaster || Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}
