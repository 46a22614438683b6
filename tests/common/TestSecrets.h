#pragma once
// Secrets the tests use against the sandbox. tests/check-no-secrets.sh greps every file the test run
// wrote (config dirs, logs, keyring-free fallbacks, test output) for each of these and fails on a hit.
// Keep this list and tests/test-secrets.txt in step.

namespace kontor::test {

// Deliberately awkward: '+', '/' and '=' must survive form encoding, non-ASCII must survive everything.
inline constexpr const char* SandboxUser = "kontor-test";
inline constexpr const char* SandboxSecret = "Sx7+k/Pä=ß9qTest";
inline constexpr const char* WrongSecret = "Wr0ng+Secret/Zz=";

} // namespace kontor::test
