#pragma once

#include <QString>

// Failing file operations on purpose, for tests. FaultInjection.cpp defines write, pwrite64,
// fsync, fdatasync, ftruncate, rename(at/at2), linkat, open(at) and copy_file_range in the test
// program itself; the program is linked with ENABLE_EXPORTS, so Qt and the system SQLite call these
// (symbol interposition) and they pass on to the real functions (RTLD_NEXT: under ASan its
// interceptors, then libc). No LD_PRELOAD, so ASan's place first in the library list is kept.
//
// Only operations on files under the armed folder count: the k-th of them fails with the errno
// chosen, once or that one and every one after it (for ever).
namespace faultinjection {

enum class Mode { Once, Forever };

// Starts counting operations under `folder`; `failAt` 0 only counts.
void arm(const QString &folder, int failAt, Mode mode, int error);
// Stops failing and counting; returns how many operations were counted since arm().
int disarm();
// Operations failed since arm().
int failures();

} // namespace faultinjection
