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
/// Patch mode applies the fix that the v2 patch's series made by hand,
/// decided from what the test before the fix point reads (see "Fixes").
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
virtual bad_errno, einval_print, kapi_errno, mainline, debug_prints, xfile, handed

@initialize:python@
@@
import json
import marshal
import os
import re
import shutil
import sys
import tempfile
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
# given, and the <linux/iopoll.h> macros (POLL) give 0 or -ETIMEDOUT,
# which is made in the header that --no-includes hides.
POLL = re.compile(r"read\w*_poll_timeout(_atomic)?$")
NOT_KAPI = re.compile(r"dev_err_probe$|" + POLL.pattern)
# The IOMMU core below drivers/iommu/: a directory, or a file name at the top.
CORE = ("iommu.c", "iommu-", "io-pgfault.c", "io-pgtable", "dma-iommu.c", "iova.c",
	"of_iommu.c", "iommufd/", "generic_pt/")
OUTPUTS = {"report", "org", "context", "patch", "record", "list_implementations", "list_tables"}

// The facts' places, and the state of the file and of the run.
@initialize:python@
@@
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
		self.tested = set()	# functions with a return that a parameter guards

class Run:
	"""The run: the virtual rules given, the (file, name) pairs read by an
	Iteration, all facts so far, and the positions that context and patch
	mark in the file being read; the Fixes section may add its own."""
	def __init__(self):
		self.chosen, self.modes, self.flags, self.tried, self.facts = (set() for _ in range(5))
		self.marks, self.prints, self.impls = set(), set(), set()

file, run = File(), Run()
# Each job writes the facts of its files to a file of SPOOL, which the jobs
# inherit from this process, and finalize reads them: a merge variable
# would convert every fact between Python and OCaml, and that costs more
# than most rules' matching.  last_facts: those of the file just read.
SPOOL, last_facts = tempfile.mkdtemp(prefix="attach_dev_errno-"), []

// The virtual rules given, and what they choose.
@initialize:python@
@@
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

// Constraints that steer the rules below the implementations.
@initialize:python@
@@
# SmPL reads "in" in a constraint as its own keyword: these say it.
def wanted(f):
	return f in file.wanted

def tested(f):
	return f in file.tested

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
// Iteration reads only those files.  -D handed: iommu-errno fix's patch
// run, told the implementations (see "Fixes").
@script:python other_files depends on xfile || handed@
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
position p : script:python (f) { file.static.add(f) or False };
@@
static T f@p(...) { ... }

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
position c : script:python (g) { seen("call", g, c[0].file, c[0].current_element) };
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
type T;
position c : script:python (g) { store(c, g) };
position r : script:python (g) { passes(r, g) };
@@
\(ret = g@c(...);\|T ret = g@c(...);\|return g@r(...);\)

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
type T;
@@
 \(ret = g@c(...);\|T ret = g@c(...);\)
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

// A return that only a nonzero parameter reaches, tested itself, through
// its mask, or through a local that holds either, and a call's zero
// argument: the zero rules that return out at the call (6.12's
// arm_smmu_domain_finalise(..., 0) and its enable_dirty), as the C checker
// folds a call's constant arguments.  Other constants do not fold: the
// value of a mask is the preprocessor's.
@parameter_test depends on definition && analyse && (bad_errno || einval_print || !kapi_errno) exists@
identifier f : script:python () { wanted(f) };
identifier e =~ "^E[A-Z0-9]+$";
identifier v, b;
parameter list[n] ps;
expression M, E;
position s;
type T, T2;
@@
f(ps, T v, ...) {
 ... when any
(
 if (\(v\|v & M\)) return -e@s;
|
 T2 b = \(v\|v & M\);
 ... when != b = E
 if (b) return -e@s;
)
 ... when any
}

@script:python depends on parameter_test@
f << parameter_test.f;
n << parameter_test.n;
s << parameter_test.s;
@@
file.tested.add(f)
fact("tested", key(at(s)), int(n))

// Only calls of such a function of the file: a call into another file's
// is not folded, which keeps the finding.
@zero_argument depends on parameter_test@
identifier g : script:python () { tested(g) };
symbol false;
expression list[n] es;
position c;
@@
 g@c(es, \(0\|false\|NULL\), ...)

@script:python depends on zero_argument@
n << zero_argument.n;
c << zero_argument.c;
@@
fact("zero", key(at(c)), int(n))

// A callee that another file of the driver may define is declared in the
// caller's file or in a header of its directory: the Iteration reads the
// driver's files only for such a name (missing()).
@prototype depends on definition && analyse@
identifier g;
type T;
position p : script:python (g) { seen("proto", g, p[0].file) };
@@
 T g@p(...);

// A call through a local function pointer or a parameter is not a kAPI:
// the pointer holds one of the file's functions or the caller's, as
// arm-smmu-v3's finalise_stage_fn does.
@pointer_call depends on definition && analyse && (kapi_errno || !(bad_errno || einval_print)) && !mainline@
local idexpression fp;
position c : script:python () { seen("indirect", key(at(c))) };
@@
 fp@c(...)

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

// The facts, by kind and by the function that holds them.
@initialize:python@
@@
# What a fact of each kind holds, in the order that the rules note it
# (a place is a Where, a site a key()).
KINDS = {kind: namedtuple(kind.capitalize(), fields) for (kind, fields) in (
	("reg", "name at"), ("define", "name at"), ("def", "name at static"), ("read", "file"),
	("analysed", "function"),
	("call", "name file function"), ("use", "name at"), ("pass", "callee at"), ("proto", "name file"),
	("indirect", "site"), ("errno", "name at probe"), ("print", "name at value callee"),
	("success", "site"), ("tested", "site parameter"), ("zero", "site parameter"))}
PLACES = {kind: [i for (i, f) in enumerate(t._fields, 1) if f in ("at", "value", "probe")]
	  for (kind, t) in KINDS.items()}

def thaw(t):
	"""A fact as marshal gives it back, with its places Where again."""
	places = PLACES[t[0]]
	return tuple(Where(*x) if i in places and x else x for (i, x) in enumerate(t)) if places else t

// The facts of the files read, indexed for the walks below.
@initialize:python@
@@
class Graph:
	"""The facts by kind, and by kind and the function that holds them."""
	def __init__(self, facts):
		self.by, self.fn, self.defs, self.names, self.chained = {}, {}, {}, {}, {}
		for t in facts:
			fact = KINDS[t[0]](*t[1:])
			self.by.setdefault(t[0], []).append(fact)
			if t[0] in ("pass", "errno", "print"):
				self.fn.setdefault((t[0], fact.at.file, fact.at.function), []).append(fact)
		for v in list(self.fn.values()) + [self.get("reg")]:
			v.sort(key=lambda t: repr(tuple(t)))	# the same findings whatever their order
		for (name, w, static) in self.get("def"):
			self.defs[(w.file, name)] = (w, static)
			self.names.setdefault(name, []).append((w.file, static))
		self.success, self.indirect = ({t.site for t in self.get(k)} for k in ("success", "indirect"))
		self.zero = set(self.get("zero"))
		self.tested = {}
		for t in self.get("tested"):
			self.tested.setdefault(t.site, set()).add(t.parameter)

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

	def prints(self, f):
		return [t for t in self.get("print", f) if key(t.at) not in self.success]

// Walks over the call graph: who reaches what, and from where.
@initialize:python@
@@
def attach_only(g, impls):
	"""The implementations, and each function whose address is never
	taken and whose callers are all attach-only: checker/callers.c."""
	callers = {}
	for (name, file, caller) in g.get("call"):
		callers.setdefault(g.resolve(file, name), set()).add((file, caller))
	taken = {g.resolve(w.file, n) for (n, w) in g.get("use")}
	only = {f for f in g.defs if f in impls or (f not in taken and callers.get(f))}
	while any(not callers[f] <= only for f in only - impls):
		only = {f for f in only if f in impls or callers[f] <= only}
	return only

def chains(g, start):
	"""Each function whose value start returns, with the steps (call,
	callee) down to it."""
	if start in g.chained:
		return g.chained[start]
	seen, todo = {start: ()}, [start]
	g.chained[start] = seen
	while todo:
		f = todo.pop(0)
		for (callee, w) in g.get("pass", f):
			h = g.resolve(f[0], callee)
			if h and h not in seen:
				seen[h] = seen[f] + ((w, h),)
				todo.append(h)
	return seen

// Each way down from an implementation, and what a way rules out.
@initialize:python@
@@
def paths(g, start, limit=8):
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
		for (callee, w) in g.get("pass", f):
			h = g.resolve(f[0], callee)
			if h and h != start and all(h != s[1] for s in path):
				todo.append((h, path + ((w, h),)))
	return out

def ruled_out(g, path, site):
	"""Whether the call into the function that holds site passes zero
	where the site needs its parameter nonzero."""
	call = key(path[-1][0]) if path else None
	return any((call, n) in g.zero for n in g.tested.get(key(site), ()))

def einval_below(g, h):
	"""(steps, site) from h to the nearest -EINVAL, or None."""
	for (f, path) in sorted(chains(g, h).items(), key=lambda i: (len(i[1]), i[0])):
		sites = [t.at for t in g.get("errno", f) if t.name == "EINVAL"]
		sites += [t.value for t in g.prints(f) if not t.callee]
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
	for (callee, w) in g.get("pass", f):
		if POLL.match(callee) and not g.resolve(f[0], callee):
			yield Found("bad_errno", "ETIMEDOUT", impl, path, w, None)

def einval_prints(g, impl, f, path):
	for (e, s, probe) in g.get("errno", f):
		if e == "EINVAL" and probe:
			yield Found("einval_print", e, impl, path, s, ("dev_err_probe", probe))
	for (name, p, s, callee) in g.prints(f):
		h = callee and g.resolve(f[0], callee)
		below = einval_below(g, h) if h else None if callee else ((), s)
		if below:
			steps = path + (((s, h),) if h else ()) + below[0]
			yield Found("einval_print", "EINVAL", impl, steps, below[1], (name, p))

def kapi_errnos(g, impl, f, path):
	for (callee, w) in g.get("pass", f):
		if not (g.resolve(f[0], callee) or NOT_KAPI.match(callee) or key(w) in g.indirect):
			yield Found("kapi_errno", "EINVAL", impl, path, w, callee)

RULES = {"bad_errno": bad_errnos, "einval_print": einval_prints, "kapi_errno": kapi_errnos}

// The findings of a graph, one per fix point, ID and errno.
@initialize:python@
@@
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
	only = attach_only(g, impls)
	out = {}
	for impl in sorted(impls):
		for (f, path) in sorted((f, path) for (f, ways) in paths(g, impl).items() for path in ways):
			for rule in filter(selected, RULES):
				for found in RULES[rule](g, impl, f, path):
					if ruled_out(g, found.path, found.site):
						continue
					fix = next((call for (call, h) in found.path if h not in only), found.site)
					k = (key(fix), rule, found.errno)
					old = out.setdefault(k, [found, fix, []])
					if old[0].impl == impl and rank(found) > rank(old[0]):
						old[0] = found
					if impl not in old[2]:
						old[2].append(impl)
	return out

// Their outputs: the kernel's report and org shapes, and the record.
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

// Each finding, in every output mode asked for.
@initialize:python@
@@
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

// The end of a file: its facts go to finalize, through SPOOL.
@initialize:python@
@@
def end_file():
	"""Hand the facts of the file to finalize; context and patch mode,
	which cannot iterate, mark its findings now."""
	global file, last_facts
	for (_, f, w) in [t for t in file.facts if t[0] == "define"]:
		file.facts |= {("def", f, w, f in file.static), ("read", w.file)}
		file.facts |= {("analysed", (w.file, f))} if f in file.wanted else set()
	last_facts = [t for t in file.facts if t[0] != "define"]
	with open(os.path.join(SPOOL, str(os.getpid())), "ab") as out:
		marshal.dump([tuple(tuple(x) if isinstance(x, Where) else x for x in t)
			      for t in last_facts], out)
	if run.modes & {"context", "patch"}:
		run.marks, run.prints = set(), set()
		g = Graph(file.facts)
		run.impls = {fn for (_, fn) in g.impls()}
		for (found, fix, impls) in findings(g).values():
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

// ---------------------------------------------------------------------
// The run: Iterations read the files of a driver that were not read for
// what is wanted there, until nothing is missing; then the findings.
// ---------------------------------------------------------------------

@initialize:python@
@@
def spooled():
	"""The facts that the jobs of the last round wrote, each file of SPOOL
	read once."""
	for name in sorted(os.listdir(SPOOL)):
		with open(os.path.join(SPOOL, name), "rb") as f:
			while True:
				try:
					yield from map(thaw, marshal.load(f))
				except EOFError:
					break
		os.unlink(os.path.join(SPOOL, name))

def beside(f, suffix):
	"""The files of f's directory whose names end in suffix."""
	d = os.path.dirname(f) or "."
	names = sorted(os.listdir(d)) if os.path.isdir(d) else []
	return [os.path.normpath(os.path.join(d, n)) for n in names if n.endswith(suffix)]

def driver_files(f, read, name):
	"""The .c files of the driver of f that no round has read and that hold
	the word name: those that spatch's token prefilter keeps for a rule
	naming it, as those of the first round name attach_dev."""
	return [p for p in beside(f, ".c") if p not in read and same_driver(p, f) and mentions(p, name)]

def mentions(path, name, text={}):
	"""Whether the file at path holds the word name."""
	if path not in text:
		with open(path, errors="replace") as f:
			text[path] = f.read()
	return name in text[path] and re.search(r"\b%s\b" % re.escape(name), text[path]) is not None

def declared(name, f, protos):
	"""Whether f declares name itself or a header of its directory names it:
	else name is a kAPI, and no other file of the driver defines it."""
	return (name, f) in protos or any(mentions(h, name) for h in beside(f, ".h"))

// What the next Iteration reads.
@initialize:python@
@@
def missing(g, analysing):
	"""The (file, name) pairs to read: an implementation that no file read
	defines, and, when analysing, a function it reaches whose facts are
	not known, a declared callee that no file read defines, and, for a
	global, its callers."""
	read = {t.file for t in g.get("read")}
	analysed = {t.function for t in g.get("analysed")}
	protos = set(g.get("proto"))
	want = {(f, fn) for (fn, w) in g.get("reg") if not g.resolve(w.file, fn)
		for f in driver_files(w.file, read, fn)}
	for f in {f for i in g.impls() for f in chains(g, i)} if analysing else ():
		names = [c for (c, w) in g.get("pass", f) if not g.resolve(f[0], c)
			 and not NOT_KAPI.match(c) and declared(c, f[0], protos)] \
			+ ([] if g.defs[f][1] else [f[1]])
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

// An implementation whose definition no file read holds.
@initialize:python@
@@
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

// Each round ends here: another Iteration, or the outputs.
@initialize:python@
@@
def finish():
	run.facts |= set(spooled())
	g = Graph(run.facts)
	stay = run.modes & {"context", "patch", "list_tables"}
	want = set() if stay else missing(g, run.modes & {"report", "org", "record"})
	if want:
		return iterate(want)
	shutil.rmtree(SPOOL, ignore_errors=True)
	if "list_tables" in run.modes:
		for (name, items) in (("IDS", ["%s=%s" % i for i in sorted(IDS.items())]),
				      ("ALLOWED", ALLOWED), ("PRINTS", sorted(PRINTS - DEBUG_PRINTS)),
				      ("DEBUG_PRINTS", sorted(DEBUG_PRINTS)), ("NOT_KAPI", [NOT_KAPI.pattern]),
				      ("CORE", CORE)):
			print(name, " ".join(items))
	if "record" in run.modes:
		print(json.dumps({"rules": sorted(IDS[r] for r in IDS if selected(r))}))
		print(json.dumps({"files": sorted({t.file for t in g.get("read")})}))
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
@@
finish()

// ---------------------------------------------------------------------
// Fixes: patch mode applies, at each fix point, the fix that the upstream
// series made by hand, decided from what the guard of the return reads.
// The rules above hand over, per file, the fix points that they marked:
// run.marks holds the (file, line, column) of each finding's fix point
// (the errno constant, or the call whose value is returned), run.impls
// the names of the file's implementations, removable() says which prints
// may go, and the rule "definition" matches in a file that registers an
// implementation.  With -D record each decision is also one line {"fix":
// {...}}, applied or refused, with its reason, for `iommu-errno fix`.
// The facts about the file's variables are gathered only where a marked
// fix point has a shape that a fix can change.
// A file's own facts say too little where its driver has other files: a
// function defined there looks like a kAPI, and a global's callers there
// are not seen.  Then the fix points are those of the whole-driver
// analysis (a View): `iommu-errno fix` hands its own over (-D handed,
// with the implementations that another file registers, which only it
// fixes); a plain patch run asks for it with a nested record run of this
// semantic patch over the driver's files, or, if that cannot run, writes
// no fix in the file and says so (ATTACH_DEV_NOT_FOLLOWED).
// ---------------------------------------------------------------------

@initialize:python@
@@
from dataclasses import dataclass as fix_dataclass, field as fix_field
import subprocess
from typing import NamedTuple, Optional

DOMAIN_TYPE = "struct iommu_domain *"
DEVICE_TYPE = "struct device *"
# Allowed values that a helper may hand back in place of a hard-coded errno.
PROPAGATED = ("ENOMEM", "ENOSPC", "EBUSY", "ENODEV")

def is_any_print(name):
	"""A print that a branch holds, debug or not: what goes with the
	-EINVAL is decided before its print is dropped."""
	return name in PRINTS

def fix_table():
	return fix_field(default_factory=dict)

class FixFacts:
	"""What the fix rules learnt about one file, by (function, variable)."""
	types: dict = fix_table()	# its declared type
	sources: dict = fix_table()	# identifiers its values are computed from
	calls: dict = fix_table()	# callees whose value it is given
	reaching: dict = fix_table()	# (if, variable) -> callees whose value it tests
	values: dict = fix_table()	# function -> what its returns give
	guards: dict = fix_table()	# return -> (function, if, its errno or value)
	gotos: dict = fix_table()	# if -> (function, fix point, goto, kAPI, variable)
	tails: dict = fix_table()	# return of a call -> (function, callee)
	held: set = fix_field(default_factory=set)	# variables set, not returns
	branches: dict = fix_table()	# if -> the first and last line of its branch
	reads: dict = fix_table()	# if -> {"all", "left", "right"}: identifiers read
	prints: dict = fix_table()	# return -> the prints of its branch
	decided: dict = fix_table()	# return, or if of a goto -> Decision
	applied: set = fix_field(default_factory=set)
	reported: dict = fix_table()	# return, or if of a goto -> its fix point
	record: bool = False
FixFacts = fix_dataclass(FixFacts)
fix = FixFacts()

// A decision, and what patch mode knows of the whole driver.
@initialize:python@
@@
class Decision(NamedTuple):
	kind: str		# incompatibility, device, allocation, kapi, propagate, undecidable
	errno: Optional[str]	# the new value: "-ENODEV", or a variable to return
	reason: str
	drop: bool		# remove the print of the branch
	var: str = ""		# for a goto: the variable that its branch sets

def fix_key(p):
	return (p[0].file, int(p[0].line), int(p[0].column))

def fix_marked(*ps):
	keys = [fix_key(p) for p in ps if p]
	if fix_view.lines is not None:
		return any(k[:2] in fix_view.lines for k in keys)
	return any(k in run.marks for k in keys)

class FixView:
	"""What the whole-driver analysis says about the file being read:
	lines, the (file, line) of its fix points (None: the file's own marks
	hold); elsewhere, the names of the driver's functions in other files
	that its paths go through."""
	lines: Optional[set] = None
	elsewhere: set = fix_field(default_factory=set)
	handed: Optional[dict] = None	# -D handed: kind -> {(file, name or line)}
	asked: dict = fix_table()	# directory -> what its record run said, or None
FixView = fix_dataclass(FixView)
fix_view = FixView()

// The nested record run of a plain MODE=patch.
@initialize:python@
@@
def handed_pairs(text):
	"""FILE:ITEM,... as fix writes it; the file may hold a colon, the item not."""
	return {tuple(x.rsplit(":", 1)) for x in text.split(",") if ":" in x}

# Options of the running spatch that a record run needs too: what it
# reads (the semantic patch, includes, macros) and the virtual rules that
# are no output mode.
FIX_ARG_OPTIONS = ("--sp-file", "--cocci-file", "-I", "--include", "--macro-file",
		   "--macro-file-builtins", "--iso-file", "--python")
FIX_FLAGS = ("--no-includes", "--include-headers-for-types", "--all-includes",
	     "--local-includes", "--recursive-includes")

def record_argv():
	"""This spatch's command line in record mode, without its targets."""
	try:
		with open("/proc/self/cmdline", "rb") as f:
			argv = f.read().decode(errors="replace").split("\0")[:-1]
	except OSError:
		return None
	# An Iteration needs --no-show-diff.
	out, i = [argv[0], "--very-quiet", "--no-show-diff", "-D", "record"], 1
	while i < len(argv):
		a = argv[i]
		if a in FIX_ARG_OPTIONS and i + 1 < len(argv):
			out += argv[i:i + 2]
			i += 1
		elif a in FIX_FLAGS:
			out.append(a)
		elif a == "-D" and i + 1 < len(argv):
			if argv[i + 1].split("=", 1)[0] not in OUTPUTS | {"handed"}:
				out += argv[i:i + 2]
			i += 1
		i += 1
	return out if "--sp-file" in out or "--cocci-file" in out else None

// What the whole-driver analysis says of this file.
@initialize:python@
@@
def ask(d, f):
	"""The whole analysis of the driver of f, by a record run over the
	.c files of its directory: {"lines", "functions"}, or None."""
	argv = record_argv()
	files = [os.path.join(d, n) for n in sorted(os.listdir(d or "."))
		 if n.endswith(".c") and same_driver(os.path.join(d, n), f)]
	if argv is None or not files:
		return None
	try:
		proc = subprocess.run(argv + files, capture_output=True, text=True,
				      errors="replace", stdin=subprocess.DEVNULL)
	except OSError:
		return None
	# An aborted run may exit 0: the last record says that it ran.
	if proc.returncode or '{"rules": ' not in proc.stdout:
		return None
	out = {"lines": set(), "functions": set()}
	for line in proc.stdout.splitlines():
		rec = json.loads(line) if line.startswith("{") else {}
		if "id" in rec:
			out["lines"].add((rec["file"], rec["line"]))
			for s in rec["path"] + [rec["site"]]:
				out["functions"].add((s["file"], s["function"]))
	return out

// The driver's view, from the hand-over or from the nested run.
@initialize:python@
@@
def fix_whole():
	"""Set fix_view, and add to run.impls, for the files being read
	(spatch reads the files named on its command line as one group)."""
	# end_file() has just handed their facts on.
	g = Graph(last_facts)
	names = {t.file for t in g.get("read")}
	fix_view.lines, fix_view.elsewhere = None, set()
	views = [fix_view.handed] if fix_view.handed is not None else []
	want = missing(g, True) if not views else set()
	if not views and not want:
		return
	for d in sorted({os.path.dirname(n) for n in names} if want else ()):
		if d not in fix_view.asked:
			fix_view.asked[d] = ask(d, next(n for n in sorted(names) if os.path.dirname(n) == d))
		views.append(fix_view.asked[d] or {"failed": d})
	fix_view.lines = set()
	for view in views:
		if "failed" in view:
			lost_view(g, view["failed"], want)
			continue
		fix_view.lines |= {(f, int(l)) for (f, l) in view["lines"]}
		fix_view.elsewhere |= {n for (f, n) in view["functions"]
				       if f not in names and any(same_driver(f, m) for m in names)}
		run.impls |= {n for (f, n) in view.get("impls", ()) if f in names}

def lost_view(g, d, want):
	for i in sorted(i for i in g.impls() if os.path.dirname(i[0]) == d):
		w = g.defs[i][0]
		sys.stderr.write("%s:%s:%s-%s: [ATTACH_DEV_NOT_FOLLOWED] %s\n" % (
			w.file, w.line, w.column, w.column_end,
			NOT_ASKED % (i[1], ", ".join(sorted({n for (_, n) in want if n})))))

NOT_ASKED = ("%s() may reach functions that other files of its driver define (%s), and the "
	     "record run that would follow them could not run: patch mode writes no fix in "
	     "this file; use iommu-errno fix")

// Constraints that gather the facts of the Fixes rules.
@initialize:python@
@@
# fix_add() and fix_type() are also constraints with an effect: true.
def fix_add(table, key, item):
	table.setdefault(key, set()).add(item)
	return True

def fix_type(f, x, t):
	fix.types[(f, x)] = t
	return True

def add_goto(pi, at, pg, g, ret):
	fix.gotos[fix_key(pi)] = (pi[0].current_element, fix_key(at), fix_key(pg), g, ret)
	fix.branches.setdefault(fix_key(pi), None)

@script:python depends on patch && handed@
points << virtual.fix_points;
functions << virtual.driver_functions;
impls << virtual.attach_dev_impls;
@@
if fix_view.handed is None:
	fix_view.handed = {"lines": handed_pairs(points), "functions": handed_pairs(functions),
			   "impls": handed_pairs(impls)}

@script:python depends on patch && definition@
@@
fix = FixFacts()
fix_whole()

@script:python depends on patch && definition && record@
@@
fix.record = True

// The guard of each marked errno constant: the if whose branch returns it,
// or sets the variable that the function returns (and maybe jumps to the
// exit).  q is the return, or the variable set.
@fix_guard depends on patch && definition@
expression C, e;
identifier h;
position pi, q;
position s : script:python () { fix_marked(s) };
@@
(
if@pi (C) \( return@q -e@s; \| { ... return@q -e@s; } \)
|
if@pi (C) \( h@q = -e@s; \| { ... h@q = -e@s; ... } \)
)

@script:python@
pi << fix_guard.pi;
q << fix_guard.q;
e << fix_guard.e;
h << fix_guard.h = "";
@@
fix.guards[fix_key(q)] = (q[0].current_element, fix_key(pi), e, "")
if h:
	fix.held.add(fix_key(q))
fix.branches.setdefault(fix_key(pi), None)

// A kAPI finding whose fix point is the call: the return of its value
// where it is tested, or a goto that takes it to the exit, where the
// function returns it (the branch of the goto sets the errno, and the
// unwinding stays).  The gotos come first: "{ ... return ret; }" also
// matches a branch whose goto reaches the exit's return.
@fix_kapi_value depends on patch && definition exists@
identifier ret, g, L;
expression C, E;
position pi, q, pg;
position c : script:python () { fix_marked(c) };
@@
ret = g@c(...);
... when != ret = E
if@pi (C) \( goto@pg L; \| { ... goto@pg L; } \| return@q ret; \| { ... return@q ret; } \)

@script:python@
c << fix_kapi_value.c;
pi << fix_kapi_value.pi;
q << fix_kapi_value.q = [];
pg << fix_kapi_value.pg = [];
ret << fix_kapi_value.ret;
g << fix_kapi_value.g;
@@
if pg:
	add_goto(pi, c, pg, g, ret)
else:
	fix.guards[fix_key(q)] = (q[0].current_element, fix_key(pi), "", ret)
	fix.branches.setdefault(fix_key(pi), None)
	fix_add(fix.reaching, (fix_key(pi), ret), g)
	fix.reported[fix_key(q)] = fix_key(c)

// A kAPI's value returned straight: "return kapi(...);".
@fix_kapi_return depends on patch && definition@
identifier g;
expression list es;
position q;
position c : script:python () { fix_marked(c) };
@@
return@q g@c(es);

@script:python@
q << fix_kapi_return.q;
c << fix_kapi_return.c;
g << fix_kapi_return.g;
@@
fix.tails[fix_key(q)] = (q[0].current_element, g)
fix.reported[fix_key(q)] = fix_key(c)

// The declared type of each parameter and local, and what each local is
// computed from, noted by the constraints: a script rule each would cost
// more.
@fix_param depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier f;
type T;
identifier x : script:python (f, T) { fix_type(f, x, T) };
@@
f(..., T x, ...) { ... }

@fix_local depends on fix_guard || fix_kapi_value || fix_kapi_return@
type T;
identifier x;
position p : script:python (T, x) { fix_type(p[0].current_element, x, T) };
@@
(
T x@p;
|
T x@p = ...;
)

@fix_flow depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier x;
position p;
identifier y : script:python (x, p) { fix_add(fix.sources, (p[0].current_element, x), y) };
@@
x@p = <+... y ...+>

@fix_flow_init depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier x;
position p;
type T;
identifier y : script:python (x, p) { fix_add(fix.sources, (p[0].current_element, x), y) };
@@
T x@p = <+... y ...+>;

@fix_call depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier x;
position p;
identifier g : script:python (x, p) { fix_add(fix.calls, (p[0].current_element, x), g) };
@@
x@p = g(...)

@fix_call_init depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier x;
position p;
type T;
identifier g : script:python (x, p) { fix_add(fix.calls, (p[0].current_element, x), g) };
@@
T x@p = g(...);

// What each function returns: 0, an errno constant, or anything else.
@fix_value depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier e;
expression E;
position r;
@@
(
return@r 0;
|
return@r -e;
|
return@r E;
)

@script:python depends on fix_value@
e << fix_value.e = "";
E << fix_value.E = "";
r << fix_value.r;
@@
fix_add(fix.values, r[0].current_element, e or ("?" if E else "0"))

// The extent of each guard's branch: SmPL's "..." follows a goto, and a
// return or a print reached through one is not the branch's own.
@fix_extent depends on fix_guard || fix_kapi_value || fix_kapi_return@
position pi : script:python () { fix_key(pi) in fix.branches };
expression C;
statement S, S2;
position ps;
@@
(
if@pi (C) S@ps else S2
|
if@pi (C) S@ps
)

@script:python@
pi << fix_extent.pi;
ps << fix_extent.ps;
@@
fix.branches[fix_key(pi)] = (int(ps[0].line), int(ps[0].line_end))

@fix_reads depends on fix_guard@
position fix_guard.pi;
identifier y;
statement S;
@@
if@pi (<+... y ...+>) S

@script:python@
pi << fix_guard.pi;
y << fix_reads.y;
@@
fix_add(fix.reads.setdefault(fix_key(pi), {}), "all", y)

// What each side of a guard that joins two tests reads.
@fix_sides depends on fix_guard@
position fix_guard.pi;
identifier y, z;
binary operator join = {||, &&};
statement S;
@@
if@pi (<+... y ...+> join <+... z ...+>) S

@script:python@
pi << fix_guard.pi;
y << fix_sides.y;
z << fix_sides.z;
@@
reads = fix.reads.setdefault(fix_key(pi), {})
fix_add(reads, "left", y)
fix_add(reads, "right", z)

// The prints that only the branch of a marked return reaches.
@fix_print depends on fix_guard@
position fix_guard.pi, fix_guard.q;
identifier pr : script:python () { is_any_print(pr) };
expression C, E;
position p;
identifier h;
@@
(
if@pi (C) { ... pr@p(...); ... return@q E; }
|
if@pi (C) { ... pr@p(...); ... h@q = E; ... }
|
if@pi (C) { ... h@q = E; ... pr@p(...); ... }
)

@script:python@
q << fix_guard.q;
pr << fix_print.pr;
p << fix_print.p;
@@
fix_add(fix.prints, fix_key(q), (pr, fix_key(p)))

// The call whose value a guard tests, on the way to it.
@fix_reaching depends on fix_guard exists@
position fix_guard.pi;
identifier x, g;
expression E;
statement S;
type T;
@@
\(x = g(...);\|T x = g(...);\)
... when != x = E
if@pi (<+... x ...+>) S

@script:python@
pi << fix_guard.pi;
x << fix_reaching.x;
g << fix_reaching.g;
@@
fix_add(fix.reaching, (fix_key(pi), x), g)

@initialize:python@
@@
def pointer(f, x):
	return fix.types.get((f, x), "").endswith("*")

def derived(f, roots):
	"""The variables of f computed from roots: pointers, and values that
	no call gives (a call's value is its own, not its arguments')."""
	out, todo = set(roots), list(roots)
	flows = [(x, ys) for ((g, x), ys) in fix.sources.items() if g == f]
	while todo:
		todo.pop()
		for (x, ys) in flows:
			if x not in out and ys & out and (pointer(f, x) or (f, x) not in fix.calls):
				out.add(x)
				todo.append(x)
	return out

def driver_types():
	"""The driver's own types for the domain and for the device: those of
	pointers computed straight from a parameter typed struct iommu_domain
	* (the driver's domain) or struct device * (its master, fwspec or
	IOMMU).  A type computed from both belongs to neither."""
	seen = {DOMAIN_TYPE: set(), DEVICE_TYPE: set()}
	for ((f, x), ys) in fix.sources.items():
		for y in ys:
			t = fix.types.get((f, y))
			if t in seen and pointer(f, x):
				seen[t].add(fix.types[(f, x)])
	dom, dev = seen[DOMAIN_TYPE], seen[DEVICE_TYPE]
	return (dom - dev) | {DOMAIN_TYPE}, (dev - dom) | {DEVICE_TYPE}

// Where a tested value comes from.
@initialize:python@
@@
def origin(f, names, pi=None):
	"""(kind, detail) of what a condition reads: an allocation's result, a
	call's value, the domain's state, the device's, or none of them."""
	def callees(x):
		return sorted(fix.reaching.get((pi, x)) or fix.calls.get((f, x), ()))
	for x in sorted(names):
		if pointer(f, x) and any("alloc" in g for g in callees(x)):
			return ("allocation", (x, callees(x)[0]))
	for x in sorted(names):
		if callees(x) and not pointer(f, x):
			if len(callees(x)) > 1:
				return ("ambiguous", (x, callees(x)))
			return ("value", (x, callees(x)[0]))
	dom_types, dev_types = driver_types()
	local = [x for (g, x) in fix.types if g == f]
	dom = derived(f, [x for x in local if fix.types[(f, x)] in dom_types])
	dev = derived(f, [x for x in local if fix.types[(f, x)] in dev_types])
	if names & dom:
		return ("incompatibility", ", ".join(sorted(names & dom)))
	if names & dev:
		return ("device", ", ".join(sorted(names & dev)))
	return (None, None)

// Decisions on a guard's errno.
@initialize:python@
@@
def helper_values(g):
	"""What a function of this file returns, or None if not only 0 and
	errno constants."""
	vals = fix.values.get(g)
	return None if not vals or "?" in vals else vals

def undecidable(reason):
	return Decision("undecidable", None, reason, False)

def decide_value(x, g, errno, prints):
	"""A guard that tests the value of g(), held in x."""
	vals = helper_values(g)
	if g in fix_view.elsewhere and g not in fix.values:
		return shared(g)
	if g in fix.values:
		allowed = set(PROPAGATED) | ({"EINVAL"} if not prints else set())
		if vals is not None and vals - {"0"} <= allowed:
			return Decision("propagate", x,
					"%s() returns only %s: its own value is returned instead of -%s"
					% (g, ", ".join(v if v == "0" else "-" + v for v in sorted(vals)), errno),
					False)
		return undecidable("%s() is a helper of this file that may return other values "
				   "than the allowed ones; fix it, not its caller" % g)
	new = "-ENOMEM" if "alloc" in g else "-ENODEV"
	return Decision("kapi", new, "%s() is a kAPI, whose errno may be -EINVAL: %s%s where "
			"its value is tested, as the v2 patch asks" % (
				g, new, " after an allocator" if new == "-ENOMEM" else ""), False)

// A guard: what its test reads decides its errno.
@initialize:python@
@@
def decide_guard(f, pi, errno, prints):
	reads = fix.reads.get(pi, {})
	kind, detail = origin(f, reads.get("all", set()), pi)
	sides = [origin(f, reads[s], pi)[0] for s in ("left", "right") if s in reads]
	if len(sides) == 2 and sides[0] != sides[1] and kind in ("incompatibility", "device"):
		return undecidable("the guard joins a test of the domain with a test of "
				   "the device, which need -EINVAL and -ENODEV: split it by hand")
	if kind == "allocation":
		return Decision(kind, "-ENOMEM", "the guard tests %s, the result of %s(): "
				"a failed allocation" % detail, False)
	if kind == "value":
		return decide_value(detail[0], detail[1], errno, prints)
	if kind == "ambiguous":
		return undecidable("the guard tests %s, which more than one call may have "
				   "given (%s)" % (detail[0], ", ".join(g + "()" for g in detail[1])))
	if kind == "incompatibility":
		if prints and not all(removable(pr) for (pr, _) in prints):
			return undecidable("an incompatibility, but its print (%s) is also a value "
					   "or a test, and cannot simply go" % prints[0][0])
		return Decision(kind, "-EINVAL", "the guard reads %s, state of the domain "
				"argument: the domain and the device are incompatible, so "
				"-EINVAL%s" % (detail, " and no print" if prints else ""), bool(prints))
	if kind == "device":
		return Decision(kind, "-ENODEV", "the guard reads only %s, state of the "
				"device: a device-specific failure, so -ENODEV%s"
				% (detail, ", and the print stays" if prints else ""), False)
	return undecidable("the guard reads neither the domain argument nor the device, "
			   "so no rule says which errno it means")

// Every marked return of the file, decided.
@initialize:python@
@@
def inside(pi, key):
	first, last = fix.branches.get(pi) or (0, -1)
	return first <= key[1] <= last

def decide_all():
	for (q, (f, pi, errno, ret)) in sorted(fix.guards.items()):
		if not inside(pi, q):
			continue
		prints = sorted(p for p in fix.prints.get(q, ()) if inside(pi, p[1]))
		if ret:
			kind, detail = origin(f, {ret}, pi)
			d = decide_value(ret, detail[1], "EINVAL", prints) if kind == "value" else \
			    undecidable("the value returned is not one call's")
			if d.kind != "kapi" and kind == "value":
				d = shared(detail[1])
		elif errno == "EINVAL" and not prints:
			d = undecidable("the print that it is reported with is not in the guard's "
					"branch (a WARN in the condition, or a print on another "
					"path), so no rule changes this -EINVAL")
		else:
			d = decide_guard(f, pi, errno, prints)
		if d.errno == "-" + errno and not d.drop:
			d = undecidable("the rules keep -%s here, and it is still reported" % errno)
		if d.kind == "propagate" and q in fix.held:
			d = undecidable("%s already holds the helper's value, and the branch sets "
					"it again: drop that by hand" % d.errno)
		fix.decided[q] = d._replace(errno=None) if d.errno == "-" + errno else d
		if d.kind == "undecidable":
			fix_report(fix.reported.get(q, q), f, d, False)

// Decisions on a value that a goto takes to the exit.
@initialize:python@
@@
def decide_gotos():
	for (pi, (f, at, pg, g, ret)) in sorted(fix.gotos.items()):
		if not inside(pi, pg):
			continue
		d = decide_value(ret, g, "EINVAL", [])
		if d.kind == "kapi":
			fix.decided[pi] = d._replace(var=ret)
			fix.reported[pi] = at
		elif at not in fix.decided and g in fix_view.elsewhere:
			fix_report(at, f, d, False)
		elif at not in fix.decided:
			fix_report(at, f, undecidable("the value comes from %s(), a helper of this "
						      "file, through a goto to the exit: fix the helper, "
						      "or convert it here by hand" % g), False)

def goto_to(pi, errno):
	"""Whether the goto of the if at pi takes a kAPI's value that errno
	replaces."""
	d = fix.decided.get(fix_key(pi))
	return d is not None and pi[0].current_element == fix.gotos.get(fix_key(pi), ("",))[0] \
		and d.kind == "kapi" and d.errno == errno

def goto_var(r):
	return any(d.var == r for d in fix.decided.values())

// A decision told; the decision on a call of a shared helper, and on a
// tail call.
@initialize:python@
@@
def fix_report(q, f, d, applied):
	if fix.record:
		print(json.dumps({"fix": {"file": q[0], "line": q[1], "column": q[2], "function": f,
					  "decision": d.kind, "errno": d.errno, "applied": applied,
					  "reason": d.reason}}, sort_keys=True))

def shared(g):
	"""A call of the file's own g() marked as the fix point: the analysis
	put it there because other code shares g()."""
	return undecidable("%s() is a helper of this driver that other code shares, so the "
			   "fix is at this call, but no rule says which errno its failure "
			   "means here: convert it by hand" % g)

def decide_tails():
	for (q, (f, g)) in sorted(fix.tails.items()):
		d = decide_value("", g, "EINVAL", [])
		if f not in run.impls:
			d = undecidable("%s() returns %s()'s value to its caller, which may use "
					"it as data (an index, a count): convert it by hand" % (f, g))
			fix_report(fix.reported[q], f, d, False)
		elif d.kind != "kapi":
			d = shared(g)
			fix_report(fix.reported[q], f, d, False)
		fix.decided[q] = d

// Applying a decision, and telling it.
@initialize:python@
@@
def shape(k):
	return "tail" if k in fix.tails else "held" if k in fix.held else "return"

def decided(q, drop, errno, form="return"):
	"""Whether the fix decided at q, a return or (form "held") the setting
	of the variable returned, or (form "tail") a return of a kAPI's value,
	drops the print and gives errno (None: the value stays; "=": the
	variable of a helper's value)."""
	d = fix.decided.get(fix_key(q))
	if d is None or d.kind == "undecidable" or d.drop != drop or shape(fix_key(q)) != form:
		return False
	return d.errno == errno or (errno == "=" and d.kind == "propagate")

def propagated(x):
	return any(d.kind == "propagate" and d.errno == x for d in fix.decided.values())

def applied(q):
	k = fix_key(q)
	at = fix.reported.get(k, k)
	if at not in fix.applied:
		fix.applied.add(at)
		fix_report(at, q[0].current_element, fix.decided[k], True)

@script:python depends on patch && definition@
@@
decide_all()
decide_gotos()
decide_tails()

// All fixes in one rule: spatch parses a function again after a rule
// changes it, and the positions of the later rules are then lost.  The
// braces go with a print that was the branch's only other statement.
@fix_apply depends on fix_guard || fix_kapi_value || fix_kapi_return@
identifier pr : script:python () { removable(pr) };
expression C, E;
position q1 : script:python () { decided(q1, True, None) or decided(q1, True, "-EINVAL") };
position q2 : script:python () { decided(q2, True, None) };
position q3 : script:python () { decided(q3, True, "-EINVAL") };
position q4 : script:python () { decided(q4, False, "-EINVAL") };
position q5 : script:python () { decided(q5, False, "-ENODEV") };
position q6 : script:python () { decided(q6, False, "-ENOMEM") };
position q7 : script:python () { decided(q7, False, "=") };
position h2 : script:python () { decided(h2, True, None, "held") };
position h3 : script:python () { decided(h3, True, "-EINVAL", "held") };
position h4 : script:python () { decided(h4, False, "-EINVAL", "held") };
position h5 : script:python () { decided(h5, False, "-ENODEV", "held") };
position h6 : script:python () { decided(h6, False, "-ENOMEM", "held") };
position t5 : script:python () { decided(t5, False, "-ENODEV", "tail") };
position t6 : script:python () { decided(t6, False, "-ENOMEM", "tail") };
identifier h, g;
expression list es;
identifier x : script:python () { propagated(x) };
position g1 : script:python () { goto_to(g1, "-ENODEV") };
position g2 : script:python () { goto_to(g2, "-ENOMEM") };
identifier r : script:python () { goto_var(r) };
identifier L;
@@
(
- if (C) {
- pr(...);
- return@q1 E;
- }
+ if (C)
+	return -EINVAL;
|
 if (C) {
 ...
- pr(...);
 ...
 return@q2 E;
 }
|
 if (C) {
 ...
- pr(...);
 ...
- return@q3 E;
+ return -EINVAL;
 }
|
- return@q4 E;
+ return -EINVAL;
|
- return@q5 E;
+ return -ENODEV;
|
- return@q6 E;
+ return -ENOMEM;
|
 if (C) {
 ...
- pr(...);
 ...
 h@h2 = E;
 ...
 }
|
 if (C) {
 ...
 h@h2 = E;
 ...
- pr(...);
 ...
 }
|
 if (C) {
 ...
- pr(...);
 ...
- h@h3 = E;
+ h = -EINVAL;
 ...
 }
|
 if (C) {
 ...
- h@h3 = E;
+ h = -EINVAL;
 ...
- pr(...);
 ...
 }
|
- h@h4 = E;
+ h = -EINVAL;
|
- h@h5 = E;
+ h = -ENODEV;
|
- h@h6 = E;
+ h = -ENOMEM;
|
- return@t5 g(es);
+ if (g(es))
+	return -ENODEV;
+ return 0;
|
- return@t6 g(es);
+ if (g(es))
+	return -ENOMEM;
+ return 0;
|
 if (<+... x ...+>) {
 ...
- return@q7 E;
+ return x;
 }
|
 if (<+... x ...+>)
- return@q7 E;
+ return x;
|
 if@g1 (<+... r ...+>) {
 ...
+ r = -ENODEV;
 goto L;
 }
|
 if@g1 (<+... r ...+>)
- goto L;
+ {
+	r = -ENODEV;
+	goto L;
+ }
|
 if@g2 (<+... r ...+>) {
 ...
+ r = -ENOMEM;
 goto L;
 }
|
 if@g2 (<+... r ...+>)
- goto L;
+ {
+	r = -ENOMEM;
+	goto L;
+ }
)

@script:python depends on fix_apply@
qs << fix_apply.q1 = [];
q2 << fix_apply.q2 = [];
q3 << fix_apply.q3 = [];
q4 << fix_apply.q4 = [];
q5 << fix_apply.q5 = [];
q6 << fix_apply.q6 = [];
q7 << fix_apply.q7 = [];
g1 << fix_apply.g1 = [];
g2 << fix_apply.g2 = [];
h2 << fix_apply.h2 = [];
h3 << fix_apply.h3 = [];
h4 << fix_apply.h4 = [];
h5 << fix_apply.h5 = [];
h6 << fix_apply.h6 = [];
t5 << fix_apply.t5 = [];
t6 << fix_apply.t6 = [];
@@
for q in (qs, q2, q3, q4, q5, q6, q7, g1, g2, h2, h3, h4, h5, h6, t5, t6):
	if q:
		applied(q)
