# Onsite: the commands a new user needs. `make test` installs what the tests use.
SWIFT ?= swift
DIST ?= dist

.PHONY: run test test-deps release static check-static bench clean

## Run Onsite (builds first).
run:
	$(SWIFT) run onsite

## Every test: domain, screens, and end-to-end in tmux.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-swift-testing

## What the tests need beyond Swift: tmux (end-to-end) and the ncurses headers.
test-deps:
	@sh scripts/install-test-deps.sh

## An optimised build.
release:
	$(SWIFT) build -c release --product onsite

## One self-contained binary (Swift and C++ runtimes linked in); needs only the ncurses runtime.
static:
	SWIFT=$(SWIFT) sh scripts/build-static.sh
	mkdir -p $(DIST)
	cp .build-static/release/onsite $(DIST)/onsite
	strip $(DIST)/onsite
	@ls -l $(DIST)/onsite

## Checks that the static binary starts and needs no Swift library at run time.
check-static: static
	@sh scripts/check-static.sh $(DIST)/onsite

clean:
	rm -rf .build .build-static $(DIST)

## Performance benchmark in a real pty against the ncurses floor and peer programs; rewrites docs/PERFORMANCE.md.
bench:
	bash scripts/bench.sh
