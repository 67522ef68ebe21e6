// SPDX-License-Identifier: GPL-2.0
/*
 * link.c - --link=D: the summaries that one run wrote (summary.c), linked
 * across files, and the rules applied to every attach_dev implementation.
 *
 * To its own file, a call to a function with no body there is a kAPI.
 * Where another file of the same driver (same_driver()) defines a global
 * function of that name, the call is replaced by what that function
 * returns, through through_call(), the same step that follows a helper
 * within a file.  All functions are linked round after round until no
 * origin list grows, so that a chain of any length, or a cycle, across
 * files ends complete.  A name that two files of the driver define stays
 * a kAPI: a wrong link would be a false finding.  Of a helper's branch
 * conditions, only those on its arguments are written to its summary
 * (args.c): a call's constant arguments decide them in any file, the
 * IR's other conditions (guards.c) stay within their own.
 *
 * Everything else is a kAPI, the IOMMU core included.  Where a summary
 * defines the kAPI, its own origins say whether, and where, it may give
 * -EINVAL; one that cannot is not reported.  The errnos outside the
 * kdoc's list that it may give are findings at the driver's call.  Its
 * prints are its own.
 *
 * The linked summaries hold every checked file's calls and taken
 * addresses, so callers.c decides a global as it decides a static.
 */
#include <dirent.h>
#include <string.h>
#include "iommu-errno.h"

#define BUCKETS		4096
#define MAX_ROUNDS	64

static struct fn_summary_list *all;
static struct fn_summary_list *globals[BUCKETS];

static unsigned int bucket(struct ident *ident)
{
	return ((unsigned long)ident >> 4) % BUCKETS;
}

/*
 * The IOMMU core and its libraries: a kAPI to every driver, though they
 * share drivers/iommu/ with the drivers that sit at its top.
 */
static const char *const core[] = {
	"iommu.c", "iommu-", "io-pgfault.c", "io-pgtable", "dma-iommu.c", "iova.c",
	"of_iommu.c", "iommufd/", "generic_pt/",
};

/* @file's path below drivers/iommu/, or NULL */
static const char *below_iommu(const char *file)
{
	static const char top[] = "drivers/iommu/";
	const char *rel = tree_relative(file), *s, *at = NULL;

	for (s = rel; (s = strstr(s, top)); s++) {
		if (s == rel || s[-1] == '/')
			at = s + strlen(top);
	}
	return at;
}

/* A directory of the core holds only core; a file name is matched at the top. */
static int is_core(const char *rel)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(core); i++) {
		size_t n = strlen(core[i]);

		if (!strncmp(rel, core[i], n) && (core[i][n - 1] == '/' || !strchr(rel, '/')))
			return 1;
	}
	return 0;
}

/* is_core() of a stream's file, worked out once: the tree is found by access() */
static int core_stream(int stream)
{
	static signed char *known;
	static int size;
	const char *rel;

	if (stream < 0)
		return 0;
	if (stream >= size) {
		int n = stream * 2 + 64;

		known = realloc(known, n);
		if (!known)
			die("out of memory");
		memset(known + size, -1, n - size);
		size = n;
	}
	if (known[stream] < 0) {
		rel = below_iommu(stream_name(stream));
		known[stream] = rel && is_core(rel);
	}
	return known[stream];
}

/*
 * Whether @a and @b are files of one driver, whose helpers are followed:
 * the same directory, and neither a file of the IOMMU core.  A driver of
 * several files keeps them in a directory of its own (amd/, intel/,
 * arm/arm-smmu-v3/); at the top of drivers/iommu/ single-file drivers sit
 * beside the core, which is named by its files.  Anything else, another
 * subsystem included, is a kAPI.
 */
static int same_driver(struct symbol *a, struct symbol *b)
{
	const char *x = stream_name(a->pos.stream), *y = stream_name(b->pos.stream);
	const char *sx = strrchr(x, '/'), *sy = strrchr(y, '/');
	int lx = sx ? sx - x : 0, ly = sy ? sy - y : 0;

	if (core_stream(a->pos.stream) || core_stream(b->pos.stream))
		return 0;
	return lx == ly && !strncmp(x, y, lx);
}

/* The global definition that @name, called from @caller, stands for. */
static struct fn_summary *resolve(struct ident *name, struct symbol *caller, int driver)
{
	struct fn_summary *fs, *only = NULL;
	int count = 0;

	FOR_EACH_PTR(globals[bucket(name)], fs) {
		if (fs->fn->ident != name || same_driver(fs->fn, caller) != driver)
			continue;
		count++;
		only = fs;
	} END_FOR_EACH_PTR(fs);
	return count == 1 ? only : NULL;
}

static int same_place(struct symbol *a, struct symbol *b)
{
	return a->ident == b->ident && a->pos.stream == b->pos.stream &&
	       a->pos.line == b->pos.line;
}

/* Keep one of each function: a file summarised twice is read twice. */
static void add_function(struct fn_summary *fs)
{
	struct fn_summary *old;

	FOR_EACH_PTR(all, old) {
		if (old->body == fs->body && old->impl == fs->impl && same_place(old->fn, fs->fn))
			return;
	} END_FOR_EACH_PTR(old);
	add_ptr_list(&all, fs);
	if (fs->body && fs->global)
		add_ptr_list(&globals[bucket(fs->fn->ident)], fs);
}

static int add_unique(struct origin_list **list, struct origin *o)
{
	struct origin *copy;

	if (origin_listed(*list, o))
		return 0;
	copy = malloc(sizeof(*copy));
	if (!copy)
		die("out of memory");
	*copy = *o;
	add_ptr_list(list, copy);
	return 1;
}

/* One round: every function's calls replaced by what their callees give so far. */
static int link_round(void)
{
	struct fn_summary *fs, *def;
	struct origin *o, *d;
	int grew = 0;

	FOR_EACH_PTR(all, fs) {
		FOR_EACH_PTR(fs->origins, o) {
			def = o->kind == ORIGIN_CALL ? resolve(o->callee->ident, o->site_fn, 1) : NULL;
			if (!def) {
				grew |= add_unique(&fs->linked, o);
				continue;
			}
			FOR_EACH_PTR(def->linked, d) {
				struct origin copy;

				/* an address where the helper's path needs NULL */
				if (d->null_args & o->address_args)
					continue;
				if (through_call(&copy, d, o, def->fn))
					grew |= add_unique(&fs->linked, &copy);
			} END_FOR_EACH_PTR(d);
		} END_FOR_EACH_PTR(o);
	} END_FOR_EACH_PTR(fs);
	return grew;
}

#define KAPI_DEPTH	8

static struct fn_summary *defined_at(struct symbol *fn)
{
	struct fn_summary *fs;

	FOR_EACH_PTR(all, fs) {
		if (fs->body && same_place(fs->fn, fn))
			return fs;
	} END_FOR_EACH_PTR(fs);
	return NULL;
}

/*
 * A walk over what a kAPI may return, as far as summaries tell: into the
 * kAPIs it calls in turn and into the callback that the call site passes,
 * each call's guards (calls[]) applied to the values that come through it.
 */
struct kapi_walk {
	struct origin *calls[KAPI_DEPTH + 1];	/* the calls on the way, outermost first */
	struct arg_fact args[KAPI_DEPTH + 1][MAX_ARGS];	/* what each passes, as far as known */
	int depth;
	/* a constant, or (unbounded) a value the summaries cannot bound; nonzero stops */
	int (*visit)(struct kapi_walk *w, struct origin *o, int unbounded);
	struct origin_list *made;		/* what a visitor collects */
};

/* Whether every call on the way lets its result be @value. */
static int walk_allows(struct kapi_walk *w, long long value)
{
	int i;

	for (i = 0; i < w->depth; i++) {
		if (w->calls[i] && !guards_allow(&w->calls[i]->guards, value))
			return 0;
	}
	return 1;
}

static struct origin *walk_values(struct kapi_walk *w, struct fn_summary *def);

/* Into @def, called at @call (NULL: a callback, called by the kAPI itself). */
static struct origin *walk_into(struct kapi_walk *w, struct fn_summary *def, struct origin *call)
{
	struct origin *e;

	memset(w->args[w->depth], 0, sizeof(w->args[w->depth]));
	if (call)
		args_through(w->args[w->depth], call->args, w->args[w->depth - 1]);
	w->calls[w->depth++] = call;
	e = walk_values(w, def);
	w->depth--;
	return e;
}

/*
 * A call through the kAPI's argument N returns what the function that
 * the call site passes there returns, which is the driver's own callback.
 */
static struct fn_summary *callback_of(struct kapi_walk *w, struct origin *o)
{
	struct origin *call = w->calls[w->depth - 1];
	struct symbol *cb = o->callback_arg > 0 && o->callback_arg <= MAX_CALLBACKS && call ?
			    call->callbacks[o->callback_arg - 1] : NULL;

	return cb ? defined_at(cb) : NULL;
}

static struct origin *walk_values(struct kapi_walk *w, struct fn_summary *def)
{
	struct origin *call = w->calls[w->depth - 1], *o, *e;
	struct fn_summary *inner;

	FOR_EACH_PTR(def->linked, o) {
		struct arg_cond left[MAX_ARG_CONDS];
		int n;

		/* the caller passes an address where this path needs NULL */
		if (call && (o->null_args & call->address_args))
			continue;
		/* or a constant that a branch on the way rules out */
		if (!arg_conds_through(left, &n, o->argconds, o->nargconds, w->args[w->depth - 1]))
			continue;
		e = NULL;
		inner = NULL;
		switch (o->kind) {
		case ORIGIN_CONST:
			e = w->visit(w, o, 0) ? o : NULL;
			break;
		case ORIGIN_CALL:
			if (!o->returns_errno)
				break;
			inner = resolve(o->callee->ident, o->site_fn, 0);
			if (inner && w->depth < KAPI_DEPTH)
				e = walk_into(w, inner, o);
			else
				e = w->visit(w, o, 1) ? o : NULL;
			break;
		default:
			inner = callback_of(w, o);
			if (inner && w->depth < KAPI_DEPTH)
				e = walk_into(w, inner, NULL);
			else
				e = w->visit(w, o, 1) ? o : NULL;
			break;
		}
		if (e)
			return e;
	} END_FOR_EACH_PTR(o);
	return NULL;
}

/* -EINVAL, or a value that may be -EINVAL: the first stops the walk. */
static int visit_einval(struct kapi_walk *w, struct origin *o, int unbounded)
{
	return (unbounded || o->value == errno_einval()) && walk_allows(w, errno_einval());
}

/* An errno outside the kdoc's list, collected once per value. */
static int visit_disallowed(struct kapi_walk *w, struct origin *o, int unbounded)
{
	struct origin *old;

	if (unbounded || !is_errno(o->value) || errno_allowed(o->value) ||
	    !walk_allows(w, o->value))
		return 0;
	FOR_EACH_PTR(w->made, old) {
		if (old->value == o->value)
			return 0;
	} END_FOR_EACH_PTR(old);
	add_ptr_list(&w->made, o);
	return 0;
}

/*
 * A call that stays a kAPI, with what the kAPI's own summary says: where
 * it may give -EINVAL, or that it cannot; and, added to @extra, each
 * disallowed errno it may give, as a constant made at the driver's call
 * (a finding of ATTACH_DEV_BAD_ERRNO like any other constant there).
 */
static void kapi_facts(struct origin *o, struct origin_list **extra)
{
	struct kapi_walk w = { .calls = { o }, .depth = 1 };
	struct fn_summary *def;
	struct origin *e;

	memcpy(w.args[0], o->args, sizeof(w.args[0]));
	if (o->kind != ORIGIN_CALL || !(def = resolve(o->callee->ident, o->site_fn, 0)))
		return;
	o->kapi_analysed = 1;
	w.visit = visit_einval;
	e = walk_values(&w, def);
	if (e) {
		o->kapi_at = e->pos;
		o->kapi_at_fn = e->site_fn;
	} else {
		o->may_be_einval = 0;
	}
	w.visit = visit_disallowed;
	walk_values(&w, def);
	FOR_EACH_PTR(w.made, e) {
		struct origin c = *o;

		c.kind = ORIGIN_CONST;
		c.value = e->value;
		c.may_be_einval = 0;
		c.print = (struct print_site) { };
		c.kapi_at = e->pos;
		c.kapi_at_fn = e->site_fn;
		add_unique(extra, &c);
	} END_FOR_EACH_PTR(e);
	free_ptr_list(&w.made);
}

/* The definition a name stands for, wherever it is: any caller counts. */
static struct fn_summary *resolve_any(struct ident *name, struct symbol *caller)
{
	struct fn_summary *def = resolve(name, caller, 1);

	return def ? def : resolve(name, caller, 0);
}

/* Who calls whom over all summaries, for the fix point. */
static void link_callers(void)
{
	struct fn_summary *fs, *def;
	struct symbol *callee;

	callers_reset();
	FOR_EACH_PTR(all, fs) {
		if (fs->body)
			callers_function(fs->fn, fs->global, fs->taken, fs->impl);
		else if ((def = resolve_any(fs->fn->ident, fs->fn)))
			callers_function(def->fn, 0, fs->taken, fs->impl);
		FOR_EACH_PTR(fs->calls_here, callee) {
			callers_call(fs->fn, callee);
		} END_FOR_EACH_PTR(callee);
		FOR_EACH_PTR(fs->calls_out, callee) {
			def = resolve_any(callee->ident, fs->fn);
			if (def)
				callers_call(fs->fn, def->fn);
		} END_FOR_EACH_PTR(callee);
	} END_FOR_EACH_PTR(fs);
	callers_decide(1);
}

static int read_dir(const char *dir)
{
	struct fn_summary_list *read = NULL;
	struct fn_summary *fs;
	struct dirent *de;
	int failed = 0;
	DIR *d = opendir(dir);

	if (!d)
		return -1;
	while ((de = readdir(d))) {
		char path[4096], note[4200];
		size_t len = strlen(de->d_name);
		char *source = NULL;
		int bad;

		if (len < 5 || strcmp(de->d_name + len - 4, ".sum"))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		bad = summary_read(path, &read, &source);
		/* named by the source file, which outlives the run's summaries */
		snprintf(note, sizeof(note), "not linked: its summary %s %s", path,
			 bad < 0 ? "cannot be read" : "is not complete");
		if (bad)
			report_note(source ? source : path, note);
		failed += !!bad;
		free(source);
	}
	closedir(d);
	FOR_EACH_PTR(read, fs) {
		add_function(fs);
	} END_FOR_EACH_PTR(fs);
	return failed;
}

static int by_place(const void *a, const void *b)
{
	struct symbol *x = (*(struct fn_summary **)a)->fn, *y = (*(struct fn_summary **)b)->fn;
	int c = strcmp(stream_name(x->pos.stream), stream_name(y->pos.stream));

	return c ? c : (int)x->pos.line - (int)y->pos.line;
}

/* Each implementation once, at its definition, in file and line order. */
static int implementations(struct fn_summary ***out)
{
	struct fn_summary *fs, *def, **v = NULL;
	int n = 0, i;

	FOR_EACH_PTR(all, fs) {
		if (!fs->impl)
			continue;
		def = fs->body ? fs : resolve(fs->fn->ident, fs->fn, 1);
		for (i = 0; def && i < n; i++)
			def = v[i] == def ? NULL : def;
		if (!def)
			continue;
		v = realloc(v, (n + 1) * sizeof(*v));
		if (!v)
			die("out of memory");
		v[n++] = def;
	} END_FOR_EACH_PTR(fs);
	if (n)
		qsort(v, n, sizeof(*v), by_place);
	*out = v;
	return n;
}

/*
 * Link the summaries in @dir and report on every implementation.  Returns
 * how many summaries could not be read, or -1 when @dir cannot be.
 */
int link_summaries(const char *dir)
{
	struct fn_summary **impls;
	int failed = read_dir(dir), rounds = 0, n, i;

	if (failed < 0)
		return -1;
	while (link_round() && ++rounds < MAX_ROUNDS)
		;
	link_callers();
	n = implementations(&impls);
	for (i = 0; i < n; i++) {
		struct impl impl = { .fn = impls[i]->fn, .reg = impls[i]->fn->pos };
		struct origin_list *extra = NULL;
		struct origin *o;

		FOR_EACH_PTR(impls[i]->linked, o) {
			kapi_facts(o, &extra);
		} END_FOR_EACH_PTR(o);
		concat_ptr_list((struct ptr_list *)extra, (struct ptr_list **)&impls[i]->linked);
		free_ptr_list(&extra);

		run_checks(&impl, impls[i]->linked);
	}
	free(impls);
	return failed;
}
