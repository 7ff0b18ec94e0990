#!/usr/bin/env bash
# Builds daprd from the published github.com/dapr/dapr module, outside the repository.
#
#   interop/daprd/build-daprd.sh            # -> $DAPRD_BIN_DIR/daprd (default ~/.cache/statedesk/daprd-bin)
#
# `go install github.com/dapr/dapr/cmd/daprd@v1.16.5` is refused ("The go.mod file for the module
# providing named packages contains one or more replace directives"), so this script makes a
# throwaway wrapper module in $DAPRD_BUILD_DIR whose go.mod is dapr's own requirements and replace
# directives plus `require github.com/dapr/dapr v1.16.5`, with dapr's go.sum, and builds
# cmd/daprd from it. The build list is therefore dapr's own. Nothing is written to the repository.
#
# -tags stablecomponents: without a tag the binary panics at start ("you must use either
# '-tags stablecomponents' or '-tags allcomponents'"); allcomponents does not compile with Go 1.26
# (github.com/choleraehyq/pid v0.0.20 assembly). state.aws.dynamodb is a stable component.
set -euo pipefail
DAPR_VERSION="${DAPR_VERSION:-v1.16.5}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/statedesk"
BIN_DIR="${DAPRD_BIN_DIR:-$CACHE_DIR/daprd-bin}"
BUILD_DIR="${DAPRD_BUILD_DIR:-$CACHE_DIR/daprd-build-${DAPR_VERSION}}"
export CGO_ENABLED=0

mkdir -p "$BIN_DIR" "$BUILD_DIR"
info=$(go mod download -json "github.com/dapr/dapr@${DAPR_VERSION}")
gomod=$(printf '%s\n' "$info" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
srcdir=$(printf '%s\n' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')
[ -f "$gomod" ] && [ -f "$srcdir/go.sum" ] || { echo "cannot find dapr's go.mod/go.sum" >&2; exit 1; }

{
  echo "module statedesk.local/daprd-build"
  echo
  grep -m1 '^go ' "$gomod"
  echo
  echo "require github.com/dapr/dapr ${DAPR_VERSION}"
  echo
  sed -n '/^require/,$p' "$gomod"
} > "$BUILD_DIR/go.mod"
cp "$srcdir/go.sum" "$BUILD_DIR/go.sum"
chmod u+w "$BUILD_DIR/go.sum"

cd "$BUILD_DIR"
start=$(date +%s)
nice -n 15 go build -mod=mod -trimpath -tags stablecomponents \
  -ldflags "-X github.com/dapr/dapr/pkg/buildinfo.version=${DAPR_VERSION#v}" \
  -o "$BIN_DIR/daprd" github.com/dapr/dapr/cmd/daprd
echo "built $BIN_DIR/daprd ($("$BIN_DIR/daprd" --version)) in $(( $(date +%s) - start ))s" >&2
