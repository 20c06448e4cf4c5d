/** A throwaway PostgreSQL 15 cluster for benchmarks (PLATFORM.md): root, Debian's binaries, a free port, a temp dir. */
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../prisma/embedded.ts";

export async function throwawayPostgres(): Promise<{ url: string; stop(): void }> {
  const bin = "/usr/lib/postgresql/15/bin";
  const dir = mkdtempSync(path.join(tmpdir(), "stegvis-bench-pg-"));
  chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  const port = await freePort();
  const as = (cmd: string, ...rest: string[]) => execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...rest], { stdio: "pipe" });
  as("initdb", "-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
  as("pg_ctl", "-D", `${dir}/data`, "-w", "-l", `${dir}/log`, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`, "start");
  as("createdb", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "stegvis_bench");
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/stegvis_bench`,
    stop() {
      as("pg_ctl", "-D", `${dir}/data`, "-m", "immediate", "stop");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
