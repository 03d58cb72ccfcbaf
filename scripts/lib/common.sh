# shellcheck shell=bash
# Shared helpers for the scripts in scripts/. Source it, don't run it.

# Repo root derived from this file's location, so scripts work from any cwd.
ROOT="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)"

# Log to stderr so stdout stays clean for machine-readable output.
log() {
  printf '[caravan] %s\n' "$*" >&2
}

die() {
  log "error: $*"
  exit 1
}

# Absolute, normalised path that need not exist yet; normalising matters
# because some scripts derive names (hashes, registries) from it.
abspath() {
  realpath -m -- "$1"
}

# Relative overrides are taken relative to the caller's cwd, then pinned.
# shellcheck disable=SC2034  # used by the scripts that source this file
BUILD_DIR="$(abspath "${CARAVAN_BUILD_DIR:-$ROOT/build}")"

# True when the user configured a database explicitly (env var or a db.url
# line in caravan.properties); then we must not start a managed MariaDB.
db_url_configured() {
  [[ -n "${CARAVAN_DB_URL:-}" ]] && return 0
  [[ -f "$ROOT/caravan.properties" ]] &&
    grep -Eq '^[[:space:]]*db\.url[[:space:]]*[=:]' "$ROOT/caravan.properties"
}

# Data directory for the managed instance and runtime files (absolute).
data_dir() {
  abspath "${CARAVAN_DATA_DIR:-$ROOT/var}"
}
