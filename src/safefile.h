/* safefile: files that may be anything and files that must not be lost.
 *
 * Reading: a path named by a user or found in a directory may be a FIFO,
 * a device or a socket; opening one of those blocks or reads forever.
 * safefile_open_read opens without blocking and refuses anything but a
 * regular file, with one line saying what it is.
 *
 * Writing: an export never truncates a file in place.  It is written to a
 * temporary file in the target's directory, synced and renamed over the
 * target, so a failed export leaves the old file whole.  The database's
 * own files (and its -wal, -shm and -journal) are refused, and an existing
 * file is replaced only when the caller says so (--force, or a yes). */
#ifndef NEWSROOM_SAFEFILE_H
#define NEWSROOM_SAFEFILE_H
#include <stddef.h>
#include <stdio.h>

/* Mode of the files newsroom creates (stores, their -wal and -shm,
 * exports) unless the configuration says otherwise: the owner's only. */
#define SAFEFILE_MODE_DEFAULT 0600

/* The user's home: $HOME when set and not empty, else the passwd entry's.
 * malloc'd; NULL when neither gives one. */
char *safefile_home(void);

/* "~" and "~/x" with the home directory put in; anything else copied.
 * malloc'd; NULL when there is a ~ and no home. */
char *safefile_expand(const char *path);

/* Opens path to read when it is a regular file: a FIFO, device, socket or
 * directory is refused without blocking.  Returns the descriptor (blocking
 * again, close-on-exec), or -1 with one line in err ("a FIFO, not a
 * regular file", or the system's reason). */
int safefile_open_read(const char *path, char *err, size_t errlen);
/* The same as a stdio stream ("rb"). */
FILE *safefile_fopen_read(const char *path, char *err, size_t errlen);

/* What writing to path would do.  protect is the database path (NULL for
 * none): it and its -wal, -shm and -journal are refused, by name and by
 * device and inode (a link to them is refused too).  Returns 0 when path
 * is free to write, 1 when a file is there (it would be replaced), -1 with
 * err when it is refused (the database, a directory, a FIFO...). */
int safefile_check(const char *path, const char *protect, char *err, size_t errlen);

/* Writing a file whole or not at all. */
typedef struct safefile safefile;
/* Starts writing path (checked as safefile_check; an existing file only
 * when force is set) into a temporary file beside it, created with mode.
 * NULL with err on refusal or failure. */
safefile *safefile_create(const char *path, const char *protect, int force, int mode,
                          char *err, size_t errlen);
FILE *safefile_stream(safefile *sf);
/* Flushes, syncs and renames the temporary file over path.  Frees sf.
 * -1 with err when any step failed (the temporary file is removed and
 * path is as it was). */
int safefile_commit(safefile *sf, char *err, size_t errlen);
/* Gives up: removes the temporary file; path is untouched.  Frees sf. */
void safefile_abort(safefile *sf);

#endif
