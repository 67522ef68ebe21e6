// SPDX-License-Identifier: GPL-2.0
/*
 * errno.c - errno names and values from the checked tree's macros, and
 * the attach_dev policy.
 *
 * Errnos beyond errno-base.h differ by arch (EOPNOTSUPP is 95 in
 * asm-generic and 122 on mips), so a value is named by whatever this
 * translation unit defined, in a header whose name says errno.  Aliases
 * (EWOULDBLOCK for EAGAIN) never name a value.  Macro bodies are tokens,
 * so this must run before sparse drops them.
 */
#include <ctype.h>
#include <string.h>
#include "iommu-errno.h"
#include "scope.h"
#include "token.h"

#define MAX_ERRNO	4095

static struct ident *names[MAX_ERRNO + 1];

/* The allowed set: the kdoc of struct iommu_domain_ops::attach_dev. */
static const char *const allowed[] = { "EINVAL", "ENOMEM", "ENOSPC", "EBUSY", "ENODEV" };
/* errno-base.h, the same on every arch, for a unit that includes no errno header */
static const int allowed_base[] = { 22, 12, 28, 16, 19 };
static int allowed_value[ARRAY_SIZE(allowed)] = { 22, 12, 28, 16, 19 };

static int errno_like(struct ident *ident)
{
	int i;

	if (!ident || ident->len < 2 || ident->name[0] != 'E')
		return 0;
	for (i = 1; i < ident->len; i++) {
		if (!isupper((unsigned char)ident->name[i]) && !isdigit((unsigned char)ident->name[i]))
			return 0;
	}
	return 1;
}

static int macro_value(struct symbol *sym)
{
	struct token *tok = sym->expansion, *next;
	char *end;
	long v;

	if (!tok || token_type(tok) != TOKEN_NUMBER)
		return -1;
	/* parse_expansion() closes a body with an untaint marker */
	for (next = tok->next; token_type(next) == TOKEN_UNTAINT; next = next->next)
		;
	if (!eof_token(next))
		return -1;
	v = strtol(tok->number, &end, 0);
	return *end || v <= 0 || v > MAX_ERRNO ? -1 : v;
}

static void settle_allowed(void)
{
	int i, v;

	for (i = 0; i < ARRAY_SIZE(allowed); i++) {
		allowed_value[i] = allowed_base[i];
		for (v = 1; v <= MAX_ERRNO; v++) {
			if (names[v] && names[v] == built_in_ident(allowed[i]))
				allowed_value[i] = v;
		}
	}
}

void errno_scan(void)
{
	struct symbol *sym;
	int v;

	memset(names, 0, sizeof(names));
	FOR_EACH_PTR(file_scope->symbols, sym) {
		if (sym->namespace != NS_MACRO || !errno_like(sym->ident) ||
		    !strstr(stream_name(sym->pos.stream), "errno"))
			continue;
		v = macro_value(sym);
		if (v > 0 && !names[v])
			names[v] = sym->ident;
	} END_FOR_EACH_PTR(sym);
	settle_allowed();
}

/* The name that the checked tree gives errno @value, or NULL. */
const char *errno_macro(int value)
{
	return value > 0 && value <= MAX_ERRNO && names[value] ? show_ident(names[value]) : NULL;
}

/* A name read back from a summary, where there are no macros to scan. */
void errno_define(int value, const char *name)
{
	if (value <= 0 || value > MAX_ERRNO || !errno_like(built_in_ident(name)))
		return;
	names[value] = built_in_ident(name);
	settle_allowed();
}

int is_errno(long long value)
{
	return value < 0 && value >= -MAX_ERRNO;
}

const char *errno_name(long long value)
{
	static char buf[32];

	if (is_errno(value) && names[-value]) {
		snprintf(buf, sizeof(buf), "-%.*s", names[-value]->len, names[-value]->name);
		return buf;
	}
	snprintf(buf, sizeof(buf), "%lld", value);
	return buf;
}

int errno_allowed(long long value)
{
	int i;

	if (value == 0)
		return 1;
	for (i = 0; i < ARRAY_SIZE(allowed); i++) {
		if (-value == allowed_value[i])
			return 1;
	}
	return 0;
}

long long errno_einval(void)
{
	return -allowed_value[0];
}

const char *errno_allowed_list(void)
{
	return "0, -EINVAL, -ENOMEM, -ENOSPC, -EBUSY, -ENODEV";
}
