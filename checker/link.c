// SPDX-License-Identifier: GPL-2.0
/*
 * link.c - --link=D: the summaries that one run wrote (summary.c), linked
 * across files, and the rules applied to every attach_dev implementation.
 *
 * To its own file, a call to a function with no body there is a kAPI.
 * Where another summary defines a global function of that name, the call
 * is replaced by what that function returns, through through_call(), the
 * same step that follows a helper within a file.  All functions are linked
 * round after round until no origin list grows, so that a chain of any
 * length, or a cycle, across files ends complete.  Only a function that no
 * summary defines stays a kAPI.
 *
 * Two modules may each define a global of the same name.  Such a name
 * resolves to the definition in the caller's directory, and stays a kAPI
 * where that does not decide it: a wrong link would be a false finding.
 * A helper's branch conditions are not written to its summary, so the
 * folding of a call's constant arguments (guards.c) stays within a file.
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

static int same_dir(struct symbol *a, struct symbol *b)
{
	const char *x = stream_name(a->pos.stream), *y = stream_name(b->pos.stream);
	const char *sx = strrchr(x, '/'), *sy = strrchr(y, '/');
	int lx = sx ? sx - x : 0, ly = sy ? sy - y : 0;

	return lx == ly && !strncmp(x, y, lx);
}

/* The global definition that @name, called from @caller, stands for. */
static struct fn_summary *resolve(struct ident *name, struct fn_summary *caller)
{
	struct fn_summary *fs, *only = NULL, *near = NULL;
	int count = 0, nearby = 0;

	FOR_EACH_PTR(globals[bucket(name)], fs) {
		if (fs->fn->ident != name)
			continue;
		count++;
		only = fs;
		if (same_dir(fs->fn, caller->fn)) {
			nearby++;
			near = fs;
		}
	} END_FOR_EACH_PTR(fs);
	if (count == 1)
		return only;
	return nearby == 1 ? near : NULL;
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
	struct origin *old, *copy;

	FOR_EACH_PTR(*list, old) {
		if (same_origin(old, o))
			return 0;
	} END_FOR_EACH_PTR(old);
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
			def = o->kind == ORIGIN_CALL ? resolve(o->callee->ident, fs) : NULL;
			if (!def) {
				grew |= add_unique(&fs->linked, o);
				continue;
			}
			FOR_EACH_PTR(def->linked, d) {
				struct origin copy;

				if (through_call(&copy, d, o, def->fn))
					grew |= add_unique(&fs->linked, &copy);
			} END_FOR_EACH_PTR(d);
		} END_FOR_EACH_PTR(o);
	} END_FOR_EACH_PTR(fs);
	return grew;
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
		def = fs->body ? fs : resolve(fs->fn->ident, fs);
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
	n = implementations(&impls);
	for (i = 0; i < n; i++) {
		struct impl impl = { .fn = impls[i]->fn, .reg = impls[i]->fn->pos };

		check_bad_errno(&impl, impls[i]->linked);
		check_einval_print(&impl, impls[i]->linked);
		check_kapi_errno(&impl, impls[i]->linked);
	}
	free(impls);
	return failed;
}
