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
	struct symbol *sym;

	buf[0] = '\0';
	FOR_EACH_PTR(o->chain, sym) {
		len += snprintf(buf + len, sizeof(buf) - len, "%s%s()",
				len ? " -> " : " via ", show_ident(sym->ident));
		if (len < sizeof(buf) && sym->pos.stream != stream)
			len += snprintf(buf + len, sizeof(buf) - len, " in %s",
					tree_relative(stream_name(sym->pos.stream)));
		stream = sym->pos.stream;
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

	fputs(json_items++ ? ",\n  {" : "[\n  {", out);
	json_field("id", id, 0);
	json_field("file", tree_relative(stream_name(o->pos.stream)), 0);
	fprintf(out, "\"line\": %d, \"column\": %d, ", o->pos.line, o->pos.pos);
	json_field("function", show_ident(impl->ident), 0);
	json_field("site_function", show_ident(o->site_fn->ident), 0);
	json_field("errno", errno_text, 0);
	json_field("callee", o->kind == ORIGIN_CALL ? show_ident(o->callee->ident) : NULL, 0);
	fputs("\"chain\": [", out);
	FOR_EACH_PTR(o->chain, sym) {
		fputs(first ? "" : ", ", out);
		json_string(show_ident(sym->ident));
		first = 0;
	} END_FOR_EACH_PTR(sym);
	fputs("], \"chain_files\": [", out);
	first = 1;
	FOR_EACH_PTR(o->chain, sym) {
		fputs(first ? "" : ", ", out);
		json_string(tree_relative(stream_name(sym->pos.stream)));
		first = 0;
	} END_FOR_EACH_PTR(sym);
	fputs("], \"engine\": \"sparse\", ", out);
	json_field("message", message, 1);
	fputc('}', out);
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
