"""A synthetic client register (casusregistratie) of a refugee-support organisation, for the demo
and the tests of the dataset path. Every person is invented; see ``generate``."""

from eval.caserecords.generate import CaseRegister, generate_case_register, write_case_register

__all__ = ["CaseRegister", "generate_case_register", "write_case_register"]
