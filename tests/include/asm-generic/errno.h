/* Generic numbering of the errnos beyond errno-base.h. */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H
#include <uapi/asm-generic/errno-base.h>
#define	ENOSYS		38
#define	EOPNOTSUPP	95
#define	ETIMEDOUT	110
#define	EDQUOT		122
#define	EWOULDBLOCK	EAGAIN
#define	EAGAIN		11
#endif
