// SPDX-License-Identifier: GPL-2.0
/// A semantic patch of the wrong shape, for bad.test: no Confidence tag,
/// a Python block one line too long, and six lines written twice.
// Copyright: (C) 2025 The iommu-errno authors.
// Options: --no-includes
// Keywords: shape

virtual report

@r@
expression E;
identifier fn;
@@
E->attach_dev = fn;

// Forty-one lines, one over the limit; the blank line and this comment
// after them do not count.
@initialize:python@
@@
x1 = 1
x2 = 2
x3 = 3
x4 = 4
x5 = 5
x6 = 6
x7 = 7
x8 = 8
x9 = 9
x10 = 10
x11 = 11
x12 = 12
x13 = 13
x14 = 14
x15 = 15
x16 = 16
x17 = 17
x18 = 18
x19 = 19
x20 = 20
x21 = 21
x22 = 22
x23 = 23
x24 = 24
x25 = 25
x26 = 26
x27 = 27
x28 = 28
x29 = 29
x30 = 30
x31 = 31
x32 = 32
x33 = 33
x34 = 34
x35 = 35
x36 = 36
x37 = 37
x38 = 38
x39 = 39
x40 = 40
x41 = 41

// The same six lines twice, "|" between them not counted.
@s@
expression E;
@@
(
E->a = 1;
E->b = 2;
E->c = 3;
|
E->d = 4;
E->e = 5;
E->f = 6;
|
E->a = 1;
E->b = 2;
E->c = 3;
|
E->d = 4;
E->e = 5;
E->f = 6;
)
