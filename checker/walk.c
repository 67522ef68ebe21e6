// SPDX-License-Identifier: GPL-2.0
/*
 * walk.c - visit every expression and declaration under a symbol.
 *
 * sparse has no generic visitor, and both the ops finder and the value
 * tracker need one over evaluated and expanded trees.  Compound literals
 * are anonymous symbols reached through an EXPR_SYMBOL, so their
 * initialisers are walked where they are used; named symbols are not
 * entered, since the caller walks each of those on its own.
 */
#include "iommu-errno.h"

static void walk_expr(struct walker *w, struct expression *expr);
static void walk_stmt(struct walker *w, struct statement *stmt);

static void walk_decl(struct walker *w, struct symbol *sym)
{
	if (w->decl)
		w->decl(w, sym);
	walk_expr(w, sym->initializer);
}

static void walk_exprs(struct walker *w, struct expression_list *list)
{
	struct expression *expr;

	FOR_EACH_PTR(list, expr) {
		walk_expr(w, expr);
	} END_FOR_EACH_PTR(expr);
}

static void walk_expr(struct walker *w, struct expression *expr)
{
	if (!expr)
		return;
	if (w->expr)
		w->expr(w, expr);

	switch (expr->type) {
	case EXPR_PREOP:
	case EXPR_POSTOP:
		walk_expr(w, expr->unop);
		break;
	case EXPR_SYMBOL:
		if (expr->symbol && !expr->symbol->ident)
			walk_expr(w, expr->symbol->initializer);
		break;
	case EXPR_BINOP:
	case EXPR_COMMA:
	case EXPR_COMPARE:
	case EXPR_LOGICAL:
	case EXPR_ASSIGNMENT:
		walk_expr(w, expr->left);
		walk_expr(w, expr->right);
		break;
	case EXPR_DEREF:
		walk_expr(w, expr->deref);
		break;
	case EXPR_SLICE:
		walk_expr(w, expr->base);
		break;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		walk_expr(w, expr->cast_expression);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		walk_expr(w, expr->conditional);
		walk_expr(w, expr->cond_true);
		walk_expr(w, expr->cond_false);
		break;
	case EXPR_STATEMENT:
		walk_stmt(w, expr->statement);
		break;
	case EXPR_CALL:
		walk_expr(w, expr->fn);
		walk_exprs(w, expr->args);
		break;
	case EXPR_INITIALIZER:
		walk_exprs(w, expr->expr_list);
		break;
	case EXPR_IDENTIFIER:
		walk_expr(w, expr->ident_expression);
		break;
	case EXPR_INDEX:
		walk_expr(w, expr->idx_expression);
		break;
	case EXPR_POS:
		walk_expr(w, expr->init_expr);
		break;
	default:
		/* sizeof and friends are not evaluated; the rest are leaves */
		break;
	}
}

static void walk_stmts(struct walker *w, struct statement_list *list)
{
	struct statement *stmt;

	FOR_EACH_PTR(list, stmt) {
		walk_stmt(w, stmt);
	} END_FOR_EACH_PTR(stmt);
}

static void walk_stmt(struct walker *w, struct statement *stmt)
{
	struct symbol *sym;

	if (!stmt)
		return;
	switch (stmt->type) {
	case STMT_DECLARATION:
		FOR_EACH_PTR(stmt->declaration, sym) {
			walk_decl(w, sym);
		} END_FOR_EACH_PTR(sym);
		break;
	case STMT_EXPRESSION:
	case STMT_CONTEXT:
		walk_expr(w, stmt->expression);
		break;
	case STMT_COMPOUND:
		walk_stmt(w, stmt->args);
		walk_stmts(w, stmt->stmts);
		break;
	case STMT_IF:
		walk_expr(w, stmt->if_conditional);
		walk_stmt(w, stmt->if_true);
		walk_stmt(w, stmt->if_false);
		break;
	case STMT_RETURN:
		walk_expr(w, stmt->ret_value);
		break;
	case STMT_CASE:
		walk_stmt(w, stmt->case_statement);
		break;
	case STMT_SWITCH:
		walk_expr(w, stmt->switch_expression);
		walk_stmt(w, stmt->switch_statement);
		break;
	case STMT_ITERATOR:
		walk_stmt(w, stmt->iterator_pre_statement);
		walk_expr(w, stmt->iterator_pre_condition);
		walk_stmt(w, stmt->iterator_statement);
		walk_stmt(w, stmt->iterator_post_statement);
		walk_expr(w, stmt->iterator_post_condition);
		break;
	case STMT_LABEL:
		walk_stmt(w, stmt->label_statement);
		break;
	case STMT_GOTO:
		walk_expr(w, stmt->goto_expression);
		break;
	default:
		break;
	}
}

void walk_symbol(struct walker *w, struct symbol *sym)
{
	struct symbol *base = sym->ctype.base_type;

	walk_decl(w, sym);
	if (base && base->type == SYM_FN)
		walk_stmt(w, base->stmt ? base->stmt : base->inline_stmt);
}
