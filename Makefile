# ChatBuddy — the two commands a new machine needs are `make demo` and `make test`.
SHELL := /bin/bash
CONFIGURATION ?= Release
DOTNET ?= dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: demo test deps build install serve migrate format format-check bench clean

## demo: install what is missing, build, migrate, load the demo shop and serve http://127.0.0.1:8000
demo: deps install
	./chatbuddy demo

## test: install what is missing, check formatting, build and run the whole suite on real PostgreSQL and Orleans
test: deps build format-check
	mkdir -p artifacts
	set -o pipefail; $(DOTNET) test ChatBuddy.sln -c $(CONFIGURATION) --no-build 2>&1 | tee artifacts/test.log
	@awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($$i == "Failed:") f += $$(i+1); if ($$i == "Passed:") p += $$(i+1); if ($$i == "Skipped:") s += $$(i+1) } } \
	     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' artifacts/test.log

## deps: PostgreSQL 15 + pgvector + Redis, installed and started (idempotent; needs root)
deps:
	bash scripts/install-deps.sh

build:
	$(DOTNET) build ChatBuddy.sln -c $(CONFIGURATION)

## install: build the app behind ./chatbuddy
install: build
	chmod +x chatbuddy

serve: deps install
	./chatbuddy serve

migrate: deps install
	./chatbuddy migrate

format:
	$(DOTNET) format ChatBuddy.sln

format-check:
	$(DOTNET) format ChatBuddy.sln --verify-no-changes --no-restore

## bench: the import benchmark (see bench/README.md)
bench: deps install
	bash bench/import-bench.sh

clean:
	rm -rf artifacts
