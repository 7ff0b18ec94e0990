#!/bin/sh
# Builds and checks StateDesk's Linux packages exactly as the Linux job of .github/workflows/release.yml does (it
# runs this script): every test, AppImageIT included, with the installer profile, then the .deb and .rpm made from
# that same image and checked by tools/packaging/PackageApp.java. Run it before tagging a release:
#   tools/packaging/build-linux-packages.sh /usr/lib/jvm/temurin-25-jdk-amd64
# Needs: Java 17 for Maven, cargo (dynoxide), the packaging JDK (decision 0029), dpkg-deb, fakeroot, readelf
# (binutils) and rpmbuild (package rpm).
set -eu
jdk=${1:?usage: $0 PACKAGING_JDK (a Temurin JDK, decision 0029)}
cd "$(dirname "$0")/../.."
./mvnw -B -Pinstaller -Dpackaging.jdk="$jdk" -Djpackage.type=deb,rpm verify
ls -l target/jpackage/out/*.deb target/jpackage/out/*.rpm
