/* SPDX-License-Identifier: GPL-2.0 */
#ifndef IOMMU_ERRNO_H
#define IOMMU_ERRNO_H

#include <stdio.h>
#include <stdlib.h>
#include "lib.h"
#include "symbol.h"
#include "expression.h"
#include "linearize.h"
#include "evaluate.h"
#include "options.h"

/* walk.c: every expression and declaration reachable from a symbol */
struct walker {
	void (*expr)(struct walker *w, struct expression *expr);
	void (*decl)(struct walker *w, struct symbol *sym);
	void *data;
};
void walk_symbol(struct walker *w, struct symbol *sym);

/* ops.c: attach_dev implementations, found by the ops struct's type */
struct impl {
	struct symbol *fn;		/* the definition */
	struct position reg;		/* where it is registered first */
};
DECLARE_PTR_LIST(impl_list, struct impl);
struct impl_list *find_implementations(struct symbol_list *syms);
int declares_ops(void);
int is_impl(struct impl_list *impls, struct symbol *def);
struct symbol *function_body(struct symbol *fn);

/* guards.c: what the branches that lead to a return let a value be */
struct cond {
	pseudo_t p;		/* a branch condition, in the IR of the site's function */
	int taken;		/* whether it holds on the way to the site */
};

struct guards {
	struct basic_block *bb;	/* the block of the site on this path */
	int n;
	struct guard {
		int op;
		long long value;
		int bits;
	} g[8];
};
void guards_add(struct guards *g, struct basic_block *bb, pseudo_t v);
int guards_allow(struct guards *g, long long value);
void guards_and(struct guards *g, const struct guards *h);
int guards_within(const struct guards *strong, const struct guards *weak);
int guards_holds(int op, long long a, long long b, int bits);
int branch_conditions(struct basic_block *bb, struct cond *conds, int max);
int conds_possible(struct cond *conds, int n, struct instruction *call);
void guards_add_cond(struct guards *g, pseudo_t cond, int taken, pseudo_t v);
int is_address(pseudo_t p);
int null_args(struct cond *conds, int n);

/* args.c: what a call passes, and a function's branches on its arguments */
#define MAX_ARGS	4
enum arg_kind { ARG_OTHER, ARG_CONST, ARG_PASSED };
struct arg_fact {
	int kind;
	long long value;	/* ARG_CONST: the value; ARG_PASSED: the caller's argument, 1.. */
};
/* `(argument arg & mask) op value` is taken (or not) on the way to a site */
struct arg_cond {
	int arg, op, bits, taken;
	long long mask, value;
};
#define MAX_ARG_CONDS	4
int arg_conds(struct cond *conds, int n, struct arg_cond *out, int max);
void call_args(struct instruction *call, struct arg_fact *args);
int arg_conds_through(struct arg_cond *out, int *n, const struct arg_cond *in, int nin,
		      const struct arg_fact *args);
void args_through(struct arg_fact *out, const struct arg_fact *call, const struct arg_fact *outer);

/* values.c: where each value that a function can return comes from */
enum origin_kind {
	ORIGIN_CONST,		/* a constant: value */
	ORIGIN_CALL,		/* the result of a call to callee, defined nowhere here */
	ORIGIN_UNKNOWN,		/* a value the IR cannot bound: why */
};

/* a print on the way to a site */
struct print_site {
	const char *what;		/* the function it prints with; NULL: none */
	struct position pos;
	struct symbol *fn;		/* the function that holds it */
};

#define MAX_CALLBACKS	4

/* a call on the way from a function to a site: made at pos, in fn, to callee */
struct step {
	struct position pos;
	struct symbol *fn;
	struct symbol *callee;
};
DECLARE_PTR_LIST(step_list, struct step);

/*
 * The facts of one value that a function may return: what summaries write
 * and read back field by field (summary.c's table), and what a finding
 * reports (report.c).
 */
struct origin {
	enum origin_kind kind;
	long long value;
	struct symbol *callee;
	const char *why;
	struct position pos;		/* the return or the assignment */
	struct symbol *site_fn;		/* the function that holds pos */
	struct step_list *path;		/* the calls on the way to site_fn */
	struct print_site print;	/* ORIGIN_CALL: before the call; else before pos */
	int may_be_einval;		/* ORIGIN_CALL: no conversion rules -EINVAL out */
	int returns_errno;		/* ORIGIN_CALL: the callee's type can carry one */
	struct guards guards;		/* ORIGIN_CALL: what the caller lets the result be */
	int callback_arg;		/* ORIGIN_UNKNOWN: a call through argument N (1-based) */
	int null_args;			/* the arguments (bit N-1) that must be NULL to get here */
	int address_args;		/* ORIGIN_CALL: the arguments that are addresses */
	struct symbol *callbacks[MAX_CALLBACKS];	/* ORIGIN_CALL: functions passed as arguments 1.. */
	int kapi_analysed;		/* callee is a kAPI whose own summary was read */
	/*
	 * ... and where in its source it makes the value that matters: for an
	 * ORIGIN_CALL, the -EINVAL it may give; for an ORIGIN_CONST that the
	 * link took out of a kAPI (callee set), that errno.
	 */
	struct position kapi_at;
	struct symbol *kapi_at_fn;
	int nconds;			/* branches that lead to the site, in site_fn */
	struct cond conds[8];
	/*
	 * The branches on arguments that lead to the site, and (ORIGIN_CALL)
	 * what the call passes, both as seen from the function whose origins
	 * hold this one: through_call() renames them at each call.
	 */
	int nargconds;
	struct arg_cond argconds[MAX_ARG_CONDS];
	struct arg_fact args[MAX_ARGS];
};
DECLARE_PTR_LIST(origin_list, struct origin);
struct origin_list *return_origins(struct symbol *fn);
int may_return_zero(struct symbol *callee);
int same_origin(struct origin *a, struct origin *b);
int origin_listed(struct origin_list *list, struct origin *o);
int through_call(struct origin *out, struct origin *o, struct origin *call,
		 struct symbol *callee);
long long sext(long long value, int bits);
struct entrypoint *function_ep(struct symbol *def);
struct function_prints *function_prints(struct symbol *def);

/* errno.c: errno names from the checked tree's macros, and the policy */
void errno_scan(void);
const char *errno_name(long long value);
int is_errno(long long value);
int errno_allowed(long long value);
const char *errno_allowed_list(void);
long long errno_einval(void);
const char *errno_macro(int value);
void errno_define(int value, const char *name);

/* prints.c: which code prints */
struct function_prints {
	unsigned int mapped:1;
};
extern int debug_prints;
struct print_site print_before(struct symbol *def, struct basic_block *bb);
/* a value on its way to a return: the pseudos that carry it, and the value if known */
struct value_path {
	const long long *value;
	int n;
	pseudo_t carriers[16];
};
struct print_site print_between(struct symbol *def, struct basic_block *from,
				struct instruction *ret, struct value_path *vp);

/* report.c: findings as text or JSON */
enum format { FORMAT_TEXT, FORMAT_JSON };
extern enum format output_format;
extern const char *output_path;
int report_open(void);
/* what a finding's record holds beside its site, path and fix point */
#define FACT_PRINT	1
#define FACT_KAPI	2
void report(const char *id, unsigned int facts, struct symbol *impl, struct origin *o,
	    const char *fmt, ...) FORMAT_ATTR(5);
void report_flush(void);
int report_count(void);
void report_note(const char *file, const char *text);
int report_finish(void);
void report_abandon(void);
const char *chain_text(struct symbol *impl, struct origin *o);
const char *tree_relative(const char *file);

/* summary.c: a file's functions and their origins, written and read back */
struct fn_summary {
	struct symbol *fn;		/* read back: a symbol of its own, named and placed */
	unsigned int global:1, body:1, impl:1, taken:1;
	struct symbol_list *calls_here;	/* callees defined in its file, placed */
	struct symbol_list *calls_out;	/* callees defined elsewhere, by name */
	struct origin_list *origins;	/* as its own file saw them */
	struct origin_list *linked;	/* link.c: with other files' helpers followed */
};
DECLARE_PTR_LIST(fn_summary_list, struct fn_summary);
extern const char *summary_dir;
int summary_write(const char *file, struct symbol_list *syms, struct impl_list *impls);
int summary_read(const char *path, struct fn_summary_list **list, char **source);

/* link.c: --link=D, the summaries of a whole run followed across files */
int link_summaries(const char *dir);

/* callers.c: who calls whom, and which functions only attach_dev code reaches */
struct file_calls {
	struct symbol_list *from, *to;	/* the n-th call: from a function, to a callee */
	struct symbol_list *taken;	/* functions whose address is used as a value */
};
void callers_scan(const char *file, struct symbol_list *syms, struct impl_list *impls);
struct file_calls *callers_scanned(void);
void callers_function(struct symbol *fn, int global, int taken, int impl);
void callers_call(struct symbol *from, struct symbol *to);
void callers_decide(int globals_known);
int attach_only(struct symbol *fn);
void callers_reset(void);

/* check_*.c: one rule each, listed in check_list.h; checks.c runs the list */
extern int profile_mainline;
#define CHECK(fn) void fn(struct impl *impl, struct origin_list *origins);
#include "check_list.h"
#undef CHECK
void run_checks(struct impl *impl, struct origin_list *origins);

/* list.c: --list-implementations */
void list_implementation(struct impl *impl, struct origin_list *origins, const char *file);

#endif
