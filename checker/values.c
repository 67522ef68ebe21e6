// SPDX-License-Identifier: GPL-2.0
/*
 * values.c - where each value that a function can return comes from.
 *
 * Each OP_RET source is traced back through phi nodes, selects, casts and
 * copies to where it was made: a constant, the result of a call to a
 * function with no body here (a kAPI), or something the IR cannot bound
 * (a load, an argument, arithmetic), which is kept as unknown and never
 * guessed.  A call to a function with a body in this translation unit is
 * followed, and the function is linearized once and summarised once.
 *
 * Recursion: a summary read while its function is still being traced is
 * partial.  The function at the head of the cycle is traced again until
 * its summary stops growing, and what was computed from a partial summary
 * is not kept, so every member of the cycle ends complete.
 *
 * sparse's later optimisations are turned off by the caller: phi nodes then
 * keep one source per return, each with its own position.  A phi source
 * made by SSA conversion has no position of its own, so the assignment
 * that made the constant is found in the function's AST instead.
 */
#include <limits.h>
#include "iommu-errno.h"
#include "opcode.h"

#define MAX_STEPS	4000000	/* per implementation, so hostile input stays bounded */
#define MAX_NESTING	200	/* helpers within helpers: each costs stack */

enum state { UNSEEN, BUSY, DONE };

struct assign {
	struct symbol *var;
	long long value;
	struct position pos;
};
DECLARE_PTR_LIST(assign_list, struct assign);

struct summary {
	enum state state;
	int depth;
	struct entrypoint *ep;
	struct origin_list *origins;
	struct assign_list *assigns;
	struct instruction_list *inlined;	/* calls to inline functions, in its own file */
	struct instruction_list *markers;	/* every inline call, nested ones too */
	struct function_prints prints;
};

/*
 * The guards under which a pseudo has been traced in one trace.  A pseudo
 * reached again under the same guards, or stricter ones, can give nothing
 * new, and a cycle of phis only adds guards, so it ends.  Under other
 * guards it is traced again: in `ret = f(); if (ret) break;` in a loop,
 * f()'s value comes round the loop as 0 and leaves by the break as its
 * errno, and the first way must not hide the second.
 */
#define MAX_VISITS	4

struct visit {
	struct trace *t;
	pseudo_t p;
	int n, next;
	struct guards g[MAX_VISITS];
};
DECLARE_PTR_LIST(visit_list, struct visit);

struct trace {
	struct symbol *fn;
	struct summary *s;
	struct instruction *ret;	/* the return being traced */
	struct value_path path;		/* the pseudos from the return to the value */
	struct visit_list *visits;
};

static int depth;
static int lowest_partial_read = INT_MAX;
static long steps;

static void *xcalloc(size_t size)
{
	void *p = calloc(1, size);

	if (!p)
		die("out of memory");
	return p;
}

/* @value, truncated to @bits by the IR, as the signed number it was */
long long sext(long long value, int bits)
{
	if (bits <= 0 || bits >= 64)
		return value;
	value &= (1ULL << bits) - 1;
	if (value & (1ULL << (bits - 1)))
		value |= ~0ULL << bits;
	return value;
}

/* Callees compare by name: a summary read back has symbols of its own. */
int same_origin(struct origin *a, struct origin *b)
{
	return a->kind == b->kind && a->value == b->value &&
	       (a->callee ? b->callee && a->callee->ident == b->callee->ident : !b->callee) &&
	       a->pos.stream == b->pos.stream &&
	       a->pos.line == b->pos.line && a->pos.pos == b->pos.pos;
}

#define PATH_STEPS	32

/* Whether @a and @b take the same calls; past PATH_STEPS, any two do. */
static int same_path(struct step_list *a, struct step_list *b)
{
	void *x[PATH_STEPS], *y[PATH_STEPS];
	int n = linearize_ptr_list((struct ptr_list *)a, x, PATH_STEPS), i;

	if (n != linearize_ptr_list((struct ptr_list *)b, y, PATH_STEPS))
		return 0;
	for (i = 0; i < n; i++) {
		struct position p = ((struct step *)x[i])->pos, q = ((struct step *)y[i])->pos;

		if (p.stream != q.stream || p.line != q.line || p.pos != q.pos)
			return 0;
	}
	return 1;
}

/*
 * Whether @list already holds @o.  A value is kept once per path to it,
 * up to MAX_PATHS: two calls of one shared helper are two fix points
 * (viommu_send_req_sync() from the attach request and from the replay of
 * the mappings), and keeping only the first path would lose the second
 * finding.  So is a kAPI's result once per bound that the caller's
 * branches put on it: round a loop it may be only 0, out of it an errno.
 * The bound keeps a helper that is called from many places from
 * multiplying its callers' summaries.
 */
#define MAX_PATHS	8

int origin_listed(struct origin_list *list, struct origin *o)
{
	struct origin *old;
	int paths = 0;

	FOR_EACH_PTR(list, old) {
		if (!same_origin(old, o))
			continue;
		if ((same_path(old->path, o->path) && old->may_be_einval == o->may_be_einval &&
		     guards_within(&old->guards, &o->guards) &&
		     guards_within(&o->guards, &old->guards)) || ++paths == MAX_PATHS)
			return 1;
	} END_FOR_EACH_PTR(old);
	return 0;
}

static void add_origin(struct trace *t, struct origin *o)
{
	struct origin *copy;

	if (origin_listed(t->s->origins, o))
		return;
	copy = xcalloc(sizeof(*copy));
	*copy = *o;
	add_ptr_list(&t->s->origins, copy);
}

/* A print on a path that takes a value made in @bb to the return: before, or after. */
static struct print_site print_on_path(struct trace *t, struct basic_block *bb,
				       const long long *value)
{
	struct print_site print = print_before(t->fn, bb);
	struct value_path vp = t->path;

	vp.value = value;
	if (vp.n > ARRAY_SIZE(vp.carriers))
		vp.n = ARRAY_SIZE(vp.carriers);
	return print.what ? print : print_between(t->fn, bb, t->ret, &vp);
}

static void add_made(struct trace *t, enum origin_kind kind, long long value,
		     const char *why, struct position pos, struct guards *g, int callback_arg)
{
	struct origin o = {
		.kind = kind, .value = value, .why = why,
		.pos = pos, .site_fn = t->fn, .callback_arg = callback_arg,
	};

	o.nconds = branch_conditions(g->bb, o.conds, ARRAY_SIZE(o.conds));
	o.null_args = null_args(o.conds, o.nconds);
	o.nargconds = arg_conds(o.conds, o.nconds, o.argconds, MAX_ARG_CONDS);
	o.print = print_on_path(t, g->bb, kind == ORIGIN_CONST ? &value : NULL);
	add_origin(t, &o);
}

static void add_simple(struct trace *t, enum origin_kind kind, long long value,
		       const char *why, struct position pos, struct guards *g)
{
	add_made(t, kind, value, why, pos, g, 0);
}

/* Only a kAPI that returns a signed integer, or a pointer (PTR_ERR()
 * makes an errno of it), can give an errno. */
static int may_return_errno(struct symbol *callee)
{
	struct symbol *fn = get_base_type(callee);
	struct symbol *ret = fn ? get_base_type(fn) : NULL;

	return ret && (is_ptr_type(ret) || (is_int_type(ret) && is_signed_type(ret)));
}

/*
 * Whether @pos is in @t's function itself, not in code inlined into it: a
 * header's, or an inline helper's of the same file, which is defined
 * before its callers.
 */
static int own_pos(struct trace *t, struct position pos)
{
	return pos.stream == t->fn->pos.stream && pos.line >= t->fn->pos.line;
}

#define INLINE_DEPTH	8

/*
 * The inline call whose inlined body holds @pos, out to the function's
 * own code: the inline defined last before @pos in its file, since
 * functions do not nest.  For an inline of several blocks, whose marker
 * is not in the block of the call.
 */
static struct position enclosing_call(struct trace *t, struct position pos,
				      struct position site)
{
	struct instruction *insn, *best;
	int depth;

	for (depth = 0; depth < INLINE_DEPTH && !own_pos(t, pos); depth++) {
		best = NULL;
		FOR_EACH_PTR(t->s->markers, insn) {
			struct position def = insn->func->sym->pos;

			if (def.stream == pos.stream && def.line <= pos.line &&
			    (!best || def.line > best->func->sym->pos.line))
				best = insn;
		} END_FOR_EACH_PTR(insn);
		if (!best)
			break;
		pos = best->pos;
	}
	return own_pos(t, pos) ? pos : site;
}

/*
 * Where a call's value is made: the call itself, so that a value reaching
 * a shared `return ret;` is reported where it was produced.  For code
 * inlined from a header, the inline call in the function's own file.
 */
static struct position call_pos(struct trace *t, struct instruction *call,
				struct position site)
{
	struct instruction *insn;
	int after = 0;

	if (own_pos(t, call->pos))
		return call->pos;
	/* inlined: the marker of the inline call that holds it follows in its block */
	FOR_EACH_PTR(call->bb->insns, insn) {
		if (insn == call)
			after = 1;
		else if (after && insn->bb && insn->opcode == OP_INLINED_CALL &&
			 own_pos(t, insn->pos))
			return insn->pos;
	} END_FOR_EACH_PTR(insn);
	return enclosing_call(t, call->pos, site);
}

/* The result of @call to a function with no body here. */
static void add_call(struct trace *t, struct instruction *call, struct position site,
		     struct guards *g)
{
	struct origin o = {
		.kind = ORIGIN_CALL, .callee = call->func->sym, .pos = call_pos(t, call, site),
		.site_fn = t->fn,
		.guards = *g, .returns_errno = may_return_errno(call->func->sym),
	};
	long long einval = errno_einval();

	pseudo_t arg;
	int n = 0;

	/* a kAPI that returns what its callback returns is resolved with these */
	FOR_EACH_PTR(call->arguments, arg) {
		struct symbol *base;

		if (n < 31 && is_address(arg))
			o.address_args |= 1 << n;
		if (arg->type == PSEUDO_REG && arg->def && arg->def->opcode == OP_SYMADDR)
			arg = arg->def->src;
		base = arg->type == PSEUDO_SYM ? arg->sym->ctype.base_type : NULL;
		if (n < MAX_CALLBACKS && base && base->type == SYM_FN)
			o.callbacks[n] = function_body(arg->sym) ? function_body(arg->sym) : arg->sym;
		n++;
	} END_FOR_EACH_PTR(arg);
	o.guards.bb = NULL;
	o.nconds = branch_conditions(g->bb, o.conds, ARRAY_SIZE(o.conds));
	o.null_args = null_args(o.conds, o.nconds);
	o.nargconds = arg_conds(o.conds, o.nconds, o.argconds, MAX_ARG_CONDS);
	call_args(call, o.args);
	/* linked, only a print with an -EINVAL that the callee returns matters */
	o.print = print_on_path(t, g->bb, &einval);
	o.may_be_einval = guards_allow(g, errno_einval());
	add_origin(t, &o);
}

/*
 * @o, a value that @callee returns, as the caller sees it at @call (an
 * ORIGIN_CALL: the call's position, the function that makes it, and the
 * path to it): kept only where the caller's branches let the result be
 * that value, with a print before the call when the callee has none of
 * its own, and with the call as a step of the path.  Both a local helper
 * and, through summaries, one in another file are passed through here.
 */
int through_call(struct origin *out, struct origin *o, struct origin *call,
		 struct symbol *callee)
{
	struct step *step;

	if (o->kind == ORIGIN_CONST && !guards_allow(&call->guards, o->value))
		return 0;
	*out = *o;
	/* the callee's branches on its arguments, decided or renamed by the call's */
	if (!arg_conds_through(out->argconds, &out->nargconds, o->argconds, o->nargconds,
			       call->args))
		return 0;
	if (o->kind == ORIGIN_CALL)
		args_through(out->args, o->args, call->args);
	/* the caller's branches are its own: it has no arguments for them */
	out->nconds = 0;
	out->null_args = 0;
	out->may_be_einval = o->may_be_einval && guards_allow(&call->guards, errno_einval());
	/* a kAPI's values, told later (link.c), pass the caller's branches too */
	if (o->kind == ORIGIN_CALL)
		guards_and(&out->guards, &call->guards);
	if (!out->print.what)
		out->print = call->print;
	step = xcalloc(sizeof(*step));
	step->pos = call->pos;
	step->fn = call->site_fn;
	step->callee = callee;
	out->path = NULL;
	concat_ptr_list((struct ptr_list *)call->path, (struct ptr_list **)&out->path);
	add_ptr_list(&out->path, step);
	concat_ptr_list((struct ptr_list *)o->path, (struct ptr_list **)&out->path);
	return 1;
}

/* The AST's `var = constant` and constant initialisers, for SSA phi sources. */
static void collect_expr(struct walker *w, struct expression *expr)
{
	struct summary *s = w->data;
	struct expression *left = expr->left, *right = expr->right;
	struct assign *a;

	if (expr->type != EXPR_ASSIGNMENT || expr->op != '=' || !left || !right)
		return;
	/* evaluation turns a variable into *(&var) */
	if (left->type == EXPR_PREOP && left->op == '*')
		left = left->unop;
	/* after a parse error, parts of the tree are missing */
	if (!left || left->type != EXPR_SYMBOL || !left->symbol)
		return;
	while (right && (right->type == EXPR_IMPLIED_CAST || right->type == EXPR_CAST))
		right = right->cast_expression;
	if (!right || right->type != EXPR_VALUE)
		return;
	a = xcalloc(sizeof(*a));
	a->var = left->symbol;
	a->value = sext(right->value, a->var->bit_size);
	a->pos = expr->pos;
	add_ptr_list(&s->assigns, a);
}

static void collect_decl(struct walker *w, struct symbol *sym)
{
	struct summary *s = w->data;
	struct expression *init = sym->initializer;
	struct assign *a;

	while (init && (init->type == EXPR_IMPLIED_CAST || init->type == EXPR_CAST))
		init = init->cast_expression;
	if (!init || init->type != EXPR_VALUE)
		return;
	a = xcalloc(sizeof(*a));
	a->var = sym;
	a->value = sext(init->value, sym->bit_size);
	a->pos = sym->pos;
	add_ptr_list(&s->assigns, a);
}

static int last_line(struct basic_block *bb)
{
	struct instruction *insn;
	int line = bb->pos.line;

	FOR_EACH_PTR(bb->insns, insn) {
		/* SSA's phi sources carry a stale position */
		if (insn->bb && insn->opcode != OP_PHISOURCE &&
		    insn->pos.stream == bb->pos.stream && insn->pos.line > line)
			line = insn->pos.line;
	} END_FOR_EACH_PTR(insn);
	return line;
}

/*
 * Where `var` got `value` on the way out of @from.  Of the assignments
 * that could have, prefer the last one inside the block, then the only one.
 */
static struct position assignment_site(struct trace *t, struct symbol *var,
				       long long value, struct basic_block *from,
				       struct position fallback)
{
	struct assign *a, *only = NULL, *best = NULL;
	int count = 0, first = from->pos.line, last = last_line(from);

	FOR_EACH_PTR(t->s->assigns, a) {
		if (a->var != var || a->value != sext(value, var->bit_size))
			continue;
		count++;
		only = a;
		if (a->pos.stream == from->pos.stream &&
		    a->pos.line >= first && a->pos.line <= last &&
		    (!best || a->pos.line >= best->pos.line))
			best = a;
	} END_FOR_EACH_PTR(a);
	if (best)
		return best->pos;
	if (count == 1)
		return only->pos;
	return fallback;
}

static struct origin_list *summarise(struct symbol *fn);

static void follow_call(struct trace *t, struct instruction *call, struct position site,
			struct guards *g)
{
	struct origin at = {
		.kind = ORIGIN_CALL, .guards = *g, .pos = call_pos(t, call, site), .site_fn = t->fn,
	}, *o;
	struct symbol *def;

	if (call->func->type == PSEUDO_ARG) {
		/* the callback that the caller passes decides it (link.c) */
		add_made(t, ORIGIN_UNKNOWN, 0, "a call through an argument", site, g,
			 call->func->nr);
		return;
	}
	if (call->func->type != PSEUDO_SYM) {
		add_simple(t, ORIGIN_UNKNOWN, 0, "an indirect call", site, g);
		return;
	}
	def = function_body(call->func->sym);
	if (!def) {
		add_call(t, call, site, g);
		return;
	}
	call_args(call, at.args);
	if (depth >= MAX_NESTING) {
		add_simple(t, ORIGIN_UNKNOWN, 0, "helpers nested too deep", site, g);
		return;
	}
	FOR_EACH_PTR(summarise(def), o) {
		struct origin copy;

		at.print = print_on_path(t, g->bb, o->kind == ORIGIN_CONST ? &o->value : NULL);
		if (conds_possible(o->conds, o->nconds, call) &&
		    through_call(&copy, o, &at, def))
			add_origin(t, &copy);
	} END_FOR_EACH_PTR(o);
}

static void trace_pseudo(struct trace *t, pseudo_t p, struct position site, int bits,
			 struct guards g);

/*
 * The site of a value reaching @phisrc.  A return's phi source has the
 * return's position.  One made by SSA has none of its own: the assignment
 * of a constant is looked up, and otherwise the site stays where it was.
 * So does it for code inlined from another file, so that a finding lands
 * on the driver's own line.
 */
static struct position phi_site(struct trace *t, struct instruction *phi,
				struct instruction *phisrc, struct position site)
{
	struct position pos = site;

	if (!phi->phi_var)
		pos = phisrc->pos;
	else if (phisrc->phi_src->type == PSEUDO_VAL)
		pos = assignment_site(t, phi->phi_var->sym, phisrc->phi_src->value,
				      phisrc->bb, site);
	return own_pos(t, pos) ? pos : site;
}

static void trace_phi(struct trace *t, struct instruction *phi, struct guards *g,
		      struct position site)
{
	pseudo_t src;

	FOR_EACH_PTR(phi->phi_list, src) {
		struct instruction *phisrc;
		struct guards inner;

		if (src->type != PSEUDO_PHI || !(phisrc = src->def) || !phisrc->bb)
			continue;
		inner = *g;
		guards_add(&inner, phisrc->bb, phisrc->phi_src);
		trace_pseudo(t, phisrc->phi_src, phi_site(t, phi, phisrc, site),
			     phisrc->size, inner);
	} END_FOR_EACH_PTR(src);
}

static void trace_insn(struct trace *t, struct instruction *insn, struct position site,
		       struct guards *g)
{
	switch (insn->opcode) {
	case OP_PHI:
		trace_phi(t, insn, g, site);
		break;
	case OP_SEL: {
		/* made while linearizing, so its position is the expression's */
		struct position pos = own_pos(t, insn->pos) ? insn->pos : site;
		struct guards yes = *g, no = *g;

		guards_add_cond(&yes, insn->src1, 1, insn->src2);
		guards_add_cond(&no, insn->src1, 0, insn->src3);
		trace_pseudo(t, insn->src2, pos, insn->size, yes);
		trace_pseudo(t, insn->src3, pos, insn->size, no);
		break;
	}
	case OP_SEXT:
	case OP_ZEXT:
	case OP_TRUNC:
	case OP_COPY:
	case OP_UTPTR:
	case OP_PTRTU:
	case OP_PTRCAST:
		trace_pseudo(t, insn->src, site,
			     insn->orig_type ? insn->orig_type->bit_size : insn->size, *g);
		break;
	case OP_CALL:
		follow_call(t, insn, site, g);
		break;
	case OP_LOAD:
		add_simple(t, ORIGIN_UNKNOWN, 0, "a value loaded from memory", site, g);
		break;
	default:
		add_simple(t, ORIGIN_UNKNOWN, 0, "a computed value", site, g);
		break;
	}
}

/*
 * A value that an inline function returns is made, as far as the
 * function's own file shows, at the inline call: code inlined from a
 * header has positions in the header.
 */
static struct position inlined_site(struct trace *t, pseudo_t p, struct position site)
{
	struct instruction *insn;

	FOR_EACH_PTR(t->s->inlined, insn) {
		if (insn->target == p)
			return insn->pos;
	} END_FOR_EACH_PTR(insn);
	return site;
}

/* Whether @p is to be traced under @g; if so, it is recorded as traced. */
static int first_visit(struct trace *t, pseudo_t p, const struct guards *g)
{
	struct visit *v = p->priv;
	int i;

	if (!v || v->t != t) {
		v = xcalloc(sizeof(*v));
		v->t = t;
		v->p = p;
		add_ptr_list(&t->visits, v);
		p->priv = v;
	}
	for (i = 0; i < v->n; i++) {
		if (guards_within(g, &v->g[i]))
			return 0;
	}
	/* past MAX_VISITS, the oldest goes; MAX_STEPS still bounds the walk */
	v->g[v->next] = *g;
	v->next = (v->next + 1) % MAX_VISITS;
	if (v->n < MAX_VISITS)
		v->n++;
	return 1;
}

static void trace_pseudo(struct trace *t, pseudo_t p, struct position site, int bits,
			 struct guards g)
{
	if (++steps > MAX_STEPS) {
		add_simple(t, ORIGIN_UNKNOWN, 0, "too complex to follow", site, &g);
		return;
	}
	switch (p->type) {
	case PSEUDO_VAL:
		if (guards_allow(&g, sext(p->value, bits)))
			add_simple(t, ORIGIN_CONST, sext(p->value, bits), NULL, site, &g);
		break;
	case PSEUDO_REG:
		if (!first_visit(t, p, &g))
			break;
		if (!p->def)
			break;
		if (t->path.n < ARRAY_SIZE(t->path.carriers))
			t->path.carriers[t->path.n] = p;
		t->path.n++;
		trace_insn(t, p->def, inlined_site(t, p, site), &g);
		t->path.n--;
		break;
	case PSEUDO_ARG:
		add_simple(t, ORIGIN_UNKNOWN, 0, "an argument", site, &g);
		break;
	case PSEUDO_UNDEF:
		add_simple(t, ORIGIN_UNKNOWN, 0, "an uninitialised value", site, &g);
		break;
	case PSEUDO_SYM:
		add_simple(t, ORIGIN_UNKNOWN, 0, "an address", site, &g);
		break;
	default:
		break;
	}
}

static void trace_returns(struct trace *t)
{
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(t->s->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct guards g = { };

			if (!insn->bb || insn->opcode != OP_RET || !insn->src)
				continue;
			guards_add(&g, bb, insn->src);
			t->ret = insn;
			trace_pseudo(t, insn->src, own_pos(t, insn->pos) ?
				     insn->pos : t->fn->pos, insn->size, g);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

static void collect_inlined(struct summary *s, struct symbol *def)
{
	struct basic_block *bb;
	struct instruction *insn;

	if (!s->ep)
		return;
	FOR_EACH_PTR(s->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (insn->bb && insn->opcode == OP_INLINED_CALL &&
			    insn->func->type == PSEUDO_SYM)
				add_instruction(&s->markers, insn);
			if (insn->bb && insn->opcode == OP_INLINED_CALL && insn->target &&
			    insn->target != VOID && insn->pos.stream == def->pos.stream &&
			    insn->pos.line >= def->pos.line)
				add_instruction(&s->inlined, insn);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

static struct summary *summary_of(struct symbol *def)
{
	struct summary *s = def->aux;
	struct walker w = { .expr = collect_expr, .decl = collect_decl };

	if (s)
		return s;
	s = xcalloc(sizeof(*s));
	def->aux = s;
	expand_symbol(def);
	/* sparse aborts when a function is linearized twice */
	s->ep = def->ep ? def->ep : linearize_symbol(def);
	w.data = s;
	walk_symbol(&w, def);
	collect_inlined(s, def);
	return s;
}

static struct origin_list *summarise(struct symbol *fn)
{
	struct summary *s = summary_of(fn);
	int saved = lowest_partial_read, size;

	if (s->state == DONE)
		return s->origins;
	if (s->state == BUSY) {
		if (s->depth < lowest_partial_read)
			lowest_partial_read = s->depth;
		return s->origins;
	}
	if (!s->ep)
		return NULL;
	s->state = BUSY;
	s->depth = ++depth;
	do {
		struct trace t = { .fn = fn, .s = s };
		struct visit *v;

		lowest_partial_read = INT_MAX;
		size = ptr_list_size((struct ptr_list *)s->origins);
		trace_returns(&t);
		FOR_EACH_PTR(t.visits, v) {
			v->p->priv = NULL;
			free(v);
		} END_FOR_EACH_PTR(v);
		free_ptr_list(&t.visits);
	} while (lowest_partial_read == s->depth &&
		 size != ptr_list_size((struct ptr_list *)s->origins) &&
		 steps <= MAX_STEPS);
	depth--;
	/* computed from a caller's partial summary: trace it again next time */
	s->state = lowest_partial_read < s->depth ? UNSEEN : DONE;
	if (lowest_partial_read >= s->depth)
		lowest_partial_read = INT_MAX;
	if (saved < lowest_partial_read)
		lowest_partial_read = saved;
	return s->origins;
}

struct entrypoint *function_ep(struct symbol *def)
{
	return summary_of(def)->ep;
}

struct function_prints *function_prints(struct symbol *def)
{
	struct summary *s = summary_of(def);

	return s->ep ? &s->prints : NULL;
}

/* Whether a call to @callee may return 0: a kAPI may; a helper says so. */
int may_return_zero(struct symbol *callee)
{
	struct symbol *def = function_body(callee);
	struct origin *o;

	if (!def || depth >= MAX_NESTING)
		return 1;
	FOR_EACH_PTR(summarise(def), o) {
		if (o->kind != ORIGIN_CONST || o->value == 0)
			return 1;
	} END_FOR_EACH_PTR(o);
	return 0;
}

struct origin_list *return_origins(struct symbol *fn)
{
	steps = 0;
	return summarise(fn);
}
