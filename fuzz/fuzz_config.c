/* fuzz_config: config_load on a file holding arbitrary bytes -- YAML
 * errors, wrong types, unknown keys, anchors and aliases, deep nesting --
 * and the promise that every option keeps a usable value. */
#include "fuzz.h"
#include "config.h"
#include <string.h>
#include <unistd.h>

static char fc_path[256];

static void fc_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    FUZZ_CHECK(msg != NULL && msg[0] != '\0');
    FUZZ_CHECK(strchr(msg, '\n') == NULL);
    ++*(size_t *)ctx;
}

static char fc_dir[200];

static void fc_cleanup(void)
{
    unlink(fc_path);
    rmdir(fc_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(fc_dir, sizeof fc_dir, "%s/nrfuzz-config.XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(fc_dir))
        abort();
    snprintf(fc_path, sizeof fc_path, "%s/config.yaml", fc_dir);
    atexit(fc_cleanup);
    /* Keep the user's own configuration out of it. */
    setenv("XDG_CONFIG_HOME", fc_dir, 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fc_path[0])
        LLVMFuzzerInitialize(NULL, NULL);
    FILE *f = fopen(fc_path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    config cfg;
    size_t n_diag = 0;
    int rc = config_load(fc_path, &cfg, fc_diag, &n_diag);
    FUZZ_CHECK(rc == 0 || rc == -1);
    FUZZ_CHECK(cfg.max_file_size > 0);
    for (size_t i = 0; i < cfg.n_keys; i++)
        FUZZ_CHECK(cfg.keys[i].name != NULL && cfg.keys[i].value != NULL);
    for (size_t i = 0; i < cfg.n_colors; i++)
        FUZZ_CHECK(cfg.colors[i].name != NULL && cfg.colors[i].value != NULL);
    config_free(&cfg);
    return 0;
}
