# fuzz.mk -- libFuzzer harnesses (clang) under ASan+UBSan, linked with the core.
#
#   make fuzz                        each harness for FUZZ_TIME seconds (default 600)
#   make -f fuzz/fuzz.mk run FUZZ_TIME=10        a short pass (CI smoke)
#   make -f fuzz/fuzz.mk run HARNESSES="doc extract"
#   make -f fuzz/fuzz.mk build       just the binaries (build/fuzz/fuzz_*)
#
# Each harness grows its corpus in build/fuzz/corpus-NAME (seeded from
# fuzz/seeds/NAME and tests/data/fuzz-regress/NAME); crashing inputs land in
# build/fuzz/crashes/NAME/.  Copy each one into tests/data/fuzz-regress/NAME/:
# the replay test in `make check` runs them all again.

FUZZ_CC    ?= clang
FUZZ_TIME  ?= 600
FUZZ_BUILD ?= build/fuzz
HARNESSES  ?= doc extract config alias web
PKG_CONFIG ?= pkg-config
MODS       := ncursesw sqlite3 yaml-0.1 libutf8proc libxml-2.0 libcurl

FZ_CPPFLAGS := -D_DEFAULT_SOURCE -DNEWSROOM_VERSION='"fuzz"' -DNEWSROOM_DATADIR='"config"' -Isrc -Ifuzz
FZ_CFLAGS   := -std=c11 -g -O1 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
               -Wformat=2 -Wno-unused-parameter -fno-omit-frame-pointer \
               $(shell $(PKG_CONFIG) --cflags $(MODS) 2>/dev/null)
FZ_SAN      := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FZ_LIBS     := $(shell $(PKG_CONFIG) --libs $(MODS) 2>/dev/null) -lm

FZ_CORE := $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
FZ_OBJ  := $(patsubst %.c,$(FUZZ_BUILD)/obj/%.o,$(FZ_CORE))
FZ_BINS := $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(HARNESSES))

.PHONY: build run clean-fuzz
# The core objects are kept between runs.
.SECONDARY: $(FZ_OBJ)
build: $(FZ_BINS)

$(FUZZ_BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FZ_CPPFLAGS) $(FZ_CFLAGS) $(FZ_SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(FZ_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FZ_CPPFLAGS) $(FZ_CFLAGS) $(FZ_SAN) -fsanitize=fuzzer -o $@ $< $(FZ_OBJ) $(FZ_LIBS)

# One harness after another, each for FUZZ_TIME seconds on one core.  The
# shipped lexicons come from config/ (NEWSROOM_DATADIR).
run: build
	@set -e; for h in $(HARNESSES); do \
	    mkdir -p $(FUZZ_BUILD)/corpus-$$h $(FUZZ_BUILD)/crashes/$$h; \
	    regress=tests/data/fuzz-regress/$$h; [ -d $$regress ] || regress=; \
	    echo "fuzz_$$h: $(FUZZ_TIME) s"; \
	    NEWSROOM_DATADIR=$(CURDIR)/config ASAN_OPTIONS=detect_leaks=1 \
	    $(FUZZ_BUILD)/fuzz_$$h -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
	        -rss_limit_mb=2048 -print_final_stats=1 \
	        -dict=fuzz/seeds/$$h.dict \
	        -artifact_prefix=$(FUZZ_BUILD)/crashes/$$h/ \
	        $(FUZZ_BUILD)/corpus-$$h fuzz/seeds/$$h $$regress \
	        2>$(FUZZ_BUILD)/fuzz_$$h.log || { tail -n 60 $(FUZZ_BUILD)/fuzz_$$h.log; \
	        echo "fuzz_$$h: crash, input in $(FUZZ_BUILD)/crashes/$$h/"; exit 1; }; \
	    grep -E '^stat::(number_of_executed_units|new_units_added)' $(FUZZ_BUILD)/fuzz_$$h.log || true; \
	done

clean-fuzz:
	rm -rf $(FUZZ_BUILD)
