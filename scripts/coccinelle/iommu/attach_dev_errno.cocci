// SPDX-License-Identifier: GPL-2.0-only
/// An iommu_domain_ops attach_dev callback returns 0, or -EINVAL only to
/// say that the device and the domain are incompatible, without a print
/// (VFIO tries one domain after another), or -ENOMEM, -ENOSPC, -EBUSY or
/// -ENODEV; a kAPI's -EINVAL must be converted.  Find, in the
/// implementations and the static helpers on their return path:
///   ATTACH_DEV_BAD_ERRNO    another errno constant ("return -ENOENT;"),
///   ATTACH_DEV_EINVAL_PRINT -EINVAL on a path that also prints,
///   ATTACH_DEV_KAPI_ERRNO   a kAPI's value returned unconverted.
/// All three run unless some are chosen: -D bad_errno, -D einval_print,
/// -D kapi_errno, e.g.
///   make coccicheck MODE=report COCCI=<this file> SPFLAGS="-D bad_errno"
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
// generic_pm_domain has an attach_dev too).  One registered in one file
// and defined in another is looked for in the other .c files below the
// registration's folder, by an Iteration: report, org and record modes
// follow it; context and patch say on stderr that they cannot.
// Other virtual rules: -D mainline (the 6.2 kdoc: no kAPI conversion),
// -D debug_prints (pr_debug and dev_dbg count), -D list_implementations
// ("IMPL file:line function" only), -D list_tables (this engine's tables,
// for tests/tables), -D record (one JSON object per line, for
// scripts/iommu-errno; see DESIGN.md, "The record as JSON").

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

virtual report
virtual org
virtual context
virtual patch
virtual record
virtual bad_errno
virtual einval_print
virtual kapi_errno
virtual mainline
virtual debug_prints
virtual list_implementations
virtual list_tables
virtual xfile

@initialize:python@
@@
import json
import os
import re
import sys
from collections import namedtuple

# The tables of this engine, one place each; tests/tables compares them with
# those of the C checker.
IDS = {"bad_errno": "ATTACH_DEV_BAD_ERRNO", "einval_print": "ATTACH_DEV_EINVAL_PRINT",
       "kapi_errno": "ATTACH_DEV_KAPI_ERRNO"}
ALLOWED = ("EINVAL", "ENOMEM", "ENOSPC", "EBUSY", "ENODEV")
LEVELS = ("emerg", "alert", "crit", "err", "warn", "notice", "info")
PRINTS = frozenset([n + s for n in ["printk"] + ["pr_" + l for l in LEVELS + ("warning", "debug")]
		    + ["dev_" + l for l in LEVELS + ("dbg",)] for s in ("", "_ratelimited", "_once")]
		   + ["dev_err_probe", "WARN", "WARN_ON", "WARN_ONCE", "WARN_ON_ONCE"])
DEBUG_PRINTS = frozenset(n for n in PRINTS if "dbg" in n or "debug" in n)
# Patch mode removes only a plain message, not a print that is also a
# value (dev_err_probe) or a test (WARN_ON).
REMOVABLE = frozenset(n for n in PRINTS if n != "dev_err_probe" and not n.startswith("WARN"))
# Callees that are not kAPIs: dev_err_probe() returns the errno it is
# given, and the <linux/iopoll.h> macros give 0 or -ETIMEDOUT.
NOT_KAPI = re.compile(r"(dev_err_probe|read\w*_poll_timeout(_atomic)?)$")
# The IOMMU core below drivers/iommu/, a kAPI to every driver beside it
# (DESIGN.md, "The kAPI boundary"): a directory, or a file name at the top.
CORE = ("iommu.c", "iommu-", "io-pgfault.c", "io-pgtable", "dma-iommu.c", "iova.c",
	"of_iommu.c", "iommufd/", "generic_pt/")
OUTPUTS = {"report", "org", "context", "patch", "record", "list_implementations", "list_tables"}

# A place in the code as a plain tuple, so that facts pickle across
# the jobs of spatch and Iterations; coccilib prints it as a position.
Where = namedtuple("Where", "file line column column_end function")

def at(p):
	return Where(p[0].file, int(p[0].line), int(p[0].column), int(p[0].column_end),
		     p[0].current_element)

def plain(t):
	"""A fact as spatch can hand it between jobs (marshal), and back."""
	return tuple(tuple(x) if isinstance(x, Where) else x for x in t)

def thaw(t):
	return tuple(Where(*x) if isinstance(x, tuple) and len(x) == 5 else x for x in t)

def key(w):
	return (w[0], w[1], w[2])

@initialize:python@
@@
class File:
	"""What the rules learn about the file being read.  facts: tagged
	tuples (see end_file()), handed to finalize; the rest only steers the
	rules: roots and wanted are the functions whose returns matter."""
	def __init__(self):
		self.facts, self.defined, self.static, self.roots = set(), set(), set(), set()
		self.wanted, self.stores = set(), {}

class Run:
	"""What a run shares: the virtual rules given, the Iterations tried,
	and marks, the positions (file, line, column) of the fix points and
	prints that context and patch mode mark in the file being read; the
	rules of the Fixes section may add sets of their own."""
	def __init__(self):
		self.chosen, self.modes, self.flags = set(), set(), set()
		self.facts, self.tried, self.printed = set(), set(), set()
		self.marks, self.prints, self.complex_ifs = set(), set(), set()

file = File()
run = Run()
coccinelle.facts = []	# merged across jobs in finalize

def note(virtual):
	"""A virtual rule given on the command line; Iterations need them too."""
	file.facts.add(("mode", virtual))
	bucket = run.chosen if virtual in IDS else run.modes if virtual in OUTPUTS else run.flags
	bucket.add(virtual)
	return True

def selected(rule):
	return (not run.chosen or rule in run.chosen) and not (rule == "kapi_errno" and "mainline" in run.flags)

def is_print(name):
	return name in PRINTS and ("debug_prints" in run.flags or name not in DEBUG_PRINTS)

def fact(*t):
	"""A constraint with an effect: true, and notes the fact."""
	file.facts.add(t)
	return True

# The rules whose constraints note facts with seen() keep no match: a
# match would cost an environment, and nothing depends on those rules.
def seen(*t):
	file.facts.add(t)
	return False

def register(fn, p):
	file.roots.add(fn)
	return fact("reg", fn, at(p))

def define(f, p):
	file.defined.add(f)
	return fact("define", f, at(p))

def defined(f):
	return f in file.defined

def store(p, g):
	if g in file.defined:
		file.stores.setdefault(p[0].current_element, set()).add(g)
	return False

def passes(c, g):
	return seen("pass", g, at(c)) or store(c, g)

def used(f, p):
	"""A function named other than as a call: in a function of the file,
	one of the own functions; outside any, in an initialiser, any name."""
	return not (f not in file.defined and p[0].current_element in file.defined) and seen("use", f, at(p))

def wanted(f):
	return f in file.wanted

def grow(roots):
	"""The closure of roots through stored or returned calls: a superset of
	the functions whose value reaches the return of an implementation."""
	todo = [f for f in roots if f in file.defined]
	while todo:
		f = todo.pop()
		if f not in file.wanted:
			file.wanted.add(f)
			todo.extend(file.stores.get(f, ()))

def print_then_return(pr, p, s, g):
	fact("print", pr, at(p), at(s), g or "")

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

// In an Iteration (finalize): the files of a driver that the first round
// did not read, or read for other functions, and the functions wanted
// there.  Its rules cannot name attach_dev; it runs only on those files.
@script:python other_files depends on xfile@
names << virtual.attach_dev_names;
@@
file.roots |= set(names.split(","))

// A name for "this file is analysed", for the rules below.
@script:python registered depends on named_ops || literal_ops || typed_assignment || domain_signature || other_files@
@@
pass

// The command line's virtual rules, for the Python side and Iterations.
@script:python depends on registered && report@
@@
note("report")

@script:python depends on registered && org@
@@
note("org")

@script:python depends on registered && context@
@@
note("context")

@script:python depends on registered && patch@
@@
note("patch")

@script:python depends on registered && record@
@@
note("record")

@script:python depends on registered && list_implementations@
@@
note("list_implementations")

@script:python depends on registered && bad_errno@
@@
note("bad_errno")

@script:python depends on registered && einval_print@
@@
note("einval_print")

@script:python depends on registered && kapi_errno@
@@
note("kapi_errno")

@script:python depends on registered && mainline@
@@
note("mainline")

@script:python depends on registered && debug_prints@
@@
note("debug_prints")

@script:python depends on registered && list_tables@
@@
note("list_tables")

// ---------------------------------------------------------------------
// The facts of each file: its functions, their calls and the uses of their
// names, and, for the functions below an implementation, whose value each
// returns unchanged, which errno constants, and which prints come first.
// ---------------------------------------------------------------------

// The constraints note every definition; no script rule runs per match.
@definition depends on registered@
identifier f;
position p : script:python (f) { define(f, p) };
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

// Every call, and every other use of a function's name (its address
// taken), for the fix point: who calls a function, and whether only
// attach_dev code can.
@called depends on definition@
identifier g;
position c : script:python (g) { seen("call", g, at(c)) };
@@
 g@c(...)

@named depends on definition@
identifier f;
expression E;
position p : script:python (f) { used(f, p) };
@@
 E = f@p

@initialised depends on definition@
identifier f, g, I;
type T;
position p : script:python (f) { used(f, p) };
@@
 T I = { ..., .g = f@p, ... };

// A name for "a mode that reports findings", for the rules below.  They
// depend on definition too: spatch's token prefilter does not look through
// a script rule, and without a rule that names attach_dev it would parse
// every file.
@script:python analyse depends on registered && (report || org || context || patch || record)@
@@
pass

// The helpers whose value a function stores or returns: their closure
// from the implementations ("wanted") is all that the costly rules below
// look at.
@stored_call depends on definition && analyse@
identifier g : script:python () { defined(g) };
identifier ret;
position c : script:python (g) { store(c, g) };
@@
 ret = g@c(...);

@returned_call depends on definition && analyse@
identifier g;
position c : script:python (g) { passes(c, g) };
@@
 return g@c(...);

// "int ret = f(); return ret;" and "int ret = f(); if (ret) return ret;".
@declared_call depends on definition && analyse exists@
identifier g;
position c;
identifier ret;
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
identifier g;
position c : script:python () { wanted(c[0].current_element) };
position rp;
identifier ret;
expression E, E1;
statement S1, S2;
@@
 ret = g@c(...);
 ... when != ret
(
 return ret;
|
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
 }
|
(
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) \(ret@rp = E;\|E1;\|break;\) else S2
|
 if (\(!ret\|ret == 0\)) S1
)
 ... when != ret
 return ret;
)

@script:python depends on tested_call@
callee << tested_call.g;
call << tested_call.c;
rp << tested_call.rp = [];
@@
if not rp:
	passes(call, callee)

// A print on the way to the return of -EINVAL or of the value of a helper:
// before "return -EINVAL;" or "return helper();", before the assignment,
// or after it.  s is where the value is made: the constant or the call.
@print_then_return_value depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
position p, s;
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

@script:python depends on print_then_return_value@
pr << print_then_return_value.pr;
p << print_then_return_value.p;
s << print_then_return_value.s;
g << print_then_return_value.g = "";
@@
print_then_return(pr, p, s, g)

@print_then_assignment depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
identifier ret;
expression E;
position p, s;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when != ret = E
(
 ret = -EINVAL@s;
|
 ret = g@s(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
}

@script:python depends on print_then_assignment@
pr << print_then_assignment.pr;
p << print_then_assignment.p;
s << print_then_assignment.s;
g << print_then_assignment.g = "";
@@
print_then_return(pr, p, s, g)

@assignment_then_print depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
identifier ret;
type T;
expression E;
position p, s;
@@
f(...) {
 ... when any
(
 ret = -EINVAL@s;
|
 T ret = -EINVAL@s;
|
 ret = g@s(...);
|
 T ret = g@s(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 pr@p(...)
 ... when != ret = E
     when != ret == -EINVAL
 return ret;
}

@script:python depends on assignment_then_print@
pr << assignment_then_print.pr;
p << assignment_then_print.p;
s << assignment_then_print.s;
g << assignment_then_print.g = "";
@@
print_then_return(pr, p, s, g)

// A print statement from which a return of 0 can still be reached is on
// the way to success (an assertion, an info print), not to the -EINVAL;
// where the value is held in ret, only past no use of it.  A print that
// is a condition, "if (WARN_ON(x)) return -EINVAL;", is no statement.
@success_print depends on print_then_return_value exists@
identifier pr;
position print_then_return_value.p;
position q;
@@
 pr@p@q(...);
 ...
 return 0;

@success_after_assignment depends on print_then_assignment exists@
identifier pr, print_then_assignment.ret;
position print_then_assignment.p;
position q;
@@
 pr@p@q(...);
 ... when != ret
 return 0;

@success_before_return depends on assignment_then_print exists@
identifier pr, assignment_then_print.ret;
position assignment_then_print.p;
position q;
@@
 pr@p@q(...);
 ... when != ret
 return 0;

@script:python depends on success_print@
q << success_print.q;
@@
fact("success", key(at(q)))

@script:python depends on success_after_assignment@
q << success_after_assignment.q;
@@
fact("success", key(at(q)))

@script:python depends on success_before_return@
q << success_before_return.q;
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
(
 ret = -e@s;
|
 T ret = -e@s;
|
 ret = dev_err_probe@p(..., -e@s, ...);
)
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
// The analysis, over the facts of one file (context, patch) or of all
// the files read (finalize).
// ---------------------------------------------------------------------

@initialize:python@
@@
def is_core(path):
	rel = ("/" + path).rpartition("/drivers/iommu/")[2] if "drivers/iommu/" in path else None
	return rel is not None and any(rel.startswith(c) and (c.endswith("/") or "/" not in rel)
				       for c in CORE)

def same_driver(a, b):
	"""The same directory, neither file of the IOMMU core: DESIGN.md, "The
	kAPI boundary", as same_driver() in checker/link.c decides it."""
	return os.path.dirname(a) == os.path.dirname(b) and not is_core(a) and not is_core(b)

class Graph:
	"""The facts, by function: a function is (file, name)."""
	def __init__(self, facts):
		self.defs, self.names, self.by = {}, {}, {}
		for t in sorted(map(thaw, facts), key=repr):
			self.by.setdefault(t[0], []).append(t[1:])
		for (name, w, static) in self.get("def"):
			self.defs[(w.file, name)] = (w, static)
			self.names.setdefault(name, []).append((w.file, static))
		self.fn = {}
		for kind in ("pass", "errno", "print"):
			for t in self.get(kind):
				w = t[1]
				self.fn.setdefault((kind, w.file, w.function), []).append(t)
		self.success, self.indirect = ({t[0] for t in self.get(k)} for k in ("success", "indirect"))

	def get(self, kind):
		return self.by.get(kind, [])

	def of(self, kind, f):
		return self.fn.get((kind,) + f, [])

	def resolve(self, file, name):
		"""The function that name, called in file, stands for, or None (a
		kAPI): its own file, else the one global of its driver."""
		if (file, name) in self.defs:
			return (file, name)
		found = [(f, name) for (f, static) in self.names.get(name, ())
			 if not static and same_driver(file, f)]
		return found[0] if len(found) == 1 else None

	def impls(self):
		return {self.resolve(w.file, fn) for (fn, w) in self.get("reg")} - {None}

@initialize:python@
@@
def attach_only(g, impls):
	"""An implementation, or a function whose address is never taken and
	whose callers are all attach-only, as checker/callers.c decides it."""
	callers = {}
	for (name, w) in g.get("call"):
		callers.setdefault(g.resolve(w.file, name), set()).add((w.file, w.function))
	calls = {key(w) for (_, w) in g.get("call")}
	taken = {g.resolve(w.file, n) for (n, w) in g.get("use") if key(w) not in calls}
	only = {f for f in g.defs if f in impls or (f not in taken and callers.get(f))}
	changed = True
	while changed:
		changed = False
		for f in sorted(only - impls):
			if not callers[f] <= only:
				only.discard(f)
				changed = True
	return only

def chains(g, start):
	"""Each function whose value start returns, with the calls down to it:
	steps (call, callee)."""
	seen = {start: ()}
	todo = [start]
	while todo:
		f = todo.pop(0)
		for (callee, w) in g.of("pass", f):
			h = g.resolve(f[0], callee)
			if h and h not in seen:
				seen[h] = seen[f] + ((w, h),)
				todo.append(h)
	return seen

def prints(g, f):
	return [t for t in g.of("print", f) if key(t[1]) not in g.success]

def einval_below(g, h):
	"""(steps, site) from h to the nearest -EINVAL, or None."""
	for (f, path) in sorted(chains(g, h).items(), key=lambda i: (len(i[1]), i[0])):
		sites = [t[1] for t in g.of("errno", f) if t[0] == "EINVAL"]
		sites += [t[2] for t in prints(g, f) if not t[3]]
		if sites:
			return path, sites[0]
	return None

@initialize:python@
@@
# A finding before its fix point: path, steps (call, callee) from impl;
# site, where the value is made; detail, the print (name, where) or the kAPI.
Found = namedtuple("Found", "rule errno impl path site detail")

def bad_errnos(g, impl, f, path):
	for (e, s, probe) in g.of("errno", f):
		if e not in ALLOWED:
			yield Found("bad_errno", e, impl, path, s, None)

def einval_prints(g, impl, f, path):
	for (e, s, probe) in g.of("errno", f):
		if e == "EINVAL" and probe:
			yield Found("einval_print", e, impl, path, s, ("dev_err_probe", probe))
	for (name, p, s, callee) in prints(g, f):
		h = callee and g.resolve(f[0], callee)
		below = einval_below(g, h) if h else ((), s) if not callee else None
		if below:
			step = ((s, h),) if h else ()
			yield Found("einval_print", "EINVAL", impl, path + step + below[0], below[1],
				    (name, p))

def kapi_errnos(g, impl, f, path):
	for (callee, w) in g.of("pass", f):
		if not (g.resolve(f[0], callee) or NOT_KAPI.match(callee) or key(w) in g.indirect):
			yield Found("kapi_errno", "EINVAL", impl, path, w, callee)

RULES = {"bad_errno": bad_errnos, "einval_print": einval_prints, "kapi_errno": kapi_errnos}

def fix_point(found, only):
	"""The site if its function is attach-only, else the call into the
	first shared function of the path."""
	for (call, callee) in found.path:
		if callee not in only:
			return call
	return found.site

def rank(found):
	"""Of the prints before one -EINVAL, keep an error before an info, then
	the last: the rules do not follow which branch the value takes."""
	if found.rule != "einval_print":
		return ()
	name, p = found.detail
	return (not any(w in name for w in ("info", "notice", "dbg", "debug")), p.line, p.column)

def findings(g):
	"""{(fix point, rule, errno): (found, fix point, [impl])}: one finding
	per fix point, ID and errno, with every implementation that reaches it."""
	impls = g.impls()
	only = attach_only(g, impls)
	out = {}
	for impl in sorted(impls):
		for (f, path) in sorted(chains(g, impl).items()):
			for rule in (r for r in RULES if selected(r)):
				for found in RULES[rule](g, impl, f, path):
					at_ = fix_point(found, only)
					k = (key(at_), rule, found.errno)
					old = out.get(k)
					if not old or (old[0].impl == impl and rank(found) > rank(old[0])):
						out[k] = (found, at_, (old[2] if old else []))
					if impl not in out[k][2]:
						out[k][2].append(impl)
	return out

@initialize:python@
@@
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

def step(w):
	return {"file": w.file, "line": w.line, "function": w.function}

def to_json(found, fix, impls):
	"""DESIGN.md, "The record as JSON"."""
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

def emit(out, modes):
	for k in sorted(out):
		found, fix, impls = out[k]
		msg = message(found)
		if "report" in modes:
			coccilib.report.print_report(fix, msg)
		if "org" in modes:
			coccilib.org.print_safe_todo(fix, msg)
			if found.rule == "einval_print":
				coccilib.org.print_link(found.detail[1], "%s()" % found.detail[0])
			elif found.rule == "kapi_errno":
				coccilib.org.print_link(found.site, "%s()" % found.detail)
		if "record" in modes:
			print(to_json(found, fix, impls))

def end_file():
	"""Hand the facts of the file to finalize; context and patch mode, which
	cannot iterate, mark the findings of this file now."""
	global file
	for t in [t for t in file.facts if t[0] == "define"]:
		file.facts -= {t}
		file.facts |= {("def", t[1], t[2], t[1] in file.static), ("read", t[2].file)}
		if t[1] in file.wanted:
			file.facts.add(("analysed", (t[2].file, t[1])))
	coccinelle.facts.append(sorted(plain(t) for t in file.facts))
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
position q : script:python () { key(at(q)) in run.marks };
expression E;
@@

* E@q

@depends on context && definition && analyse@
identifier pr;
position p : script:python () { key(at(p)) in run.prints };
@@

* pr@p(...)

@depends on patch && definition && analyse@
identifier pr : script:python () { pr in REMOVABLE };
position p : script:python () { key(at(p)) in run.prints };
position q : script:python () { key(at(q)) in run.marks };
position pi : script:python () { key(at(pi)) not in run.complex_ifs };
expression C;
@@

- if@pi (C) {
- pr@p(...);
- return -EINVAL@q;
- }
+ if (C)
+	return -EINVAL;

// ---------------------------------------------------------------------
// The whole run: the files of a driver that the first round did not read
// are read by an Iteration, until no function that matters is missing;
// then the findings, over every file read.
// ---------------------------------------------------------------------

@initialize:python@
@@
def flat(v, seen=None):
	"""The tuples in the per-job lists of a merged variable.  Iterations
	hand the merged lists back, nested and even cyclic."""
	seen = set() if seen is None else seen
	if isinstance(v, (list, set)):
		if id(v) in seen:
			return []
		seen.add(id(v))
		return [x for i in v for x in flat(i, seen)]
	return [v]

def driver_files(f, read):
	"""The .c files of the driver of f (DESIGN.md, "The kAPI boundary") that no
	round has read."""
	d = os.path.dirname(f) or "."
	try:
		names = sorted(os.listdir(d))
	except OSError:
		return []
	return [p for p in (os.path.normpath(os.path.join(d, n)) for n in names if n.endswith(".c"))
		if p not in read and same_driver(p, f)]

def missing(g, analysing):
	"""(file, name) pairs that a new round must read: a wanted function
	(an implementation, or what one reaches) that no file read defines,
	or whose facts are not known, and, for a global, the files of its driver,
	which may call it."""
	read = {t[0] for t in g.get("read")}
	analysed = {t[0] for t in g.get("analysed")}
	want = {(f, fn) for (fn, w) in g.get("reg") if not g.resolve(w.file, fn)
		for f in driver_files(w.file, read)}
	for f in {f for i in g.impls() for f in chains(g, i)} if analysing else ():
		names = [c for (c, w) in g.of("pass", f) if not g.resolve(f[0], c)
			 and not NOT_KAPI.match(c)] + ([] if g.defs[f][1] else [""])
		want |= {(other, n) for other in driver_files(f[0], read) for n in names}
		if f not in analysed:
			want.add(f)
	return want - run.tried

@initialize:python@
@@
NOT_ANALYSED = "%s() is registered as attach_dev, but spatch found no definition of it that it could parse"
NOT_FOLLOWED = ("%s() is registered as attach_dev, but it is not defined in this file, and %s mode "
		"cannot look for it in the others (spatch allows no iteration with a diff): use "
		"MODE=report or MODE=org")

def iterate(want, modes):
	run.tried |= want
	it = Iteration()
	it.set_files(sorted({f for (f, _) in want}))
	it.add_virtual_rule("xfile")
	it.add_virtual_identifier("attach_dev_names", ",".join(sorted({n for (_, n) in want if n})) or "-")
	for v in sorted(modes):
		it.add_virtual_rule(v)
	it.register()

def lost(fn, w, modes):
	diff = sorted(modes & {"context", "patch"})
	if diff:
		sys.stderr.write("%s:%s:%s-%s: [ATTACH_DEV_NOT_FOLLOWED] %s\n"
				 % (w.file, w.line, w.column, w.column_end, NOT_FOLLOWED % (fn, "/".join(diff))))
	elif "record" in modes:
		print(json.dumps({"not_analysed": {"file": w.file, "line": w.line, "function": fn}}))
	elif "report" in modes:
		coccilib.report.print_report(w, "[ATTACH_DEV_NOT_ANALYSED] " + NOT_ANALYSED % fn)
	elif "org" in modes:
		coccilib.org.print_safe_todo(w, "[ATTACH_DEV_NOT_ANALYSED] " + NOT_ANALYSED % fn)
	else:
		print("NOT-ANALYSED %s:%s %s" % (w.file, w.line, fn))

def print_tables():
	print("IDS %s" % " ".join("%s=%s" % i for i in sorted(IDS.items())))
	print("ALLOWED %s" % " ".join(ALLOWED))
	print("PRINTS %s" % " ".join(sorted(PRINTS - DEBUG_PRINTS)))
	print("DEBUG_PRINTS %s" % " ".join(sorted(DEBUG_PRINTS)))
	print("NOT_KAPI %s" % NOT_KAPI.pattern)
	print("CORE %s" % " ".join(CORE))

def finish(facts):
	run.facts |= set(flat(facts))
	g = Graph(run.facts)
	modes = {m for (m,) in g.get("mode")}
	for m in modes:
		(run.chosen if m in IDS else run.flags).add(m)
	diff = modes & {"context", "patch"}
	want = set() if diff or "list_tables" in modes else missing(g, modes & {"report", "org", "record"})
	if want:
		return iterate(want, modes)
	if "list_tables" in modes:
		print_tables()
	if "record" in modes:
		print(json.dumps({"rules": sorted(IDS[r] for r in IDS if selected(r))}))
	if not diff:
		emit(findings(g), modes)
	if not modes & OUTPUTS - {"list_implementations"} or modes & {"record", "list_implementations"}:
		for (line, f, fn) in sorted((g.defs[i][0].line, i[0], i[1]) for i in g.impls()):
			if "record" in modes:
				print(json.dumps({"implementation": {"file": f, "line": line, "function": fn}}))
			else:
				print("IMPL %s:%s %s" % (f, line, fn))
	done = set()
	for (fn, w) in sorted(g.get("reg")):
		if not g.resolve(w.file, fn) and (fn, w.file, w.line) not in done:
			done.add((fn, w.file, w.line))
			lost(fn, w, modes)

@finalize:python@
facts << merge.facts;
@@
finish(facts)

// ---------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------
