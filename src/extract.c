/* extract: placeholder that finds nothing, so the rest can link. */
#include "extract.h"
#include "buf.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

void extract_run(const lexicon *lx, const char *text, size_t len, extraction *out)
{
    memset(out, 0, sizeof *out);
}

void extraction_free(extraction *ex)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        free(ex->entities[i].name);
        free(ex->entities[i].mentions);
    }
    free(ex->entities);
    for (size_t i = 0; i < ex->n_quotes; i++)
        free(ex->quotes[i].cue);
    free(ex->quotes);
    memset(ex, 0, sizeof *ex);
}

const char *actor_kind_name(actor_kind k)
{
    return k == ACTOR_PERSON ? "person" : k == ACTOR_PLACE ? "place" : "org";
}

const char *quote_kind_name(quote_kind k)
{
    return k == QUOTE_DIRECT ? "direct" : k == QUOTE_PARTIAL ? "partial" : "indirect";
}

char *extract_alias_key(const lexicon *lx, const char *name)
{
    return fold_dup(name);
}

const char *lexicon_alias_canonical(const lexicon *lx, const char *name)
{
    return NULL;
}
