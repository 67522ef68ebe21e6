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
#include "iommu-errno.h"

enum format output_format = FORMAT_TEXT;

static int count;
static int json_items;

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
	putchar('"');
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void json_field(const char *name, const char *value, int last)
{
	printf("\"%s\": ", name);
	if (value)
		json_string(value);
	else
		fputs("null", stdout);
	fputs(last ? "" : ", ", stdout);
}

const char *chain_text(struct origin *o)
{
	static char buf[1024];
	struct symbol *sym;
	int len = 0;

	buf[0] = '\0';
	FOR_EACH_PTR(o->chain, sym) {
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s()",
				len ? " -> " : " via ", show_ident(sym->ident));
		if (len >= sizeof(buf))
			break;
	} END_FOR_EACH_PTR(sym);
	return buf;
}

static void emit_json(const char *id, struct symbol *impl, struct origin *o,
		      const char *errno_text, const char *message)
{
	struct symbol *sym;
	int first = 1;

	fputs(json_items++ ? ",\n  {" : "[\n  {", stdout);
	json_field("id", id, 0);
	json_field("file", tree_relative(stream_name(o->pos.stream)), 0);
	printf("\"line\": %d, \"column\": %d, ", o->pos.line, o->pos.pos);
	json_field("function", show_ident(impl->ident), 0);
	json_field("site_function", show_ident(o->site_fn->ident), 0);
	json_field("errno", errno_text, 0);
	fputs("\"chain\": [", stdout);
	FOR_EACH_PTR(o->chain, sym) {
		fputs(first ? "" : ", ", stdout);
		json_string(show_ident(sym->ident));
		first = 0;
	} END_FOR_EACH_PTR(sym);
	fputs("], \"engine\": \"sparse\", ", stdout);
	json_field("message", message, 1);
	putchar('}');
}

void report(const char *id, struct symbol *impl, struct origin *o, const char *fmt, ...)
{
	char message[2048];
	va_list args;

	va_start(args, fmt);
	vsnprintf(message, sizeof(message), fmt, args);
	va_end(args);
	count++;
	if (output_format == FORMAT_JSON) {
		emit_json(id, impl, o, o->kind == ORIGIN_CONST ? errno_name(o->value) : NULL,
			  message);
		return;
	}
	fprintf(stderr, "%s:%d:%d: warning: [%s] %s\n", stream_name(o->pos.stream),
		o->pos.line, o->pos.pos, id, message);
}

int report_count(void)
{
	return count;
}

void report_not_analysed(const char *file, const char *why)
{
	fprintf(stderr, "iommu-errno-check: %s: not analysed: %s\n", file, why);
}

void report_finish(void)
{
	if (output_format == FORMAT_JSON)
		puts(json_items ? "\n]" : "[]");
	fflush(stdout);
}
