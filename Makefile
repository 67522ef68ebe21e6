# SPDX-License-Identifier: GPL-2.0
# iommu-errno: checks IOMMU attach_dev implementations for the errnos that
# the kdoc of struct iommu_domain_ops allows.  See README.md.

DEBS := coccinelle sparse make gcc libc6-dev flex bison bc libelf-dev \
	libssl-dev dpkg-dev python3 xz-utils gcc-aarch64-linux-gnu
SPARSE_DIR := build/sparse
CHECKER := checker/iommu-errno-check
KDIR ?=

all: $(CHECKER)

deps: build/.debs $(SPARSE_DIR)/libsparse.a

build/.debs: Makefile
	scripts/install-debs $(DEBS)
	@mkdir -p build && touch $@

$(SPARSE_DIR)/libsparse.a: | build/.debs
	scripts/get-sparse $(SPARSE_DIR) >/dev/null

$(CHECKER): $(SPARSE_DIR)/libsparse.a $(wildcard checker/*.c checker/*.h)
	$(MAKE) -C checker SPARSE_DIR=$(abspath $(SPARSE_DIR))

# The fast tests: fixtures only, no kernel tree.
check: deps all
	tests/run

# Everything, real kernel trees included.
test: deps all
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

.PHONY: all deps check test demo bench install-cocci clean
