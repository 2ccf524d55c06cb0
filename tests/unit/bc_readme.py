"""GNU bc's README (GPL-2.0-or-later, © Free Software Foundation), abridged: its build notes, then the original
README's "Key: value" header block and its first prose line. Read by the field-block and licence tests."""

BC_README = """GNU bc version 1.07:

Extra make steps:

\tThe timetest step takes a minimum of 10 minutes to complete.

-------- Original comp.sources.reviewed README --------

Program: GNU bc
Author: Philip A. Nelson
E-mail: phil@cs.wwu.edu
OS: UNIX (BSD, System V, MINIX, POSIX)
Copying: GNU GPL version 2
Copyright holder: Free Software Foundation, Inc.
Version: bc version 1.01

bc is an arbitrary precision numeric processing language. Syntax is similar to C, but differs in many
substantial areas.
"""
