/* SPDX-License-Identifier: GPL-2.0 */
#ifndef CONTAIN_H
#define CONTAIN_H

/* contain.c: one file's analysis in a child process */
extern int contained_failures;
int contain(void (*analyse)(char *file), char *file);

/* sanitize.c: the exit status of a sanitized build that found a bug */
#define SANITIZER_EXIT	86

#endif
