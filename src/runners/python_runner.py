"""Loop Prep's runner for a practice problem's Python tests.

Usage: python3 python_runner.py <folder> <test module>   (with a pipe open at fd 3)

Runs the unittest tests of <test module> (e.g. test_solution) in <folder> and writes one
JSON object per test to file descriptor 3, a pipe the extension opens for it, so nothing
the solution prints can be mistaken for a result and a capped stdout loses no result. The
pipe is moved to another descriptor (not inherited by programs the solution starts) before
the solution is imported: no path or number to write results to is handed to the solution.
Each object has:
id, status (passed, failed, errored, skipped), message, expected and actual (for a failed
assertEqual), line (1-based, of the failing line in the test file) and durationMs.
A module that cannot be imported is one "errored" object with the id "<load>".
Python 3.9+, standard library only.
"""

import json
import os
import sys
import time
import traceback
import unittest


def main():
    folder, module = sys.argv[1], sys.argv[2]
    # os.dup's copy is not inheritable (PEP 446); fd 3 itself is closed.
    channel = os.dup(3)
    os.close(3)
    os.chdir(folder)
    sys.path.insert(0, folder)
    test_file = os.path.join(folder, module + ".py")
    results = os.fdopen(channel, "w", encoding="utf-8")

    def emit(record):
        results.write(json.dumps(record) + "\n")
        results.flush()

    # Keep the two values of a failed assertEqual: the Testing view shows them as a diff.
    original_assert_equal = unittest.TestCase.assertEqual

    def assert_equal(self, first, second, msg=None):
        try:
            original_assert_equal(self, first, second, msg)
        except AssertionError as error:
            error.loop_prep_values = (repr(second), repr(first))
            raise

    unittest.TestCase.assertEqual = assert_equal

    def failing_line(tb):
        line = None
        for frame in traceback.extract_tb(tb):
            if os.path.abspath(frame.filename) == os.path.abspath(test_file):
                line = frame.lineno
        return line

    class Result(unittest.TestResult):
        def startTest(self, test):
            super().startTest(test)
            self.started = time.perf_counter()

        def _record(self, test, status, err=None):
            record = {"id": test.id(), "status": status, "durationMs": round((time.perf_counter() - self.started) * 1000, 3)}
            if err is not None:
                kind, value, tb = err
                record["message"] = "".join(traceback.format_exception_only(kind, value)).strip()
                record["traceback"] = "".join(traceback.format_exception(kind, value, tb))[-4000:]
                record["line"] = failing_line(tb)
                values = getattr(value, "loop_prep_values", None)
                if values is not None:
                    record["expected"], record["actual"] = values
            emit(record)

        def addSuccess(self, test):
            super().addSuccess(test)
            self._record(test, "passed")

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._record(test, "failed", err)

        def addError(self, test, err):
            super().addError(test, err)
            self._record(test, "errored", err)

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            emit({"id": test.id(), "status": "skipped", "message": reason})

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                self._record(subtest, "failed" if issubclass(err[0], test.failureException) else "errored", err)

    try:
        suite = unittest.defaultTestLoader.loadTestsFromName(module)
    except BaseException:  # noqa: B902 - a SyntaxError or an exit in the solution is the user's to see
        kind, value, tb = sys.exc_info()
        emit({"id": "<load>", "status": "errored", "message": "".join(traceback.format_exception_only(kind, value)).strip(), "traceback": "".join(traceback.format_exception(kind, value, tb))[-4000:]})
        return 1
    result = Result()
    suite.run(result)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
