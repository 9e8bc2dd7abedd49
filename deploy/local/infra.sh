#!/usr/bin/env bash
# Local infrastructure for Tandem without Docker: PostgreSQL databases and a Kafka broker.
#
#   infra.sh up | down | status
#
# Settings pass through to postgres-local.sh and kafka/kafka-local.sh (see their headers).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${1:-}" in
  up)
    # Postgres first: it is quick and its failure needs a human, so fail before the Kafka start.
    "$here/postgres-local.sh" up
    "$here/kafka/kafka-local.sh" up
    ;;
  down)
    # Only Kafka stops: the PostgreSQL server is the machine's, and the databases keep their data.
    "$here/kafka/kafka-local.sh" down
    ;;
  status)
    rc=0
    "$here/postgres-local.sh" status || rc=$?
    "$here/kafka/kafka-local.sh" status || rc=$?
    exit "$rc"
    ;;
  *)
    echo "usage: $(basename "$0") up | down | status" >&2
    exit 2
    ;;
esac
