// SPDX-License-Identifier: GPL-2.0
/*
 * args.c - a function's branches on its own arguments, carried to its
 * callers, in this file and (through summaries) in others.
 *
 * guards.c folds a helper's conditions with the constant arguments of a
 * call in the same file, on the IR.  A condition on one argument, in the
 * shape `(arg & mask) OP value` or a test of `arg & mask`, is also kept
 * as an arg_cond, which a summary can write: at each call it is decided
 * by a constant argument, renamed to the caller's argument when the call
 * passes its own argument on, or dropped.  So `rpm_resume(dev, rpmflags)`
 * passes rpmflags on from __pm_runtime_resume(), and a driver's
 * `__pm_runtime_resume(dev, RPM_GET_PUT)` rules out the paths that need
 * RPM_ASYNC.  A condition of any other shape is dropped, which keeps its
 * value: dropping is never less safe than not knowing.
 */
#include "iommu-errno.h"
#include "opcode.h"

#define STRIP_DEPTH	8

/*
 * Only copies: through a cast, a constant of the caller's type would be
 * compared as the callee's (a char's -1 against 255), so a condition or
 * argument seen through one is dropped instead.
 */
static pseudo_t strip(pseudo_t p)
{
	int i;

	for (i = 0; i < STRIP_DEPTH && p->type == PSEUDO_REG && p->def &&
	     p->def->opcode == OP_COPY; i++)
		p = p->def->src;
	return p;
}

/* @p as `arg & mask` (mask -1: the argument itself): the argument's number, or 0 */
static int masked_arg(pseudo_t p, long long *mask)
{
	struct instruction *def;
	pseudo_t a, k;

	p = strip(p);
	*mask = -1;
	if (p->type == PSEUDO_ARG)
		return p->nr;
	if (p->type != PSEUDO_REG || !(def = p->def) || def->opcode != OP_AND)
		return 0;
	a = strip(def->src1);
	k = def->src2;
	if (a->type != PSEUDO_ARG) {
		a = strip(def->src2);
		k = def->src1;
	}
	if (a->type != PSEUDO_ARG || k->type != PSEUDO_VAL)
		return 0;
	*mask = k->value;
	return a->nr;
}

static int arg_cond(pseudo_t p, int taken, struct arg_cond *out)
{
	struct instruction *def;
	pseudo_t k;
	int nr;

	out->taken = taken;
	out->op = OP_SET_NE;
	out->value = 0;
	out->bits = 64;
	nr = masked_arg(p, &out->mask);
	if (nr) {
		out->arg = nr;
		return 1;
	}
	p = strip(p);
	if (p->type != PSEUDO_REG || !(def = p->def) ||
	    def->opcode < OP_BINCMP || def->opcode > OP_BINCMP_END)
		return 0;
	out->op = def->opcode;
	out->bits = def->itype ? def->itype->bit_size : 64;
	k = def->src2;
	nr = masked_arg(def->src1, &out->mask);
	if (!nr) {
		k = def->src1;
		nr = masked_arg(def->src2, &out->mask);
		out->op = opcode_swap(out->op);
	}
	if (!nr || k->type != PSEUDO_VAL)
		return 0;
	out->arg = nr;
	out->value = k->value;
	return 1;
}

int arg_conds(struct cond *conds, int n, struct arg_cond *out, int max)
{
	int i, got = 0;

	for (i = 0; i < n && got < max; i++)
		got += arg_cond(conds[i].p, conds[i].taken, &out[got]);
	return got;
}

void call_args(struct instruction *call, struct arg_fact *args)
{
	pseudo_t arg;
	int n = 0;

	FOR_EACH_PTR(call->arguments, arg) {
		if (n == MAX_ARGS)
			break;
		arg = strip(arg);
		args[n].kind = arg->type == PSEUDO_VAL ? ARG_CONST :
			       arg->type == PSEUDO_ARG ? ARG_PASSED : ARG_OTHER;
		args[n].value = arg->type == PSEUDO_VAL ? arg->value :
				arg->type == PSEUDO_ARG ? arg->nr : 0;
		n++;
	} END_FOR_EACH_PTR(arg);
}

static int cond_holds(const struct arg_cond *c, long long v)
{
	return guards_holds(c->op, v & c->mask, c->value, c->bits) == c->taken;
}

/*
 * @in's conditions, seen from a caller that passes @args: 0 when a
 * constant argument rules one out, else 1, with @out (of *n) the ones
 * left, renamed to the caller's arguments.  @out may be @in.
 */
int arg_conds_through(struct arg_cond *out, int *n, const struct arg_cond *in, int nin,
		      const struct arg_fact *args)
{
	int i, got = 0;

	for (i = 0; i < nin; i++) {
		struct arg_cond c = in[i];
		const struct arg_fact *a = c.arg > 0 && c.arg <= MAX_ARGS ? &args[c.arg - 1] : NULL;

		if (a && a->kind == ARG_CONST && !cond_holds(&c, a->value))
			return 0;
		if (a && a->kind == ARG_PASSED) {
			c.arg = a->value;
			out[got++] = c;
		}
	}
	*n = got;
	return 1;
}

/* What @call passes, where its arguments are those of a call @outer passes. */
void args_through(struct arg_fact *out, const struct arg_fact *call, const struct arg_fact *outer)
{
	int i;

	for (i = 0; i < MAX_ARGS; i++) {
		out[i] = call[i];
		if (call[i].kind != ARG_PASSED)
			continue;
		if (call[i].value > 0 && call[i].value <= MAX_ARGS)
			out[i] = outer[call[i].value - 1];
		else
			out[i].kind = ARG_OTHER;
	}
}
