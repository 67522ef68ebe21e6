/* The errno-base.h values: the same on every arch. */
#ifndef _UAPI_ASM_GENERIC_ERRNO_BASE_H
#define _UAPI_ASM_GENERIC_ERRNO_BASE_H
#define	EPERM		 1
#define	ENOENT		 2
#define	EIO		 5
#define	ENXIO		 6
#define	ENOMEM		12
#define	EFAULT		14
#define	EBUSY		16
#define	EXDEV		18
#define	ENODEV		19
#define	EINVAL		22
#define	ENOSPC		28
#define	ERANGE		34
#endif
