# HealthHub platform infrastructure (CDKTF, Go). Every target installs what it needs
# first (pinned Node 22 and cdktf-cli from package-lock.json, Go modules from go.sum).
# ENV selects the environment (dev, staging, production); default dev.

ENV ?= dev
export HEALTHHUB_ENV := $(ENV)

.PHONY: help synth test check golden gen bench list clean diagram plan

help:            ## print the command summary
	@cat help

synth:           ## synthesize every stack of ENV into cdktf.out/
	@scripts/synth.sh

test:            ## gofmt check, go vet, unit tests, synthesis tests (__tests__/)
	@scripts/test.sh

check:           ## synthesize every environment, run the HIPAA pack on cdktf.out, write reports/<env>/
	@scripts/check.sh

golden:          ## rewrite __tests__/testdata golden files; review `git diff` before committing
	@scripts/test.sh -run TestGolden -update
	@git --no-pager diff --stat -- __tests__/testdata || true

gen:             ## regenerate the Neon provider bindings under generated/ (offline)
	@scripts/gen-neon.sh

bench:           ## benchmark full synthesis of each environment against the floor
	@scripts/bench.sh 3

list:            ## list the stacks with the pinned cdktf CLI
	@bash -c 'source scripts/env.sh && ensure_node && cdktf list'

diagram:         ## draw each environment (or ENV=... when given) into reports/<env>/diagrams/: SVG, PNG, DOT, Mermaid
	@scripts/diagram.sh $(if $(filter command line environment,$(origin ENV)),$(ENV))

plan:            ## cdktf diff of one stack: make plan ENV=staging STACK=phase1 (AWS credentials and NEON_API_KEY from the environment)
	@scripts/plan.sh "$(STACK)"

clean:           ## remove build and synthesis outputs (not state/)
	rm -rf bin cdktf.out .cdktf.out.staging-*
