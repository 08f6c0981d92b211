# leddiag — build, run, test and install.
#
#   make run       build (release) and diagnose the observations in Samples/
#   make test      run the whole test suite
#   make build     release build of the `leddiag` command
#   make install   copy the release binary to $(PREFIX)/bin (default /usr/local)
#   make deps      install the system libraries leddiag needs (libpcre2-dev, zlib1g-dev, libzstd-dev) when missing
#   make video-deps  install ffmpeg (leddiag video and its tests) when ffmpeg or ffprobe is missing
#   make sanitize  run the tests under ThreadSanitizer, then AddressSanitizer (.build-tsan, .build-asan);
#                  one of them: make sanitize-thread, make sanitize-address
#   make fuzz      build the libFuzzer targets (Tests/Fuzz) and run each for FUZZ_SECONDS (default 60)
#   make bench     release benchmarks: batch against the baselines in ../shared/bench (when present) and the
#                  commit BATCH_BASELINE, one-shot diagnose against the commit BASELINE (default c5efcaf),
#                  start-up against a hello-world, the catalog-scale benchmark, then the profiles; make
#                  bench-diagnose runs only the one-shot diagnose benchmark, make bench-start-up only the
#                  start-up one, make bench-catalog only the catalog-scale one (100 to 10,000 rules)
#   make profile   only the profiles (timeline throughput; the batch profile on $(BENCH_DIR)/bench.log)
#   make scale-out-check  build (release), then run docs/scale-out.md's recipes for real and check each against
#                  one process: GNU parallel, and Spark in local mode (installs parallel, pyspark into
#                  .build-spark and, when java is missing, a JRE; Tests/ScaleOut/run.sh)
#   make accuracy  build (release) and run `leddiag evaluate` on the labelled corpus in $(CORPUS)
#                  (when present): top-1, top-3, facts, and every miss
#   make clean     remove build output
#   make format    rewrite the Swift sources in the house style (.swift-format; swift-format ships with Swift)
#   make format-check  fail when a Swift file is not in the house style or has a line over 120 columns
#   make docs      DocC documentation of the LEDDiagnostics library, as static HTML in $(DOCS_DIR)
#   make completions  bash, zsh and fish completion scripts in $(COMPLETIONS_DIR)
#   make man       the leddiag(1) man page in $(MAN_DIR)

SWIFT      ?= swift
PREFIX     ?= /usr/local
BINDIR     := $(PREFIX)/bin
CONFIG     := release
# The release binary links the Swift runtime and Foundation statically: a one-shot call starts without
# resolving their symbols (about a third less wall time: docs/performance.md, "Start-up"), and the binary
# runs where no Swift toolchain is installed. Only release builds do: the toolchain's static Foundation
# does not link into a debug build (CONFIG=debug, as CI's scale-out check builds). LEDDIAG_LINK=dynamic
# builds the dynamically linked one (the benchmark scripts read the same variable:
# Tests/Benchmarks/release-build.sh).
LINK_FLAGS := $(if $(or $(filter dynamic,$(LEDDIAG_LINK)),$(filter-out release,$(CONFIG))),,--static-swift-stdlib)
# Release code refers to generic types' metadata through their accessor functions, not through mangled
# names the runtime demangles at first use: demangling checks each generic requirement with a
# protocol-conformance scan of the whole binary (about 60,000 instructions each). A one-shot `diagnose`
# takes 6 M instructions less, `--version` 2 M (docs/performance.md, "Start-up"); the binary grows 70 kB.
# Tests/Benchmarks/release-build.sh passes the same flags.
START_FLAGS := $(if $(filter release,$(CONFIG)),-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
# Debian names of what the build needs from the system.
APT_PACKAGES := libpcre2-dev zlib1g-dev libzstd-dev pkg-config
# The pkg-config names of the same libraries: PCRE2 for the rules, zlib and zstd for compressed batch input.
PKG_MODULES  := libpcre2-8 zlib libzstd

.PHONY: all deps video-deps build run test scale-out-check sanitize sanitize-thread sanitize-address fuzz bench bench-diagnose bench-start-up bench-catalog bench-video profile accuracy install clean format format-check

all: build

# Installs the system libraries with apt-get when pkg-config cannot find one of them and we are root;
# otherwise prints the exact command to run and fails.
deps:
	@if pkg-config --exists $(PKG_MODULES) 2>/dev/null; then \
	    exit 0; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make deps: one of $(PKG_MODULES) not found; installing $(APT_PACKAGES) with apt-get"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y --no-install-recommends $(APT_PACKAGES) >/dev/null 2>&1 \
	        || { apt-get update -qq && apt-get install -y --no-install-recommends $(APT_PACKAGES); } \
	        || exit 1; \
	    pkg-config --exists $(PKG_MODULES) || { echo "make deps: $(PKG_MODULES) still not all found after install" >&2; exit 1; }; \
	else \
	    echo "make deps: one of $(PKG_MODULES) (PCRE2, zlib, zstd headers) not found. Install them with:" >&2; \
	    echo "    sudo apt-get install -y $(APT_PACKAGES)" >&2; \
	    exit 1; \
	fi

# `leddiag video` runs the ffmpeg and ffprobe programs (Debian package ffmpeg); its tests generate their
# clips with them. Installed with apt-get when one is missing and we are root; otherwise prints the command.
video-deps:
	@if command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1; then \
	    exit 0; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make video-deps: ffmpeg or ffprobe not found; installing ffmpeg with apt-get"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y --no-install-recommends ffmpeg >/dev/null 2>&1 \
	        || { apt-get update -qq && apt-get install -y --no-install-recommends ffmpeg; } \
	        || exit 1; \
	    command -v ffprobe >/dev/null 2>&1 || { echo "make video-deps: ffprobe still not found after install" >&2; exit 1; }; \
	else \
	    echo "make video-deps: ffmpeg or ffprobe (for leddiag video and its tests) not found. Install them with:" >&2; \
	    echo "    sudo apt-get install -y ffmpeg" >&2; \
	    exit 1; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) $(LINK_FLAGS) $(START_FLAGS) --product leddiag

run: build
	@bin="$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag"; \
	if [ -x "$$bin" ] && "$$bin" diagnose --help >/dev/null 2>&1 && [ -f Samples/observations.txt ]; then \
	    grep -v '^\s*\(#\|$$\)' Samples/observations.txt | while IFS='|' read -r device text; do \
	        device="$$(echo "$$device" | xargs)"; text="$$(echo "$$text" | sed 's/^ *//')"; \
	        echo "\$$ leddiag diagnose $${device:+--device $$device }\"$$text\""; \
	        "$$bin" diagnose $${device:+--device "$$device"} "$$text"; echo; \
	    done; \
	else \
	    "$$bin" --help; \
	fi

test: deps video-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Both sanitizers, each in its own scratch path (docs/reliability.md, "Sanitizers"). The build-time
# tool of the catalog plugin is instrumented too: leak checks are off while building, on while testing
# (with suppressions for Foundation's Process/Pipe and XCTest, Tests/Fuzz/Suppressions/lsan.txt).
# Swift's backtracer is off: the sanitizers print their own reports.
sanitize: sanitize-thread sanitize-address

sanitize-thread: deps video-deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	SWIFT_BACKTRACE=enable=no TSAN_OPTIONS="halt_on_error=1 $(TSAN_OPTIONS)" \
	    $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

sanitize-address: deps video-deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=1 halt_on_error=1 $(ASAN_OPTIONS)" \
	    LSAN_OPTIONS="suppressions=$(CURDIR)/Tests/Fuzz/Suppressions/lsan.txt $(LSAN_OPTIONS)" \
	    $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

# libFuzzer targets (Tests/Fuzz, a package of its own): each runs FUZZ_SECONDS from a seed corpus built
# from Samples/, Patterns/, the docs and the tests (Tests/Fuzz/corpus.sh); `make fuzz FUZZ_SECONDS=600`
# for the acceptance runs, FUZZ_TARGETS="FuzzText FuzzCanonical" for some. Coverage and ASan come from
# -Xswiftc flags, libFuzzer from the targets' link flags: `--sanitize=fuzzer` would also reach the
# catalog plugin's build tool and break it (docs/reliability.md, "Fuzzing").
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_SWIFTFLAGS := -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,trace-cmp,indirect-calls,inline-8bit-counters,pc-table
fuzz: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) build -c release --package-path Tests/Fuzz --scratch-path .build-fuzz $(FUZZ_SWIFTFLAGS)
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_DIR=.build-fuzz sh Tests/Fuzz/run.sh $(FUZZ_TARGETS)

# The catalog against the labelled development corpus (docs/catalog.md, "Check a catalog against
# labelled observations"); EVALUATE_FLAGS passes options, e.g. make accuracy EVALUATE_FLAGS=--no-misses.
CORPUS         ?= ../shared/corpus/observations.tsv
EVALUATE_FLAGS ?=
accuracy:
	@if [ ! -f "$(CORPUS)" ]; then \
	    echo "make accuracy: $(CORPUS) is missing; nothing to evaluate"; \
	    exit 0; \
	fi; \
	$(MAKE) --no-print-directory build && \
	"$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag" evaluate $(EVALUATE_FLAGS) "$(CORPUS)"

# docs/scale-out.md, "When one machine is not enough": GNU parallel and Spark (local[2], RDD.pipe through
# `leddiag batch --line-numbers prefixed`) against one process; prints the times (Tests/ScaleOut/run.sh).
scale-out-check: build
	LEDDIAG="$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag" bash Tests/ScaleOut/run.sh

install: build
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag" "$(DESTDIR)$(BINDIR)/leddiag"

# Release benchmarks, in separate packages or scripts so that normal builds stay lean: the PCRE2
# micro-benchmark and the text reader's (Tests/Benchmarks/PCRE2Bench: PCRE2Bench, ReadingBench), then `leddiag batch` against the Python baseline
# (../shared/bench/pyref.py) and ripgrep, timed alternately in the same run, with the determinism and
# memory checks (Tests/Benchmarks/batch-bench.sh; BENCH_DIR for the generated logs, ROUNDS), with the
# same-run ratio against the commit BATCH_BASELINE as well (default: BASELINE; `BATCH_BASELINE=37d550f`
# for issue #13's "within 5 %"); then the one-shot cost of `leddiag diagnose` — process start to report,
# a dozen calls, and `leddiag evaluate` on $(CORPUS) — against the commit BASELINE, timed alternately,
# median of DIAGNOSE_ROUNDS (Tests/Benchmarks/diagnose-bench.sh; "within 10 %: yes/no" for issue #14).
# BASELINE defaults to c5efcaf, the last commit before the #14 work; a baseline commit is exported and
# built in release under .build-baseline/<commit> (Tests/Benchmarks/baseline-build.sh). BASELINE_BIN and
# BATCH_BASELINE_BIN take a leddiag built elsewhere instead; `BASELINE= BATCH_BASELINE=` times the
# current tree alone. Speed targets are reported, never asserted. Then the profiles, which print numbers
# and assert nothing (Tests/Benchmarks/LEDProfiles: timeline throughput, and where a batch's time goes on
# $(BENCH_DIR)/bench.log). The profiles reach internal API, so they build with -enable-testing in a
# scratch path of their own; `make profile` runs only them.
BENCH_DIR          ?= /tmp/leddiag-bench
ROUNDS             ?= 3
BASELINE           ?= c5efcaf
BASELINE_BIN       ?=
BATCH_BASELINE     ?= $(BASELINE)
BATCH_BASELINE_BIN ?=
DIAGNOSE_ROUNDS    ?= 21
START_ROUNDS       ?= 61
PROFILES  := $(SWIFT) run -c release -Xswiftc -enable-testing --scratch-path .build-profiles LEDProfiles
bench: deps
	cd Tests/Benchmarks/PCRE2Bench && $(SWIFT) run -c release --scratch-path ../../../.build-bench PCRE2Bench
	cd Tests/Benchmarks/PCRE2Bench && $(SWIFT) run -c release --scratch-path ../../../.build-bench ReadingBench
	BENCH_DIR=$(BENCH_DIR) ROUNDS=$(ROUNDS) BASELINE="$(BATCH_BASELINE)" BASELINE_BIN="$(BATCH_BASELINE_BIN)" \
	    bash Tests/Benchmarks/batch-bench.sh
	$(MAKE) --no-print-directory bench-diagnose
	$(MAKE) --no-print-directory bench-start-up
	$(MAKE) --no-print-directory bench-catalog
	$(MAKE) --no-print-directory bench-video
	$(MAKE) --no-print-directory profile

# `leddiag video` on a generated 15-second 720p clip: median wall time and peak RSS (/usr/bin/time -v),
# against issue #18's 3 s and 128 MiB (Tests/Benchmarks/video-bench.sh; ROUNDS).
bench-video: deps video-deps
	BENCH_DIR=$(BENCH_DIR) ROUNDS=$(ROUNDS) bash Tests/Benchmarks/video-bench.sh

# Catalog scale (issue #15): per-episode batch cost, load and one-shot diagnose with synthetic catalogs of
# 100, 1,000 and 10,000 rules (Tests/Benchmarks/catalog-scale-bench.sh; SIZES, LINES, ROUNDS).
bench-catalog: deps
	BENCH_DIR=$(BENCH_DIR) ROUNDS=$(ROUNDS) bash Tests/Benchmarks/catalog-scale-bench.sh

# A one-shot diagnose against a Foundation hello-world (issue #15: ≤ 1.7×), wall time and instructions in
# the same run (Tests/Benchmarks/start-up-bench.sh; ROUNDS as START_ROUNDS).
bench-start-up: deps
	ROUNDS=$(START_ROUNDS) bash Tests/Benchmarks/start-up-bench.sh

bench-diagnose: deps
	ROUNDS=$(DIAGNOSE_ROUNDS) BASELINE="$(BASELINE)" BASELINE_BIN="$(BASELINE_BIN)" CORPUS="$(CORPUS)" \
	    bash Tests/Benchmarks/diagnose-bench.sh

profile: deps
	$(PROFILES) timeline
	@if [ -f "$(BENCH_DIR)/bench.log" ]; then \
	    $(PROFILES) batch "$(BENCH_DIR)/bench.log"; \
	else \
	    echo "make profile: $(BENCH_DIR)/bench.log is missing (make bench generates it); batch profile skipped"; \
	fi

# The house style is .swift-format (what the code already followed, lines ≤ 120 columns). swift-format
# cannot break a long string literal or comment, so the column limit is checked on its own as well.
FORMAT_PATHS := Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMAT_PATHS)

format-check:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS)
	@if LC_ALL=C.UTF-8 grep -rnP --include='*.swift' --exclude-dir='.build*' '^.{121,}' $(FORMAT_PATHS) >&2; then \
	    echo "make format-check: the lines above are over 120 columns" >&2; exit 1; fi

clean:
	rm -rf .build .build-*

# Documentation, completions and the man page. SWIFT_PACKAGE_FLAGS passes options to
# `swift package`, e.g. make docs SWIFT_PACKAGE_FLAGS="--scratch-path .build-docs".
DOCS_DIR        ?= .build/docs
COMPLETIONS_DIR ?= .build/completions
MAN_DIR         ?= .build/man
SWIFT_PACKAGE_FLAGS ?=

.PHONY: docs completions man

# swift-docc-plugin's generate-documentation; open $(DOCS_DIR)/documentation/leddiagnostics/index.html
# through a web server (static hosting layout).
docs: deps
	@mkdir -p "$$(dirname "$(DOCS_DIR)")"
	$(SWIFT) package $(SWIFT_PACKAGE_FLAGS) --allow-writing-to-directory "$(DOCS_DIR)" \
	    generate-documentation --target LEDDiagnostics --disable-indexing --transform-for-static-hosting \
	    --output-path "$(DOCS_DIR)"
	@echo "make docs: LEDDiagnostics documentation in $(DOCS_DIR)"

# argument-parser's --generate-completion-script, for each shell; install e.g. with
#   cp .build/completions/leddiag.bash /etc/bash_completion.d/leddiag
completions: build
	@mkdir -p "$(COMPLETIONS_DIR)"
	@bin="$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag"; \
	"$$bin" --generate-completion-script bash > "$(COMPLETIONS_DIR)/leddiag.bash" && \
	"$$bin" --generate-completion-script zsh > "$(COMPLETIONS_DIR)/_leddiag" && \
	"$$bin" --generate-completion-script fish > "$(COMPLETIONS_DIR)/leddiag.fish" && \
	echo "make completions: $(COMPLETIONS_DIR)/leddiag.bash, _leddiag (zsh), leddiag.fish"

# argument-parser's generate-manual plugin (it builds the package in release mode first).
man: deps
	@mkdir -p "$(MAN_DIR)"
	@out="$$($(SWIFT) package $(SWIFT_PACKAGE_FLAGS) plugin generate-manual --configuration $(CONFIG))" || { echo "$$out"; exit 1; }; \
	dir="$$(echo "$$out" | sed -n "s/^Generated manual in '\(file:\/\/\)\{0,1\}\(.*\)'$$/\2/p" | tail -n 1)"; \
	[ -n "$$dir" ] && cp "$$dir"/*.1 "$(MAN_DIR)/" || { echo "$$out"; echo "make man: no manual was generated" >&2; exit 1; }; \
	echo "make man: $$(ls "$(MAN_DIR)"/*.1 | tr '\n' ' ')(read one with: man -l $(MAN_DIR)/leddiag.1)"
