// SPDX-License-Identifier: GPL-2.0
/*
 * prints.c - which code prints, for ATTACH_DEV_EINVAL_PRINT.
 *
 * DESIGN.md's print list, as the macros appear in the IR: dev_err() is a
 * call to _dev_err(), pr_err() and printk() to _printk(), dev_err_probe()
 * is itself a function, and WARN*() is inline asm that adds a __bug_table
 * entry.  pr_debug() and dev_dbg() count only with --debug-prints (they are
 * __dynamic_*() calls under DYNAMIC_DEBUG, and nothing otherwise).  A
 * helper's prints count only where the -EINVAL comes back through it: one
 * that prints on its own error path, whose errno the caller returns, does
 * not precede the caller's later returns.
 *
 * A print is on the way to a block when it lies in a block from which that
 * block can be reached.  For each function this is worked out once, for
 * every block, by marking forward from each block that prints.  The marking
 * does not take an edge that contradicts a branch taken to the print:
 * `if (WARN_ON(x)) return -EINVAL;` tests the same value that led into the
 * WARN, so the WARN reaches that return and nothing after it.
 */
#include <string.h>
#include "iommu-errno.h"
#include "flow.h"
#include "opcode.h"

int debug_prints;

static const char *const print_fns[] = {
	"_printk", "printk", "vprintk", "_dev_emerg", "_dev_alert", "_dev_crit",
	"_dev_err", "_dev_warn", "_dev_notice", "_dev_info", "_dev_printk",
	"dev_printk", "dev_err_probe", "__warn_printk", "warn_slowpath_fmt",
};
static const char *const debug_fns[] = {
	"__dynamic_pr_debug", "__dynamic_dev_dbg", "_dev_dbg",
};

/* The entry of @names that @sym is, which outlives show_ident()'s buffers. */
static const char *named(struct symbol *sym, const char *const *names, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (sym->ident == built_in_ident(names[i]))
			return names[i];
	}
	return NULL;
}

/* The name of what @insn prints with, or NULL. */
static const char *prints(struct instruction *insn)
{
	struct symbol *callee;
	const char *name;

	if (insn->opcode == OP_ASM)
		return insn->string && strstr(insn->string, "__bug_table") ? "WARN" : NULL;
	if (insn->opcode != OP_CALL || insn->func->type != PSEUDO_SYM)
		return NULL;
	callee = insn->func->sym;
	name = named(callee, print_fns, ARRAY_SIZE(print_fns));
	if (!name && debug_prints)
		name = named(callee, debug_fns, ARRAY_SIZE(debug_fns));
	return name;
}

static struct instruction *first_print(struct basic_block *bb)
{
	struct instruction *insn;

	FOR_EACH_PTR(bb->insns, insn) {
		if (insn->bb && prints(insn))
			return insn;
	} END_FOR_EACH_PTR(insn);
	return NULL;
}

struct reach {
	struct instruction *print;
	unsigned long gen;
	int nconds;
	struct cond conds[8];	/* the branches that led to the print */
};

/*
 * `x != 0` is x, and so are `!!x` and a copy or a cast of it (WARN_ON()'s
 * __ret_warn_on, unlikely()); CSE is off, so a condition may be computed
 * twice.
 */
static int zero_val(pseudo_t p)
{
	return p->type == PSEUDO_VAL && p->value == 0;
}

static pseudo_t truth(pseudo_t p)
{
	struct instruction *def;

	while (p->type == PSEUDO_REG && (def = p->def)) {
		struct instruction *inner = def->opcode == OP_SET_EQ && zero_val(def->src2) &&
					    def->src1->type == PSEUDO_REG ? def->src1->def : NULL;

		if (def->opcode == OP_SET_NE && zero_val(def->src2))
			p = def->src1;
		else if (inner && inner->opcode == OP_SET_EQ && zero_val(inner->src2))
			p = inner->src1;	/* !!x */
		else if (def->opcode == OP_COPY || def->opcode == OP_ZEXT ||
			 def->opcode == OP_SEXT || def->opcode == OP_TRUNC)
			p = def->src;
		else
			break;
	}
	return p;
}

static int same_operand(pseudo_t a, pseudo_t b)
{
	return a == b || (a->type == PSEUDO_VAL && b->type == PSEUDO_VAL && a->value == b->value);
}

/* What @p, a phi of @bb, is when @bb is entered from @from; @p otherwise. */
static pseudo_t pseudo_from(pseudo_t p, struct basic_block *bb, struct basic_block *from)
{
	struct instruction *def = p->type == PSEUDO_REG ? p->def : NULL;
	pseudo_t src;

	if (!def || def->opcode != OP_PHI || def->bb != bb)
		return p;
	FOR_EACH_PTR(def->phi_list, src) {
		struct instruction *phisrc = src->type == PSEUDO_PHI ? src->def : NULL;

		if (phisrc && phisrc->bb == from)
			return phisrc->phi_src;
	} END_FOR_EACH_PTR(src);
	return p;
}

/*
 * The constant that @p has in @bb when entered from @from, if a phi of @bb
 * gives it one: after `ret = -EXDEV` on the print's path, `if (ret)` there
 * can only go one way.
 */
static int value_from(pseudo_t p, struct basic_block *bb, struct basic_block *from,
		      long long *value)
{
	pseudo_t v = pseudo_from(p, bb, from);

	if (v == p || v->type != PSEUDO_VAL)
		return 0;
	*value = v->value;
	return 1;
}

/*
 * Whether condition @a is @b, where @b's operands are taken as they are
 * when its block @bb is entered from @from (NULL: as they are).
 */
static int same_cond_from(pseudo_t a, pseudo_t b, struct basic_block *bb,
			  struct basic_block *from)
{
	struct instruction *x, *y;

	a = truth(a);
	b = truth(b);
	if (a == b || (from && a == pseudo_from(b, bb, from)))
		return 1;
	if (a->type != PSEUDO_REG || b->type != PSEUDO_REG || !(x = a->def) || !(y = b->def))
		return 0;
	return x->opcode == y->opcode && x->opcode >= OP_BINCMP && x->opcode <= OP_BINCMP_END &&
	       (same_operand(x->src1, y->src1) ||
		(from && same_operand(x->src1, pseudo_from(y->src1, bb, from)))) &&
	       same_operand(x->src2, y->src2);
}


/*
 * Whether the edge from @bb to @child cannot be taken on the way from the
 * print: it contradicts a branch taken to reach the print, or a value that
 * the path gave.
 */
static int contradicts(struct reach *r, struct basic_block *from, struct basic_block *bb,
		       struct basic_block *child)
{
	struct instruction *br = last_instruction(bb->insns), *cmp;
	long long value;
	int i;

	if (!br || br->opcode != OP_CBR || br->bb_true == br->bb_false)
		return 0;
	/* `else if (WARN_ON(true))`: the optimiser is off, so the edge stays */
	if (truth(br->cond)->type == PSEUDO_VAL)
		return (truth(br->cond)->value != 0) != (child == br->bb_true);
	/* `if (ret < 0) { dev_err(); } ... if (ret < 0) return ret;` */
	for (i = 0; i < r->nconds; i++) {
		if (same_cond_from(r->conds[i].p, br->cond, bb, from) &&
		    (child == br->bb_true) != r->conds[i].taken)
			return 1;
	}
	if (!from)
		return 0;
	if (value_from(truth(br->cond), bb, from, &value))
		return (value != 0) != (child == br->bb_true);
	/* `ret = -EINVAL; ... if (ret < 0) return ret;` */
	cmp = truth(br->cond)->type == PSEUDO_REG ? truth(br->cond)->def : NULL;
	if (cmp && cmp->opcode >= OP_BINCMP && cmp->opcode <= OP_BINCMP_END &&
	    value_from(cmp->src1, bb, from, &value)) {
		struct guards g = { };

		guards_add_cond(&g, br->cond, child == br->bb_true, cmp->src1);
		return !guards_allow(&g, value);
	}
	return 0;
}

static void mark_reached(struct reach *r, struct basic_block *from, struct basic_block *bb)
{
	struct basic_block *child;

	if (bb->generation == r->gen)
		return;
	bb->generation = r->gen;
	if (!bb->priv)
		bb->priv = r->print;
	FOR_EACH_PTR(bb->children, child) {
		if (!contradicts(r, from, bb, child))
			mark_reached(r, bb, child);
	} END_FOR_EACH_PTR(child);
}

#define ZERO_DEPTH	8

/*
 * Whether @p may be 0, where the blocks of this walk's generation are
 * reached: a constant 0, or a call that may give 0.  A value loaded or
 * computed is taken to be an error, so that such a print still counts.
 */
static int may_be_zero(struct reach *r, pseudo_t p, int depth)
{
	struct instruction *def = p->type == PSEUDO_REG ? p->def : NULL;
	struct guards g = { };
	pseudo_t src;
	int i;

	if (p->type == PSEUDO_VAL)
		return p->value == 0;
	/* `if (ret) { dev_err(); return ret; }`: the branch to the print says not 0 */
	for (i = 0; i < r->nconds; i++)
		guards_add_cond(&g, r->conds[i].p, r->conds[i].taken, p);
	if (!guards_allow(&g, 0))
		return 0;
	if (!def || depth > ZERO_DEPTH)
		return 0;
	switch (def->opcode) {
	case OP_COPY:
	case OP_SEXT:
	case OP_ZEXT:
	case OP_TRUNC:
		return may_be_zero(r, def->src, depth + 1);
	case OP_CALL:
		/* `ret = helper(); if (ret < 0) goto out; ... out: return ret;` */
		return def->func->type != PSEUDO_SYM || may_return_zero(def->func->sym);
	case OP_PHI:
		break;
	default:
		return 0;
	}
	FOR_EACH_PTR(def->phi_list, src) {
		struct instruction *phisrc = src->type == PSEUDO_PHI ? src->def : NULL;

		/* a source counts by the edge it flows along, not its block */
		if (phisrc && phisrc->bb && phisrc->bb->generation == r->gen &&
		    !contradicts(r, NULL, phisrc->bb, def->bb) &&
		    may_be_zero(r, phisrc->phi_src, depth + 1))
			return 1;
	} END_FOR_EACH_PTR(src);
	return 0;
}

static void mark_forward(struct reach *r, struct basic_block *from, struct basic_block *bb,
			 struct basic_block_list **seen)
{
	struct basic_block *child;

	if (bb->generation == r->gen)
		return;
	bb->generation = r->gen;
	add_bb(seen, bb);
	FOR_EACH_PTR(bb->children, child) {
		if (!contradicts(r, from, bb, child))
			mark_forward(r, bb, child, seen);
	} END_FOR_EACH_PTR(child);
}

/*
 * Whether the print can still reach a return of 0 (or the end of a void
 * function): then it is an assertion, lockdep's or the atomic
 * instrumentation's WARN, or an info print on the way to success, and
 * not on the way to an error.
 */
static int reaches_success(struct reach *r, struct basic_block *bb)
{
	struct basic_block_list *seen = NULL;
	struct basic_block *b;
	int success = 0;

	mark_forward(r, NULL, bb, &seen);
	FOR_EACH_PTR(seen, b) {
		struct instruction *ret = last_instruction(b->insns);

		if (ret && ret->opcode == OP_RET &&
		    (!ret->src || may_be_zero(r, ret->src, 0)))
			success = 1;
	} END_FOR_EACH_PTR(b);
	free_ptr_list(&seen);
	return success;
}

/*
 * Once per function: bb->priv is a print from which the block is reached,
 * of the prints that cannot reach a success.
 */
static void map_prints(struct function_prints *fp, struct entrypoint *ep)
{
	struct basic_block *bb;

	fp->mapped = 1;
	FOR_EACH_PTR(ep->bbs, bb) {
		bb->priv = NULL;
	} END_FOR_EACH_PTR(bb);
	FOR_EACH_PTR(ep->bbs, bb) {
		struct reach r = { .print = first_print(bb) };

		if (!r.print)
			continue;
		r.nconds = branch_conditions(bb, r.conds, ARRAY_SIZE(r.conds));
		r.gen = ++bb_generation;
		if (reaches_success(&r, bb))
			continue;
		r.gen = ++bb_generation;
		mark_reached(&r, NULL, bb);
	} END_FOR_EACH_PTR(bb);
}

struct print_site print_before(struct symbol *def, struct basic_block *bb)
{
	struct function_prints *fp = function_prints(def);
	struct print_site site = { };
	struct instruction *print;

	if (!fp || !bb)
		return site;
	if (!fp->mapped)
		map_prints(fp, function_ep(def));
	print = bb->priv;
	if (print) {
		site.what = prints(print);
		site.pos = print->pos;
		site.fn = def;
	}
	return site;
}

static int reaches(struct basic_block_list *reach, struct basic_block *bb)
{
	return lookup_ptr_list_entry((struct ptr_list *)reach, bb);
}

static void mark_reaching(struct basic_block *bb, struct basic_block_list **reach)
{
	struct basic_block *parent;

	if (bb->generation == bb_generation)
		return;
	bb->generation = bb_generation;
	add_bb(reach, bb);
	FOR_EACH_PTR(bb->parents, parent) {
		mark_reaching(parent, reach);
	} END_FOR_EACH_PTR(parent);
}

/*
 * Whether the value can take the edge from @bb to @child, by @bb's branch
 * on a pseudo that carries it.  `ret = f(); if (ret < 0) goto out;` sends
 * f()'s errno to out, never down the other edge, where ret may be given
 * another value and another print.
 */
static int edge_allows(struct basic_block *bb, struct basic_block *child,
		       struct value_path *vp)
{
	struct instruction *br = last_instruction(bb->insns);
	struct guards g = { };
	int i;

	if (!vp->value || !br || br->opcode != OP_CBR || br->bb_true == br->bb_false)
		return 1;
	for (i = 0; i < vp->n; i++)
		guards_add_cond(&g, br->cond, child == br->bb_true, vp->carriers[i]);
	return guards_allow(&g, *vp->value);
}

static struct instruction *print_ahead(struct basic_block *bb, struct basic_block_list *reach,
				       struct value_path *vp)
{
	struct basic_block *child;
	struct instruction *print;

	if (bb->generation == bb_generation)
		return NULL;
	bb->generation = bb_generation;
	FOR_EACH_PTR(bb->children, child) {
		if (!reaches(reach, child) || !edge_allows(bb, child, vp))
			continue;
		print = first_print(child);
		if (!print)
			print = print_ahead(child, reach, vp);
		if (print)
			return print;
	} END_FOR_EACH_PTR(child);
	return NULL;
}

/*
 * A print after the value is made at @from and before it is returned by
 * @ret: `ret = helper(); if (ret) { dev_err(...); return ret; }`.  Only a
 * block that can still reach the return counts, and only a branch edge
 * that the value (when it is known) can take.
 */
struct print_site print_between(struct symbol *def, struct basic_block *from,
				 struct instruction *ret, struct value_path *vp)
{
	struct basic_block_list *reach = NULL;
	struct print_site site = { };
	struct instruction *print;

	if (!from || !ret || !ret->bb || from == ret->bb)
		return site;
	++bb_generation;
	mark_reaching(ret->bb, &reach);
	if (!reaches(reach, from)) {
		free_ptr_list(&reach);
		return site;
	}
	++bb_generation;
	print = print_ahead(from, reach, vp);
	free_ptr_list(&reach);
	if (print) {
		site.what = prints(print);
		site.pos = print->pos;
		site.fn = def;
	}
	return site;
}
