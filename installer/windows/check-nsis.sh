#!/bin/sh
# Compiles the Windows installer's NSIS script on Linux, with Debian's makensis (package nsis),
# against two dummy programs named sandi.exe and sandi-cli.exe: it checks nsis.cmake's script,
# registry commands and escaping, not a Windows build (docs/packaging.md). windeployqt is
# replaced by echo, which prints the command it would run. Prints the NSIS lines Sandi adds.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v makensis >/dev/null || { echo "$0: makensis missing (apt-get install nsis)" >&2; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sandi-nsis.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(Sandi VERSION 0.1.0 DESCRIPTION "Desktop authenticator" LANGUAGES C)
file(WRITE \${CMAKE_BINARY_DIR}/dummy.c "int main(void){return 0;}\\n")
add_executable(sandi \${CMAKE_BINARY_DIR}/dummy.c)
add_executable(sandi-cli \${CMAKE_BINARY_DIR}/dummy.c)
set_target_properties(sandi sandi-cli PROPERTIES SUFFIX .exe)
install(TARGETS sandi RUNTIME DESTINATION bin COMPONENT gui)
install(TARGETS sandi-cli RUNTIME DESTINATION bin COMPONENT cli)
set(SANDI_WINDEPLOYQT echo)
set(SANDI_SOURCE_URL "https://example.invalid/sandi")
set(CMAKE_CURRENT_SOURCE_DIR "$here/..")
include("$here/nsis.cmake")
set(CPACK_PACKAGE_NAME "sandi")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sandi")
set(CPACK_PACKAGE_EXECUTABLES "sandi" "Sandi")
set(CPACK_COMPONENT_GUI_REQUIRED ON)
include(CPack)
CMAKE
cmake -S "$work" -B "$work/build" >/dev/null
cmake --build "$work/build" >/dev/null
(cd "$work/build" && cpack -G NSIS >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; exit 1; }
grep -E "otpauth|CurrentVersion.Run" "$work/build/_CPack_Packages"/*/NSIS/project.nsi
echo "check-nsis: makensis compiled the installer script"
