// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - findings as sparse-style text on stderr, or as one JSON array.
 *
 * Text is printed here rather than through sparse's warning(), which falls
 * silent after the first error in a file and after -fmax-warnings.  JSON
 * names files relative to the kernel tree's root, which is found by
 * walking up to a directory that holds both MAINTAINERS and Kbuild.
 */
#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "iommu-errno.h"

enum format output_format = FORMAT_TEXT;
const char *output_path;

static int count;
static int json_items;
/*
 * JSON items wait in memory until the run ends, so that an analysis that
 * stops half way (see contain.c) leaves no half-written item in the output.
 */
static FILE *out;
static char *items;
static size_t items_len;
static FILE *dest;
static char *out_tmp, *out_final;

static int is_tree_root(const char *dir)
{
	char path[PATH_MAX + 16];

	snprintf(path, sizeof(path), "%s/MAINTAINERS", dir);
	if (access(path, F_OK))
		return 0;
	snprintf(path, sizeof(path), "%s/Kbuild", dir);
	return !access(path, F_OK);
}

/* @file relative to the tree it belongs to, when one is found. */
const char *tree_relative(const char *file)
{
	static char dir[PATH_MAX];
	char *slash;

	if (file[0] != '/' || strlen(file) >= sizeof(dir))
		return file;
	strcpy(dir, file);
	while ((slash = strrchr(dir, '/')) && slash != dir) {
		*slash = '\0';
		if (is_tree_root(dir))
			return file + (slash - dir) + 1;
	}
	return file;
}

static void json_string(const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void json_field(const char *name, const char *value, int last)
{
	fprintf(out, "\"%s\": ", name);
	if (value)
		json_string(value);
	else
		fputs("null", out);
	fputs(last ? "" : ", ", out);
}

/* " via a() -> b()", with a step's file where the chain leaves the previous one */
const char *chain_text(struct symbol *impl, struct origin *o)
{
	static char buf[1024];
	int len = 0, stream = impl->pos.stream;
	struct step *step;

	buf[0] = '\0';
	FOR_EACH_PTR(o->path, step) {
		struct symbol *sym = step->callee;

		len += snprintf(buf + len, sizeof(buf) - len, "%s%s()",
				len ? " -> " : " via ", show_ident(sym->ident));
		if (len < sizeof(buf) && sym->pos.stream != stream)
			len += snprintf(buf + len, sizeof(buf) - len, " in %s",
					tree_relative(stream_name(sym->pos.stream)));
		stream = sym->pos.stream;
		if (len >= sizeof(buf))
			break;
	} END_FOR_EACH_PTR(step);
	return buf;
}

/* One finding: its facts, its fix point, every implementation that reaches it. */
struct finding {
	const char *id;
	char *errno_text;		/* NULL: not known */
	char *message;
	unsigned int facts;
	struct origin o;
	struct position fix;
	struct symbol_list *impls;
};
DECLARE_PTR_LIST(finding_list, struct finding);

static struct finding_list *pending;

/*
 * The deepest point of @o's path that only attach_dev code reaches: the
 * site, if its function is attach-only, else the call into the first
 * function that other code reaches too.
 */
static struct position fix_point(struct origin *o)
{
	struct step *step;

	FOR_EACH_PTR(o->path, step) {
		if (!attach_only(step->callee))
			return step->pos;
	} END_FOR_EACH_PTR(step);
	return o->pos;
}

static int same_pos(struct position a, struct position b)
{
	return a.stream == b.stream && a.line == b.line && a.pos == b.pos;
}

static int same_text(const char *a, const char *b)
{
	return a ? b && !strcmp(a, b) : !b;
}

static void add_impl(struct finding *f, struct symbol *impl)
{
	struct symbol *old;

	FOR_EACH_PTR(f->impls, old) {
		if (old->ident == impl->ident && old->pos.stream == impl->pos.stream &&
		    old->pos.line == impl->pos.line)
			return;
	} END_FOR_EACH_PTR(old);
	add_ptr_list(&f->impls, impl);
}

void report(const char *id, unsigned int facts, struct symbol *impl, struct origin *o,
	    const char *fmt, ...)
{
	const char *errno_text = o->kind == ORIGIN_CONST ? errno_name(o->value) : NULL;
	struct position fix = fix_point(o);
	char message[2048];
	struct finding *f;
	va_list args;

	FOR_EACH_PTR(pending, f) {
		if (!strcmp(f->id, id) && same_pos(f->fix, fix) && same_text(f->errno_text, errno_text)) {
			add_impl(f, impl);
			return;
		}
	} END_FOR_EACH_PTR(f);
	va_start(args, fmt);
	vsnprintf(message, sizeof(message), fmt, args);
	va_end(args);
	f = calloc(1, sizeof(*f));
	if (!f)
		die("out of memory");
	f->id = id;
	f->errno_text = errno_text ? strdup(errno_text) : NULL;
	f->message = strdup(message);
	f->facts = facts;
	f->o = *o;
	f->fix = fix;
	add_impl(f, impl);
	add_ptr_list(&pending, f);
	count++;
}

static void json_place(const char *name, struct position pos, struct symbol *fn, int column)
{
	fprintf(out, "\"%s\": {", name);
	json_field("file", tree_relative(stream_name(pos.stream)), 0);
	fprintf(out, "\"line\": %d, ", pos.line);
	if (column)
		fprintf(out, "\"column\": %d, ", pos.pos);
	json_field("function", fn ? show_ident(fn->ident) : NULL, 1);
	fputc('}', out);
}

static void emit_json(struct finding *f)
{
	struct origin *o = &f->o;
	struct symbol *impl;
	struct step *step;
	int first = 1;

	fputs(json_items++ ? ",\n  {" : "[\n  {", out);
	json_field("id", f->id, 0);
	json_field("errno", f->errno_text, 0);
	json_field("message", f->message, 0);
	json_field("engine", "sparse", 0);
	json_field("arch", NULL, 0);
	fputs("\"implementations\": [", out);
	FOR_EACH_PTR(f->impls, impl) {
		fputs(first ? "{" : ", {", out);
		json_field("file", tree_relative(stream_name(impl->pos.stream)), 0);
		json_field("function", show_ident(impl->ident), 1);
		fputc('}', out);
		first = 0;
	} END_FOR_EACH_PTR(impl);
	fputs("], ", out);
	json_place("site", o->pos, o->site_fn, 1);
	fputs(", ", out);
	if (f->facts & FACT_PRINT) {
		fputs("\"print\": {", out);
		json_field("file", tree_relative(stream_name(o->print.pos.stream)), 0);
		fprintf(out, "\"line\": %d, ", o->print.pos.line);
		json_field("function", o->print.fn ? show_ident(o->print.fn->ident) : NULL, 0);
		json_field("name", o->print.what, 1);
		fputs("}, ", out);
	}
	if (f->facts & FACT_KAPI) {
		fputs("\"kapi\": {", out);
		json_field("name", show_ident(o->callee->ident), 0);
		fprintf(out, "\"analysed\": %s, ", o->kapi_analysed ? "true" : "false");
		/* a call's -EINVAL; a constant's errno, taken out of the kAPI */
		if (o->kind == ORIGIN_CONST && o->kapi_at_fn) {
			fputs("\"einval\": null, ", out);
			json_place("made", o->kapi_at, o->kapi_at_fn, 0);
		} else if (o->kapi_at_fn) {
			json_place("einval", o->kapi_at, o->kapi_at_fn, 0);
		} else {
			fputs("\"einval\": null", out);
		}
		fputs("}, ", out);
	}
	fputs("\"path\": [", out);
	FOR_EACH_PTR(o->path, step) {
		fputs("{", out);
		json_field("file", tree_relative(stream_name(step->pos.stream)), 0);
		fprintf(out, "\"line\": %d, ", step->pos.line);
		json_field("function", show_ident(step->fn->ident), 1);
		fputs("}, ", out);
	} END_FOR_EACH_PTR(step);
	fputs("{", out);
	json_field("file", tree_relative(stream_name(o->pos.stream)), 0);
	fprintf(out, "\"line\": %d, ", o->pos.line);
	json_field("function", show_ident(o->site_fn->ident), 1);
	fputs("}], ", out);
	json_field("file", tree_relative(stream_name(f->fix.stream)), 0);
	fprintf(out, "\"line\": %d, \"column\": %d}", f->fix.line, f->fix.pos);
}

static void note(struct position pos, const char *fmt, ...) FORMAT_ATTR(2);

/* One write per line: kbuild runs checkers in parallel on one stderr. */
static void note(struct position pos, const char *fmt, ...)
{
	char text[1024];
	va_list args;

	va_start(args, fmt);
	vsnprintf(text, sizeof(text), fmt, args);
	va_end(args);
	fprintf(stderr, "%s:%d:%d: note: %s\n", stream_name(pos.stream), pos.line, pos.pos,
		text);
}

/* The finding at its fix point, then the path, the print and the kAPI as notes. */
static void emit_text(struct finding *f)
{
	struct origin *o = &f->o;
	struct symbol *impl;
	struct step *step;
	char name[64];
	int first = 1;

	fprintf(stderr, "%s:%d:%d: warning: [%s] %s\n", stream_name(f->fix.stream),
		f->fix.line, f->fix.pos, f->id, f->message);
	FOR_EACH_PTR(o->path, step) {
		snprintf(name, sizeof(name), "%s", show_ident(step->fn->ident));
		note(step->pos, "%s() calls %s()", name, show_ident(step->callee->ident));
	} END_FOR_EACH_PTR(step);
	snprintf(name, sizeof(name), "%s", show_ident(o->site_fn->ident));
	/* a site that is its own fix point, reached without a call, says it all */
	if (!o->path && same_pos(o->pos, f->fix))
		;
	else if (o->kind == ORIGIN_CALL || o->callee)
		note(o->pos, "%s() returns what %s() returns", name, show_ident(o->callee->ident));
	else
		note(o->pos, "%s() returns %s", name, f->errno_text ? f->errno_text : "it");
	if (f->facts & FACT_PRINT)
		note(o->print.pos, "printed with %s() in %s()", o->print.what,
		     o->print.fn ? show_ident(o->print.fn->ident) : "?");
	if ((f->facts & FACT_KAPI) && o->kapi_at_fn)
		note(o->kapi_at, "%s() may produce %s here, in %s()",
		     show_ident(o->callee->ident),
		     o->kind == ORIGIN_CONST ? f->errno_text : "-EINVAL",
		     show_ident(o->kapi_at_fn->ident));
	FOR_EACH_PTR(f->impls, impl) {
		if (!first)
			note(impl->pos, "also reached from %s()", show_ident(impl->ident));
		first = 0;
	} END_FOR_EACH_PTR(impl);
}

/* The findings so far, merged, in the order they were found. */
void report_flush(void)
{
	struct finding *f;

	FOR_EACH_PTR(pending, f) {
		if (output_format == FORMAT_JSON)
			emit_json(f);
		else
			emit_text(f);
		free(f->errno_text);
		free(f->message);
		free_ptr_list(&f->impls);
		free(f);
	} END_FOR_EACH_PTR(f);
	free_ptr_list(&pending);
}

int report_count(void)
{
	return count;
}

void report_note(const char *file, const char *text)
{
	fprintf(stderr, "iommu-errno-check: %s: %s\n", file, text);
}

/*
 * JSON goes to stdout, to --output=FILE, or with --output=DIR/ to a file of
 * its own in DIR, since kbuild runs one checker per source file, in
 * parallel, and throws stdout away.  A file appears whole or not at all.
 */
int report_open(void)
{
	struct stat st;
	size_t len;
	int fd;

	dest = stdout;
	if (output_format != FORMAT_JSON)
		return 0;
	out = open_memstream(&items, &items_len);
	if (!out)
		return -1;
	if (!output_path)
		return 0;
	len = strlen(output_path) + 64;
	out_final = malloc(len);
	out_tmp = malloc(len);
	if (!out_final || !out_tmp)
		return -1;
	if (!stat(output_path, &st) && S_ISDIR(st.st_mode))
		snprintf(out_final, len, "%s/%ld.json", output_path, (long)getpid());
	else
		snprintf(out_final, len, "%s", output_path);
	snprintf(out_tmp, len, "%s.tmp%ld", out_final, (long)getpid());
	fd = open(out_tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0 || !(dest = fdopen(fd, "w")))
		return -1;
	return 0;
}

int report_finish(void)
{
	report_flush();
	if (output_format != FORMAT_JSON)
		return 0;
	if (fflush(out))
		return -1;
	fwrite(items, 1, items_len, dest);
	fputs(json_items ? "\n]\n" : "[]\n", dest);
	if (fflush(dest) || (dest != stdout && fclose(dest)))
		return -1;
	if (out_tmp && rename(out_tmp, out_final))
		return -1;
	return 0;
}

void report_abandon(void)
{
	if (out_tmp)
		unlink(out_tmp);
}
