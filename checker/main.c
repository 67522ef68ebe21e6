// SPDX-License-Identifier: GPL-2.0
/*
 * iommu-errno-check - a kbuild CHECK program for IOMMU attach_dev errnos.
 *
 *	make C=2 CHECK=/path/to/iommu-errno-check drivers/iommu/
 *
 * It takes the whole command line that kbuild gives sparse, checks each
 * file, and prints findings on stderr.  It exits 0 unless --fatal is given,
 * because kbuild stops at any other status.  It must not say "error" for
 * anything but a real one: from 6.13 on, scripts/checker-valid.sh turns
 * checking off when a probe's output holds that word.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "iommu-errno.h"
#include "contain.h"
#include "token.h"

#define EXIT_USAGE		2
#define EXIT_NOT_ANALYSED	3

int profile_mainline;
static int fatal;
static int list_impls;
static int summary_only;
static int not_analysed;
static const char *link_dir;

static const char usage[] =
	"usage: iommu-errno-check [--fatal] [--format=text|json] [--output=FILE|DIR/]\n"
	"                         [--profile=v2|mainline] [--debug-prints] [--list-implementations]\n"
	"                         [--summary-dir=DIR [--summary-only]] [sparse and gcc options]\n"
	"                         FILE...\n"
	"       iommu-errno-check --link=DIR [--fatal] [--format=text|json] [--output=FILE]\n"
	"                         [--profile=v2|mainline]\n";

static void bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "iommu-errno-check: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n%s", usage);
	exit(EXIT_USAGE);
}

/* Take our own options out of argv; the rest goes to sparse. */
static int own_options(int argc, char **argv)
{
	int i, n = 1;

	for (i = 1; i < argc; i++) {
		char *arg = argv[i];

		if (!strcmp(arg, "--fatal")) {
			fatal = 1;
		} else if (!strcmp(arg, "--list-implementations")) {
			list_impls = 1;
		} else if (!strncmp(arg, "--format=", 9)) {
			if (!strcmp(arg + 9, "json"))
				output_format = FORMAT_JSON;
			else if (!strcmp(arg + 9, "text"))
				output_format = FORMAT_TEXT;
			else
				bad_usage("unknown format '%s'", arg + 9);
		} else if (!strncmp(arg, "--profile=", 10)) {
			if (!strcmp(arg + 10, "mainline"))
				profile_mainline = 1;
			else if (!strcmp(arg + 10, "v2"))
				profile_mainline = 0;
			else
				bad_usage("unknown profile '%s'", arg + 10);
		} else if (!strcmp(arg, "--debug-prints")) {
			debug_prints = 1;
		} else if (!strncmp(arg, "--output=", 9) && arg[9]) {
			output_path = arg + 9;
		} else if (!strncmp(arg, "--summary-dir=", 14) && arg[14]) {
			summary_dir = arg + 14;
		} else if (!strcmp(arg, "--summary-only")) {
			summary_only = 1;
		} else if (!strncmp(arg, "--link=", 7) && arg[7]) {
			link_dir = arg + 7;
		} else if (!strcmp(arg, "--help")) {
			fputs(usage, stdout);
			exit(0);
		} else {
			argv[n++] = arg;
		}
	}
	argv[n] = NULL;
	return n;
}

static int is_macro(const char *name)
{
	struct symbol *sym = lookup_symbol(built_in_ident(name), NS_MACRO);

	return sym && sym->namespace == NS_MACRO;
}

static void check_file(char *file)
{
	struct symbol_list *syms;
	struct impl_list *impls;
	struct impl *impl;

	if (access(file, R_OK)) {
		report_note(file, errno == ENOENT ? "not analysed: no such file" :
			    "not analysed: cannot be read");
		not_analysed++;
		return;
	}
	has_error = 0;
	syms = sparse_keep_tokens(file);
	if (has_error & ERROR_CURR_PHASE)
		has_error = ERROR_PREV_PHASE;
	evaluate_symbol_list(syms);
	errno_scan();

	/* a kAPI's source, summarised for the link: its gaps show as kAPIs not analysed */
	if (summary_only)
		;
	else if (!declares_ops() && !is_macro("__KERNEL__"))
		report_note(file, "not analysed: not kernel code (it declares neither "
			    "struct iommu_domain_ops nor struct iommu_ops)");
	else if (has_error)
		report_note(file, "partly analysed: sparse could not parse all of it, "
			    "and code that did not parse is not analysed");
	impls = find_implementations(syms);
	/* this file alone knows the callers of its statics, not of its globals */
	callers_scan(file, syms, impls);
	callers_decide(0);
	if (summary_only)
		impls = NULL;
	FOR_EACH_PTR(impls, impl) {
		if (function_body(impl->fn))
			run_checks(impl, return_origins(impl->fn));
	} END_FOR_EACH_PTR(impl);
	/* merged over the file's implementations: only now complete */
	report_flush();
	FOR_EACH_PTR(impls, impl) {
		if (list_impls)
			list_implementation(impl, function_body(impl->fn) ?
					    return_origins(impl->fn) : NULL, file);
	} END_FOR_EACH_PTR(impl);
	if (summary_dir && summary_write(file, syms, impls)) {
		report_note(file, "not analysed: cannot write its summary");
		not_analysed++;
	}
	callers_reset();
	clear_token_alloc();
}

/* --link: no source, only the summaries that a run with --summary-dir wrote */
static int link_run(int argc)
{
	int failed;

	if (argc > 1)
		bad_usage("%s", "--link takes no files");
	if (report_open()) {
		fprintf(stderr, "iommu-errno-check: cannot write %s: %s\n", output_path,
			strerror(errno));
		return EXIT_USAGE;
	}
	failed = link_summaries(link_dir);
	if (failed < 0) {
		report_abandon();
		fprintf(stderr, "iommu-errno-check: cannot read %s: %s\n", link_dir,
			strerror(errno));
		return EXIT_USAGE;
	}
	if (report_finish()) {
		report_abandon();
		fprintf(stderr, "iommu-errno-check: cannot write %s: %s\n", output_path,
			strerror(errno));
		return EXIT_USAGE;
	}
	if (failed)
		return EXIT_NOT_ANALYSED;
	return fatal && report_count() ? 1 : 0;
}

int main(int argc, char **argv)
{
	struct string_list *files = NULL;
	char *file;

	argc = own_options(argc, argv);
	if (link_dir)
		return link_run(argc);
	if (summary_only && !summary_dir)
		bad_usage("%s", "--summary-only needs --summary-dir");
	sparse_initialize(argc, argv, &files);
	if (!files) {
		fprintf(stderr, "iommu-errno-check: no input files\n%s", usage);
		return EXIT_USAGE;
	}
	if (report_open()) {
		fprintf(stderr, "iommu-errno-check: cannot write %s: %s\n", output_path,
			strerror(errno));
		return EXIT_USAGE;
	}
	/* This is not sparse: its own warnings belong to its own run. */
	fmax_warnings = 0;
	/* Later passes merge the phi sources that carry each return's position. */
	fpasses &= ~PASS_OPTIM;

	FOR_EACH_PTR(files, file) {
		contain(check_file, file);
	} END_FOR_EACH_PTR(file);
	if (report_finish()) {
		report_abandon();
		fprintf(stderr, "iommu-errno-check: cannot write %s: %s\n", output_path,
			strerror(errno));
		return EXIT_USAGE;
	}
	if (not_analysed || (fatal && contained_failures))
		return EXIT_NOT_ANALYSED;
	return fatal && report_count() ? 1 : 0;
}
