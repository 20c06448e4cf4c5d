# Shared by the CI scripts (sourced).

# A TCP port free on loopback right now: CI runs and developers may share a machine.
free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}
