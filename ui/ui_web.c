/* ui_web: the browser's links to the web — `o` opens the article's URL in
 * the user's web browser ($BROWSER, else xdg-open), and `:update` runs
 * `newsroom update` as a process of its own, so the screen stays live
 * while feeds download; its progress lines show in the message line and
 * the list is re-read when it ends. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ui_int.h"

extern char **environ;

struct ui_job {
    pid_t pid;
    int fd;                   /* its stdout and stderr, read without blocking */
    buf out;                  /* what it printed, the last lines kept */
    char last[512];           /* its last complete line */
};

/* Runs argv detached from the terminal: no input, its output dropped, in
 * a process group of its own (Ctrl-C in the browser is not for it). */
static pid_t spawn_quiet(char *const argv[], int out_fd)
{
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (out_fd >= 0) {
        posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
        posix_spawn_file_actions_adddup2(&fa, out_fd, 2);
    } else {
        posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    }
    posix_spawnattr_init(&at);
    posix_spawnattr_setpgroup(&at, 0);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&at, &none);
    sigset_t dfl;
    sigemptyset(&dfl);
    sigaddset(&dfl, SIGINT);
    sigaddset(&dfl, SIGTERM);
    sigaddset(&dfl, SIGHUP);
    posix_spawnattr_setsigdefault(&at, &dfl);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    return rc == 0 ? pid : -1;
}

void ui_open_url(ui *u, const char *url)
{
    if (!url || !*url) {
        ui_msg(u, 1, "this article has no URL");
        return;
    }
    if (strncasecmp(url, "http://", 7) && strncasecmp(url, "https://", 8)) {
        ui_msg(u, 1, "not opened: %s is not an http(s) URL", url);
        return;
    }
    /* $BROWSER may list several commands separated by ':'; the first is used */
    const char *b = getenv("BROWSER");
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s", b && *b ? b : "xdg-open");
    cmd[strcspn(cmd, ":")] = '\0';
    char *argv[] = {cmd, (char *)url, NULL};
    pid_t pid = spawn_quiet(argv, -1);
    if (pid < 0) {
        ui_msg(u, 1, "cannot run %s: %s", cmd, strerror(errno));
        return;
    }
    /* a browser that forks and returns at once is reaped here; one that
     * stays is reaped by ui_jobs_poll */
    waitpid(pid, NULL, WNOHANG);
    ui_msg(u, 0, "opening %s with %s", url, cmd);
}

/* The running binary, for `update`: /proc/self/exe, else "newsroom" on PATH. */
static void self_path(char *out, size_t n)
{
    ssize_t k = readlink("/proc/self/exe", out, n - 1);
    if (k > 0) {
        out[k] = '\0';
        return;
    }
    snprintf(out, n, "newsroom");
}

void ui_update_start(ui *u)
{
    if (u->job) {
        ui_msg(u, 1, "an update is already running");
        return;
    }
    int p[2];
    if (pipe(p) < 0) {
        ui_msg(u, 1, "cannot start the update: %s", strerror(errno));
        return;
    }
    char exe[4096];
    self_path(exe, sizeof exe);
    char *argv[] = {exe, "--db", (char *)u->db_path, "update", NULL};
    pid_t pid = spawn_quiet(argv, p[1]);
    close(p[1]);
    if (pid < 0) {
        close(p[0]);
        ui_msg(u, 1, "cannot start the update: %s", strerror(errno));
        return;
    }
    fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    struct ui_job *j = xcalloc(1, sizeof *j);
    j->pid = pid;
    j->fd = p[0];
    u->job = j;
    ui_msg(u, 0, "updating the feeds (the browser stays usable; R re-reads the list)");
}

/* Keeps the last complete line of what the job printed. */
static void job_read(struct ui_job *j)
{
    char chunk[4096];
    ssize_t r;
    while ((r = read(j->fd, chunk, sizeof chunk)) > 0)
        buf_add(&j->out, chunk, (size_t)r);
    if (!j->out.len)
        return;
    size_t end = j->out.len;
    while (end && j->out.data[end - 1] != '\n')
        end--;
    if (!end)
        return;
    size_t st = end - 1;
    while (st && j->out.data[st - 1] != '\n')
        st--;
    snprintf(j->last, sizeof j->last, "%.*s", (int)(end - 1 - st), j->out.data + st);
    /* keep only the unfinished line */
    memmove(j->out.data, j->out.data + end, j->out.len - end);
    j->out.len -= end;
    j->out.data[j->out.len] = '\0';
}

int ui_jobs_running(const ui *u)
{
    return u->job != NULL;
}

void ui_jobs_poll(ui *u)
{
    if (!u->job) /* browsers started by `o`; never the update's process */
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
    struct ui_job *j = u->job;
    if (!j)
        return;
    char before[512];
    snprintf(before, sizeof before, "%s", j->last);
    job_read(j);
    int status;
    pid_t w = waitpid(j->pid, &status, WNOHANG);
    if (w == 0) {
        if (strcmp(before, j->last) && j->last[0])
            ui_msg(u, 0, "updating: %s", j->last);
        return;
    }
    job_read(j);
    int rc = w > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    close(j->fd);
    if (j->out.len) /* a last line without its line end */
        snprintf(j->last, sizeof j->last, "%s", j->out.data);
    ui_msg(u, rc != 0, "update: %s%s", j->last[0] ? j->last : "done",
           rc == 1 ? " (some feeds failed: newsroom update shows which)" : "");
    buf_free(&j->out);
    free(j);
    u->job = NULL;
    list_reload(u);
    ui_refresh_stats(u);
}

void ui_jobs_stop(ui *u)
{
    struct ui_job *j = u->job;
    if (!j)
        return;
    /* what the update stored stays; the rest is fetched next time */
    kill(j->pid, SIGTERM);
    waitpid(j->pid, NULL, 0);
    close(j->fd);
    buf_free(&j->out);
    free(j);
    u->job = NULL;
}
