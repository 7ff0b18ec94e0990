#!/usr/bin/env bash
# Starts daprd for app id A with the components in resources/ (DynamoDB Local on 127.0.0.1:8765,
# table statedesk-daprd, which must exist: see README.md), listening on loopback only:
# HTTP API 127.0.0.1:${DAPR_HTTP_PORT:-3599}, gRPC API 127.0.0.1:${DAPR_GRPC_PORT:-50099}.
# Without placement/scheduler addresses actors, workflows and reminders are disabled.
# DAPRD_RESOURCES=DIR uses another components folder (docs/interop.md: StateDesk's sandbox component),
# DAPR_APP_ID another app id.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
DAPRD="${DAPRD:-${XDG_CACHE_HOME:-$HOME/.cache}/statedesk/daprd-bin/daprd}"
exec "$DAPRD" --app-id "${DAPR_APP_ID:-A}" \
  --resources-path "${DAPRD_RESOURCES:-$here/resources}" --config "$here/config.yaml" \
  --dapr-http-port "${DAPR_HTTP_PORT:-3599}" --dapr-grpc-port "${DAPR_GRPC_PORT:-50099}" \
  --dapr-listen-addresses 127.0.0.1 \
  --dapr-internal-grpc-listen-address 127.0.0.1 --dapr-internal-grpc-port "${DAPR_INTERNAL_GRPC_PORT:-50098}" \
  --enable-metrics=false --metrics-listen-address 127.0.0.1 "$@"
