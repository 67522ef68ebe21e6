// SPDX-License-Identifier: GPL-2.0
/*
 * guards.c - what the branches that lead to a return let a value be.
 *
 * In `if (candidate >= 0) return candidate;` the -1 that candidate starts
 * with cannot be returned.  A block entered only from a conditional branch
 * on the value itself (compared with a constant, or tested for zero)
 * bounds it, and so does each such block that dominates it: the IR is in
 * SSA form, so the value is the same pseudo there.  Guards are checked at
 * the constant, and at each value that a helper returns into the guarded
 * pseudo.  Anything that is not such a comparison bounds nothing.
 *
 * The same branches decide, at a call, whether a helper's return can be
 * reached at all: `if (enable_dirty) return -EOPNOTSUPP;` cannot be, where
 * every caller on the attach path passes flags = 0.  A condition is folded
 * with the call's constant arguments; one that cannot hold drops the value.
 * A condition that does not fold keeps it.
 */
#include "iommu-errno.h"
#include "opcode.h"

static int is_value(pseudo_t p, pseudo_t v)
{
	struct instruction *def;

	if (p == v)
		return 1;
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_SEXT:
	case OP_ZEXT:
	case OP_TRUNC:
	case OP_COPY:
		return def->src == v;
	}
	return 0;
}

static void add(struct guards *g, int op, long long value, int bits)
{
	if (g->n == ARRAY_SIZE(g->g))
		return;
	g->g[g->n].op = op;
	g->g[g->n].value = value;
	g->g[g->n].bits = bits;
	g->n++;
}

/*
 * @h's bounds added to @g's: a value that comes through two calls, a
 * helper's kAPI call and the caller's call to the helper, is bounded by
 * both.  A bound that does not fit is lost, which lets more values by.
 */
void guards_and(struct guards *g, const struct guards *h)
{
	int i;

	for (i = 0; i < h->n; i++)
		add(g, h->g[i].op, h->g[i].value, h->g[i].bits);
}

/* Whether every bound of @weak is one of @strong's. */
int guards_within(const struct guards *strong, const struct guards *weak)
{
	int i, j;

	for (i = 0; i < weak->n; i++) {
		for (j = 0; j < strong->n; j++) {
			if (strong->g[j].op == weak->g[i].op &&
			    strong->g[j].value == weak->g[i].value &&
			    strong->g[j].bits == weak->g[i].bits)
				break;
		}
		if (j == strong->n)
			return 0;
	}
	return 1;
}

static void add_branch(struct guards *g, pseudo_t cond, int taken, pseudo_t v)
{
	pseudo_t k;
	struct instruction *cmp;
	int op;

	if (is_value(cond, v)) {
		add(g, taken ? OP_SET_NE : OP_SET_EQ, 0, 64);
		return;
	}
	if (cond->type != PSEUDO_REG || !(cmp = cond->def) ||
	    cmp->opcode < OP_BINCMP || cmp->opcode > OP_BINCMP_END)
		return;
	op = cmp->opcode;
	if (is_value(cmp->src1, v) && cmp->src2->type == PSEUDO_VAL) {
		k = cmp->src2;
	} else if (is_value(cmp->src2, v) && cmp->src1->type == PSEUDO_VAL) {
		k = cmp->src1;
		op = opcode_swap(op);
	} else {
		return;
	}
	if (!taken)
		op = opcode_negate(op);
	add(g, op, k->value, cmp->itype ? cmp->itype->bit_size : 64);
}

void guards_add_cond(struct guards *g, pseudo_t cond, int taken, pseudo_t v)
{
	add_branch(g, cond, taken, v);
}

/* The branches that every path to @bb takes: each block on its dominator
 * chain that has one parent, ending in a conditional branch. */
int branch_conditions(struct basic_block *bb, struct cond *conds, int max)
{
	int n = 0;

	for (; bb && n < max; bb = bb->idom) {
		struct basic_block *parent;
		struct instruction *br;

		if (bb_list_size(bb->parents) != 1)
			continue;
		parent = first_basic_block(bb->parents);
		br = last_instruction(parent->insns);
		if (!br || br->opcode != OP_CBR || br->bb_true == br->bb_false)
			continue;
		conds[n].p = br->cond;
		conds[n].taken = bb == br->bb_true;
		n++;
	}
	return n;
}

void guards_add(struct guards *g, struct basic_block *bb, pseudo_t v)
{
	struct cond conds[ARRAY_SIZE(g->g)];
	int i, n = branch_conditions(bb, conds, ARRAY_SIZE(conds));

	g->bb = bb;
	for (i = 0; i < n; i++)
		add_branch(g, conds[i].p, conds[i].taken, v);
}

int guards_holds(int op, long long a, long long b, int bits)
{
	unsigned long long mask = bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
	unsigned long long ua = a & mask, ub = b & mask;

	a = sext(a, bits);
	b = sext(b, bits);
	switch (op) {
	case OP_SET_EQ: return a == b;
	case OP_SET_NE: return a != b;
	case OP_SET_LT: return a < b;
	case OP_SET_LE: return a <= b;
	case OP_SET_GT: return a > b;
	case OP_SET_GE: return a >= b;
	case OP_SET_B:	return ua < ub;
	case OP_SET_BE: return ua <= ub;
	case OP_SET_A:	return ua > ub;
	case OP_SET_AE: return ua >= ub;
	}
	return 1;
}

int guards_allow(struct guards *g, long long value)
{
	int i;

	for (i = 0; i < g->n; i++) {
		if (!guards_holds(g->g[i].op, value, g->g[i].value, g->g[i].bits))
			return 0;
	}
	return 1;
}

#define FOLD_DEPTH	16

/* An address is never NULL: `&local` passed where the helper tests `!p`. */
int is_address(pseudo_t p)
{
	if (p->type == PSEUDO_REG && p->def && p->def->opcode == OP_SYMADDR)
		p = p->def->src;
	return p->type == PSEUDO_SYM;
}

static int nonnull(pseudo_t p, struct instruction *call)
{
	pseudo_t arg;

	if (p->type != PSEUDO_ARG)
		return 0;
	arg = ptr_list_nth_entry((struct ptr_list *)call->arguments, p->nr - 1);
	return arg && is_address(arg);
}

/*
 * The argument that a branch condition, as taken, requires to be NULL,
 * or 0: `if (WARN_ON(!p)) return -EINVAL;` needs p NULL.  Summaries keep
 * this much of a helper's conditions, for callers in other files.
 */
static int null_arg(pseudo_t p, int taken, int depth)
{
	struct instruction *def;

	if (depth > FOLD_DEPTH)
		return 0;
	if (p->type == PSEUDO_ARG)
		return taken ? 0 : p->nr;
	if (p->type != PSEUDO_REG || !(def = p->def))
		return 0;
	switch (def->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
	case OP_TRUNC:
	case OP_PTRTU:
		return null_arg(def->src, taken, depth + 1);
	case OP_SET_NE:
	case OP_SET_EQ:
		if (def->src2->type != PSEUDO_VAL || def->src2->value)
			return 0;
		return null_arg(def->src1, def->opcode == OP_SET_NE ? taken : !taken, depth + 1);
	}
	return 0;
}

int null_args(struct cond *conds, int n)
{
	int i, mask = 0, arg;

	for (i = 0; i < n; i++) {
		arg = null_arg(conds[i].p, conds[i].taken, 0);
		if (arg > 0 && arg <= 31)
			mask |= 1 << (arg - 1);
	}
	return mask;
}

/* The value of @p with the call's arguments put in, if it is a constant. */
static int fold(pseudo_t p, struct instruction *call, int depth, long long *value)
{
	struct instruction *def;
	long long a, b;

	if (depth > FOLD_DEPTH)
		return 0;
	switch (p->type) {
	case PSEUDO_VAL:
		*value = p->value;
		return 1;
	case PSEUDO_ARG: {
		pseudo_t arg = ptr_list_nth_entry((struct ptr_list *)call->arguments, p->nr - 1);

		if (!arg || arg->type != PSEUDO_VAL)
			return 0;
		*value = arg->value;
		return 1;
	}
	case PSEUDO_REG:
		break;
	default:
		return 0;
	}
	def = p->def;
	if (!def)
		return 0;
	switch (def->opcode) {
	case OP_SEXT:
	case OP_ZEXT:
	case OP_TRUNC:
	case OP_COPY:
		if (!fold(def->src, call, depth + 1, &a))
			return 0;
		*value = def->opcode == OP_SEXT ? sext(a, def->orig_type ? def->orig_type->bit_size : 64) :
			 def->opcode == OP_COPY ? a :
			 a & (def->size >= 64 ? ~0ULL : (1ULL << def->size) - 1);
		return 1;
	case OP_NOT:
	case OP_NEG:
		if (!fold(def->src, call, depth + 1, &a))
			return 0;
		*value = def->opcode == OP_NOT ? ~a : -a;
		return 1;
	}
	if ((def->opcode == OP_SET_EQ || def->opcode == OP_SET_NE) &&
	    ((nonnull(def->src1, call) && fold(def->src2, call, depth + 1, &b) && !b) ||
	     (nonnull(def->src2, call) && fold(def->src1, call, depth + 1, &a) && !a))) {
		*value = def->opcode == OP_SET_NE;
		return 1;
	}
	if (def->opcode >= OP_BINCMP && def->opcode <= OP_BINCMP_END) {
		if (!fold(def->src1, call, depth + 1, &a) || !fold(def->src2, call, depth + 1, &b))
			return 0;
		*value = guards_holds(def->opcode, a, b, def->itype ? def->itype->bit_size : 64);
		return 1;
	}
	switch (def->opcode) {
	case OP_AND:
	case OP_OR:
	case OP_XOR:
		if (!fold(def->src1, call, depth + 1, &a) || !fold(def->src2, call, depth + 1, &b))
			return 0;
		*value = def->opcode == OP_AND ? a & b : def->opcode == OP_OR ? a | b : a ^ b;
		return 1;
	}
	return 0;
}

int conds_possible(struct cond *conds, int n, struct instruction *call)
{
	long long v;
	int i;

	for (i = 0; i < n; i++) {
		if (fold(conds[i].p, call, 0, &v) && (v != 0) != conds[i].taken)
			return 0;
	}
	return 1;
}
