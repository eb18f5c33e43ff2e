# dunmail — GNU make build.  See README.md.
#
#   make              build the three programs
#   make check        build and run every test (unit, corpus, integration)
#   make check SAN=1  the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make demo         the whole story on a private Postfix, in a temporary directory
#   make bench        milter throughput against no milter and a no-op milter
#   make eval-invoices the invoice reader measured on corpus/invoices (train, then the
#                     blind test split) and on the shared e-invoice corpora
#   make install PREFIX=/usr/local DESTDIR=
#   make deps         install the Debian packages the build, tests and demo need

PREFIX     ?= /usr/local
DESTDIR    ?=
SYSCONFDIR ?= /etc
BUILD      ?= build

CC      ?= cc
# Each program links only what it uses (tests/integration/test-link.sh checks it): the
# milter sits in the mail path and must not load a PDF reader, a database or an HTTP
# client.  Libraries for dunmaild and dunmail only go in DUNNING_PKGS (pkg-config names,
# e.g. libpq) or DUNNING_LDLIBS (no .pc file, e.g. -llinear).
MILTER_PKGS   = glib-2.0 gio-2.0 gmime-3.0
MILTER_LDLIBS  = -lmilter -lpthread
DUNNING_PKGS   = gmime-3.0 glib-2.0 gio-2.0 libpcre2-8 sqlite3 libcurl libxml-2.0 json-glib-1.0 poppler-glib
DUNNING_LDLIBS =
PKGS     = $(sort $(MILTER_PKGS) $(DUNNING_PKGS))
WARN     = -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
OPT     ?= -O2 -g
SANFLAGS =
ifeq ($(SAN),1)
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT      = -O1 -g
BUILD    = build-san
endif

DEPS_OK := $(shell pkg-config --exists $(PKGS) 2>/dev/null && echo yes)
pkg_libs    = $(if $(DEPS_OK),$(shell pkg-config --libs $(1)))
PKG_CFLAGS  := $(if $(DEPS_OK),$(shell pkg-config --cflags $(PKGS)))
MILTER_LIBS := $(call pkg_libs,$(MILTER_PKGS)) $(MILTER_LDLIBS)
DUNNING_LIBS := $(call pkg_libs,$(DUNNING_PKGS)) $(DUNNING_LDLIBS)
ALL_LIBS    := $(call pkg_libs,$(PKGS)) $(DUNNING_LDLIBS) $(MILTER_LDLIBS)

CPPFLAGS += -Isrc -D_GNU_SOURCE -DG_LOG_USE_STRUCTURED=1 \
            -DDM_VERSION='"0.1.0"' -DDM_SYSCONFDIR='"$(SYSCONFDIR)"' -DDM_DATADIR='"$(PREFIX)/share/dunmail"'
CFLAGS   += -std=gnu11 $(OPT) $(WARN) $(SANFLAGS) $(PKG_CFLAGS) -MMD -MP
LDFLAGS  += $(SANFLAGS)

# One library per top-level directory; src/parser and src/dunning hold one kind of code
# per sub-directory (doc/architecture.md), and scripts/checksrc.sh keeps the arrows down.
DUNMAILD_MAIN := src/dunning/daemon/dunmaild.c
DUNMAIL_MAIN  := src/dunning/cli/dunmail.c
COMMON_SRC  := $(sort $(wildcard src/common/*.c))
PARSER_SRC  := $(sort $(wildcard src/parser/*/*.c))
DUNNING_SRC := $(filter-out $(DUNMAILD_MAIN) $(DUNMAIL_MAIN),$(sort $(wildcard src/dunning/*/*.c)))
MILTER_SRC  := $(filter-out src/milter/main.c,$(sort $(wildcard src/milter/*.c)))

obj = $(patsubst %.c,$(BUILD)/%.o,$(1))

LIB_COMMON  = $(BUILD)/libdm_common.a
LIB_PARSER  = $(BUILD)/libdm_parser.a
LIB_DUNNING = $(BUILD)/libdm_dunning.a
LIB_MILTER  = $(BUILD)/libdm_milter.a

PROGRAMS = $(BUILD)/dunmail-milter $(BUILD)/dunmaild $(BUILD)/dunmail

UNIT_SRC   := $(sort $(wildcard tests/unit/test-*.c))
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
TOOL_SRC   := $(sort $(wildcard tests/tools/*.c))
TOOLS      := $(patsubst tests/tools/%.c,$(BUILD)/tests/tools/%,$(TOOL_SRC))

.PHONY: all deps check check-unit demo bench install clean checksrc
all: deps-present $(PROGRAMS)

deps-present:
	@if [ "$(DEPS_OK)" != yes ]; then echo "missing build dependencies: run 'make deps' first" >&2; exit 1; fi
.PHONY: deps-present

deps:
	@scripts/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB_COMMON):  $(call obj,$(COMMON_SRC))
$(LIB_PARSER):  $(call obj,$(PARSER_SRC))
$(LIB_DUNNING): $(call obj,$(DUNNING_SRC))
$(LIB_MILTER):  $(call obj,$(MILTER_SRC))
$(BUILD)/lib%.a:
	@mkdir -p $(dir $@)
	@echo "  AR      $@"
	@rm -f $@ && $(AR) rcs $@ $^

LINK = @echo "  LD      $@"; $(CC) $(LDFLAGS) -o $@

$(BUILD)/dunmail-milter: $(call obj,src/milter/main.c) $(LIB_MILTER) $(LIB_COMMON)
	$(LINK) $^ $(MILTER_LIBS)
$(BUILD)/dunmaild: $(call obj,$(DUNMAILD_MAIN)) $(LIB_DUNNING) $(LIB_PARSER) $(LIB_COMMON)
	$(LINK) $^ $(DUNNING_LIBS)
$(BUILD)/dunmail: $(call obj,$(DUNMAIL_MAIN)) $(LIB_DUNNING) $(LIB_PARSER) $(LIB_COMMON)
	$(LINK) $^ $(DUNNING_LIBS)

# Every unit test links against all libraries; the linker takes what it needs.  The test
# milters (tests/tools) are milters: the milter's libraries.
$(BUILD)/tests/test-%: $(call obj,tests/unit/test-%.c) $(LIB_MILTER) $(LIB_DUNNING) $(LIB_PARSER) $(LIB_COMMON)
	@mkdir -p $(dir $@)
	$(LINK) $^ $(ALL_LIBS)
$(BUILD)/tests/tools/%: $(call obj,tests/tools/%.c) $(LIB_COMMON)
	@mkdir -p $(dir $@)
	$(LINK) $^ $(MILTER_LIBS)

# The invoice measurement harness (tests/eval): renders the corpus's PDF layouts with cairo,
# so cairo is linked into the harness and its floor test only, never into a program.
EVAL_PKGS    = cairo fontconfig
EVAL_SRC     := tests/eval/invoice_eval.c tests/eval/render_pdf.c tests/eval/einvoice_eval.c
EVAL_OBJ     := $(call obj,$(EVAL_SRC))
EVAL_CFLAGS  := $(if $(DEPS_OK),$(shell pkg-config --cflags $(EVAL_PKGS)))
EVAL_LIBS    := $(if $(DEPS_OK),$(shell pkg-config --libs $(EVAL_PKGS)))
$(EVAL_OBJ) $(call obj,tests/eval/eval-invoices.c tests/unit/test-invoice-eval.c): CFLAGS += $(EVAL_CFLAGS) -Itests/eval
$(BUILD)/tests/eval-invoices: $(call obj,tests/eval/eval-invoices.c) $(EVAL_OBJ) $(LIB_PARSER) $(LIB_COMMON)
	@mkdir -p $(dir $@)
	$(LINK) $^ $(DUNNING_LIBS) $(EVAL_LIBS)
$(BUILD)/tests/test-invoice-eval: $(call obj,tests/unit/test-invoice-eval.c) $(EVAL_OBJ) $(LIB_PARSER) $(LIB_COMMON)
	@mkdir -p $(dir $@)
	$(LINK) $^ $(DUNNING_LIBS) $(EVAL_LIBS)

# The train split is where rules are tuned; the test split is blind: its figure is printed
# apart and is never a reason to change a rule.
eval-invoices: deps-present $(BUILD)/tests/eval-invoices
	@$(BUILD)/tests/eval-invoices --title "train (corpus/invoices/train.jsonl)" \
		--json $(BUILD)/eval-invoices-train.json corpus/invoices/train.jsonl
	@echo
	@$(BUILD)/tests/eval-invoices --title "BLIND test (corpus/invoices/test.jsonl): report, never tune" \
		--json $(BUILD)/eval-invoices-test.json corpus/invoices/test.jsonl
	@echo
	@$(BUILD)/tests/eval-invoices --einvoices ../shared/corpora/einvoices
.PHONY: eval-invoices

check: deps
	@$(MAKE) --no-print-directory build-tests
	@BUILD=$(BUILD) SAN=$(SAN) tests/run

build-tests: all $(UNIT_TESTS) $(TOOLS) $(BUILD)/tests/eval-invoices
.PHONY: build-tests

check-unit: all $(UNIT_TESTS) $(TOOLS)
	@BUILD=$(BUILD) tests/run --unit-only

checksrc:
	@scripts/checksrc.sh

demo: deps
	@$(MAKE) --no-print-directory all $(TOOLS)
	@BUILD=$(BUILD) scripts/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all $(TOOLS)
	@BUILD=$(BUILD) bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/sbin \
	           $(DESTDIR)$(PREFIX)/share/dunmail/templates/nl $(DESTDIR)$(PREFIX)/share/dunmail/templates/en \
	           $(DESTDIR)$(PREFIX)/share/dunmail/rates \
	           $(DESTDIR)$(SYSCONFDIR)/dunmail
	install -m 755 $(BUILD)/dunmail $(DESTDIR)$(PREFIX)/bin/dunmail
	install -m 755 $(BUILD)/dunmaild $(BUILD)/dunmail-milter $(DESTDIR)$(PREFIX)/sbin/
	install -m 644 templates/nl/* $(DESTDIR)$(PREFIX)/share/dunmail/templates/nl/
	install -m 644 templates/en/* $(DESTDIR)$(PREFIX)/share/dunmail/templates/en/
	install -m 644 data/rates/*.txt $(DESTDIR)$(PREFIX)/share/dunmail/rates/
	install -m 644 contrib/dunmail.conf.sample $(DESTDIR)$(SYSCONFDIR)/dunmail/dunmail.conf.sample

clean:
	rm -rf build build-san

# Test objects are made by pattern rules; keep them so a rebuild is incremental.
.SECONDARY:

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
