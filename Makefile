# Convenience front end. The real build is CMake; see README.md.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all setup configure build demo test bench format clean web serve

all: build

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD)

# The dashboard's assets (npm ci + vite build into web/dist).
web:
	@bash scripts/setup_web.sh

# The dashboard on the demo store (after `make demo`).
serve: build
	@$(BUILD)/dyad serve --db $(BUILD)/demo.db

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	@$(BUILD)/dyad_bench

format:
	@find include src tools bench -name '*.h' -o -name '*.cc' | xargs clang-format -i

clean:
	@rm -rf $(BUILD)
