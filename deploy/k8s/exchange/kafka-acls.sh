#!/usr/bin/env bash
# ACLs for one node on the exchange cluster (or on its national cluster when inboxes are mirrored):
# the node reads only its own inbox, writes only to its partners' inboxes, and has nothing else on xb.*.
# Needs an authorizer and `allow.everyone.if.no.acl.found=false` on the brokers, and the node's
# services authenticating as User:<municipality> (SASL or mTLS).
#   NODE=de-goerlitz PARTNERS="pl-zgorzelec" BOOTSTRAP=kafka:9093 ADMIN_CONFIG=admin.properties ./kafka-acls.sh
set -euo pipefail

: "${NODE:?the node's municipality id, e.g. de-goerlitz}"
: "${PARTNERS:?the partners' municipality ids from the federation file, space-separated}"
: "${BOOTSTRAP:?host:port of the cluster}"
: "${ADMIN_CONFIG:?client properties of an admin principal}"

PRINCIPAL="User:${NODE}"
acls() { kafka-acls.sh --bootstrap-server "${BOOTSTRAP}" --command-config "${ADMIN_CONFIG}" "$@"; }

# Its own inbox: read it, and read and write its dead letters (the consumer writes rejected records there).
acls --add --allow-principal "${PRINCIPAL}" --operation Read --operation Describe --topic "xb.${NODE}.inbox.v1"
acls --add --allow-principal "${PRINCIPAL}" --operation Read --operation Write --operation Describe --topic "xb.${NODE}.inbox.v1.dlq"

# Its consumer groups are named <municipality>.<service>.<inbox> (libs/platform/src/messaging).
acls --add --allow-principal "${PRINCIPAL}" --operation Read --operation Describe --group "${NODE}." --resource-pattern-type prefixed

# Each partner's inbox: write only (Describe for metadata); never read.
for partner in ${PARTNERS}; do
  acls --add --allow-principal "${PRINCIPAL}" --operation Write --operation Describe --topic "xb.${partner}.inbox.v1"
done

# Its node-local topics (<municipality>.<service>.<family>.v1), when they live on this cluster too:
# everything, including creating them at start.
acls --add --allow-principal "${PRINCIPAL}" --operation All --topic "${NODE}." --resource-pattern-type prefixed

# The inbox topics themselves are created by the exchange's operator, not by nodes (no Create on xb.*);
# services find them present at start. Show what the node may do:
acls --list --principal "${PRINCIPAL}"
