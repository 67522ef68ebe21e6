// SPDX-License-Identifier: GPL-2.0
/*
 * sanitize.c - the sanitizers' defaults, linked only into make SANITIZE=1.
 *
 * Built in, so that kbuild, the tests and a user all run with them without
 * setting ASAN_OPTIONS.  The exit status is one that contain.c passes up
 * rather than taking for a file that libsparse gave up on, so a report
 * always fails the run.  Leak checking is off: libsparse never frees, by
 * design, and the process ends after one file anyway.
 */
#include "contain.h"

#define STR(x)	#x
#define XSTR(x)	STR(x)

const char *__asan_default_options(void);
const char *__ubsan_default_options(void);

const char *__asan_default_options(void)
{
	return "detect_leaks=0:halt_on_error=1:exitcode=" XSTR(SANITIZER_EXIT);
}

const char *__ubsan_default_options(void)
{
	return "halt_on_error=1:print_stacktrace=1:exitcode=" XSTR(SANITIZER_EXIT);
}
