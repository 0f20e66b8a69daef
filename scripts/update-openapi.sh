#!/usr/bin/env bash
# Regenerates openapi/openapi.yaml from the code (the contract test writes it) and the SPA's types from it.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=OpenApiContractTest -Dupdate-openapi=true -Dsurefire.failIfNoSpecifiedTests=false
(cd frontend && npm run gen:api)
echo "openapi/openapi.yaml and frontend/src/lib/api/schema.ts are up to date."
