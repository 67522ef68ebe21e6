// SPDX-License-Identifier: GPL-2.0
/*
 * callers.c - which functions only attach_dev code reaches, for the fix
 * point (report.c).
 *
 * A finding is reported in the deepest function of its path that nothing
 * but attach_dev implementations reaches: a change there changes no other
 * caller.  A function is attach-only when it is an implementation, or
 * when its address is never taken, it has callers, and every caller is
 * attach-only.  This is the largest such set: members of a cycle that
 * only attach code enters are attach-only too.
 *
 * One translation unit (a kbuild run) knows the callers of its static
 * functions only: a global may be called from a file not checked, so it
 * is never attach-only there.  Linked summaries (link.c) know the callers
 * that every checked file makes, and decide globals as statics.  A
 * function is known by its name and where it is defined, since summaries
 * read back have symbols of their own.
 */
#include <string.h>
#include "iommu-errno.h"
#include "opcode.h"

#define BUCKETS	1024

struct fn_node {
	struct ident *name;
	const char *file;
	int line;
	unsigned int global:1, taken:1, impl:1, attach_only:1;
	struct fn_node_list *callers;
};
DECLARE_PTR_LIST(fn_node_list, struct fn_node);

static struct fn_node_list *nodes[BUCKETS];
static struct fn_node_list *every;

static unsigned int bucket(struct ident *name, int line)
{
	return (((unsigned long)name >> 4) + line) % BUCKETS;
}

static struct fn_node *lookup(struct symbol *fn, int create)
{
	const char *file = stream_name(fn->pos.stream);
	unsigned int b = bucket(fn->ident, fn->pos.line);
	struct fn_node *n;

	FOR_EACH_PTR(nodes[b], n) {
		if (n->name == fn->ident && n->line == fn->pos.line && !strcmp(n->file, file))
			return n;
	} END_FOR_EACH_PTR(n);
	if (!create)
		return NULL;
	n = calloc(1, sizeof(*n));
	if (!n)
		die("out of memory");
	n->name = fn->ident;
	n->file = file;
	n->line = fn->pos.line;
	add_ptr_list(&nodes[b], n);
	add_ptr_list(&every, n);
	return n;
}

void callers_function(struct symbol *fn, int global, int taken, int impl)
{
	struct fn_node *n = lookup(fn, 1);

	n->global |= global;
	n->taken |= taken;
	n->impl |= impl;
}

void callers_call(struct symbol *from, struct symbol *to)
{
	struct fn_node *caller = lookup(from, 1), *callee = lookup(to, 1), *old;

	FOR_EACH_PTR(callee->callers, old) {
		if (old == caller)
			return;
	} END_FOR_EACH_PTR(old);
	add_ptr_list(&callee->callers, caller);
}

/* @globals_known: every caller of a global is among the functions given. */
void callers_decide(int globals_known)
{
	struct fn_node *n, *c;
	int changed;

	FOR_EACH_PTR(every, n) {
		n->attach_only = n->impl || (!n->taken && n->callers &&
					     (!n->global || globals_known));
	} END_FOR_EACH_PTR(n);
	do {
		changed = 0;
		FOR_EACH_PTR(every, n) {
			if (!n->attach_only || n->impl)
				continue;
			FOR_EACH_PTR(n->callers, c) {
				if (!c->attach_only) {
					n->attach_only = 0;
					changed = 1;
					break;
				}
			} END_FOR_EACH_PTR(c);
		} END_FOR_EACH_PTR(n);
	} while (changed);
}

int attach_only(struct symbol *fn)
{
	struct fn_node *n = fn ? lookup(fn, 0) : NULL;

	return n && n->attach_only;
}

void callers_reset(void)
{
	struct fn_node *n;
	int i;

	FOR_EACH_PTR(every, n) {
		free_ptr_list(&n->callers);
		free(n);
	} END_FOR_EACH_PTR(n);
	free_ptr_list(&every);
	for (i = 0; i < BUCKETS; i++)
		free_ptr_list(&nodes[i]);
}

/* One file's calls and taken addresses, kept for its summary. */
static struct file_calls scanned;

static struct symbol *function_of(pseudo_t p)
{
	struct symbol *sym, *base;

	if (!p || p->type != PSEUDO_SYM || !(sym = p->sym))
		return NULL;
	base = sym->ctype.base_type;
	if (!base || base->type != SYM_FN)
		return NULL;
	return function_body(sym) ? function_body(sym) : sym;
}

static void taken(struct symbol *fn)
{
	struct symbol *old;

	if (!fn)
		return;
	if (function_body(fn))
		callers_function(fn, 0, 1, 0);
	FOR_EACH_PTR(scanned.taken, old) {
		if (old == fn)
			return;
	} END_FOR_EACH_PTR(old);
	add_ptr_list(&scanned.taken, fn);
}

/* A function's address used as a value: stored, passed, compared, returned. */
static void scan_operands(struct instruction *insn)
{
	pseudo_t arg;

	switch (insn->opcode) {
	case OP_CALL:
		FOR_EACH_PTR(insn->arguments, arg) {
			taken(function_of(arg));
		} END_FOR_EACH_PTR(arg);
		return;
	case OP_STORE:
		taken(function_of(insn->target));
		return;
	case OP_PHISOURCE:
		taken(function_of(insn->phi_src));
		return;
	case OP_RET:
	case OP_SYMADDR:
		taken(function_of(insn->src));
		return;
	case OP_SEL:
		taken(function_of(insn->src3));
		/* fall through */
	default:
		break;
	}
	if ((insn->opcode >= OP_BINARY && insn->opcode <= OP_BINARY_END) ||
	    (insn->opcode >= OP_BINCMP && insn->opcode <= OP_BINCMP_END) || insn->opcode == OP_SEL) {
		taken(function_of(insn->src1));
		taken(function_of(insn->src2));
	} else if (insn->opcode >= OP_UNOP && insn->opcode <= OP_UNOP_END) {
		taken(function_of(insn->src));
	}
}

static void scan_function(struct symbol *def)
{
	struct entrypoint *ep = function_ep(def);
	struct basic_block *bb;
	struct instruction *insn;

	if (!ep)
		return;
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct symbol *callee;

			if (!insn->bb)
				continue;
			if (insn->opcode != OP_CALL || !(callee = function_of(insn->func))) {
				scan_operands(insn);
				continue;
			}
			scan_operands(insn);
			if (function_body(callee))
				callers_call(def, callee);
			add_ptr_list(&scanned.from, def);
			add_ptr_list(&scanned.to, callee);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* A function named in a data initialiser: an ops struct, a table. */
static void scan_data(struct walker *w, struct expression *expr)
{
	struct symbol *sym = expr->type == EXPR_SYMBOL ? expr->symbol : NULL;
	struct symbol *base = sym ? sym->ctype.base_type : NULL;

	if (base && base->type == SYM_FN)
		taken(function_body(sym) ? function_body(sym) : sym);
}

/* Header inlines are inlined into their callers, and not linearized alone. */
static int own(const char *file, struct symbol *def)
{
	return !strcmp(stream_name(def->pos.stream), file);
}

/*
 * The calls and taken addresses of @file's functions, into the graph and
 * into what callers_scanned() gives its summary.
 */
void callers_scan(const char *file, struct symbol_list *syms, struct impl_list *impls)
{
	struct walker w = { .expr = scan_data };
	struct symbol *sym, *def;
	struct impl *impl;

	free_ptr_list(&scanned.from);
	free_ptr_list(&scanned.to);
	free_ptr_list(&scanned.taken);
	FOR_EACH_PTR(syms, sym) {
		def = function_body(sym);
		if (def == sym && own(file, def))
			callers_function(def, !(def->ctype.modifiers & MOD_STATIC), 0,
					 is_impl(impls, def));
	} END_FOR_EACH_PTR(sym);
	FOR_EACH_PTR(impls, impl) {
		if (function_body(impl->fn))
			callers_function(impl->fn, 0, 0, 1);
	} END_FOR_EACH_PTR(impl);
	FOR_EACH_PTR(syms, sym) {
		def = function_body(sym);
		if (def == sym && own(file, def))
			scan_function(def);
		else if (!def)
			walk_symbol(&w, sym);
	} END_FOR_EACH_PTR(sym);
}

struct file_calls *callers_scanned(void)
{
	return &scanned;
}
