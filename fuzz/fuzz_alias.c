/* fuzz_alias: lexicon_load with an arbitrary alias file (canonical name ->
 * aliases) or, when the first byte is odd, an arbitrary lexicon file in a
 * user's lexicon directory; then the lookups that use what was loaded. */
#include "fuzz.h"
#include "extract.h"
#include "lexicon.h"
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fa_dir[200], fa_alias[256], fa_lexfile[256];

static void fa_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    FUZZ_CHECK(msg != NULL && msg[0] != '\0');
    FUZZ_CHECK(strchr(msg, '\n') == NULL);
}

static void fa_cleanup(void)
{
    char sub[240];
    snprintf(sub, sizeof sub, "%s/lexicons", fa_dir);
    unlink(fa_alias);
    unlink(fa_lexfile);
    rmdir(sub);
    rmdir(fa_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(fa_dir, sizeof fa_dir, "%s/nrfuzz-alias.XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(fa_dir))
        abort();
    snprintf(fa_alias, sizeof fa_alias, "%s/aliases.yaml", fa_dir);
    snprintf(fa_lexfile, sizeof fa_lexfile, "%s/lexicons/user.yaml", fa_dir);
    char sub[240];
    snprintf(sub, sizeof sub, "%s/lexicons", fa_dir);
    if (mkdir(sub, 0700) != 0 && access(sub, F_OK) != 0)
        abort();
    atexit(fa_cleanup);
    return 0;
}

static void fa_write(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fa_dir[0])
        LLVMFuzzerInitialize(NULL, NULL);
    int lexicon_file = size > 0 && (data[0] & 1);
    if (size)
        data++, size--;
    lexicon *lx;
    if (lexicon_file) {
        char sub[240];
        snprintf(sub, sizeof sub, "%s/lexicons", fa_dir);
        const char *dirs[1] = {sub};
        fa_write(fa_lexfile, data, size);
        lx = lexicon_load(dirs, 1, NULL, fa_diag, NULL);
    } else {
        fa_write(fa_alias, data, size);
        lx = lexicon_load(NULL, 0, fa_alias, fa_diag, NULL);
    }
    FUZZ_CHECK(lx != NULL);
    /* Lookups with names taken from the input itself. */
    char name[64];
    size_t n = size < sizeof name - 1 ? size : sizeof name - 1;
    memcpy(name, data, n);
    name[n] = '\0';
    (void)lexicon_alias_canonical(lx, name);
    (void)lexicon_alias_canonical(lx, "Volodymyr Zelenskyy");
    free(extract_alias_key(lx, name));
    lexicon_free(lx);
    return 0;
}
