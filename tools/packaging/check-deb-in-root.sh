#!/bin/sh
# Installs a StateDesk .deb with apt-get in a minimal Debian or Ubuntu root, uses it, removes it, and checks that
# nothing of it is left (docs/packaging.md). Needs root; makes the root with debootstrap if it does not exist:
#   sudo tools/packaging/check-deb-in-root.sh ROOT_DIR target/jpackage/out/statedesk_*.deb [SUITE]
# SUITE defaults to bookworm (Debian 12). The root has no desktop: no /usr/share/applications, no xdg-utils, which
# is where jpackage's own maintainer scripts failed.
set -eu
root=$1
deb=$2
suite=${3:-bookworm}
if [ ! -x "$root/bin/sh" ]; then
  debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian
fi
# No service of a dependency may start inside the root.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
for fs in proc sys dev; do
  mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"
done
trap 'for fs in proc sys dev; do umount "$root/$fs" 2>/dev/null || true; done' EXIT

snapshot() {
  chroot "$root" find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /var/log \
    -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /root \) -prune -o -print \
    | grep -v -e '^/etc/ld.so.cache$' | sort
}

cp "$deb" "$root/tmp/"
name=$(basename "$deb")
chroot "$root" apt-get update -qq
snapshot > "$root/tmp/before.txt"
echo "== apt-get install ./$name (menu folders before: $(ls -d "$root"/usr/share/applications 2>/dev/null || echo none))"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y "/tmp/$name" \
  > "$root/tmp/install.log" 2>&1 || { tail -30 "$root/tmp/install.log"; echo "INSTALL FAILED"; exit 1; }
grep -E '^(Setting up statedesk|[0-9]+ upgraded)' "$root/tmp/install.log"
# shellcheck disable=SC2016 # a dpkg-query format, not shell
echo "== dpkg -s statedesk: $(chroot "$root" dpkg-query -W -f '${Status} ${Version}' statedesk)"
echo "== links"
for link in /usr/bin/statedesk /usr/share/applications/statedesk.desktop \
    /usr/share/icons/hicolor/256x256/apps/statedesk.png /usr/share/bash-completion/completions/statedesk; do
  echo "$link -> $(chroot "$root" readlink "$link")"
done
echo "== statedesk --version (no display)"
chroot "$root" env -u DISPLAY HOME=/tmp statedesk --version
cat > "$root/tmp/statestore.yaml" <<'EOF'
apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: statestore
spec:
  type: state.aws.dynamodb
  version: v1
  metadata:
    - name: table
      value: dapr-state
    - name: region
      value: eu-west-1
EOF
echo "== statedesk validate /tmp/statestore.yaml"
chroot "$root" env -u DISPLAY HOME=/tmp statedesk validate /tmp/statestore.yaml
echo "== apt-get remove statedesk"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get remove -y statedesk > "$root/tmp/remove.log" 2>&1 \
  || { tail -30 "$root/tmp/remove.log"; echo "REMOVE FAILED"; exit 1; }
grep -E '^Removing statedesk' "$root/tmp/remove.log"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get purge -y --autoremove > /dev/null 2>&1
snapshot > "$root/tmp/after.txt"
# The dependencies' purge leaves their own traces (/run, /etc/machine-id ...): the list names StateDesk's, if any.
echo "== left behind by StateDesk: $(comm -13 "$root/tmp/before.txt" "$root/tmp/after.txt" \
  | grep -i statedesk | tr '\n' ' ')(end)"
echo "== gone since before the install: $(comm -23 "$root/tmp/before.txt" "$root/tmp/after.txt" | tr '\n' ' ')(end)"
echo "== done"
