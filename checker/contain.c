// SPDX-License-Identifier: GPL-2.0
/*
 * contain.c - one file's analysis in a child process, so that libsparse's
 * own ways of stopping cost that file and not the kbuild run.
 *
 * libsparse gives up on some input by exiting: die() and error_die() on a
 * missing #include, "redefinition of struct x" or a constant too big.  It
 * aborts on IR it cannot validate, and deep enough nesting overflows its
 * recursive parser's stack.  None of these can be caught in the process,
 * and kbuild stops at the first checker that exits non-zero.
 *
 * Each file is analysed in a fork.  A child that finishes its file tells
 * its parent so through a pipe, then carries on with the rest of the run
 * itself, its state (findings, counts, JSON not yet written) being the
 * run's; the parent only waits and passes the final exit status up.  A
 * child that stops before it says so lost only its own file: the parent,
 * whose state is the run's as it was before that file, reports the file
 * as not analysed and goes on with the next one.  Nothing is shared, so
 * the rest of the checker need not know about any of this.
 *
 * The chain is one process per file, almost all of it shared copy on
 * write; kbuild gives one file per run.  The CPU and address space limits
 * turn a hang or a runaway allocation into a stop of the same kind.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include "iommu-errno.h"
#include "contain.h"

#define CPU_SECONDS	300
#define ADDRESS_SPACE	(8ULL << 30)

int contained_failures;

static void set_limit(int resource, rlim_t value)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl))
		return;
	/* tighter limits from the caller stay */
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= value)
		return;
	rl.rlim_cur = value;
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < value)
		rl.rlim_cur = rl.rlim_max;
	setrlimit(resource, &rl);
}

static void child_limits(void)
{
	set_limit(RLIMIT_CPU, CPU_SECONDS);
#ifndef IOMMU_ERRNO_SANITIZE
	/* ASan reserves terabytes of address space for its shadow. */
	set_limit(RLIMIT_AS, ADDRESS_SPACE);
#endif
}

static void why_stopped(int status, char *buf, size_t len)
{
	struct rlimit rl;
	int sig;

	if (WIFEXITED(status)) {
		snprintf(buf, len, "libsparse gave up on it (exit status %d)",
			 WEXITSTATUS(status));
		return;
	}
	sig = WTERMSIG(status);
	if (sig == SIGXCPU && !getrlimit(RLIMIT_CPU, &rl))
		snprintf(buf, len, "its analysis passed the limit of %llu s of CPU time",
			 (unsigned long long)rl.rlim_cur);
	else
		snprintf(buf, len, "its analysis was killed by signal %d (%s)", sig,
			 strsignal(sig));
}

static pid_t wait_child(pid_t pid, int *status)
{
	pid_t got;

	do {
		got = waitpid(pid, status, 0);
	} while (got < 0 && errno == EINTR);
	return got;
}

static ssize_t read_byte(int fd, char *c)
{
	ssize_t n;

	do {
		n = read(fd, c, 1);
	} while (n < 0 && errno == EINTR);
	return n;
}

/*
 * The parent's side: wait for the child to finish @file or to stop.
 * Does not return once the child has finished it.
 */
static void parent(pid_t pid, int fd, char *file)
{
	char why[128], note[192], c;
	int status = 0;
	ssize_t n;

	n = read_byte(fd, &c);
	close(fd);
	if (wait_child(pid, &status) < 0) {
		report_note(file, "not analysed: its analysis was lost (waitpid failed)");
		contained_failures++;
		return;
	}
#ifdef IOMMU_ERRNO_SANITIZE
	/* A sanitizer's report is a bug to fix, never a file to skip. */
	if (WIFEXITED(status) && WEXITSTATUS(status) == SANITIZER_EXIT)
		_exit(SANITIZER_EXIT);
#endif
	if (n == 1) {
		/* The child's exit is the run's; stdio was flushed before fork(). */
		if (WIFEXITED(status))
			_exit(WEXITSTATUS(status));
		signal(WTERMSIG(status), SIG_DFL);
		raise(WTERMSIG(status));
		_exit(128 + WTERMSIG(status));
	}
	why_stopped(status, why, sizeof(why));
	snprintf(note, sizeof(note), "not analysed: %s", why);
	report_note(file, note);
	contained_failures++;
}

/* Run @analyse on @file; return 0 when it finished, -1 when it stopped. */
int contain(void (*analyse)(char *file), char *file)
{
	int fds[2];
	pid_t pid;

#ifdef IOMMU_ERRNO_FUZZ
	/*
	 * The fuzzer must see libsparse's crashes, and forks at this point
	 * itself, past sparse_initialize(), which every input shares.
	 */
	__AFL_INIT();
	analyse(file);
	return 0;
#endif
	fflush(NULL);
	if (pipe(fds)) {
		analyse(file);
		return 0;
	}
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		analyse(file);
		return 0;
	}
	if (pid) {
		close(fds[1]);
		parent(pid, fds[0], file);
		return -1;
	}
	close(fds[0]);
	child_limits();
	analyse(file);
	fflush(NULL);
	if (write(fds[1], "", 1) != 1)
		_exit(EXIT_FAILURE);
	close(fds[1]);
	return 0;
}
