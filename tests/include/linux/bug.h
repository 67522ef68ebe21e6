#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H
/* As on x86: a WARN is a trapping instruction with a __bug_table entry. */
#define __WARN_FLAGS()	asm volatile("1: ud2\n.pushsection __bug_table,\"aw\"\n.long 1b\n.popsection")
/* As the kernel's: the condition is tested twice, through !! and unlikely() */
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define WARN_ON(cond)	({ int __ret_warn_on = !!(cond); if (unlikely(__ret_warn_on)) __WARN_FLAGS(); unlikely(__ret_warn_on); })
#endif
