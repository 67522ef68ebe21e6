/* mips numbers the errnos beyond errno-base.h its own way. */
#ifndef _ASM_ERRNO_H
#define _ASM_ERRNO_H
#include <uapi/asm-generic/errno-base.h>
#define	ENOSYS		89
#define	EOPNOTSUPP	122
#define	ETIMEDOUT	145
#define	EDQUOT		1133
#endif
