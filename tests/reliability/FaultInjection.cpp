#include "tests/reliability/FaultInjection.h"

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

std::atomic<bool> armed{false};
std::atomic<int> counted{0};
std::atomic<int> failed{0};
int failAt = 0;
faultinjection::Mode mode = faultinjection::Mode::Once;
int failError = EIO;
char folder[4096] = {0};
size_t folderLength = 0;

bool isUnderFolder(const char *path)
{
    return path && folderLength > 0 && std::strncmp(path, folder, folderLength) == 0 &&
           (path[folderLength] == '/' || path[folderLength] == '\0');
}

bool fdIsUnderFolder(int fd)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t length = ::readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return false;
    target[length] = '\0';
    return isUnderFolder(target);
}

// Counts one operation on a file under the folder; true when this one is to fail.
bool shouldFail(bool underFolder)
{
    if (!armed.load() || !underFolder)
        return false;
    const int number = ++counted;
    if (std::getenv("FOI_FAULT_TRACE"))
        std::fprintf(stderr, "fault-injection: operation %d\n", number);
    if (failAt <= 0)
        return false;
    const bool fail = mode == faultinjection::Mode::Once ? number == failAt : number >= failAt;
    if (fail) {
        ++failed;
        errno = failError;
    }
    return fail;
}

template<typename Function> Function real(const char *name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

bool opensForWriting(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0;
}

} // namespace

namespace faultinjection {

void arm(const QString &under, int at, Mode chosenMode, int error)
{
    const QByteArray path = under.toLocal8Bit();
    folderLength = std::min(size_t(path.size()), sizeof folder - 1);
    std::memcpy(folder, path.constData(), folderLength);
    folder[folderLength] = '\0';
    failAt = at;
    mode = chosenMode;
    failError = error;
    counted = 0;
    failed = 0;
    armed = true;
}

int disarm()
{
    armed = false;
    return counted.load();
}

int failures()
{
    return failed.load();
}

} // namespace faultinjection

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (armed.load() && fd > 2 && shouldFail(fdIsUnderFolder(fd)))
        return -1;
    return next(fd, buffer, count);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (armed.load() && shouldFail(fdIsUnderFolder(fd)))
        return -1;
    return next(fd, buffer, count, offset);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    return pwrite64(fd, buffer, count, offset);
}

int fsync(int fd)
{
    static auto next = real<int (*)(int)>("fsync");
    if (armed.load() && shouldFail(fdIsUnderFolder(fd)))
        return -1;
    return next(fd);
}

int fdatasync(int fd)
{
    static auto next = real<int (*)(int)>("fdatasync");
    if (armed.load() && shouldFail(fdIsUnderFolder(fd)))
        return -1;
    return next(fd);
}

int ftruncate64(int fd, off64_t length)
{
    static auto next = real<int (*)(int, off64_t)>("ftruncate64");
    if (armed.load() && shouldFail(fdIsUnderFolder(fd)))
        return -1;
    return next(fd, length);
}

int ftruncate(int fd, off_t length)
{
    return ftruncate64(fd, length);
}

int rename(const char *from, const char *to)
{
    static auto next = real<int (*)(const char *, const char *)>("rename");
    if (armed.load() && shouldFail(isUnderFolder(from) || isUnderFolder(to)))
        return -1;
    return next(from, to);
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static auto next = real<int (*)(int, const char *, int, const char *)>("renameat");
    if (armed.load() && shouldFail(isUnderFolder(from) || isUnderFolder(to)))
        return -1;
    return next(fromDir, from, toDir, to);
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    static auto next =
        real<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    if (armed.load() && shouldFail(isUnderFolder(from) || isUnderFolder(to)))
        return -1;
    return next(fromDir, from, toDir, to, flags);
}

int linkat(int fromDir, const char *from, int toDir, const char *to, int flags)
{
    static auto next = real<int (*)(int, const char *, int, const char *, int)>("linkat");
    if (armed.load() && shouldFail(isUnderFolder(to)))
        return -1;
    return next(fromDir, from, toDir, to, flags);
}

ssize_t copy_file_range(int in, off64_t *inOffset, int out, off64_t *outOffset, size_t length,
                        unsigned int flags)
{
    static auto next =
        real<ssize_t (*)(int, off64_t *, int, off64_t *, size_t, unsigned int)>("copy_file_range");
    if (armed.load() && shouldFail(fdIsUnderFolder(out)))
        return -1;
    return next(in, inOffset, out, outOffset, length, flags);
}

int open64(const char *path, int flags, ...)
{
    static auto next = real<int (*)(const char *, int, ...)>("open64");
    mode_t permissions = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        permissions = mode_t(va_arg(arguments, int));
        va_end(arguments);
    }
    if (armed.load() && opensForWriting(flags) && shouldFail(isUnderFolder(path)))
        return -1;
    return next(path, flags, permissions);
}

int open(const char *path, int flags, ...)
{
    mode_t permissions = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        permissions = mode_t(va_arg(arguments, int));
        va_end(arguments);
    }
    return open64(path, flags, permissions);
}

int openat64(int dir, const char *path, int flags, ...)
{
    static auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    mode_t permissions = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        permissions = mode_t(va_arg(arguments, int));
        va_end(arguments);
    }
    if (armed.load() && opensForWriting(flags) && shouldFail(isUnderFolder(path)))
        return -1;
    return next(dir, path, flags, permissions);
}

int openat(int dir, const char *path, int flags, ...)
{
    mode_t permissions = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        permissions = mode_t(va_arg(arguments, int));
        va_end(arguments);
    }
    return openat64(dir, path, flags, permissions);
}

} // extern "C"
