#define _GNU_SOURCE
#include "CFileSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>

// The flag values of linux/fs.h; the system call is used directly so that an older C library still works.
enum { phrasebook_noreplace = 1 << 0, phrasebook_swap = 1 << 1 };

static int rename_with(const char *from, const char *to, unsigned int flags) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
}

int phrasebook_exchange(const char *first, const char *second) {
    return rename_with(first, second, phrasebook_swap);
}

int phrasebook_rename_noreplace(const char *from, const char *to) {
    return rename_with(from, to, phrasebook_noreplace);
}
#elif defined(__APPLE__)
int phrasebook_exchange(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}

int phrasebook_rename_noreplace(const char *from, const char *to) {
    return renamex_np(from, to, RENAME_EXCL);
}
#else
int phrasebook_exchange(const char *first, const char *second) {
    (void)first;
    (void)second;
    errno = ENOTSUP;
    return -1;
}

int phrasebook_rename_noreplace(const char *from, const char *to) {
    (void)from;
    (void)to;
    errno = ENOTSUP;
    return -1;
}
#endif
