# SPDX-License-Identifier: GPL-2.0
# iommu-errno: checks IOMMU attach_dev implementations for the errnos that
# the kdoc of struct iommu_domain_ops allows.  See README.md.

DEBS := coccinelle sparse make gcc libc6-dev flex bison bc libelf-dev \
	libssl-dev dpkg-dev python3 xz-utils gcc-aarch64-linux-gnu \
	gcc-arm-linux-gnueabihf gcc-powerpc64-linux-gnu gcc-s390x-linux-gnu \
	gcc-riscv64-linux-gnu
# make test also builds the Debian package and checks it with lintian, and
# drives b4 prep --check (trixie's b4, unpacked in the cache; its modules
# are bookworm's) and git send-email (Mail::Address is libmailtools-perl).
PACKAGE_DEBS := debhelper dh-python lintian fakeroot git git-email git-filter-repo \
	libmailtools-perl python3-requests python3-dnspython
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
	scripts/install-debs $(DEBS) $(PACKAGE_DEBS)
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

# The fast tests: fixtures only, no kernel tree.  TESTFLAGS=-v lists each
# test with its seconds.
check: deps all
	tests/run $(TESTFLAGS)

# Everything, real kernel trees included, and the sanitized build on the
# fixtures and on 6.1 (tests/sanitize).
test: deps all $(SAN_CHECKER)
	tests/run --slow $(TESTFLAGS)

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

# make install PREFIX=/usr/local DESTDIR=: the command in bin, its modules,
# the checker and its scripts in lib/iommu-errno (laid out as in this
# repository, so that the command finds its parts relative to itself), the
# semantic patches in share/iommu-errno/coccinelle.  debian/rules uses it.
PREFIX ?= /usr/local
bindir := $(DESTDIR)$(PREFIX)/bin
pkglibdir := $(DESTDIR)$(PREFIX)/lib/iommu-errno
pkgdatadir := $(DESTDIR)$(PREFIX)/share/iommu-errno

install: $(CHECKER)
	install -d $(bindir) $(pkglibdir)/checker $(pkglibdir)/scripts/iommu_errno \
		$(pkgdatadir)/coccinelle/iommu
	install -m 755 $(CHECKER) $(pkglibdir)/checker/iommu-errno-check
	install -m 755 scripts/iommu-errno scripts/get-kernel scripts/apt-private \
		$(pkglibdir)/scripts/
	install -m 644 scripts/iommu_errno/*.py scripts/iommu_errno/*.cocci \
		$(pkglibdir)/scripts/iommu_errno/
	install -m 644 scripts/coccinelle/iommu/*.cocci $(pkgdatadir)/coccinelle/iommu/
	ln -sfn ../../../share/iommu-errno/coccinelle $(pkglibdir)/scripts/coccinelle
	ln -sf ../lib/iommu-errno/scripts/iommu-errno $(bindir)/iommu-errno
	ln -sf ../lib/iommu-errno/checker/iommu-errno-check $(bindir)/iommu-errno-check

# The Debian package, built from a copy of the checkout in DEB_OUT, where
# the .deb lands (debian/rules says where libsparse's source comes from).
DEB_OUT ?= build/deb
deb: deps
	rm -rf $(DEB_OUT) && mkdir -p $(DEB_OUT)/src
	git ls-files -z --cached --others --exclude-standard | \
		tar --null -T - --ignore-failed-read -cf - | tar -xf - -C $(DEB_OUT)/src
	cd $(DEB_OUT)/src && SPARSE_SRC=$(abspath $(SPARSE_DIR)) dpkg-buildpackage -us -uc -b
	lintian --fail-on error $(DEB_OUT)/*.changes

clean:
	$(MAKE) -C checker clean
	rm -rf build

.PHONY: all deps check test demo bench install install-cocci deb clean sanitize fuzz
