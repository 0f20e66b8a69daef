#!/usr/bin/env bash
# scripts/mailcatcher.sh — a local mail catcher for development and end-to-end tests (maildev).
#
#   scripts/mailcatcher.sh start    start in the background and wait until it answers
#   scripts/mailcatcher.sh stop     stop it (its mails are gone: they live in a temporary folder)
#   scripts/mailcatcher.sh status   say whether it runs (exit 0) or not (exit 3)
#
# SMTP on 127.0.0.1:1025 (no TLS, no auth) catches every mail; the inbox is a web page at
# http://localhost:1080 and a REST API on the same port: GET /email lists the mails as JSON,
# DELETE /email/all empties the inbox. npm maildev (pinned in scripts/tools/package-lock.json) is
# installed into .run/tools with npm ci the first time.
#
# Environment: PORTICO_MAIL_LOG=FILE (default .run/maildev.log).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

SMTP_PORT=1025
WEB_PORT=1080
TOOLS_DIR="$RUN_DIR/tools"
MAILDEV_BIN="$TOOLS_DIR/node_modules/.bin/maildev"
MAIL_PIDFILE="$RUN_DIR/maildev.pid"
MAIL_LOG="${PORTICO_MAIL_LOG:-$RUN_DIR/maildev.log}"

usage() {
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# install: npm ci of scripts/tools into .run/tools, again whenever the lock file changed.
install_maildev() {
  local src="$PORTICO_ROOT/scripts/tools"
  if [[ -x "$MAILDEV_BIN" ]] && cmp -s "$src/package-lock.json" "$TOOLS_DIR/package-lock.json"; then
    return 0
  fi
  command -v npm >/dev/null || die "npm is needed to install maildev"
  log "installing maildev $MAILDEV_VERSION into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  cp "$src/package.json" "$src/package-lock.json" "$TOOLS_DIR/"
  (cd "$TOOLS_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  [[ -x "$MAILDEV_BIN" ]] || die "maildev was not installed ($MAILDEV_BIN missing)"
}

cmd_status() {
  if pid_alive "$MAIL_PIDFILE"; then
    echo "mailcatcher: running (pid $(cat "$MAIL_PIDFILE")), SMTP 127.0.0.1:$SMTP_PORT, inbox http://localhost:$WEB_PORT"
    return 0
  fi
  echo "mailcatcher: not running"
  return 3
}

cmd_start() {
  if pid_alive "$MAIL_PIDFILE"; then
    log "mail catcher already runs (pid $(cat "$MAIL_PIDFILE"))"
    wait_http "http://localhost:$WEB_PORT/email" 30 "$MAIL_PIDFILE" maildev "$MAIL_LOG"
    return 0
  fi
  require_free_port "$SMTP_PORT" "the mail catcher's SMTP"
  require_free_port "$WEB_PORT" "the mail catcher's inbox"
  install_maildev

  : >"$MAIL_LOG"
  local t0
  t0=$(now_ms)
  start_bg "$MAIL_PIDFILE" "$MAIL_LOG" "$MAILDEV_BIN" \
    --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp "$SMTP_PORT" --web "$WEB_PORT"
  wait_http "http://localhost:$WEB_PORT/email" 60 "$MAIL_PIDFILE" maildev "$MAIL_LOG"
  log "mail catcher ready after $(elapsed "$t0")s: SMTP 127.0.0.1:$SMTP_PORT, inbox http://localhost:$WEB_PORT"
}

cmd_stop() {
  stop_pidfile "$MAIL_PIDFILE" "mail catcher" 10
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  install) install_maildev ;;
  *) usage ;;
esac
