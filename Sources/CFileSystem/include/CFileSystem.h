// Renames the platform offers beyond POSIX rename(2), for the publisher's commit step.
#ifndef PHRASEBOOK_CFILESYSTEM_H
#define PHRASEBOOK_CFILESYSTEM_H

/// Swaps `first` and `second` in one step: both must exist; afterwards each name holds what the other held.
/// Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP). Returns 0, or -1 with errno set (EINVAL or
/// ENOTSUP when the file system cannot swap).
int phrasebook_exchange(const char *first, const char *second);

/// Renames `from` to `to` only when `to` does not exist (EEXIST otherwise), in one step.
/// Linux renameat2(RENAME_NOREPLACE), macOS renamex_np(RENAME_EXCL). Returns 0, or -1 with errno set.
int phrasebook_rename_noreplace(const char *from, const char *to);

#endif
