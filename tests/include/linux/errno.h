#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H
#ifdef __mips__
#include <asm-mips/errno.h>
#else
#include <asm-generic/errno.h>
#endif
/* kernel-internal errnos */
#define ENOTSUPP	524
#endif
