#!/usr/bin/env bash
# Prepares the local PostgreSQL for Tandem: one database per node and service, so each node's
# service owns its own state as it would in production.
#
#   postgres-local.sh up | status
#
# Settings (environment): PGHOST 127.0.0.1, PGPORT 5432, PGUSER postgres,
#   TANDEM_NODES "de-goerlitz pl-zgorzelec", TANDEM_SERVICES every folder under services/ with a project.json.
# Database name: tandem_<node>_<service> with '-' turned into '_', e.g. tandem_de_goerlitz_intake.
# Progress goes to stderr; `up` prints the database names on stdout, one a line.
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}"
export PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-postgres}"
# Fail fast instead of hanging when nothing listens.
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"
nodes="${TANDEM_NODES:-de-goerlitz pl-zgorzelec}"

say() { echo "postgres-local: $*" >&2; }
die() { say "error: $*"; exit 1; }

# The services `npm start` discovers (tools/start/topology.ts), so a new service needs no edit here.
discover_services() {
  local project
  for project in "$(dirname "${BASH_SOURCE[0]}")"/../../services/*/project.json; do
    if [[ -f "$project" ]]; then basename "$(dirname "$project")"; fi
  done
}
services="${TANDEM_SERVICES:-$(discover_services | tr '\n' ' ')}"

# Maintenance database 'postgres': the databases we create do not exist yet.
sql() { psql -X -q -v ON_ERROR_STOP=1 -d postgres -At "$@"; }

check_server() {
  command -v psql >/dev/null 2>&1 ||
    die "psql not found on PATH. Install the PostgreSQL client (e.g. 'apt-get install postgresql-client')."
  local err
  if ! err="$(sql -c 'select 1' 2>&1 >/dev/null)"; then
    say "error: PostgreSQL does not answer at $PGHOST:$PGPORT as $PGUSER:"
    say "  ${err//$'\n'/$'\n'  }"
    say "start it, e.g. 'sudo service postgresql start' or 'sudo pg_ctlcluster 15 main start',"
    say "or point PGHOST / PGPORT / PGUSER at a running server."
    exit 1
  fi
}

db_name() {
  local node="$1" service="$2"
  [[ "$node" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "node '$node' must be lower case letters, digits and '-'"
  [[ "$service" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "service '$service' must be lower case letters, digits and '-'"
  echo "tandem_${node//-/_}_${service//-/_}"
}

cmd_up() {
  [[ -n "${services// /}" ]] || die "no services: set TANDEM_SERVICES or add services/<name>/project.json"
  check_server
  local node service db
  for node in $nodes; do
    for service in $services; do
      db="$(db_name "$node" "$service")"
      if [[ "$(sql -c "select 1 from pg_database where datname = '$db'")" == 1 ]]; then
        say "database $db exists"
      else
        # CREATE DATABASE cannot run inside a transaction block, hence no DO/IF NOT EXISTS trick.
        sql -c "create database \"$db\"" || die "could not create database $db"
        say "database $db created"
      fi
      echo "$db"
    done
  done
}

cmd_status() {
  if sql -c 'select 1' >/dev/null 2>&1; then
    echo "postgres: running $PGHOST:$PGPORT"
    return 0
  fi
  echo "postgres: not answering $PGHOST:$PGPORT"
  return 3
}

case "${1:-}" in
  up) cmd_up ;;
  status) cmd_status ;;
  *) echo "usage: $(basename "$0") up | status" >&2; exit 2 ;;
esac
