/* lexicon: the data extraction runs on — speech verbs, titles and roles,
 * honorifics, first names with gender, demonyms, places, organisations and
 * the user's aliases — loaded from YAML (libyaml) in config/lexicons/ and
 * extended from the user's config directory; and two big tables, given
 * names with gender and the GeoNames gazetteer (*.tsv), mapped in place,
 * not parsed. */
#ifndef NEWSROOM_LEXICON_H
#define NEWSROOM_LEXICON_H
#include <stddef.h>

typedef struct lexicon lexicon;

/* Called once per problem found while loading, with file, line and column
 * (1-based; 0 when unknown) and the cause. */
typedef void (*lexicon_diag_fn)(void *ctx, const char *file, size_t line, size_t col,
                                const char *msg);

/* Loads every lexicon file of each directory in dirs (later directories
 * extend earlier ones), then the alias file (NULL for none).  A file with
 * errors is reported and the rest still loads.  Never returns NULL. */
lexicon *lexicon_load(const char *const *dirs, size_t n_dirs, const char *alias_file,
                      lexicon_diag_fn diag, void *ctx);

void lexicon_free(lexicon *lx);

/* The directory holding the shipped lexicons: $NEWSROOM_DATADIR/lexicons,
 * else config/lexicons beside the executable's source tree, else the
 * installed share directory.  Returns a static string. */
const char *lexicon_default_dir(void);

#endif
