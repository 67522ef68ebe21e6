// SPDX-License-Identifier: GPL-2.0-only
/// An iommu_domain_ops attach_dev callback returns 0, or -EINVAL only to
/// say that the device and the domain are incompatible, without a print
/// (VFIO tries one domain after another), or -ENOMEM, -ENOSPC, -EBUSY or
/// -ENODEV; a kAPI's -EINVAL must be converted.  Find, below each
/// implementation, in any file of its driver:
///   ATTACH_DEV_BAD_ERRNO    another errno constant ("return -ENOENT;"),
///   ATTACH_DEV_EINVAL_PRINT -EINVAL on a path that also prints,
///   ATTACH_DEV_KAPI_ERRNO   a kAPI's value returned unconverted.
/// All three run unless some are chosen: -D bad_errno, -D einval_print,
/// -D kapi_errno, e.g.
///   make coccicheck MODE=report COCCI=<this file> SPFLAGS="-D bad_errno"
/// Each is reported at its fix point: where the value is made, or, if a
/// function that other code shares makes it, the call into that function.
/// Patch mode removes a print only from a branch that does nothing but
/// print and return -EINVAL under a condition that calls no function.
///
// Confidence: Moderate
// Copyright: (C) 2025 The iommu-errno authors.
// Options: --no-includes
// Keywords: iommu, iommu_domain_ops, attach_dev, EINVAL, ENODEV, dev_err
// Requires: 1.1.1
//
// Implementations are found by struct type, never by member name (struct
// generic_pm_domain has an attach_dev too).  A driver is a directory
// without the IOMMU core (CORE); its other files are read by an Iteration
// where a function is missing (report, org and record modes; context and
// patch say on stderr what they cannot follow).  Everything else is a
// kAPI, whose source is never read.  See DESIGN.md, "The fix point" and
// "The kAPI boundary".  Other virtual rules: -D mainline (the 6.2 kdoc: no
// kAPI conversion), -D debug_prints (pr_debug and dev_dbg count),
// -D list_implementations ("IMPL file:line function" only), -D list_tables
// (the tables, for tests/tables), -D record (one JSON object per line, for
// scripts/iommu-errno: DESIGN.md, "The record as JSON").

// spatch compiles every isomorphism into every rule, and the rules list
// the forms of a test that they accept: only braces0..4 and drop_else,
// which the fixtures need, stay on.
#spatch --disable-iso paren --disable-iso drop_cast --disable-iso add_signed --disable-iso add_int1
#spatch --disable-iso add_int2
#spatch --disable-iso not_int1 --disable-iso not_int2 --disable-iso not_ptr1 --disable-iso not_ptr2
#spatch --disable-iso commeq --disable-iso commneq --disable-iso is_zero --disable-iso isnt_zero
#spatch --disable-iso is_null --disable-iso isnt_null1 --disable-iso bitor_comm --disable-iso bitand_comm
#spatch --disable-iso plus_comm --disable-iso mult_comm --disable-iso plus_assoc --disable-iso minus_assoc
#spatch --disable-iso plus_minus_assoc1 --disable-iso plus_minus_assoc2 --disable-iso times_assoc
#spatch --disable-iso div_assoc --disable-iso times_div_assoc1 --disable-iso times_div_assoc2
#spatch --disable-iso gtr_lss --disable-iso gtr_lss_eq --disable-iso inc --disable-iso for_inc
#spatch --disable-iso unlikely --disable-iso bsd_branch_pred --disable-iso zero_multiple_format
#spatch --disable-iso neg_if --disable-iso ne_if --disable-iso neg_if_exp --disable-iso decl_init
#spatch --disable-iso extern_decl_init --disable-iso static_decl_init --disable-iso ret
#spatch --disable-iso ptr_to_array --disable-iso mkinit --disable-iso fld_to_ptr --disable-iso sizeof_type_expr

virtual report, org, context, patch, record, list_implementations, list_tables
virtual bad_errno, einval_print, kapi_errno, mainline, debug_prints, xfile

@initialize:python@
@@
import json
import os
import re
import sys
from collections import namedtuple

# The tables, one place each; tests/tables compares them with the C checker's.
IDS = {"bad_errno": "ATTACH_DEV_BAD_ERRNO", "einval_print": "ATTACH_DEV_EINVAL_PRINT",
       "kapi_errno": "ATTACH_DEV_KAPI_ERRNO"}
ALLOWED = ("EINVAL", "ENOMEM", "ENOSPC", "EBUSY", "ENODEV")
LEVELS = ("emerg", "alert", "crit", "err", "warn", "notice", "info")
PRINTS = frozenset([n + s for n in ["printk"] + ["pr_" + l for l in LEVELS + ("warning", "debug")]
		    + ["dev_" + l for l in LEVELS + ("dbg",)] for s in ("", "_ratelimited", "_once")]
		   + ["dev_err_probe", "WARN", "WARN_ON", "WARN_ONCE", "WARN_ON_ONCE"])
# The print rules test a name against =~ "^(printk|pr_|dev_|WARN)" before
# is_print(): spatch's regex is cheap, Python on every call is not.
DEBUG_PRINTS = frozenset(n for n in PRINTS if "dbg" in n or "debug" in n)
# Patch mode removes only a plain message, not a print that is also a
# value (dev_err_probe) or a test (WARN_ON).
REMOVABLE = frozenset(n for n in PRINTS if n != "dev_err_probe" and not n.startswith("WARN"))
# Callees that are not kAPIs: dev_err_probe() returns the errno it is
# given, and the <linux/iopoll.h> macros give 0 or -ETIMEDOUT.
NOT_KAPI = re.compile(r"(dev_err_probe|read\w*_poll_timeout(_atomic)?)$")
# The IOMMU core below drivers/iommu/: a directory, or a file name at the top.
CORE = ("iommu.c", "iommu-", "io-pgfault.c", "io-pgtable", "dma-iommu.c", "iova.c",
	"of_iommu.c", "iommufd/", "generic_pt/")
OUTPUTS = {"report", "org", "context", "patch", "record", "list_implementations", "list_tables"}

# A place, as coccilib prints it; a fact holds it as a plain tuple, so
# that it can pass between the jobs of spatch.
Where = namedtuple("Where", "file line column column_end function")

def at(p):
	return Where(p[0].file, int(p[0].line), int(p[0].column), int(p[0].column_end),
		     p[0].current_element)

def key(w):
	return (w[0], w[1], w[2])

class File:
	"""The file being read: its facts, tagged tuples handed to finalize
	(end_file()), and what steers the rules: the functions whose returns
	matter (roots, wanted) and the calls whose value each stores."""
	def __init__(self):
		self.facts, self.defined, self.static = set(), set(), set()
		self.roots, self.wanted, self.stores = set(), set(), {}

class Run:
	"""The run: the virtual rules given, the (file, name) pairs read by an
	Iteration, all facts so far, and the positions that context and patch
	mark in the file being read; the Fixes section may add its own."""
	def __init__(self):
		self.chosen, self.modes, self.flags, self.tried, self.facts = (set() for _ in range(5))
		self.marks, self.prints, self.complex_ifs = set(), set(), set()

file, run = File(), Run()
coccinelle.facts = []	# merged across jobs in finalize

def note(virtual):
	(run.chosen if virtual in IDS else run.modes if virtual in OUTPUTS else run.flags).add(virtual)

def selected(rule):
	return (not run.chosen or rule in run.chosen) and not (rule == "kapi_errno" and "mainline" in run.flags)

def is_print(name):
	return name in PRINTS and ("debug_prints" in run.flags or name not in DEBUG_PRINTS)

@initialize:python depends on report@
@@
note("report")
@initialize:python depends on org@
@@
note("org")
@initialize:python depends on context@
@@
note("context")
@initialize:python depends on patch@
@@
note("patch")
@initialize:python depends on record@
@@
note("record")
@initialize:python depends on list_implementations@
@@
note("list_implementations")
@initialize:python depends on list_tables@
@@
note("list_tables")
@initialize:python depends on bad_errno@
@@
note("bad_errno")
@initialize:python depends on einval_print@
@@
note("einval_print")
@initialize:python depends on kapi_errno@
@@
note("kapi_errno")
@initialize:python depends on mainline@
@@
note("mainline")
@initialize:python depends on debug_prints@
@@
note("debug_prints")

@initialize:python@
@@
# Constraints that note facts.  fact() keeps the match, for a rule that
# others depend on; seen() keeps none: a match would cost an environment.
def fact(*t):
	file.facts.add(t)
	return True

def seen(*t):
	file.facts.add(t)
	return False

def register(fn, p):
	file.roots.add(fn)
	return fact("reg", fn, at(p))

def store(p, g):
	if g in file.defined:
		file.stores.setdefault(p[0].current_element, set()).add(g)
	return False

def passes(c, g):
	return seen("pass", g, at(c)) or store(c, g)

def used(f, p):
	"""Inside a function, a name of the file; outside, any name."""
	return (f in file.defined or p[0].current_element not in file.defined) and seen("use", f, at(p))

# SmPL reads "in" in a constraint as its own keyword: these say it.
def wanted(f):
	return f in file.wanted

def removable(pr):
	return pr in REMOVABLE

def marked(p, where):
	return key(at(p)) in where

def grow(roots):
	"""The closure of roots through stored or returned calls: a superset of
	the functions whose value reaches the return of an implementation."""
	todo = [f for f in roots if f in file.defined]
	while todo:
		f = todo.pop()
		if f not in file.wanted:
			file.wanted.add(f)
			todo.extend(file.stores.get(f, ()))

// ---------------------------------------------------------------------
// Where attach_dev implementations are registered.  Each rule names
// attach_dev, so that spatch's token prefilter skips the other files.
// ---------------------------------------------------------------------

// Trees before 5.19 had attach_dev in struct iommu_ops.
@named_ops depends on !xfile@
type T = {struct iommu_domain_ops, struct iommu_ops};
identifier I, fn;
position p : script:python (fn) { register(fn, p) };
@@
T I = { ..., .attach_dev = fn@p, ... };

// Also the .ops of a static identity or blocked struct iommu_domain, and
// the .default_domain_ops of a struct iommu_ops.
@literal_ops depends on !xfile@
identifier fn;
position p : script:python (fn) { register(fn, p) };
@@
 (struct iommu_domain_ops) { ..., .attach_dev = fn@p, ... }

// A runtime assignment counts when its left side is typed struct
// iommu_domain_ops, or, where the type is not known, when fn takes a
// struct iommu_domain, which genpd's callback does not.  The untyped
// statement is matched first: the typed match then runs only where
// there is one.
@assigned_attach depends on !xfile@
expression E;
identifier fn;
position p;
@@
(
E->attach_dev = fn@p;
|
E.attach_dev = fn@p;
)

@typed_assignment depends on assigned_attach@
struct iommu_domain_ops *E;
struct iommu_domain_ops F;
identifier fn;
position p : script:python (fn) { register(fn, p) };
@@
(
E->attach_dev = fn@p;
|
F.attach_dev = fn@p;
)

@domain_signature depends on assigned_attach@
identifier assigned_attach.fn, d;
@@
fn(struct iommu_domain *d, ...) { ... }

@script:python depends on domain_signature@
fn << assigned_attach.fn;
p << assigned_attach.p;
@@
register(fn, p)

// In an Iteration (finish()): files of a driver that need reading, and
// the functions wanted there.  These rules cannot name attach_dev; the
// Iteration reads only those files.
@script:python other_files depends on xfile@
names << virtual.attach_dev_names;
@@
file.roots |= set(names.split(","))

@script:python registered depends on named_ops || literal_ops || typed_assignment || domain_signature || other_files@
@@
pass

// ---------------------------------------------------------------------
// Facts: the functions of each file, the calls and the other uses of
// their names; below the implementations, the values each returns
// unchanged, its errno constants, and the prints before them.
// ---------------------------------------------------------------------

@definition depends on registered@
identifier f;
position p : script:python (f) { file.defined.add(f) or fact("define", f, at(p)) };
@@
f@p(...) { ... }

@static_definition depends on definition@
identifier f;
type T;
@@
static T f(...) { ... }

@script:python depends on static_definition@
f << static_definition.f;
@@
file.static.add(f)

// The rules below depend on definition too: spatch's token prefilter does
// not look through a script rule, and without a rule that names
// attach_dev it would parse every file.
@script:python analyse depends on registered && (report || org || context || patch || record)@
@@
pass

// Who calls a function, and whether its address is taken, decide whether
// only attach_dev code reaches it.
@called depends on definition && analyse@
identifier g;
position c : script:python (g) { seen("call", g, at(c)) };
@@
 g@c(...)

@named depends on definition && analyse@
identifier f;
expression E;
position p : script:python (f) { used(f, p) };
@@
 E = f@p

@initialised depends on definition && analyse@
identifier f, g, I;
type T;
position p : script:python (f) { used(f, p) };
@@
 T I = { ..., .g = f@p, ... };

// The helpers whose value a function stores or returns: their closure
// from the implementations ("wanted") is all that the costly rules below
// look at.
@stored_call depends on definition && analyse@
identifier g, ret;
position c : script:python (g) { store(c, g) };
position r : script:python (g) { passes(r, g) };
@@
\(ret = g@c(...);\|return g@r(...);\)

// "int ret = f(); return ret;" and "int ret = f(); if (ret) return ret;".
@declared_call depends on definition && analyse exists@
identifier g, ret;
position c;
expression E;
type T;
@@
 T ret = g@c(...);
 ... when != ret
(
 return ret;
|
 if (\(ret\|ret < 0\|ret != 0\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
 }
)

@script:python depends on declared_call@
g << declared_call.g;
c << declared_call.c;
@@
passes(c, g)

@script:python depends on definition && analyse@
@@
grow(file.roots)

// The value of a call that the function returns: straight, through
// if (ret) return ret; (or a goto to a return), or past one test of it
// whose branch goes on (a cleanup call, a break, or more work when !ret),
// on the branch where it is an error.  A one-statement branch that sets
// the value again is matched at rp and dropped; past the test the value
// must not be used again before the return: a missed finding, not a
// guess.  The tests are listed, as the isomorphisms that rewrite them are
// off; if (T) S1 else S2 also matches an if without an else (drop_else).
@tested_call depends on definition && analyse exists@
identifier g, ret;
position c : script:python () { wanted(c[0].current_element) };
position rp;
expression E, E1;
statement S1, S2;
@@
 ret = g@c(...);
 ... when != ret
(
 \(return ret;\|return ret < 0 ? ret : 0;\)
|
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
 }
|
(
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) \(ret@rp = E;\|E1;\|{ E1; }\|break;\) else S2
|
 if (\(!ret\|ret == 0\)) S1
)
 ... when != ret
 \(return ret;\|return ret < 0 ? ret : 0;\)
)

@script:python depends on tested_call@
callee << tested_call.g;
call << tested_call.c;
rp << tested_call.rp = [];
@@
if not rp:
	passes(call, callee)

// A print on the way to the return of -EINVAL or of the value of a helper,
// s, where the value is made: before "return -EINVAL;" or "return
// helper();", or, with the value held in ret, before or after it is set.
@print_then_return depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier pr =~ "^(printk|pr_|dev_|WARN)";
identifier g;
position p : script:python (pr) { is_print(pr) };
position s;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when any
(
 return -EINVAL@s;
|
 return g@s(...);
)
}

@script:python depends on print_then_return@
pr << print_then_return.pr;
p << print_then_return.p;
s << print_then_return.s;
g << print_then_return.g = "";
@@
fact("print", pr, at(p), at(s), g)

@print_held depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier pr =~ "^(printk|pr_|dev_|WARN)";
identifier g, ret;
expression E;
position s;
position p : script:python (pr) { is_print(pr) };
@@
f(...) {
 ... when any
 pr@p(...)
 ... when != ret = E
 \(ret = -EINVAL@s;\|ret = g@s(...);\)
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
}

@held_print depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier pr =~ "^(printk|pr_|dev_|WARN)";
identifier g, ret;
expression E;
type T;
position s;
position p : script:python (pr) { is_print(pr) };
@@
f(...) {
 ... when any
 \(ret = -EINVAL@s;\|T ret = -EINVAL@s;\|ret = g@s(...);\|T ret = g@s(...);\)
 ... when != ret = E
     when != ret == -EINVAL
 pr@p(...)
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
}

@script:python depends on print_held@
pr << print_held.pr;
p << print_held.p;
s << print_held.s;
g << print_held.g = "";
@@
fact("print", pr, at(p), at(s), g)

@script:python depends on held_print@
pr << held_print.pr;
p << held_print.p;
s << held_print.s;
g << held_print.g = "";
@@
fact("print", pr, at(p), at(s), g)

// A print statement from which a return of 0 can still be reached is on
// the way to success (an assertion, an info print), not to the -EINVAL;
// with the value held in ret, only past no use of it.  The print of
// "if (WARN_ON(x)) return -EINVAL;" is a condition, not a statement.
@success_print depends on print_then_return exists@
identifier pr;
position print_then_return.p, q;
@@
 pr@p@q(...);
 ...
 return 0;

@success_held depends on print_held exists@
identifier pr, print_held.ret;
position print_held.p, q;
@@
 pr@p@q(...);
 ... when != ret
 return 0;

@success_after depends on held_print exists@
identifier pr, held_print.ret;
position held_print.p, q;
@@
 pr@p@q(...);
 ... when != ret
 return 0;

@script:python depends on success_print@
q << success_print.q;
@@
fact("success", key(at(q)))

@script:python depends on success_held@
q << success_held.q;
@@
fact("success", key(at(q)))

@script:python depends on success_after@
q << success_after.q;
@@
fact("success", key(at(q)))

// A helper whose value a function prints about before returning it is
// below the implementation too, with the helpers whose value it returns.
@script:python depends on definition && analyse@
@@
grow(t[4] for t in file.facts if t[0] == "print" and t[4])

// Where each returns an errno constant, also through dev_err_probe(),
// which prints.
@errno_return depends on definition && analyse && (bad_errno || einval_print || !kapi_errno) exists@
identifier f : script:python () { wanted(f) };
identifier e =~ "^E[A-Z0-9]+$";
identifier ret;
expression E;
position p, s;
type T;
@@
f(...) {
 ... when any
(
 return -e@s;
|
 return dev_err_probe@p(..., -e@s, ...);
|
 \(ret = -e@s;\|T ret = -e@s;\|ret = dev_err_probe@p(..., -e@s, ...);\)
 ... when != ret = E
 return ret;
)
}

@script:python depends on errno_return@
e << errno_return.e;
p << errno_return.p = [];
s << errno_return.s;
@@
fact("errno", e, at(s), at(p) if p else None)

// A call through a local function pointer or a parameter is not a kAPI:
// the pointer holds one of the file's functions or the caller's, as
// arm-smmu-v3's finalise_stage_fn does.
@pointer_call depends on definition && analyse && (kapi_errno || !(bad_errno || einval_print)) && !mainline@
local idexpression fp;
position c : script:python () { seen("indirect", key(at(c))) };
@@
 fp@c(...)

// A condition that calls a function is not a plain incompatibility test.
@condition_call depends on patch && definition && analyse@
identifier g;
statement S1, S2;
position pi : script:python () { run.complex_ifs.add(key(at(pi))) or True };
@@
(
if@pi (<+... g(...) ...+>) S1 else S2
|
if@pi (<+... g(...) ...+>) S1
)

// ---------------------------------------------------------------------
// The analysis, over the facts of one file (context, patch) or of every
// file read (finalize).  A function is (file, name).
// ---------------------------------------------------------------------

@initialize:python@
@@
def same_driver(a, b):
	"""The same directory, neither file of the IOMMU core, as checker/link.c."""
	def core(p):
		rel = ("/" + p).rpartition("/drivers/iommu/")[2] if "drivers/iommu/" in p else None
		return rel is not None and any(rel.startswith(c) and (c[-1] == "/" or "/" not in rel)
					       for c in CORE)
	return os.path.dirname(a) == os.path.dirname(b) and not core(a) and not core(b)

class Graph:
	"""The facts by kind, and by kind and the function that holds them."""
	def __init__(self, facts):
		thaw = lambda t: tuple(Where(*x) if isinstance(x, tuple) and len(x) == 5 else x for x in t)
		self.by, self.fn, self.defs, self.names, self.chained = {}, {}, {}, {}, {}
		for t in map(thaw, facts):
			self.by.setdefault(t[0], []).append(t[1:])
			if t[0] in ("pass", "errno", "print"):
				self.fn.setdefault((t[0], t[2].file, t[2].function), []).append(t[1:])
		for v in list(self.fn.values()) + [self.get("reg")]:
			v.sort(key=repr)	# the same findings whatever the order of the facts
		for (name, w, static) in self.get("def"):
			self.defs[(w.file, name)] = (w, static)
			self.names.setdefault(name, []).append((w.file, static))
		self.success, self.indirect = ({t[0] for t in self.get(k)} for k in ("success", "indirect"))

	def get(self, kind, f=None):
		return self.by.get(kind, []) if f is None else self.fn.get((kind,) + f, [])

	def resolve(self, file, name):
		"""What name called in file is: its own, or the one global of its
		driver; None for a kAPI."""
		if (file, name) in self.defs:
			return (file, name)
		found = [(f, name) for (f, static) in self.names.get(name, ())
			 if not static and same_driver(file, f)]
		return found[0] if len(found) == 1 else None

	def impls(self):
		return {self.resolve(w.file, fn) for (fn, w) in self.get("reg")} - {None}

	def attach_only(self, impls):
		"""The implementations, and each function whose address is never
		taken and whose callers are all attach-only: checker/callers.c."""
		callers = {}
		for (name, w) in self.get("call"):
			callers.setdefault(self.resolve(w.file, name), set()).add((w.file, w.function))
		calls = {key(w) for (_, w) in self.get("call")}
		taken = {self.resolve(w.file, n) for (n, w) in self.get("use") if key(w) not in calls}
		only = {f for f in self.defs if f in impls or (f not in taken and callers.get(f))}
		while any(not callers[f] <= only for f in only - impls):
			only = {f for f in only if f in impls or callers[f] <= only}
		return only

	def chains(self, start):
		"""Each function whose value start returns, with the steps (call,
		callee) down to it."""
		if start in self.chained:
			return self.chained[start]
		seen, todo = {start: ()}, [start]
		self.chained[start] = seen
		while todo:
			f = todo.pop(0)
			for (callee, w) in self.get("pass", f):
				h = self.resolve(f[0], callee)
				if h and h not in seen:
					seen[h] = seen[f] + ((w, h),)
					todo.append(h)
		return seen

	def paths(self, start, limit=8):
		"""Each function whose value start returns, with each way down to
		it that has a call of its own (up to limit per function): two
		calls of one shared helper are two fix points."""
		out, todo = {}, [(start, ())]
		while todo:
			f, path = todo.pop(0)
			ways = out.setdefault(f, [])
			if len(ways) >= limit:
				continue
			ways.append(path)
			for (callee, w) in self.get("pass", f):
				h = self.resolve(f[0], callee)
				if h and h != start and all(h != s[1] for s in path):
					todo.append((h, path + ((w, h),)))
		return out

	def prints(self, f):
		return [t for t in self.get("print", f) if key(t[1]) not in self.success]

	def einval_below(self, h):
		"""(steps, site) from h to the nearest -EINVAL, or None."""
		for (f, path) in sorted(self.chains(h).items(), key=lambda i: (len(i[1]), i[0])):
			sites = [t[1] for t in self.get("errno", f) if t[0] == "EINVAL"]
			sites += [t[2] for t in self.prints(f) if not t[3]]
			if sites:
				return path, sites[0]

@initialize:python@
@@
# A finding before its fix point: path, the steps (call, callee) from
# impl; site, where the value is made; detail, the print (name, where) or
# the kAPI's name.
Found = namedtuple("Found", "rule errno impl path site detail")

def bad_errnos(g, impl, f, path):
	for (e, s, probe) in g.get("errno", f):
		if e not in ALLOWED:
			yield Found("bad_errno", e, impl, path, s, None)

def einval_prints(g, impl, f, path):
	for (e, s, probe) in g.get("errno", f):
		if e == "EINVAL" and probe:
			yield Found("einval_print", e, impl, path, s, ("dev_err_probe", probe))
	for (name, p, s, callee) in g.prints(f):
		h = callee and g.resolve(f[0], callee)
		below = g.einval_below(h) if h else None if callee else ((), s)
		if below:
			steps = path + (((s, h),) if h else ()) + below[0]
			yield Found("einval_print", "EINVAL", impl, steps, below[1], (name, p))

def kapi_errnos(g, impl, f, path):
	for (callee, w) in g.get("pass", f):
		if not (g.resolve(f[0], callee) or NOT_KAPI.match(callee) or key(w) in g.indirect):
			yield Found("kapi_errno", "EINVAL", impl, path, w, callee)

RULES = {"bad_errno": bad_errnos, "einval_print": einval_prints, "kapi_errno": kapi_errnos}

def rank(found):
	"""Of the prints before one -EINVAL, an error before an info, then the
	last: the rules do not follow which branch the value takes."""
	if found.rule != "einval_print":
		return ()
	name, p = found.detail
	return (not any(w in name for w in ("info", "notice", "dbg", "debug")), p.line, p.column)

def findings(g):
	"""{(fix point, rule, errno): [found, fix point, impls]}.  The fix point
	is the site if its function is attach-only, else the call into the
	first shared function of the path."""
	impls = g.impls()
	only = g.attach_only(impls)
	out = {}
	for impl in sorted(impls):
		for (f, path) in sorted((f, path) for (f, ways) in g.paths(impl).items() for path in ways):
			for rule in filter(selected, RULES):
				for found in RULES[rule](g, impl, f, path):
					fix = next((call for (call, h) in found.path if h not in only), found.site)
					k = (key(fix), rule, found.errno)
					old = out.setdefault(k, [found, fix, []])
					if old[0].impl == impl and rank(found) > rank(old[0]):
						old[0] = found
					if impl not in old[2]:
						old[2].append(impl)
	return out

def message(found):
	impl, d = found.impl[1], found.detail
	via = " via " + " -> ".join(h[1] + "()" for (_, h) in found.path) if found.path else ""
	if found.rule == "bad_errno":
		text = "%s() may return -%s%s (allowed: 0, -%s)" % (impl, found.errno, via,
								       ", -".join(ALLOWED))
	elif found.rule == "einval_print":
		text = "%s() returns -EINVAL%s after %s() at line %s" % (impl, via, d[0], d[1].line)
	else:
		text = "%s() may return -EINVAL from %s() (line %s) unconverted%s" % (
			impl, d, found.site.line, via)
	return "[%s] %s" % (IDS[found.rule], text)

def to_json(found, fix, impls):
	"""DESIGN.md, "The record as JSON"."""
	step = lambda w: {"file": w.file, "line": w.line, "function": w.function}
	rec = {"id": IDS[found.rule], "errno": "-" + found.errno, "engine": "coccinelle",
	       "message": message(found).split("] ", 1)[1], "arch": None,
	       "implementations": [{"file": f, "function": fn} for (f, fn) in sorted(impls)],
	       "site": dict(step(found.site), column=found.site.column),
	       "path": [step(call) for (call, _) in found.path],
	       "file": fix.file, "line": fix.line, "column": fix.column}
	if found.rule == "einval_print":
		rec["print"] = dict(step(found.detail[1]), name=found.detail[0])
	if found.rule == "kapi_errno":
		rec["kapi"] = {"name": found.detail, "analysed": False, "einval": None}
	return json.dumps(rec, sort_keys=True)

def emit(out):
	for k in sorted(out):
		found, fix, impls = out[k]
		msg = message(found)
		if "report" in run.modes:
			coccilib.report.print_report(fix, msg)
		if "org" in run.modes:
			coccilib.org.print_safe_todo(fix, msg)
			if found.rule != "bad_errno":
				where = found.detail[1] if found.rule == "einval_print" else found.site
				name = found.detail[0] if found.rule == "einval_print" else found.detail
				coccilib.org.print_link(where, "%s()" % name)
		if "record" in run.modes:
			print(to_json(found, fix, impls))

def end_file():
	"""Hand the facts of the file to finalize; context and patch mode,
	which cannot iterate, mark its findings now."""
	global file
	for (_, f, w) in [t for t in file.facts if t[0] == "define"]:
		file.facts |= {("def", f, w, f in file.static), ("read", w.file)}
		file.facts |= {("analysed", (w.file, f))} if f in file.wanted else set()
	coccinelle.facts.append([tuple(tuple(x) if isinstance(x, Where) else x for x in t)
				 for t in file.facts if t[0] != "define"])
	if run.modes & {"context", "patch"}:
		run.marks, run.prints = set(), set()
		for (found, fix, impls) in findings(Graph(file.facts)).values():
			run.marks.add(key(fix))
			if found.rule == "einval_print":
				run.prints.add(key(found.detail[1]))
	file = File()

// ---------------------------------------------------------------------
// Per file: context and patch mode mark the fix points and the prints.
// ---------------------------------------------------------------------

@script:python depends on registered@
@@
end_file()

@depends on context && definition && analyse@
position q : script:python () { marked(q, run.marks) };
expression E;
@@

* E@q

@depends on context && definition && analyse@
identifier pr;
position p : script:python () { marked(p, run.prints) };
@@

* pr@p(...)

@depends on patch && definition && analyse@
identifier pr : script:python () { removable(pr) };
position p : script:python () { marked(p, run.prints) };
position q : script:python () { marked(q, run.marks) };
position pi : script:python () { not marked(pi, run.complex_ifs) };
expression C;
@@

- if@pi (C) {
- pr@p(...);
- return -EINVAL@q;
- }
+ if (C)
+	return -EINVAL;

// ---------------------------------------------------------------------
// The run: Iterations read the files of a driver that were not read for
// what is wanted there, until nothing is missing; then the findings.
// ---------------------------------------------------------------------

@initialize:python@
@@
def flat(v, seen):
	"""The facts in the per-job lists of the merged variable, which
	Iterations hand back nested and even cyclic."""
	if not isinstance(v, list):
		return [v]
	if id(v) in seen:
		return []
	seen.add(id(v))
	return [x for i in v for x in flat(i, seen)]

def driver_files(f, read, name):
	"""The .c files of the driver of f that no round has read and that hold
	the word name: those that spatch's token prefilter keeps for a rule
	naming it, as those of the first round name attach_dev."""
	d = os.path.dirname(f) or "."
	names = sorted(os.listdir(d)) if os.path.isdir(d) else []
	return [p for p in (os.path.normpath(os.path.join(d, n)) for n in names if n.endswith(".c"))
		if p not in read and same_driver(p, f) and name in words(p)]

def words(path, seen={}):
	if path not in seen:
		with open(path, errors="replace") as text:
			seen[path] = set(re.findall(r"\w+", text.read()))
	return seen[path]

def missing(g, analysing):
	"""The (file, name) pairs to read: an implementation that no file read
	defines, and, when analysing, a function it reaches whose facts are
	not known, a callee that no file read defines, and, for a global, its
	callers."""
	read = {t[0] for t in g.get("read")}
	analysed = {t[0] for t in g.get("analysed")}
	want = {(f, fn) for (fn, w) in g.get("reg") if not g.resolve(w.file, fn)
		for f in driver_files(w.file, read, fn)}
	for f in {f for i in g.impls() for f in g.chains(i)} if analysing else ():
		names = [c for (c, w) in g.get("pass", f) if not g.resolve(f[0], c)
			 and not NOT_KAPI.match(c)] + ([] if g.defs[f][1] else [f[1]])
		want |= {(other, n) for n in names for other in driver_files(f[0], read, n)}
		want |= set() if f in analysed else {f}
	return want - run.tried

def iterate(want):
	run.tried |= want
	it = Iteration()
	it.set_files(sorted({f for (f, _) in want}))
	it.add_virtual_rule("xfile")
	it.add_virtual_identifier("attach_dev_names", ",".join(sorted({n for (_, n) in want if n})) or "-")
	for v in sorted(run.modes | run.chosen | run.flags):
		it.add_virtual_rule(v)
	it.register()

NOT_ANALYSED = "%s() is registered as attach_dev, but spatch found no definition of it that it could parse"
NOT_FOLLOWED = ("%s() is registered as attach_dev, but it is not defined in this file, and %s mode "
		"cannot look for it in the others (spatch allows no iteration with a diff): use "
		"MODE=report or MODE=org")

def lost(fn, w):
	diff = sorted(run.modes & {"context", "patch"})
	if diff:
		sys.stderr.write("%s:%s:%s-%s: [ATTACH_DEV_NOT_FOLLOWED] %s\n"
				 % (w.file, w.line, w.column, w.column_end, NOT_FOLLOWED % (fn, "/".join(diff))))
	elif "record" in run.modes:
		print(json.dumps({"not_analysed": {"file": w.file, "line": w.line, "function": fn}}))
	elif run.modes & {"report", "org"}:
		msg = "[ATTACH_DEV_NOT_ANALYSED] " + NOT_ANALYSED % fn
		(coccilib.report.print_report if "report" in run.modes else coccilib.org.print_safe_todo)(w, msg)
	else:
		print("NOT-ANALYSED %s:%s %s" % (w.file, w.line, fn))

def finish(facts):
	run.facts |= set(flat(facts, set()))
	g = Graph(run.facts)
	stay = run.modes & {"context", "patch", "list_tables"}
	want = set() if stay else missing(g, run.modes & {"report", "org", "record"})
	if want:
		return iterate(want)
	if "list_tables" in run.modes:
		for (name, items) in (("IDS", ["%s=%s" % i for i in sorted(IDS.items())]),
				      ("ALLOWED", ALLOWED), ("PRINTS", sorted(PRINTS - DEBUG_PRINTS)),
				      ("DEBUG_PRINTS", sorted(DEBUG_PRINTS)), ("NOT_KAPI", [NOT_KAPI.pattern]),
				      ("CORE", CORE)):
			print(name, " ".join(items))
	if "record" in run.modes:
		print(json.dumps({"rules": sorted(IDS[r] for r in IDS if selected(r))}))
	if not run.modes & {"context", "patch"}:
		emit(findings(g))
	if not run.modes & OUTPUTS - {"list_implementations"} or run.modes & {"record", "list_implementations"}:
		for (line, f, fn) in sorted((g.defs[i][0].line, i[0], i[1]) for i in g.impls()):
			if "record" in run.modes:
				print(json.dumps({"implementation": {"file": f, "line": line, "function": fn}}))
			else:
				print("IMPL %s:%s %s" % (f, line, fn))
	for (fn, w) in sorted({(fn, w[:4] + ("",)) for (fn, w) in g.get("reg") if not g.resolve(w.file, fn)}):
		lost(fn, Where(*w))

@finalize:python@
facts << merge.facts;
@@
finish(facts)

// ---------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------
