#!/usr/bin/env bash
# Applies each context's migrations (and first seed) to a deployed stage's databases, which sit in
# the VPC's private subnets: `sst tunnel` routes the VPC through the bastion, `sst shell` hands
# tools/infra/src/migrate.ts the databases SST links (SST_RESOURCE_<Context>Database).
# Needs AWS credentials. `sst tunnel install` needs root once per machine (the script tries it
# with passwordless sudo, as on CI runners).
#
#   tools/infra/migrate-through-tunnel.sh <stage> [--context NAME]...
set -euo pipefail
stage="${1:?usage: migrate-through-tunnel.sh <stage> [--context NAME]...}"
shift
cd "$(dirname "$0")/../.."
sst=node_modules/.bin/sst
mkdir -p .sst

# RDS's certificate authorities: the database URLs ask for sslmode=verify-full.
ca=.sst/rds-global-bundle.pem
[ -s "$ca" ] || curl -fsSL https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem -o "$ca"
export NODE_EXTRA_CA_CERTS="$PWD/$ca"

sudo -n "$sst" tunnel install >/dev/null 2>&1 || echo "sst tunnel install needs root once: run \`sudo npx sst tunnel install\`" >&2
"$sst" tunnel --stage "$stage" > .sst/tunnel.log 2>&1 &
tunnel=$!
trap 'kill "$tunnel" 2>/dev/null || true' EXIT

# The tunnel takes a few seconds to come up; migrations are idempotent, so retrying is safe.
for attempt in 1 2 3 4 5 6; do
  sleep 5
  if "$sst" shell --stage "$stage" -- node node_modules/tsx/dist/cli.mjs tools/infra/src/migrate.ts "$@"; then
    exit 0
  fi
  echo "migration attempt $attempt failed; tunnel log:" >&2
  tail -5 .sst/tunnel.log >&2 || true
done
exit 1
