# Sourced by the benchmark scripts: builds the release `leddiag` as `make build` does, so that every
# benchmark — and the baseline commits they compare with — times the same kind of binary.
#
# The Swift runtime and Foundation are linked statically (`--static-swift-stdlib`): a one-shot call then
# starts without resolving libswiftCore's and Foundation's symbols (docs/performance.md, "Start-up").
# LEDDIAG_LINK=dynamic builds the dynamically linked binary instead (the same flag for `make build`).
# Generic metadata is reached through accessor functions rather than mangled names (`make build`'s
# START_FLAGS: no protocol-conformance scans to demangle them at first use).
#
#   release_build SCRATCH PACKAGE_PATH >LOG     # leaves SCRATCH/release/leddiag; swift build's output on stdout
release_build() {
    local flags=(--static-swift-stdlib)
    [ "${LEDDIAG_LINK:-static}" = static ] || flags=()
    flags+=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
    swift build -c release "${flags[@]}" --scratch-path "$1" --product leddiag --package-path "$2"
}
