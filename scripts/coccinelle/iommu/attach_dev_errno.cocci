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
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

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

@initialize:python@
@@
class Pos(NamedTuple):
	"""A position of a rule, kept after the rule; coccilib takes it too."""
	file: str
	line: str
	column: str
	column_end: str
	function: str

	def key(self):
		return (self.file, int(self.line), int(self.column))

	def step(self):
		return {"file": self.file, "line": int(self.line), "function": self.function}

def pos(p):
	return Pos(p[0].file, p[0].line, p[0].column, p[0].column_end, p[0].current_element)

# A call whose value the caller returns unchanged, at ret.
Passed = NamedTuple("Passed", [("callee", str), ("ret", Pos), ("call", Pos)])
# A return of the constant -errno; probe: the dev_err_probe() that gave
# it, a print.
ErrnoReturn = NamedTuple("ErrnoReturn", [("errno", str), ("ret", Pos), ("constant", Pos),
					  ("probe", Optional[Pos])])
# A print on the way to the return of -EINVAL, or of the value of a helper
# (step: that call).
PrintThenReturn = NamedTuple("PrintThenReturn", [("name", str), ("at", Pos), ("ret", Pos),
						  ("step", Optional[Passed])])
# A finding: reported at "at", the return; path: the calls from impl down
# to the function of the site; detail: the PrintThenReturn, or the Passed
# of the kAPI.
Found = NamedTuple("Found", [("rule", str), ("errno", str), ("impl", str), ("path", tuple),
			     ("at", Pos), ("site", Pos), ("detail", object)])

@initialize:python@
@@
def table():
	return field(default_factory=dict)

# Classes become dataclasses by a call: spatch would read a decorator as
# the header of a rule.
class FileFacts:
	"""What the rules learnt about one file; compute() empties it.  The
	tables map a function to what it holds."""
	registered: dict = table()	# Pos of the registration
	definitions: dict = table()	# Pos of the definition
	stores: dict = table()		# callees whose value it stores
	passes: dict = table()		# [Passed]
	errnos: dict = table()		# [ErrnoReturn]
	prints: dict = table()		# [PrintThenReturn]
	defined: set = field(default_factory=set)
	wanted: set = field(default_factory=set)
	indirect: set = field(default_factory=set)	# keys of calls through pointers
FileFacts = dataclass(FileFacts)

class Run:
	"""What the files of a run share: the virtual rules given, what the
	Iterations found and tried, and the positions that context and patch
	mark."""
	modes: set = field(default_factory=set)
	chosen: set = field(default_factory=set)
	debug_prints: bool = False
	mainline: bool = False
	listed: set = field(default_factory=set)
	tried: set = field(default_factory=set)
	gaps: set = field(default_factory=set)
	seen: dict = field(default_factory=lambda: {"impls": set(), "lost": set(), "modes": set()})
	returns: set = field(default_factory=set)
	prints: set = field(default_factory=set)
	complex_ifs: set = field(default_factory=set)
Run = dataclass(Run)

facts = FileFacts()
run = Run()
# Shared with finalize through the coccinelle module, merged across jobs.
coccinelle.impls = []
coccinelle.unresolved = []
coccinelle.modes = []

@initialize:python@
@@
def selected(rule):
	return (not run.chosen or rule in run.chosen) and not (rule == "kapi_errno" and run.mainline)

def is_print(name):
	return name in PRINTS and (run.debug_prints or name not in DEBUG_PRINTS)

def is_any_print(name):
	return name in PRINTS

def is_removable(name):
	return name in REMOVABLE

def defined(f):
	return f in facts.defined

def wanted(f):
	return f in facts.wanted

def define(f):
	"""Note that f is defined here; true for an implementation."""
	facts.defined.add(f)
	return f in facts.registered

def register(fn, p):
	"""A constraint with an effect: true, and notes the registration."""
	facts.registered.setdefault(fn, pos(p))
	return True

def add(table, f, item):
	table.setdefault(f, []).append(item)

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

// In an Iteration (finish()): an implementation registered in another
// file.  This rule alone cannot name attach_dev; it runs only on the files
// that finish() chose.
@other_file_definition depends on xfile@
identifier virtual.attach_dev_impl;
position p;
@@
attach_dev_impl@p(...) { ... }

@script:python depends on other_file_definition@
fn << virtual.attach_dev_impl;
p << other_file_definition.p;
@@
register(fn, p)

// A name for "this file registers an implementation", for the rules below.
@script:python registered depends on named_ops || literal_ops || typed_assignment || domain_signature || other_file_definition@
@@
pass

@initialize:python@
@@
OUTPUTS = {"report", "org", "context", "patch", "record", "list_implementations", "list_tables"}

def note(virtual):
	"""A virtual rule given on the command line; Iterations need them too."""
	coccinelle.modes.append(virtual)
	if virtual in IDS:
		run.chosen.add(virtual)
	elif virtual in OUTPUTS:
		run.modes.add(virtual)
	else:
		setattr(run, virtual, True)

def once(what):
	"""True the first time: finalize runs again after each Iteration."""
	if what in run.modes:
		return False
	run.modes.add(what)
	return True

def print_tables():
	if once("tables"):
		print("IDS %s" % " ".join("%s=%s" % i for i in sorted(IDS.items())))
		print("ALLOWED %s" % " ".join(ALLOWED))
		print("PRINTS %s" % " ".join(sorted(PRINTS - DEBUG_PRINTS)))
		print("DEBUG_PRINTS %s" % " ".join(sorted(DEBUG_PRINTS)))
		print("NOT_KAPI %s" % NOT_KAPI.pattern)

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
print_tables()

// The constraint notes every function that the file defines, and the
// rule matches only the implementations: a script rule for every
// definition would cost more than the rest.
@definition depends on registered@
identifier f : script:python () { define(f) };
position p;
@@
f@p(...) { ... }

@script:python depends on definition@
f << definition.f;
p << definition.p;
@@
facts.definitions.setdefault(f, pos(p))

@initialize:python@
@@
# store(), passes() and indirect() are also constraints of rules whose
# every match is whole, which saves a script rule each: true, with an
# effect.
def store(p, g):
	if g in facts.defined:
		facts.stores.setdefault(p[0].current_element, set()).add(g)
	return True

def passes(p_call, p_ret, g):
	c = pos(p_call)
	add(facts.passes, c.function, Passed(g, pos(p_ret), c))
	return store(p_call, g)

def indirect(p):
	facts.indirect.add(pos(p).key())
	return True

def print_then_return(f, pr, p, q, g, c):
	add(facts.prints, f, PrintThenReturn(pr, pos(p), pos(q), Passed(g, pos(q), pos(c)) if g else None))

def marked(p, where):
	return (p[0].file, int(p[0].line), int(p[0].column)) in where

@initialize:python@
@@
def grow(roots):
	"""The closure of roots through stored or returned calls: a superset of
	the functions whose value reaches the return of an implementation."""
	todo = [f for f in roots if f in facts.defined]
	while todo:
		f = todo.pop()
		if f not in facts.wanted:
			facts.wanted.add(f)
			todo.extend(facts.stores.get(f, ()))

def chains(start):
	"""Each function whose value start returns, with the calls down to it."""
	seen = {start: ()}
	todo = [start]
	while todo:
		f = todo.pop(0)
		for step in facts.passes.get(f, ()):
			if step.callee in facts.defined and step.callee not in seen:
				seen[step.callee] = seen[f] + (step,)
				todo.append(step.callee)
	return seen

def einvals(f):
	return [r for r in facts.errnos.get(f, ()) if r.errno == "EINVAL"]

def einval_below(g):
	"""(calls, return) from g to the nearest -EINVAL, or None."""
	for (h, path) in sorted(chains(g).items(), key=lambda i: len(i[1])):
		found = einvals(h) or [p for p in facts.prints.get(h, ()) if not p.step]
		if found:
			return path, getattr(found[0], "constant", found[0].ret)
	return None

// ---------------------------------------------------------------------
// Facts about the functions below an implementation: whose values each
// returns unchanged, which errno constants it returns, and where it
// prints on the way to -EINVAL.
// ---------------------------------------------------------------------

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
position q;
position c : script:python (q, g) { passes(c, q, g) };
@@
 return@q g@c(...);

// "int ret = f(); return ret;" and "int ret = f(); if (ret) return ret;".
@declared_call depends on definition && analyse exists@
identifier g;
position c, q;
identifier ret;
expression E;
type T;
@@
 T ret = g@c(...);
 ... when != ret
(
 return@q ret;
|
 if (\(ret\|ret < 0\|ret != 0\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
 }
)

@script:python depends on declared_call@
g << declared_call.g;
q << declared_call.q;
c << declared_call.c;
@@
passes(c, q, g)

@script:python depends on definition && analyse@
@@
grow(facts.registered)

// The value of a call that the function returns: straight, through
// "if (ret) return ret;" (or a goto to a return), or past one test of it
// whose branch goes on: "if (ret) cleanup();", "if (ret) break;", "if
// (!ret) more();", on the branch where it is an error.  A one-statement
// branch that sets the value again is matched at rp and dropped; past the
// test the value must not be used again before the return: a missed
// finding, not a guess.  The tests are listed, as the isomorphisms that
// rewrite them are off; "if (T) S1 else S2" also matches an if without
// an else (drop_else).
@tested_call depends on definition && analyse exists@
identifier g;
position c : script:python () { wanted(c[0].current_element) };
position q, rp;
identifier ret;
expression E, E1;
statement S1, S2;
@@
 ret = g@c(...);
 ... when != ret
(
 return@q ret;
|
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) {
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
 }
|
(
 if (\(ret\|ret < 0\|ret != 0\|unlikely(ret)\|WARN_ON(ret)\|WARN_ON_ONCE(ret)\)) \(ret@rp = E;\|E1;\|break;\) else S2
|
 if (\(!ret\|ret == 0\)) S1
)
 ... when != ret
 return@q ret;
)

@script:python depends on tested_call@
g << tested_call.g;
q << tested_call.q;
c << tested_call.c;
rp << tested_call.rp = [];
@@
if not rp:
	passes(c, q, g)

// A print on the way to the return of -EINVAL or of the value of a helper:
// before "return -EINVAL;" or "return helper();", before the assignment,
// or after it.
@print_then_return_value depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
position p, q, c;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when any
(
 return@q -EINVAL;
|
 return@q g@c(...);
)
}

@script:python depends on print_then_return_value@
f << print_then_return_value.f;
pr << print_then_return_value.pr;
p << print_then_return_value.p;
q << print_then_return_value.q;
g << print_then_return_value.g = "";
c << print_then_return_value.c = [];
@@
print_then_return(f, pr, p, q, g, c)

@print_then_assignment depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
identifier ret;
expression E;
position p, q, c;
@@
f(...) {
 ... when any
 pr@p(...)
 ... when != ret = E
(
 ret = -EINVAL;
|
 ret = g@c(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
}

@script:python depends on print_then_assignment@
f << print_then_assignment.f;
pr << print_then_assignment.pr;
p << print_then_assignment.p;
q << print_then_assignment.q;
g << print_then_assignment.g = "";
c << print_then_assignment.c = [];
@@
print_then_return(f, pr, p, q, g, c)

@assignment_then_print depends on definition && analyse && (einval_print || !(bad_errno || kapi_errno)) exists@
identifier f : script:python () { wanted(f) };
identifier g : script:python () { defined(g) };
identifier pr : script:python () { is_print(pr) };
identifier ret;
type T;
expression E;
position p, q, c;
@@
f(...) {
 ... when any
(
 ret = -EINVAL;
|
 T ret = -EINVAL;
|
 ret = g@c(...);
|
 T ret = g@c(...);
)
 ... when != ret = E
     when != ret == -EINVAL
 pr@p(...)
 ... when != ret = E
     when != ret == -EINVAL
 return@q ret;
}

@script:python depends on assignment_then_print@
f << assignment_then_print.f;
pr << assignment_then_print.pr;
p << assignment_then_print.p;
q << assignment_then_print.q;
g << assignment_then_print.g = "";
c << assignment_then_print.c = [];
@@
print_then_return(f, pr, p, q, g, c)

// A helper whose value a function prints about before returning it is
// below the implementation too, with the helpers whose value it returns.
@script:python depends on definition && analyse@
@@
grow(p.step.callee for ps in facts.prints.values() for p in ps if p.step)

// Where each returns an errno constant, also through dev_err_probe(),
// which prints.
@errno_return depends on definition && analyse && (bad_errno || einval_print || !kapi_errno) exists@
identifier f : script:python () { wanted(f) };
identifier e =~ "^E[A-Z0-9]+$";
identifier ret;
expression E;
position p, q, s;
type T;
@@
f(...) {
 ... when any
(
 return@q -e@s;
|
 return@q dev_err_probe@p(..., -e@s, ...);
|
(
 ret = -e@s;
|
 T ret = -e@s;
|
 ret = dev_err_probe@p(..., -e@s, ...);
)
 ... when != ret = E
 return@q ret;
)
}

@script:python depends on errno_return@
f << errno_return.f;
e << errno_return.e;
p << errno_return.p = [];
q << errno_return.q;
s << errno_return.s;
@@
add(facts.errnos, f, ErrnoReturn(e, pos(q), pos(s), pos(p) if p else None))

// A call through a local function pointer or a parameter is not a kAPI:
// the pointer holds one of the file's functions or the caller's, as
// arm-smmu-v3's finalise_stage_fn does.
@pointer_call depends on definition && analyse && (kapi_errno || !(bad_errno || einval_print)) && !mainline@
local idexpression fp;
position c : script:python () { indirect(c) };
@@
 fp@c(...)

// A condition that calls a function is not a plain incompatibility test.
@condition_call depends on patch && definition && analyse@
identifier g;
statement S1, S2;
position pi;
@@
(
if@pi (<+... g(...) ...+>) S1 else S2
|
if@pi (<+... g(...) ...+>) S1
)

@script:python depends on condition_call@
pi << condition_call.pi;
@@
run.complex_ifs.add(pos(pi).key())

@initialize:python@
@@
def bad_errnos(impl, f, path):
	for r in facts.errnos.get(f, ()):
		if r.errno not in ALLOWED:
			yield Found("bad_errno", r.errno, impl, path, r.ret, r.constant, None)

def einval_prints(impl, f, path):
	for r in einvals(f):
		if r.probe:
			yield Found("einval_print", "EINVAL", impl, path, r.ret, r.constant,
				    PrintThenReturn("dev_err_probe", r.probe, r.ret, None))
	for p in facts.prints.get(f, ()):
		own = [r.constant for r in einvals(f) if r.ret == p.ret] or [p.ret]
		below = einval_below(p.step.callee) if p.step else ((), own[0])
		if below:
			steps = path + ((p.step,) if p.step else ()) + below[0]
			yield Found("einval_print", "EINVAL", impl, steps, p.ret, below[1], p)

def kapi_errnos(impl, f, path):
	for step in facts.passes.get(f, ()):
		if not (step.callee in facts.defined or NOT_KAPI.match(step.callee)
			or step.call.key() in facts.indirect):
			yield Found("kapi_errno", "EINVAL", impl, path, step.ret, step.call, step)

RULES = {"bad_errno": bad_errnos, "einval_print": einval_prints, "kapi_errno": kapi_errnos}

def rank(found):
	"""Of the findings at one -EINVAL, keep the last print before it, an
	error or a warning before an info: the rules do not know which branch
	the value takes, and an info print is most often on the way to
	success.  Of others, keep the first."""
	p = found.detail
	if not isinstance(p, PrintThenReturn):
		return ()
	quiet = any(w in p.name for w in ("info", "notice", "dbg", "debug"))
	return (int(p.at.line) <= int(p.ret.line), not quiet, int(p.at.line), int(p.at.column))

@initialize:python@
@@
def findings():
	"""One per (rule, return, implementation, errno)."""
	out = {}
	for impl in sorted(i for i in facts.registered if i in facts.defined):
		for (f, path) in sorted(chains(impl).items()):
			for rule in (r for r in RULES if selected(r)):
				for found in RULES[rule](impl, f, path):
					k = (rule, found.at.key(), impl, found.errno)
					if k not in out or rank(found) > rank(out[k]):
						out[k] = found
	return [out[k] for k in sorted(out)]

def message(found):
	impl, d = found.impl, found.detail
	via = " via " + " -> ".join(s.callee + "()" for s in found.path) if found.path else ""
	if found.rule == "bad_errno":
		text = "%s() may return -%s%s (allowed: 0, -%s)" % (impl, found.errno, via,
								       ", -".join(ALLOWED))
	elif found.rule == "einval_print":
		text = "%s() returns -EINVAL%s after %s() at line %s" % (impl, via, d.name, d.at.line)
	else:
		text = "%s() may return -EINVAL from %s() (line %s) unconverted%s" % (
			impl, d.callee, d.call.line, via)
	return "[%s] %s" % (IDS[found.rule], text)

def to_json(group):
	"""The record of the findings at one return, one per implementation:
	DESIGN.md, "The record as JSON"."""
	f = group[0]
	rec = {"id": IDS[f.rule], "errno": "-" + f.errno, "message": message(f).split("] ", 1)[1],
	       "engine": "coccinelle", "arch": None,
	       "implementations": [{"file": facts.definitions[g.impl].file, "function": g.impl}
				   for g in group],
	       "site": dict(f.site.step(), column=int(f.site.column)),
	       "path": [s.call.step() for s in f.path],
	       "file": f.at.file, "line": int(f.at.line), "column": int(f.at.column)}
	if f.rule == "einval_print":
		rec["print"] = dict(f.detail.at.step(), name=f.detail.name)
	if f.rule == "kapi_errno":
		rec["kapi"] = {"name": f.detail.callee, "analysed": False, "einval": None}
	return json.dumps(rec, sort_keys=True)

@initialize:python@
@@
def emit(found):
	msg = message(found)
	run.returns.add(found.at.key())
	if isinstance(found.detail, PrintThenReturn):
		run.prints.add(found.detail.at.key())
	if "report" in run.modes:
		coccilib.report.print_report(found.at, msg)
	if "org" in run.modes:
		coccilib.org.print_safe_todo(found.at, msg)
		if found.rule == "einval_print":
			coccilib.org.print_link(found.detail.at, "%s()" % found.detail.name)
		elif found.rule == "kapi_errno":
			coccilib.org.print_link(found.site, "%s()" % found.detail.callee)

def compute():
	global facts
	for (fn, p) in sorted(facts.registered.items(), key=lambda i: i[1].key()):
		d = facts.definitions.get(fn)
		if d:
			coccinelle.impls.append((d.file, int(d.line), fn))
		else:
			coccinelle.unresolved.append((p.file, int(p.line), fn, int(p.column),
						      int(p.column_end)))
	groups = {}
	for found in findings():
		emit(found)
		groups.setdefault((found.rule, found.at.key(), found.errno), []).append(found)
	if "record" in run.modes:
		for k in sorted(groups):
			print(to_json(groups[k]))
	facts = FileFacts()

// ---------------------------------------------------------------------
// Per file: follow the helpers from each implementation and report.
// ---------------------------------------------------------------------

@script:python depends on registered@
@@
compute()

@depends on context && definition && analyse@
position q : script:python () { marked(q, run.returns) };
expression E;
@@

* return@q E;

@depends on context && definition && analyse@
identifier pr : script:python () { is_any_print(pr) };
position p : script:python () { marked(p, run.prints) };
@@

* pr@p(...)

@initialize:python@
@@
def flat(v, seen=None):
	"""The tuples or strings in the per-job lists of a merged variable.
	Iterations hand the merged lists back, nested and even cyclic."""
	seen = set() if seen is None else seen
	if isinstance(v, (list, set)):
		if id(v) in seen:
			return []
		seen.add(id(v))
		return sorted(set(x for i in v for x in flat(i, seen)))
	return [v]

def list_impls(found, given):
	for (f, line, fn) in found:
		if (f, line, fn) not in run.listed:
			run.listed.add((f, line, fn))
			if "record" in given:
				print(json.dumps({"implementation": {"file": f, "line": line, "function": fn}}))
			else:
				print("IMPL %s:%s %s" % (f, line, fn))

def defined_below(f, fn, found):
	"""Whether an implementation fn is defined below the folder of f, where
	iterate() looks: a static function of that name in another driver is
	another function."""
	top = os.path.dirname(f)
	return any(g == fn and (not top or h.startswith(top + "/")) for (h, l, g) in found)

def iterate(f, fn, given):
	"""Look for fn in the other .c files below the folder of f (the token
	prefilter parses only those that name it); false if already done."""
	top = os.path.dirname(f) or "."
	if (fn, top) in run.tried:
		return False
	run.tried.add((fn, top))
	files = [c for c in sorted(os.path.join(d, n) for (d, _, names) in os.walk(top)
				   for n in names if n.endswith(".c")) if not os.path.samefile(c, f)]
	if files:
		it = Iteration()
		it.set_files(files)
		it.add_virtual_rule("xfile")
		it.add_virtual_identifier("attach_dev_impl", fn)
		for v in given:
			it.add_virtual_rule(v)
		it.register()
	return bool(files)

@initialize:python@
@@
NOT_ANALYSED = "%s() is registered as attach_dev, but spatch found no definition of it that it could parse"
NOT_FOLLOWED = ("%s() is registered as attach_dev, but it is not defined in this file, and %s mode "
		"cannot look for it in the others (spatch allows no iteration with a diff): use "
		"MODE=report or MODE=org")

def not_analysed(f, line, fn, c0, c1, given):
	if "record" in given:
		print(json.dumps({"not_analysed": {"file": f, "line": line, "function": fn}}))
	elif "report" in given:
		print("%s:%s:%s-%s: [ATTACH_DEV_NOT_ANALYSED] %s" % (f, line, c0, c1, NOT_ANALYSED % fn))
	elif "org" in given:
		coccilib.org.print_safe_todo(Pos(f, line, c0, c1, fn),
					     "[ATTACH_DEV_NOT_ANALYSED] " + NOT_ANALYSED % fn)
	else:
		print("NOT-ANALYSED %s:%s %s" % (f, line, fn))

def finish(impls, unresolved, modes):
	# An Iteration over files that none names runs no rule and hands empty
	# lists back: keep what the earlier rounds found.
	for (k, v) in (("impls", impls), ("lost", unresolved), ("modes", modes)):
		run.seen[k] |= set(flat(v))
	given, found = run.seen["modes"], sorted(run.seen["impls"])
	if not given & OUTPUTS - {"list_implementations"} or given & {"record", "list_implementations"}:
		list_impls(found, given)
	if "record" in given and once("rules"):
		print(json.dumps({"rules": sorted(IDS[r] for r in IDS if selected(r))}))
	diff = sorted(given & {"context", "patch"})
	for (f, line, fn, c0, c1) in sorted(run.seen["lost"]):
		if defined_below(f, fn, found) or (f, line, fn) in run.gaps:
			continue
		if diff:
			run.gaps.add((f, line, fn))
			sys.stderr.write("%s:%s:%s-%s: [ATTACH_DEV_NOT_FOLLOWED] %s\n"
					 % (f, line, c0, c1, NOT_FOLLOWED % (fn, "/".join(diff))))
		elif not iterate(f, fn, given):
			run.gaps.add((f, line, fn))
			not_analysed(f, line, fn, c0, c1, given)

@finalize:python@
impls << merge.impls;
unresolved << merge.unresolved;
modes << merge.modes;
@@
finish(impls, unresolved, modes)

// ---------------------------------------------------------------------
// Fixes: patch mode applies, at each fix point, the fix that the upstream
// series made by hand, decided from what the guard of the return reads.
// The rules above hand over, per file, the fix points that they marked:
// run.returns holds the (file, line, column) of each finding's fix point
// (its return, the errno constant, or the call whose value it returns),
// run.prints those of the prints that go with an EINVAL_PRINT finding,
// is_any_print() says which calls are prints and is_removable() which of
// them may go, and the rule "definition" matches in a file that registers
// an implementation.  With -D record each decision is also one line
// {"fix": {...}}, applied or refused, with its reason, for `iommu-errno
// fix`.  The facts about the file's variables are gathered only where a
// marked fix point has a shape that a fix can change.
// ---------------------------------------------------------------------

@initialize:python@
@@
import json
import sys
from dataclasses import dataclass as fix_dataclass, field as fix_field
from typing import NamedTuple, Optional

DOMAIN_TYPE = "struct iommu_domain *"
DEVICE_TYPE = "struct device *"
# Allowed values that a helper may hand back in place of a hard-coded errno.
PROPAGATED = ("ENOMEM", "ENOSPC", "EBUSY", "ENODEV")

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
	branches: dict = fix_table()	# if -> the first and last line of its branch
	reads: dict = fix_table()	# if -> {"all", "left", "right"}: identifiers read
	prints: dict = fix_table()	# return -> the prints of its branch
	decided: dict = fix_table()	# return, or if of a goto -> Decision
	applied: set = fix_field(default_factory=set)
	reported: dict = fix_table()	# if of a goto -> the fix point it reports
	record: bool = False
FixFacts = fix_dataclass(FixFacts)
fix = FixFacts()

class Decision(NamedTuple):
	kind: str		# incompatibility, device, allocation, kapi, propagate, undecidable
	errno: Optional[str]	# the new value: "-ENODEV", or a variable to return
	reason: str
	drop: bool		# remove the print of the branch
	var: str = ""		# for a goto: the variable that its branch sets

def fix_key(p):
	return (p[0].file, int(p[0].line), int(p[0].column))

def fix_marked(*ps):
	return any(fix_key(p) in run.returns for p in ps if p)

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

@script:python depends on patch && definition@
@@
fix = FixFacts()

@script:python depends on patch && definition && record@
@@
fix.record = True

// The guard of each marked return: the if whose branch ends in it.
@fix_guard depends on patch && definition@
expression C, e;
identifier ret;
position pi, q;
position s : script:python (q) { fix_marked(q, s) };
@@
(
if@pi (C) \( return@q -e@s; \| { ... return@q -e@s; } \)
|
if@pi (C) \( return@q ret@s; \| { ... return@q ret@s; } \)
)

@script:python@
pi << fix_guard.pi;
q << fix_guard.q;
e << fix_guard.e = "";
ret << fix_guard.ret = "";
@@
fix.guards[fix_key(q)] = (q[0].current_element, fix_key(pi), e, ret)
fix.branches.setdefault(fix_key(pi), None)

// A kAPI finding whose fix point is the call: the return of its value
// where it is tested.
@fix_kapi_call depends on patch && definition exists@
identifier ret, g;
expression C, E;
position pi, q;
position c : script:python () { fix_marked(c) };
@@
ret = g@c(...);
... when != ret = E
if@pi (C) \( return@q ret; \| { ... return@q ret; } \)

@script:python@
pi << fix_kapi_call.pi;
q << fix_kapi_call.q;
ret << fix_kapi_call.ret;
@@
fix.guards[fix_key(q)] = (q[0].current_element, fix_key(pi), "", ret)
fix.branches.setdefault(fix_key(pi), None)

// A kAPI's value that a goto takes to the exit, where the function returns
// it: the branch of the goto sets the errno, and the unwinding stays.  The
// fix point is the exit, or the call.
@fix_exit depends on patch && definition exists@
identifier L, ret;
expression E;
position q : script:python () { fix_marked(q) };
@@
L:
... when != ret = E
return@q ret;

@fix_kapi_goto depends on patch && definition exists@
identifier ret, g, L;
expression C, E;
position pi, pg, c : script:python () { fix_marked(c) };
@@
ret = g@c(...);
... when != ret = E
if@pi (C) \( goto@pg L; \| { ... goto@pg L; } \)

@fix_exit_goto depends on fix_exit exists@
identifier fix_exit.L, fix_exit.ret, g;
expression C, E;
position pi, pg, c;
@@
ret = g@c(...);
... when != ret = E
if@pi (C) \( goto@pg L; \| { ... goto@pg L; } \)

@script:python@
c << fix_kapi_goto.c;
pi << fix_kapi_goto.pi;
pg << fix_kapi_goto.pg;
g << fix_kapi_goto.g;
ret << fix_kapi_goto.ret;
@@
add_goto(pi, c, pg, g, ret)

@script:python@
q << fix_exit.q;
pi << fix_exit_goto.pi;
pg << fix_exit_goto.pg;
g << fix_exit_goto.g;
ret << fix_exit.ret;
@@
add_goto(pi, q, pg, g, ret)

// The declared type of each parameter and local, and what each local is
// computed from, noted by the constraints: a script rule each would cost
// more.
@fix_param depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier f;
type T;
identifier x : script:python (f, T) { fix_type(f, x, T) };
@@
f(..., T x, ...) { ... }

@fix_local depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
type T;
identifier x;
position p : script:python (T, x) { fix_type(p[0].current_element, x, T) };
@@
(
T x@p;
|
T x@p = ...;
)

@fix_flow depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier x;
position p;
identifier y : script:python (x, p) { fix_add(fix.sources, (p[0].current_element, x), y) };
@@
x@p = <+... y ...+>

@fix_flow_init depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier x;
position p;
type T;
identifier y : script:python (x, p) { fix_add(fix.sources, (p[0].current_element, x), y) };
@@
T x@p = <+... y ...+>;

@fix_call depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier x;
position p;
identifier g : script:python (x, p) { fix_add(fix.calls, (p[0].current_element, x), g) };
@@
x@p = g(...)

@fix_call_init depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier x;
position p;
type T;
identifier g : script:python (x, p) { fix_add(fix.calls, (p[0].current_element, x), g) };
@@
T x@p = g(...);

// What each function returns: 0, an errno constant, or anything else.
@fix_value depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
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

@script:python@
e << fix_value.e = "";
E << fix_value.E = "";
r << fix_value.r;
@@
fix_add(fix.values, r[0].current_element, e or ("?" if E else "0"))

// The extent of each guard's branch: SmPL's "..." follows a goto, and a
// return or a print reached through one is not the branch's own.
@fix_extent depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
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

@fix_sides depends on fix_guard@
position fix_guard.pi;
identifier y;
expression A;
statement S;
@@
(
if@pi (<+... y ...+> || A) S
|
if@pi (<+... y ...+> && A) S
)

@script:python@
pi << fix_guard.pi;
y << fix_sides.y;
@@
fix_add(fix.reads.setdefault(fix_key(pi), {}), "left", y)

@fix_right depends on fix_guard@
position fix_guard.pi;
identifier y;
expression A;
statement S;
@@
(
if@pi (A || <+... y ...+>) S
|
if@pi (A && <+... y ...+>) S
)

@script:python@
pi << fix_guard.pi;
y << fix_right.y;
@@
fix_add(fix.reads.setdefault(fix_key(pi), {}), "right", y)

// The prints that only the branch of a marked return reaches.
@fix_print depends on fix_guard@
position fix_guard.pi, fix_guard.q;
identifier pr : script:python () { is_any_print(pr) };
expression C, E;
position p;
@@
if@pi (C) { ... pr@p(...); ... return@q E; }

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
@@
x = g(...);
... when != x = E
if@pi (<+... x ...+>) S

@script:python@
pi << fix_guard.pi;
x << fix_reaching.x;
g << fix_reaching.g;
@@
fix_add(fix.reaching, (fix_key(pi), x), g)

@fix_reaching_init depends on fix_guard exists@
position fix_guard.pi;
identifier x, g;
expression E;
statement S;
type T;
@@
T x = g(...);
... when != x = E
if@pi (<+... x ...+>) S

@script:python@
pi << fix_guard.pi;
x << fix_reaching_init.x;
g << fix_reaching_init.g;
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
		if prints and not all(is_removable(pr) for (pr, _) in prints):
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
			if d.kind == "propagate":
				d = undecidable("%s is already the value of %s()" % (ret, detail[1]))
		elif errno == "EINVAL" and not prints:
			d = undecidable("the print that it is reported with is not in the guard's "
					"branch (a WARN in the condition, or a print on another "
					"path), so no rule changes this -EINVAL")
		else:
			d = decide_guard(f, pi, errno, prints)
		if d.errno == "-" + errno and not d.drop:
			d = undecidable("the rules keep -%s here, and it is still reported" % errno)
		fix.decided[q] = d._replace(errno=None) if d.errno == "-" + errno else d
		if d.kind == "undecidable":
			fix_report(q, f, d, False)

def decide_gotos():
	for (pi, (f, at, pg, g, ret)) in sorted(fix.gotos.items()):
		if not inside(pi, pg):
			continue
		d = decide_value(ret, g, "EINVAL", [])
		if d.kind == "kapi":
			fix.decided[pi] = d._replace(var=ret)
			fix.reported[pi] = at
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

def fix_report(q, f, d, applied):
	if fix.record:
		print(json.dumps({"fix": {"file": q[0], "line": q[1], "column": q[2], "function": f,
					  "decision": d.kind, "errno": d.errno, "applied": applied,
					  "reason": d.reason}}, sort_keys=True))

def decided(q, drop, errno):
	"""Whether the fix decided at q drops the print and returns errno (None:
	the value stays; "=": the variable of a helper's value)."""
	d = fix.decided.get(fix_key(q))
	if d is None or d.kind == "undecidable" or d.drop != drop:
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

// All fixes in one rule: spatch parses a function again after a rule
// changes it, and the positions of the later rules are then lost.  The
// braces go with a print that was the branch's only other statement.
@fix_apply depends on fix_guard || fix_kapi_call || fix_kapi_goto || fix_exit_goto@
identifier pr : script:python () { is_removable(pr) };
expression C, E;
position q1 : script:python () { decided(q1, True, None) or decided(q1, True, "-EINVAL") };
position q2 : script:python () { decided(q2, True, None) };
position q3 : script:python () { decided(q3, True, "-EINVAL") };
position q4 : script:python () { decided(q4, False, "-EINVAL") };
position q5 : script:python () { decided(q5, False, "-ENODEV") };
position q6 : script:python () { decided(q6, False, "-ENOMEM") };
position q7 : script:python () { decided(q7, False, "=") };
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

@script:python@
qs << fix_apply.q1 = [];
q2 << fix_apply.q2 = [];
q3 << fix_apply.q3 = [];
q4 << fix_apply.q4 = [];
q5 << fix_apply.q5 = [];
q6 << fix_apply.q6 = [];
q7 << fix_apply.q7 = [];
g1 << fix_apply.g1 = [];
g2 << fix_apply.g2 = [];
@@
for q in (qs, q2, q3, q4, q5, q6, q7, g1, g2):
	if q:
		applied(q)
