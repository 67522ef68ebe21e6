#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H
/* As on x86: a WARN is a trapping instruction with a __bug_table entry. */
#define __WARN_FLAGS()	asm volatile("1: ud2\n.pushsection __bug_table,\"aw\"\n.long 1b\n.popsection")
#define WARN_ON(cond)	({ int __ret = !!(cond); if (__ret) __WARN_FLAGS(); __ret; })
#endif
