// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - what each function of a file returns, written to a file of
 * its own (--summary-dir=D) and read back by the linker (link.c).
 *
 * kbuild runs one checker per source file, so a helper defined in another
 * file is a kAPI to each run.  The summary keeps, for every function that
 * the file defines, the origins of its return values as values.c found
 * them, with their prints, guards and chains, so that the linker can pass
 * a helper's values to its callers in other files as if it were local.
 * Only functions of the file itself are written: a header's inline is
 * followed in every file that includes it.
 *
 * The format is a line per record and a space between fields.  A string
 * is escaped so that it never holds a space, a newline or a lone "-",
 * which stands for NULL; file names are the tree's and may hold anything.
 * A file appears whole or not at all.
 */
#include <ctype.h>
#include <stddef.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "iommu-errno.h"

#define MAGIC	"iommu-errno-summary 3"

const char *summary_dir;

static void put_str(FILE *f, const char *s)
{
	fputc(' ', f);
	if (!s) {
		fputc('-', f);
		return;
	}
	if (!*s)
		fputs("%", f);
	for (; *s; s++) {
		unsigned char c = *s;

		if (isalnum(c) || strchr("_./+:,=@", c))
			fputc(c, f);
		else
			fprintf(f, "%%%02x", c);
	}
}

static void put_pos(FILE *f, struct position pos)
{
	put_str(f, pos.type || pos.line ? stream_name(pos.stream) : NULL);
	fprintf(f, " %d %d", pos.line, pos.pos);
}

static void put_sym(FILE *f, struct symbol *sym)
{
	put_str(f, sym ? show_ident(sym->ident) : NULL);
	put_pos(f, sym ? sym->pos : (struct position) { });
}

/*
 * The facts of an origin, each written and read by its kind: a new fact
 * of struct origin is a line here.  A helper's branch conditions are
 * written only as far as they are on its arguments (args.c): the IR's
 * own stay in a file.
 */
enum fact_kind { F_INT, F_LL, F_STR, F_POS, F_SYM, F_GUARDS, F_PATH, F_ARGCONDS, F_ARGS };

static const struct fact {
	enum fact_kind kind;
	size_t offset;
} facts[] = {
#define FACT(kind, member) { kind, offsetof(struct origin, member) }
	FACT(F_INT, kind),
	FACT(F_LL, value),
	FACT(F_POS, pos),
	FACT(F_SYM, site_fn),
	FACT(F_INT, may_be_einval),
	FACT(F_INT, returns_errno),
	FACT(F_SYM, callee),
	FACT(F_STR, why),
	FACT(F_STR, print.what),
	FACT(F_POS, print.pos),
	FACT(F_SYM, print.fn),
	FACT(F_GUARDS, guards),
	FACT(F_PATH, path),
	FACT(F_INT, callback_arg),
	FACT(F_INT, null_args),
	FACT(F_INT, address_args),
	FACT(F_SYM, callbacks[0]),
	FACT(F_SYM, callbacks[1]),
	FACT(F_SYM, callbacks[2]),
	FACT(F_SYM, callbacks[3]),
	FACT(F_INT, kapi_analysed),
	FACT(F_POS, kapi_at),
	FACT(F_SYM, kapi_at_fn),
	FACT(F_ARGCONDS, nargconds),
	FACT(F_ARGS, args),
#undef FACT
};

/* F_ARGCONDS is the count, then the array that follows it in struct origin */
static struct arg_cond *argconds_of(void *at)
{
	return (struct arg_cond *)((char *)at - offsetof(struct origin, nargconds) +
				   offsetof(struct origin, argconds));
}

static void put_fact(FILE *f, const struct fact *fact, void *at)
{
	struct guards *g = at;
	struct arg_cond *c = argconds_of(at);
	struct arg_fact *a = at;
	struct step *step;
	int i;

	switch (fact->kind) {
	case F_INT:
		fprintf(f, " %d", *(int *)at);
		break;
	case F_LL:
		fprintf(f, " %lld", *(long long *)at);
		break;
	case F_STR:
		put_str(f, *(const char **)at);
		break;
	case F_POS:
		put_pos(f, *(struct position *)at);
		break;
	case F_SYM:
		put_sym(f, *(struct symbol **)at);
		break;
	case F_GUARDS:
		fprintf(f, " %d", g->n);
		for (i = 0; i < g->n; i++)
			fprintf(f, " %d %lld %d", g->g[i].op, g->g[i].value, g->g[i].bits);
		break;
	case F_PATH:
		fprintf(f, " %d", ptr_list_size(*(struct ptr_list **)at));
		FOR_EACH_PTR(*(struct step_list **)at, step) {
			put_pos(f, step->pos);
			put_sym(f, step->fn);
			put_sym(f, step->callee);
		} END_FOR_EACH_PTR(step);
		break;
	case F_ARGCONDS:
		fprintf(f, " %d", *(int *)at);
		for (i = 0; i < *(int *)at; i++)
			fprintf(f, " %d %d %d %d %lld %lld", c[i].arg, c[i].op, c[i].bits,
				c[i].taken, c[i].mask, c[i].value);
		break;
	case F_ARGS:
		for (i = 0; i < MAX_ARGS; i++)
			fprintf(f, " %d %lld", a[i].kind, a[i].value);
		break;
	}
}

static void put_origin(FILE *f, struct origin *o)
{
	int i;

	fputc('o', f);
	for (i = 0; i < ARRAY_SIZE(facts); i++)
		put_fact(f, &facts[i], (char *)o + facts[i].offset);
	fputc('\n', f);
}

static int listed(struct symbol_list *list, struct symbol *sym)
{
	return lookup_ptr_list_entry((struct ptr_list *)list, sym);
}

/* A function, its calls (each callee with whether it is defined here), its origins. */
static void put_function(FILE *f, struct symbol *sym, int impl)
{
	struct file_calls *calls = callers_scanned();
	struct symbol *def = function_body(sym), *from, *to;
	struct origin *o;

	fputs("fn", f);
	put_sym(f, def ? def : sym);
	fprintf(f, " %d %d %d %d\n", !(sym->ctype.modifiers & MOD_STATIC), !!def, impl,
		listed(calls->taken, def ? def : sym));
	if (!def)
		return;
	PREPARE_PTR_LIST(calls->to, to);
	FOR_EACH_PTR(calls->from, from) {
		if (from == def) {
			fputs("c", f);
			put_sym(f, to);
			fprintf(f, " %d\n", !!function_body(to));
		}
		NEXT_PTR_LIST(to);
	} END_FOR_EACH_PTR(from);
	FINISH_PTR_LIST(to);
	FOR_EACH_PTR(return_origins(def), o) {
		put_origin(f, o);
	} END_FOR_EACH_PTR(o);
}

static void put_summary(FILE *f, const char *file, struct symbol_list *syms,
			struct impl_list *impls)
{
	struct symbol *sym;
	struct impl *impl;
	int v;

	fprintf(f, "%s\nfile", MAGIC);
	put_str(f, file);
	fputc('\n', f);
	for (v = 1; v < 4096; v++) {
		if (errno_macro(v))
			fprintf(f, "errno %d %s\n", v, errno_macro(v));
	}
	FOR_EACH_PTR(syms, sym) {
		struct symbol *def = function_body(sym);

		if (def == sym && !strcmp(stream_name(sym->pos.stream), file))
			put_function(f, sym, is_impl(impls, def));
	} END_FOR_EACH_PTR(sym);
	/* registered here, defined in another file: the linker finds it */
	FOR_EACH_PTR(impls, impl) {
		if (!function_body(impl->fn))
			put_function(f, impl->fn, 1);
	} END_FOR_EACH_PTR(impl);
	/* taken here, defined in another file: not attach-only */
	FOR_EACH_PTR(callers_scanned()->taken, sym) {
		if (!function_body(sym) && !is_impl(impls, sym))
			put_function(f, sym, 0);
	} END_FOR_EACH_PTR(sym);
}

int summary_write(const char *file, struct symbol_list *syms, struct impl_list *impls)
{
	static int serial;
	char path[4096], tmp[4200];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%ld-%d.sum", summary_dir, (long)getpid(), serial++);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "w");
	if (!f)
		return -1;
	put_summary(f, file, syms, impls);
	if (fflush(f) || ferror(f) || fclose(f) || rename(tmp, path)) {
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* Reading back: a cursor over one line's fields. */
struct fields {
	char *next;
	int bad;
};

static char *get_str(struct fields *in)
{
	char *start = in->next, *out, *s;

	while (*start == ' ')
		start++;
	if (!*start) {
		in->bad = 1;
		return NULL;
	}
	s = start + strcspn(start, " ");
	in->next = *s ? s + 1 : s;
	*s = '\0';
	if (!strcmp(start, "-"))
		return NULL;
	for (out = s = start; *s; s++) {
		unsigned int c;

		if (*s == '%' && sscanf(s + 1, "%2x", &c) == 1 &&
		    isxdigit((unsigned char)s[1]) && isxdigit((unsigned char)s[2])) {
			*out++ = c;
			s += 2;
		} else if (*s != '%') {
			*out++ = *s;
		}
	}
	*out = '\0';
	return strdup(start);
}

static long long get_num(struct fields *in)
{
	char *s = get_str(in), *end;
	long long v;

	if (!s) {
		in->bad = 1;
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end || errno)
		in->bad = 1;
	free(s);
	return v;
}

/* A stream per file name, so that positions read back print as they were. */
static int stream_for(const char *name)
{
	static struct { const char *name; int stream; } *known;
	static int n, size;
	int i;

	for (i = 0; i < n; i++) {
		if (!strcmp(known[i].name, name))
			return known[i].stream;
	}
	if (n == size) {
		size = size * 2 + 16;
		known = realloc(known, size * sizeof(*known));
		if (!known)
			die("out of memory");
	}
	known[n].name = name;
	known[n].stream = init_stream(NULL, name, -1, NULL);
	return known[n++].stream;
}

static struct position get_pos(struct fields *in)
{
	struct position pos = { };
	char *name = get_str(in);

	pos.line = get_num(in);
	pos.pos = get_num(in);
	if (name) {
		pos.type = 1;
		pos.stream = stream_for(name);
	}
	return pos;
}

static struct symbol *named_symbol(const char *name, struct position pos)
{
	struct symbol *sym = alloc_symbol(pos, SYM_NODE);

	sym->ident = built_in_ident(name);
	return sym;
}

static struct symbol *get_sym(struct fields *in)
{
	char *name = get_str(in);
	struct position pos = get_pos(in);

	return name ? named_symbol(name, pos) : NULL;
}

static void get_fact(struct fields *in, const struct fact *fact, void *at)
{
	struct guards *g = at;
	struct arg_cond *c = argconds_of(at);
	struct arg_fact *a = at;
	int i, n;

	switch (fact->kind) {
	case F_INT:
		*(int *)at = get_num(in);
		break;
	case F_LL:
		*(long long *)at = get_num(in);
		break;
	case F_STR:
		*(char **)at = get_str(in);
		break;
	case F_POS:
		*(struct position *)at = get_pos(in);
		break;
	case F_SYM:
		*(struct symbol **)at = get_sym(in);
		break;
	case F_GUARDS:
		n = get_num(in);
		if (n < 0 || n > ARRAY_SIZE(g->g)) {
			in->bad = 1;
			break;
		}
		for (i = 0; i < n && !in->bad; i++) {
			g->g[i].op = get_num(in);
			g->g[i].value = get_num(in);
			g->g[i].bits = get_num(in);
		}
		g->n = n;
		break;
	case F_PATH:
		n = get_num(in);
		for (i = 0; i < n && !in->bad; i++) {
			struct step *step = calloc(1, sizeof(*step));

			if (!step)
				die("out of memory");
			step->pos = get_pos(in);
			step->fn = get_sym(in);
			step->callee = get_sym(in);
			if (!step->fn || !step->callee)
				in->bad = 1;
			add_ptr_list((struct step_list **)at, step);
		}
		break;
	case F_ARGCONDS:
		n = get_num(in);
		if (n < 0 || n > MAX_ARG_CONDS) {
			in->bad = 1;
			break;
		}
		for (i = 0; i < n && !in->bad; i++) {
			c[i].arg = get_num(in);
			c[i].op = get_num(in);
			c[i].bits = get_num(in);
			c[i].taken = get_num(in);
			c[i].mask = get_num(in);
			c[i].value = get_num(in);
		}
		*(int *)at = n;
		break;
	case F_ARGS:
		for (i = 0; i < MAX_ARGS && !in->bad; i++) {
			a[i].kind = get_num(in);
			a[i].value = get_num(in);
			if (a[i].kind < ARG_OTHER || a[i].kind > ARG_PASSED)
				in->bad = 1;
		}
		break;
	}
}

static struct origin *get_origin(struct fields *in)
{
	struct origin *o = calloc(1, sizeof(*o));
	int i;

	if (!o)
		die("out of memory");
	for (i = 0; i < ARRAY_SIZE(facts) && !in->bad; i++)
		get_fact(in, &facts[i], (char *)o + facts[i].offset);
	if (o->kind < ORIGIN_CONST || o->kind > ORIGIN_UNKNOWN || !o->site_fn ||
	    (o->kind == ORIGIN_CALL && !o->callee))
		in->bad = 1;
	return o;
}

static struct fn_summary *get_function(struct fields *in)
{
	struct fn_summary *fs = calloc(1, sizeof(*fs));

	if (!fs)
		die("out of memory");
	fs->fn = get_sym(in);
	fs->global = get_num(in);
	fs->body = get_num(in);
	fs->impl = get_num(in);
	fs->taken = get_num(in);
	if (!fs->fn)
		in->bad = 1;
	return fs;
}

static int get_line(char *line, struct fn_summary_list **list, struct fn_summary **cur,
		    char **source)
{
	struct fields in = { .next = line };
	char *kind = get_str(&in);

	if (!kind)
		return -1;
	if (!strcmp(kind, "fn")) {
		*cur = get_function(&in);
		add_ptr_list(list, *cur);
	} else if (!strcmp(kind, "c") && *cur && (*cur)->body) {
		struct symbol *callee = get_sym(&in);
		int here = get_num(&in);

		if (callee)
			add_ptr_list(here ? &(*cur)->calls_here : &(*cur)->calls_out, callee);
		else
			in.bad = 1;
	} else if (!strcmp(kind, "o") && *cur && (*cur)->body) {
		struct origin *o = get_origin(&in);

		add_ptr_list(&(*cur)->origins, o);
	} else if (!strcmp(kind, "errno")) {
		int value = get_num(&in);
		char *name = get_str(&in);

		if (name)
			errno_define(value, name);
	} else if (!strcmp(kind, "file") && !*source) {
		*source = get_str(&in);
	} else {
		in.bad = 1;
	}
	free(kind);
	return in.bad || *in.next ? -1 : 0;
}

/*
 * Add the functions that the summary at @path describes to @list, and set
 * @source to the file it summarises, once that is read.  On a malformed
 * or truncated summary, return the line that is wrong, and add nothing
 * from it.
 */
int summary_read(const char *path, struct fn_summary_list **list, char **source)
{
	struct fn_summary_list *got = NULL;
	struct fn_summary *cur = NULL;
	char *line = NULL;
	size_t size = 0;
	ssize_t len;
	int n = 0, bad = 0;
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	while (!bad && (len = getline(&line, &size, f)) > 0) {
		n++;
		if (line[len - 1] != '\n' || (n == 1 && strcmp(line, MAGIC "\n")))
			bad = n;
		else if (n > 1)
			bad = (line[len - 1] = '\0', get_line(line, &got, &cur, source)) ? n : 0;
	}
	if (!bad && (ferror(f) || !n))
		bad = n + 1;
	fclose(f);
	free(line);
	if (!bad)
		concat_ptr_list((struct ptr_list *)got, (struct ptr_list **)list);
	return bad;
}
