# leddiag — build, run, test and install.
#
#   make run       build (release) and diagnose the observations in Samples/
#   make test      run the whole test suite
#   make build     release build of the `leddiag` command
#   make install   copy the release binary to $(PREFIX)/bin (default /usr/local)
#   make deps      install the system library leddiag needs (libpcre2-dev) when it is missing
#   make sanitize  run the tests under ThreadSanitizer (scratch path .build-tsan)
#   make bench     release benchmarks against the baselines in ../shared/bench (when present)
#   make clean     remove build output

SWIFT      ?= swift
PREFIX     ?= /usr/local
BINDIR     := $(PREFIX)/bin
CONFIG     := release
# Debian names of what the build needs from the system.
APT_PACKAGES := libpcre2-dev pkg-config

.PHONY: all deps build run test sanitize bench install clean

all: build

# Installs libpcre2-dev with apt-get when pkg-config cannot find libpcre2-8 and we are root;
# otherwise prints the exact command to run and fails.
deps:
	@if pkg-config --exists libpcre2-8 2>/dev/null; then \
	    exit 0; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make deps: libpcre2-8 not found; installing $(APT_PACKAGES) with apt-get"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y --no-install-recommends $(APT_PACKAGES) >/dev/null 2>&1 \
	        || { apt-get update -qq && apt-get install -y --no-install-recommends $(APT_PACKAGES); } \
	        || exit 1; \
	    pkg-config --exists libpcre2-8 || { echo "make deps: libpcre2-8 still not found after install" >&2; exit 1; }; \
	else \
	    echo "make deps: libpcre2-8 (PCRE2 headers) not found. Install it with:" >&2; \
	    echo "    sudo apt-get install -y $(APT_PACKAGES)" >&2; \
	    exit 1; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product leddiag

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

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

sanitize: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

install: build
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/leddiag" "$(DESTDIR)$(BINDIR)/leddiag"

clean:
	rm -rf .build .build-*
