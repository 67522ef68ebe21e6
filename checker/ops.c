// SPDX-License-Identifier: GPL-2.0
/*
 * ops.c - find attach_dev implementations by the type of the ops struct.
 *
 * A field is recognised by its declaration, the attach_dev member of
 * struct iommu_domain_ops (or of struct iommu_ops, where older trees keep
 * it), never by its name: struct generic_pm_domain has an attach_dev too.
 * Evaluation copies a member to give it the qualifiers of its container,
 * so a member is compared by name and by where it was declared.
 *
 * Every initialiser and assignment in the translation unit is looked at,
 * so one rule covers named ops structs, compound literals, static
 * identity and blocked domains, nested initialisers and assignments at
 * run time.  A function that several ops structs name is kept once.
 */
#include "iommu-errno.h"

static const char *const ops_structs[] = { "iommu_domain_ops", "iommu_ops" };

struct finder {
	struct symbol *fields[ARRAY_SIZE(ops_structs)];
	struct impl_list *impls;
};

static struct symbol *struct_member(const char *sname, const char *mname)
{
	struct symbol *type = lookup_symbol(built_in_ident(sname), NS_STRUCT);
	struct ident *member = built_in_ident(mname);
	struct symbol *sym;

	if (!type || type->type != SYM_STRUCT)
		return NULL;
	FOR_EACH_PTR(type->symbol_list, sym) {
		if (sym->ident == member)
			return sym;
	} END_FOR_EACH_PTR(sym);
	return NULL;
}

static int same_position(struct position a, struct position b)
{
	return a.stream == b.stream && a.line == b.line && a.pos == b.pos;
}

static int is_attach_dev(struct finder *f, struct symbol *member)
{
	int i;

	if (!member || member->type != SYM_NODE)
		return 0;
	for (i = 0; i < ARRAY_SIZE(f->fields); i++) {
		struct symbol *field = f->fields[i];

		if (field && member->ident == field->ident &&
		    same_position(member->pos, field->pos))
			return 1;
	}
	return 0;
}

/* The function that an initialiser or right-hand side designates. */
static struct symbol *designated_function(struct expression *expr)
{
	struct symbol *sym, *base;

	while (expr) {
		switch (expr->type) {
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			expr = expr->cast_expression;
			continue;
		case EXPR_PREOP:
			if (expr->op != '&' && expr->op != '*')
				return NULL;
			expr = expr->unop;
			continue;
		case EXPR_SYMBOL:
			sym = expr->symbol;
			base = sym ? sym->ctype.base_type : NULL;
			return base && base->type == SYM_FN ? sym : NULL;
		default:
			return NULL;
		}
	}
	return NULL;
}

struct symbol *function_body(struct symbol *fn)
{
	struct symbol *def = fn->definition ? fn->definition : fn;
	struct symbol *base = def->ctype.base_type;

	if (!base || base->type != SYM_FN || !(base->stmt || base->inline_stmt))
		return NULL;
	return def;
}

int is_impl(struct impl_list *impls, struct symbol *def)
{
	struct impl *impl;

	FOR_EACH_PTR(impls, impl) {
		if (impl->fn == def)
			return 1;
	} END_FOR_EACH_PTR(impl);
	return 0;
}

static void add_impl(struct finder *f, struct symbol *fn, struct position reg)
{
	struct symbol *def = function_body(fn);
	struct impl *impl;

	if (!def)
		def = fn;
	FOR_EACH_PTR(f->impls, impl) {
		if (impl->fn == def)
			return;
	} END_FOR_EACH_PTR(impl);
	impl = calloc(1, sizeof(*impl));
	if (!impl)
		die("out of memory");
	impl->fn = def;
	impl->reg = reg;
	add_ptr_list(&f->impls, impl);
}

static void visit(struct walker *w, struct expression *expr)
{
	struct finder *f = w->data;
	struct symbol *member, *fn;
	struct expression *value;

	if (expr->type == EXPR_POS) {
		member = expr->ctype;
		value = expr->init_expr;
	} else if (expr->type == EXPR_ASSIGNMENT && expr->op == '=') {
		member = expr->left ? expr->left->ctype : NULL;
		value = expr->right;
	} else {
		return;
	}
	if (!is_attach_dev(f, member))
		return;
	fn = designated_function(value);
	if (fn)
		add_impl(f, fn, value->pos);
}

int declares_ops(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(ops_structs); i++) {
		if (struct_member(ops_structs[i], "attach_dev"))
			return 1;
	}
	return 0;
}

struct impl_list *find_implementations(struct symbol_list *syms)
{
	struct finder f = { };
	struct walker w = { .expr = visit, .data = &f };
	struct symbol *sym;
	int i, any = 0;

	for (i = 0; i < ARRAY_SIZE(ops_structs); i++) {
		f.fields[i] = struct_member(ops_structs[i], "attach_dev");
		any |= f.fields[i] != NULL;
	}
	if (!any)
		return NULL;
	FOR_EACH_PTR(syms, sym) {
		walk_symbol(&w, sym);
	} END_FOR_EACH_PTR(sym);
	return f.impls;
}
