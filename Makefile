# SPDX-License-Identifier: GPL-2.0
# iommu-errno: checks IOMMU attach_dev implementations for the errnos that
# the kdoc of struct iommu_domain_ops allows.  See README.md.

DEBS := coccinelle sparse make gcc libc6-dev flex bison bc libelf-dev \
	libssl-dev dpkg-dev python3 xz-utils gcc-aarch64-linux-gnu \
	gcc-arm-linux-gnueabihf gcc-powerpc64-linux-gnu gcc-s390x-linux-gnu \
	gcc-riscv64-linux-gnu
SPARSE_DIR := build/sparse
CHECKER := checker/iommu-errno-check
KDIR ?=

# make SANITIZE=1: the checker and libsparse with ASan and UBSan, in
# directories of their own beside the plain build.  make test uses both.
# Not -fsanitize=null: sparse's CHECK_TYPE() forms &head->list[0] of a
# NULL list to compare types, and never loads from it.  ASan still stops
# at a real NULL dereference, as a SEGV.
SAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize=null -fno-sanitize-recover=undefined
# Inside libsparse, idioms of its own that UBSan flags on every run:
# builtin.c walks struct builtin_fn's args[6] into the NULL member that
# follows it, token->string->data names a member of a token that holds no
# string before it looks at the token's type, a macro without arguments
# gets a zero-length VLA in expand(), and constant folding wraps signed
# values (cast_value() on LLONG_MIN) and shifts by a negative size (a cast
# to a type of unknown size, in 6.1's drivers/iommu).  ASan stays on for
# all of it.
SAN_SPARSE_FLAGS := $(SAN_FLAGS) \
	-fno-sanitize=bounds,alignment,vla-bound,signed-integer-overflow,shift
SAN_SPARSE := build/sparse-asan
SAN_CHECKER := build/checker-asan/iommu-errno-check

# make fuzz FUZZ_SECONDS=N: AFL++ over the whole path (fuzz/run).
FUZZ_DEBS := afl++
FUZZ_SECONDS ?= 600
FUZZ_SPARSE := build/sparse-fuzz
FUZZ_CHECKER := build/checker-fuzz/iommu-errno-check

all: $(CHECKER) $(if $(filter 1,$(SANITIZE)),$(SAN_CHECKER))

deps: build/.debs $(SPARSE_DIR)/libsparse.a

build/.debs: Makefile
	scripts/install-debs $(DEBS)
	@mkdir -p build && touch $@

$(SPARSE_DIR)/libsparse.a: $(wildcard patches/sparse/*.patch) | build/.debs
	scripts/get-sparse $(SPARSE_DIR) >/dev/null

$(CHECKER): $(SPARSE_DIR)/libsparse.a $(wildcard checker/*.c checker/*.h)
	$(MAKE) -C checker SPARSE_DIR=$(abspath $(SPARSE_DIR))

$(SAN_SPARSE)/libsparse.a: $(SPARSE_DIR)/libsparse.a
	SPARSE_SRC=$(SPARSE_DIR) CC=gcc SPARSE_CFLAGS="$(SAN_SPARSE_FLAGS)" \
		SPARSE_LDFLAGS="$(SAN_FLAGS)" scripts/get-sparse $(SAN_SPARSE) >/dev/null

$(SAN_CHECKER): $(SAN_SPARSE)/libsparse.a $(wildcard checker/*.c checker/*.h)
	$(MAKE) -C checker SPARSE_DIR=$(abspath $(SAN_SPARSE)) O=$(abspath $(dir $@)) \
		CC=gcc CFLAGS="$(SAN_FLAGS)" SANITIZE=1

sanitize: $(SAN_CHECKER)

build/.debs-fuzz: Makefile
	scripts/install-debs $(FUZZ_DEBS)
	@mkdir -p build && touch $@

$(FUZZ_SPARSE)/libsparse.a: $(SPARSE_DIR)/libsparse.a | build/.debs-fuzz
	SPARSE_SRC=$(SPARSE_DIR) CC=afl-clang-fast SPARSE_CFLAGS="$(SAN_SPARSE_FLAGS)" \
		SPARSE_LDFLAGS="$(SAN_FLAGS)" scripts/get-sparse $(FUZZ_SPARSE) >/dev/null

$(FUZZ_CHECKER): $(FUZZ_SPARSE)/libsparse.a $(wildcard checker/*.c checker/*.h)
	$(MAKE) -C checker SPARSE_DIR=$(abspath $(FUZZ_SPARSE)) O=$(abspath $(dir $@)) \
		CC=afl-clang-fast CFLAGS="$(SAN_FLAGS)" SANITIZE=1 FUZZ=1

# Not part of test: a campaign's findings become fixtures in tests/cases.
fuzz: deps $(FUZZ_CHECKER)
	fuzz/run $(abspath $(FUZZ_CHECKER)) $(FUZZ_SECONDS)

# The fast tests: fixtures only, no kernel tree.
check: deps all
	tests/run

# Everything, real kernel trees included, and the sanitized build on the
# fixtures and on 6.1 (tests/sanitize).
test: deps all $(SAN_CHECKER)
	tests/run --slow

# The main job on a real tree: Debian's 6.1 unless KDIR= names one.
# Findings (status 1) are what a demo shows; only a tool error fails it.
demo: deps all
	scripts/iommu-errno check $(if $(KDIR),--kdir $(KDIR)) --arch x86_64 --arch arm64 || test $$? -eq 1

bench: deps all
	bench/run

install-cocci:
	@test -n "$(KDIR)" || { echo "usage: make install-cocci KDIR=/path/to/linux" >&2; exit 2; }
	@test -f "$(KDIR)/scripts/coccicheck" || { echo "install-cocci: $(KDIR) is not a kernel tree" >&2; exit 2; }
	mkdir -p "$(KDIR)/scripts/coccinelle/iommu"
	cp scripts/coccinelle/iommu/*.cocci "$(KDIR)/scripts/coccinelle/iommu/"

clean:
	$(MAKE) -C checker clean
	rm -rf build

.PHONY: all deps check test demo bench install-cocci clean sanitize fuzz
