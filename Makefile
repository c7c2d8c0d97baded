# newsroom — build, test, run.  See README.md.
#
#   make            build ./newsroom
#   make run        build and open the browser on sample-articles/
#   make check      build with ASan+UBSan and run every test
#   make eval       score extraction on ../shared corpora (when present)
#   make bench      benchmarks (medians), not part of check
#   make fuzz       libFuzzer harnesses (clang), FUZZ_TIME seconds each
#   make fuzz-smoke each harness for 10 s (CI)
#   make install PREFIX=/usr/local
#   make install-deps  the build's and the tests' Debian packages that are missing
# make, run, check, eval and bench first install what they lack (build-aux/deps.sh).

VERSION   := 0.1.0
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share/newsroom
MANDIR    ?= $(PREFIX)/share/man
CC        ?= cc
PKG_CONFIG ?= pkg-config

# pkg-config module -> Debian package that provides it
DEPS := ncursesw:libncurses-dev sqlite3:libsqlite3-dev yaml-0.1:libyaml-dev libutf8proc:libutf8proc-dev \
        libxml-2.0:libxml2-dev libcurl:libcurl4-openssl-dev
# command -> package, for the build; and what `make check` needs besides
TOOLS       := cc:build-essential pkg-config:pkg-config
CHECK_DEPS  := cmocka:libcmocka-dev
CHECK_TOOLS := tmux:tmux python3:python3 /usr/bin/time:time
DEPS_ITEMS       := $(addprefix cmd:,$(TOOLS)) $(addprefix lib:,$(DEPS))
CHECK_DEPS_ITEMS := $(DEPS_ITEMS) $(addprefix lib:,$(CHECK_DEPS)) $(addprefix cmd:,$(CHECK_TOOLS))
MODS := $(foreach d,$(DEPS),$(firstword $(subst :, ,$(d))))

# The goals typed first on a fresh system install what is missing
# (build-aux/deps.sh: apt-get as root, sudo otherwise), then make themselves
# again in a make that reads the libraries' flags afresh.
ENTRY_GOALS := all run check eval bench
ifeq ($(NEWSROOM_DEPS_DONE)$(filter-out $(ENTRY_GOALS),$(or $(MAKECMDGOALS),all)),)
.PHONY: $(ENTRY_GOALS)
$(ENTRY_GOALS):
	@build-aux/deps.sh $(if $(filter check,$@),$(CHECK_DEPS_ITEMS),$(DEPS_ITEMS))
	@$(MAKE) --no-print-directory NEWSROOM_DEPS_DONE=1 $@
else

MISSING := $(strip $(foreach d,$(DEPS),$(if $(shell $(PKG_CONFIG) --exists $(firstword $(subst :, ,$(d))) 2>/dev/null && echo y),,$(word 2,$(subst :, ,$(d))))))
ifneq ($(MISSING),)
ifeq ($(filter clean install-deps,$(MAKECMDGOALS)),)
$(error missing libraries: 'make install-deps' installs them (or: sudo apt-get install -y pkg-config $(MISSING)))
endif
endif

PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(MODS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(MODS) 2>/dev/null)

WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wno-unused-parameter
CPPFLAGS += -D_DEFAULT_SOURCE -DNEWSROOM_VERSION='"$(VERSION)"' -DNEWSROOM_DATADIR='"$(DATADIR)"' -Isrc -Iui
OPT      ?= -O2 -g
CFLAGS   ?= $(OPT)
CFLAGS   += -std=c11 -pthread $(WARN) $(PKG_CFLAGS) -MMD -MP
SAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

CORE_SRC := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
UI_SRC   := $(sort $(wildcard ui/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

# Two build flavours: release (./newsroom) and check (sanitizers, for tests).
BUILD ?= build
BIN   ?= newsroom
REL := $(BUILD)/release
CHK := $(BUILD)/check

rel_obj = $(patsubst %.c,$(REL)/%.o,$(1))
chk_obj = $(patsubst %.c,$(CHK)/%.o,$(1))

.PHONY: all run check unit clitest uitest eval bench fuzz fuzz-smoke install uninstall clean install-deps
all: $(BIN)

$(BIN): $(call rel_obj,src/main.c $(UI_SRC)) $(REL)/libnewsroom.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(REL)/libnewsroom.a: $(call rel_obj,$(CORE_SRC))
	@rm -f $@; ar rcs $@ $^

$(REL)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# ui/ may use curses; src/ must not (checked in `make check`).
$(CHK)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -O1 $(SAN) -c -o $@ $<

$(CHK)/libnewsroom.a: $(call chk_obj,$(CORE_SRC))
	@rm -f $@; ar rcs $@ $^

$(CHK)/newsroom: $(call chk_obj,src/main.c $(UI_SRC)) $(CHK)/libnewsroom.a
	$(CC) $(CFLAGS) $(SAN) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)
UNIT_BIN := $(patsubst tests/unit/%.c,$(CHK)/tests/%,$(UNIT_SRC))

$(CHK)/tests/%: tests/unit/%.c $(CHK)/libnewsroom.a
	@mkdir -p $(dir $@)
	@$(PKG_CONFIG) --exists cmocka || { echo "cmocka missing: 'make install-deps' installs it (or: sudo apt-get install -y libcmocka-dev)"; exit 1; }
	$(CC) $(CPPFLAGS) $(CFLAGS) -O1 $(SAN) $(CMOCKA_CFLAGS) -o $@ $< $(CHK)/libnewsroom.a $(PKG_LIBS) $(CMOCKA_LIBS) -lm

run: $(BIN)
	./$(BIN) --db "$${NEWSROOM_RUN_DB:-$(REL)/run.db}" sample-articles

# Every test: layering rule, unit tests (cmocka), command-line tests, browser tests in tmux.
check: $(CHK)/newsroom $(UNIT_BIN)
	@tests/check-layering.sh
	@tests/run-tests.sh $(CHK)/newsroom $(UNIT_BIN)

eval: $(BIN)
	@tests/eval.sh ./$(BIN)

bench: $(BIN)
	@bench/run.sh ./$(BIN)

fuzz:
	@$(MAKE) -f fuzz/fuzz.mk run

fuzz-smoke:
	@$(MAKE) -f fuzz/fuzz.mk run FUZZ_TIME=10 FUZZ_BUILD=$(BUILD)/fuzz

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lexicons $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/newsroom
	install -m 644 config/*.yaml $(DESTDIR)$(DATADIR)/
	install -m 644 config/lexicons/*.yaml $(DESTDIR)$(DATADIR)/lexicons/
	install -m 644 config/lexicons/*.tsv NOTICE $(DESTDIR)$(DATADIR)/lexicons/
	install -m 644 man/newsroom.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/newsroom.yaml.5 $(DESTDIR)$(MANDIR)/man5/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/newsroom $(DESTDIR)$(MANDIR)/man1/newsroom.1 $(DESTDIR)$(MANDIR)/man5/newsroom.yaml.5
	rm -rf $(DESTDIR)$(DATADIR)

install-deps:
	@build-aux/deps.sh $(CHECK_DEPS_ITEMS)

clean:
	rm -rf $(BUILD) $(BIN)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

endif
