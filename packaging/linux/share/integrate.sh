#!/bin/sh
# Links StateDesk's command, menu entry, icons and shell completions into /usr, or removes those links.
# Run as root by the .deb's postinst and prerm and the .rpm's %post and %preun (packaging/linux/deb, rpm):
#   /opt/statedesk/lib/share/integrate.sh install|remove
# Every link points into /opt/statedesk/lib/share, so the package's files stay the only copies. A folder it had to
# create (a minimal system has no /usr/share/applications) is written down and removed again when empty. Desktop
# caches are refreshed only where their tools exist, and no step can fail the package's installation or removal.
# STATEDESK_ROOT puts the links under another root (the tests use a scratch folder).

set -u
app=/opt/statedesk
root=${STATEDESK_ROOT:-}
share=lib/share
created="$root$app/$share/.created-folders"

# "link target" per line, the target relative to $app; "links all" names every place a link may have been put.
links() {
  echo "/usr/bin/statedesk bin/StateDesk"
  echo "/usr/share/applications/statedesk.desktop $share/applications/statedesk.desktop"
  for icon in "$root$app/$share"/icons/hicolor/*/apps/statedesk.*; do
    [ -e "$icon" ] || continue
    relative=${icon#"$root$app/$share/"}
    echo "/usr/share/$relative $share/$relative"
  done
  echo "/usr/share/bash-completion/completions/statedesk $share/bash-completion/completions/statedesk"
  # Debian's and Ubuntu's zsh read vendor-completions, Fedora's and most others' site-functions.
  if [ -d "$root/usr/share/zsh/vendor-completions" ] || [ "${1:-}" = all ]; then
    echo "/usr/share/zsh/vendor-completions/_statedesk $share/zsh/site-functions/_statedesk"
  fi
  if [ ! -d "$root/usr/share/zsh/vendor-completions" ] || [ "${1:-}" = all ]; then
    echo "/usr/share/zsh/site-functions/_statedesk $share/zsh/site-functions/_statedesk"
  fi
}

make_folder() {
  [ -d "$root$1" ] && return 0
  make_folder "$(dirname "$1")"
  mkdir "$root$1" && echo "$1" >> "$created"
}

refresh_desktop() {
  [ -z "$root" ] || return 0
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d /usr/share/applications ]; then
    update-desktop-database -q /usr/share/applications || true
  fi
  if command -v update-icon-caches >/dev/null 2>&1; then
    update-icon-caches /usr/share/icons/hicolor >/dev/null 2>&1 || true
  elif command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/icon-theme.cache ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
  fi
}

install_links() {
  links | while read -r link target; do
    [ -e "$root$app/$target" ] || continue
    if [ -e "$root$link" ] || [ -L "$root$link" ]; then
      # Never replace what another package or the administrator put there; replace our own (an older install).
      case "$(readlink "$root$link" 2>/dev/null)" in
        "$app"/*) rm -f "$root$link" ;;
        *) echo "StateDesk: $link exists and is not StateDesk's; left as it is" >&2; continue ;;
      esac
    fi
    make_folder "$(dirname "$link")" && ln -s "$app/$target" "$root$link"
  done
  refresh_desktop
}

remove_links() {
  links all | while read -r link target; do
    case "$(readlink "$root$link" 2>/dev/null)" in
      "$app"/*) rm -f "$root$link" ;;
    esac
  done
  if [ -f "$created" ]; then
    # Deepest first; a folder something else has put files in since stays.
    sort -r "$created" | while read -r folder; do
      rmdir "$root$folder" 2>/dev/null || true
    done
    rm -f "$created"
  fi
  refresh_desktop
}

# The AOT cache (decision 0033) is valid only for the jars' modification time at packaging; the package tools copy
# the files and give them the time of the copy. PackageApp wrote that time down: put it back on the jars.
restore_jar_times() {
  stamp="$root$app/lib/app/statedesk.aot.mtime"
  [ -f "$stamp" ] || return 0
  seconds=$(cat "$stamp" 2>/dev/null) || return 0
  case "$seconds" in ''|*[!0-9]*) return 0 ;; esac
  for jar in "$root$app"/lib/app/*.jar; do
    [ -f "$jar" ] && touch -m -d "@$seconds" "$jar" 2>/dev/null
  done
  return 0
}

case "${1:-}" in
  install) restore_jar_times; install_links ;;
  remove) remove_links ;;
  *) echo "usage: $0 install|remove" >&2; exit 2 ;;
esac
exit 0
