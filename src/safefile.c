/* safefile: reading only regular files, and writing files by temporary
 * file and rename (see safefile.h). */
#include "safefile.h"
#include "buf.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void set_err(char *err, size_t errlen, const char *what)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", what);
}

char *safefile_home(void)
{
    const char *h = getenv("HOME");
    if (h && *h)
        return xstrdup(h);
    /* HOME unset (a cron job, env -i): the passwd entry names the same
     * home, so the store is the one the user always sees */
    struct passwd *pw = getpwuid(getuid());
    if (pw && pw->pw_dir && *pw->pw_dir)
        return xstrdup(pw->pw_dir);
    return NULL;
}

char *safefile_expand(const char *path)
{
    if (!path)
        return NULL;
    if (path[0] != '~' || (path[1] && path[1] != '/'))
        return xstrdup(path);
    char *home = safefile_home();
    if (!home)
        return NULL;
    buf b = BUF_INIT;
    buf_adds(&b, home);
    buf_adds(&b, path + 1);
    free(home);
    return buf_steal(&b);
}

static const char *kind_of(mode_t m)
{
    if (S_ISDIR(m))
        return "a directory, not a regular file";
    if (S_ISFIFO(m))
        return "a FIFO, not a regular file";
    if (S_ISSOCK(m))
        return "a socket, not a regular file";
    if (S_ISCHR(m))
        return "a character device, not a regular file";
    if (S_ISBLK(m))
        return "a block device, not a regular file";
    return "not a regular file";
}

int safefile_open_read(const char *path, char *err, size_t errlen)
{
    /* O_NONBLOCK: opening a FIFO with no writer would wait for one */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        set_err(err, errlen, strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        set_err(err, errlen, strerror(errno));
        close(fd);
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        set_err(err, errlen, kind_of(sb.st_mode));
        close(fd);
        errno = S_ISDIR(sb.st_mode) ? EISDIR : EINVAL;
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

FILE *safefile_fopen_read(const char *path, char *err, size_t errlen)
{
    int fd = safefile_open_read(path, err, errlen);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        set_err(err, errlen, strerror(errno));
        close(fd);
    }
    return f;
}

/* The directory part of path ("." when none) and its last name. */
static char *dir_of(const char *path, const char **base)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *base = path;
        return xstrdup(".");
    }
    *base = slash + 1;
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

/* path with its directory resolved (symlinks, "..", relative): two names
 * of one file in one directory compare equal.  NULL when the directory
 * does not resolve. */
static char *canonical(const char *path)
{
    const char *base;
    char *dir = dir_of(path, &base);
    char *real = realpath(dir, NULL);
    free(dir);
    if (!real)
        return NULL;
    buf b = BUF_INIT;
    buf_adds(&b, real);
    if (b.len && b.data[b.len - 1] != '/')
        buf_addc(&b, '/');
    buf_adds(&b, base);
    free(real);
    return buf_steal(&b);
}

static const char *const db_suffixes[] = {"", "-wal", "-shm", "-journal"};

/* 1 when path names the database protect or one of its side files. */
static int is_protected(const char *path, const struct stat *target, int exists, const char *protect)
{
    char *cp = canonical(path), *cs = canonical(protect);
    int hit = 0;
    for (size_t i = 0; i < sizeof db_suffixes / sizeof db_suffixes[0] && !hit; i++) {
        buf name = BUF_INIT;
        buf_printf(&name, "%s%s", protect, db_suffixes[i]);
        struct stat sb;
        if (exists && stat(buf_str(&name), &sb) == 0 && sb.st_dev == target->st_dev &&
            sb.st_ino == target->st_ino)
            hit = 1;
        if (cp && cs) {
            buf_clear(&name);
            buf_printf(&name, "%s%s", cs, db_suffixes[i]);
            if (!strcmp(cp, buf_str(&name)))
                hit = 1;
        }
        buf_free(&name);
    }
    free(cp);
    free(cs);
    return hit;
}

int safefile_check(const char *path, const char *protect, char *err, size_t errlen)
{
    if (!path || !*path) {
        set_err(err, errlen, "no file name");
        return -1;
    }
    struct stat sb;
    int exists = stat(path, &sb) == 0;
    int stat_errno = errno;
    if (protect && *protect && is_protected(path, &sb, exists, protect)) {
        set_err(err, errlen, "that is the database (or one of its -wal, -shm files); not written");
        return -1;
    }
    if (!exists) {
        if (stat_errno != ENOENT) {
            set_err(err, errlen, strerror(stat_errno));
            return -1;
        }
        /* a dangling symlink: rename would replace the link, not write
         * where it points; say so rather than guess */
        struct stat lb;
        if (lstat(path, &lb) == 0) {
            set_err(err, errlen, "a symbolic link to nothing; not written");
            return -1;
        }
        return 0;
    }
    if (!S_ISREG(sb.st_mode)) {
        set_err(err, errlen, kind_of(sb.st_mode));
        return -1;
    }
    return 1;
}

struct safefile {
    char *path, *tmp;
    FILE *f;
};

safefile *safefile_create(const char *path, const char *protect, int force, int mode,
                          char *err, size_t errlen)
{
    int c = safefile_check(path, protect, err, errlen);
    if (c < 0)
        return NULL;
    if (c > 0 && !force) {
        set_err(err, errlen, "the file exists; not replaced");
        return NULL;
    }
    /* the target a link points to is replaced, not the link */
    char *target = NULL;
    struct stat lb;
    if (c > 0 && lstat(path, &lb) == 0 && S_ISLNK(lb.st_mode))
        target = realpath(path, NULL);
    if (!target)
        target = xstrdup(path);
    const char *base;
    char *dir = dir_of(target, &base);
    buf tmp = BUF_INIT;
    buf_printf(&tmp, "%s/.%s.XXXXXX", dir, base);
    free(dir);
    char *tp = buf_steal(&tmp);
    int fd = mkstemp(tp);
    if (fd < 0) {
        set_err(err, errlen, strerror(errno));
        free(tp);
        free(target);
        return NULL;
    }
    fchmod(fd, (mode_t)(mode & 07777));
    FILE *f = fdopen(fd, "wb");
    if (!f) {
        set_err(err, errlen, strerror(errno));
        close(fd);
        unlink(tp);
        free(tp);
        free(target);
        return NULL;
    }
    safefile *sf = xcalloc(1, sizeof *sf);
    sf->path = target;
    sf->tmp = tp;
    sf->f = f;
    return sf;
}

FILE *safefile_stream(safefile *sf)
{
    return sf->f;
}

static void sf_free(safefile *sf)
{
    free(sf->path);
    free(sf->tmp);
    free(sf);
}

void safefile_abort(safefile *sf)
{
    if (!sf)
        return;
    if (sf->f)
        fclose(sf->f);
    unlink(sf->tmp);
    sf_free(sf);
}

int safefile_commit(safefile *sf, char *err, size_t errlen)
{
    int bad = fflush(sf->f) != 0 || ferror(sf->f);
    int e = errno;
    if (!bad && fsync(fileno(sf->f)) != 0) {
        bad = 1;
        e = errno;
    }
    if (fclose(sf->f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    sf->f = NULL;
    if (!bad && rename(sf->tmp, sf->path) != 0) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        set_err(err, errlen, e ? strerror(e) : "write error");
        unlink(sf->tmp);
        sf_free(sf);
        return -1;
    }
    /* the rename itself reaches the disk with its directory */
    const char *base;
    char *dir = dir_of(sf->path, &base);
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    free(dir);
    sf_free(sf);
    return 0;
}
