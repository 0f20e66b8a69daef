#!/usr/bin/env bash
# scripts/migrate-blobs.sh — copy every stored attachment from one blob store to another.
#
#   bash scripts/migrate-blobs.sh <from> <to>        stores: postgres, s3, filesystem
#
# Runs the packaged app (target/quarkus-app, or PORTICO_APP_DIR) as a command, with the configuration the app
# itself would have (QUARKUS_DATASOURCE_*, PORTICO_BLOBS_DIRECTORY, PORTICO_BLOBS_S3_* from the environment),
# without opening its HTTP port or running its jobs. Blobs already in the target are left alone, nothing is deleted
# from the source: run it, switch PORTICO_BLOBS_STORE to the target and restart the replicas, run it once more for
# what was uploaded in between. Exit status 0 when every blob is in the target, 1 when some were not copied.
set -euo pipefail
(($# == 2)) || { sed -n '3,5p' "${BASH_SOURCE[0]}" >&2; exit 2; }
export QUARKUS_HTTP_HOST_ENABLED=false QUARKUS_SCHEDULER_ENABLED=false
exec bash "$(dirname "${BASH_SOURCE[0]}")/run-app.sh" migrate-blobs "$1" "$2"
