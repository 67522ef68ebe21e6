/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check_list.h - every rule, one CHECK() each, in the order they run.
 * A new rule is a check_*.c file and a line here; main.c (a file at a
 * time) and link.c (linked summaries) both run this list.
 */
CHECK(check_bad_errno)
CHECK(check_einval_print)
CHECK(check_kapi_errno)
