/* lexicon: loads the YAML lexicons (libyaml event parser) into one hash
 * table of folded keys.  Each file is a mapping of sections; a section's
 * name says what its words are (see config/lexicons/README.md). */
#include "extract_lex.h"
#include "buf.h"
#include "fold.h"
#include "safefile.h"
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <yaml.h>

#define BLOCK_SIZE 65536

struct lx_block {
    struct lx_block *next;
    size_t used, cap;
    char data[];
};

static void *arena_alloc(lexicon *lx, size_t n)
{
    struct lx_block *b = lx->blocks;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > BLOCK_SIZE ? n : BLOCK_SIZE;
        b = xmalloc(sizeof *b + cap);
        b->cap = cap;
        b->used = 0;
        b->next = lx->blocks;
        lx->blocks = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

const char *lex_strdup(lexicon *lx, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(lx, n);
    memcpy(p, s, n);
    return p;
}

/* FNV-1a, one byte at a time so that lex_find can hash while it folds. */
#define HASH_INIT 2166136261u
#define HASH_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = HASH_STEP(h, s[i]);
    return h;
}

static uint32_t tag_of(uint32_t h)
{
    return h ? h : 1;
}

static const lx_entry *get_hashed(const lexicon *lx, const char *key, size_t n, uint32_t h)
{
    size_t mask = lx->cap - 1;
    uint32_t tag = tag_of(h);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (!lx->tags[i])
            return NULL;
        if (lx->tags[i] != tag)
            continue;
        const lx_entry *e = &lx->tab[i];
        if (e->klen != n)
            continue;
        /* keys are short words: compare here, not through a call */
        size_t k = 0;
        while (k < n && e->key[k] == key[k])
            k++;
        if (k == n)
            return e;
    }
}

const lx_entry *lex_get(const lexicon *lx, const char *key, size_t n)
{
    if (!lx || !lx->cap || !n)
        return NULL;
    return get_hashed(lx, key, n, hash_bytes(key, n));
}

/* lex_find's fold of one byte: the lower-case letter or digit it
 * stands for, FOLD_GAP (separates words), FOLD_DROP (an apostrophe) or
 * FOLD_SLOW (not ASCII: utf8proc folds the whole word). */
enum { FOLD_GAP = 0, FOLD_DROP = 1, FOLD_SLOW = 2 };
static const unsigned char fold_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

const lx_entry *lex_find(const lexicon *lx, const char *s, size_t n, char *key, size_t *kl)
{
    /* the ASCII rules of lex_fold, a separating space written only once
     * a word character follows (so no trailing space to take back) */
    uint32_t h = HASH_INIT;
    size_t o = 0;
    int gap = 0;
    if (n >= 255)
        goto slow;
    for (size_t i = 0; i < n;) {
        unsigned char c = fold_byte[(unsigned char)s[i]];
        if (c > FOLD_SLOW) {
            if (gap && o) {
                key[o++] = ' ';
                h = HASH_STEP(h, ' ');
            }
            gap = 0;
            /* the run of letters and digits */
            do {
                key[o++] = (char)c;
                h = HASH_STEP(h, c);
                if (++i == n)
                    break;
                c = fold_byte[(unsigned char)s[i]];
            } while (c > FOLD_SLOW);
            continue;
        }
        if (c == FOLD_SLOW)
            goto slow;
        gap |= c == FOLD_GAP;
        i++;
    }
    key[o] = '\0';
    *kl = o;
    return lx && lx->cap && o ? get_hashed(lx, key, o, h) : NULL;
slow:
    *kl = lex_fold(key, 256, s, n);
    return lex_get(lx, key, *kl);
}

static void rehash(lexicon *lx, size_t cap)
{
    lx_entry *old = lx->tab;
    size_t oldcap = lx->cap;
    lx->tab = xcalloc(cap, sizeof *lx->tab);
    free(lx->tags);
    lx->tags = xcalloc(cap, sizeof *lx->tags);
    lx->cap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        size_t j = old[i].hash & (cap - 1);
        while (lx->tags[j])
            j = (j + 1) & (cap - 1);
        lx->tab[j] = old[i];
        lx->tags[j] = tag_of(old[i].hash);
    }
    free(old);
}

lx_entry *lex_put(lexicon *lx, const char *key, size_t n)
{
    /* at most half full: a word that is not there (most) ends its probe soon */
    if (lx->cap == 0 || (lx->n + 1) * 2 > lx->cap)
        rehash(lx, lx->cap ? lx->cap * 2 : 4096);
    uint32_t h = hash_bytes(key, n);
    size_t mask = lx->cap - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        lx_entry *e = &lx->tab[i];
        if (!lx->tags[i])
            break;
        if (e->hash == h && e->klen == n && memcmp(e->key, key, n) == 0)
            return e;
    }
    lx->tags[i] = tag_of(h);
    char *k = arena_alloc(lx, n + 1);
    memcpy(k, key, n);
    k[n] = '\0';
    lx_entry *e = &lx->tab[i];
    memset(e, 0, sizeof *e);
    e->key = k;
    e->klen = (uint32_t)n;
    e->hash = h;
    int words = 1;
    for (size_t j = 0; j < n; j++)
        words += key[j] == ' ';
    e->nwords = (uint8_t)(words > 255 ? 255 : words);
    if (words > lx->max_words)
        lx->max_words = words;
    lx->n++;
    return e;
}

/* Fast fold mirroring fold_text: ASCII handled inline, the rest by
 * utf8proc through fold_text. */
size_t lex_fold(char *out, size_t outcap, const char *s, size_t n)
{
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = fold_byte[(unsigned char)s[i]];
        if (c == FOLD_SLOW) {
            buf b = BUF_INIT;
            fold_text(&b, s, n);
            size_t l = b.len < outcap ? b.len : outcap - 1;
            memcpy(out, b.data, l);
            out[l] = '\0';
            buf_free(&b);
            return l;
        }
        if (c == FOLD_DROP)
            continue;
        if (c > FOLD_SLOW) {
            if (o + 1 < outcap)
                out[o++] = (char)c;
            space = 0;
        } else if (!space) {
            if (o + 1 < outcap)
                out[o++] = ' ';
            space = 1;
        }
    }
    if (o && out[o - 1] == ' ')
        o--;
    if (outcap)
        out[o] = '\0';
    return o;
}

/* ---- loading ---- */

typedef struct loader {
    lexicon *lx;
    const char *file;
    lexicon_diag_fn diag;
    void *ctx;
    int errors;
    int alias_file;
} loader;

static void report(loader *ld, const yaml_mark_t *m, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(loader *ld, const yaml_mark_t *m, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ld->errors++;
    if (ld->diag)
        ld->diag(ld->ctx, ld->file, m ? m->line + 1 : 0, m ? m->column + 1 : 0, msg);
}

static int all_caps(const char *s)
{
    int up = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        up += *s >= 'A' && *s <= 'Z';
    }
    return up >= 2;
}

static lx_entry *put_word(loader *ld, const char *word, uint32_t flags)
{
    size_t n = strlen(word), ascii = 1;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)word[i] < 0x80;
    lx_entry *e = NULL;
    if (ascii && n < 256) {
        /* lex_fold's rules are fold_text's for ASCII, without utf8proc */
        char key[256];
        size_t kl = lex_fold(key, sizeof key, word, n);
        if (kl)
            e = lex_put(ld->lx, key, kl);
    } else {
        buf b = BUF_INIT;
        fold_text(&b, word, n);
        if (b.len)
            e = lex_put(ld->lx, b.data, b.len);
        buf_free(&b);
    }
    if (e)
        e->flags |= flags;
    return e;
}

static uint8_t gender_of(const char *v)
{
    switch (v[0]) {
    case 'm': case 'M': return G_MALE;
    case 'f': case 'F': return G_FEMALE;
    case 'p': case 'P': return G_PLURAL;
    default: return G_NONE;
    }
}

typedef enum { S_WORDS, S_NAMED, S_GENDERED } section_shape;

typedef struct section {
    const char *name;
    uint32_t flags;
    uint8_t gender;
    section_shape shape; /* words: list; named: canonical -> aliases; gendered: word -> m/f */
} section;

static const section sections[] = {
    {"speech_verbs", LX_VERB, 0, S_NAMED},
    {"speech_nouns", LX_VERB_NOUN, 0, S_WORDS},
    {"reporting_verbs", LX_REPORT, 0, S_NAMED},
    {"stance_words", LX_STANCE, 0, S_WORDS},
    {"titles", LX_TITLE, 0, S_WORDS},
    {"titles_kept", LX_TITLE | LX_TITLE_KEEP, 0, S_WORDS},
    {"roles", LX_ROLE, 0, S_WORDS},
    {"honorifics", LX_HONOR, 0, S_GENDERED},
    {"pronouns", LX_PRONOUN, 0, S_GENDERED},
    {"male", LX_FIRST, G_MALE, S_WORDS},
    {"female", LX_FIRST, G_FEMALE, S_WORDS},
    {"unisex", LX_FIRST, G_MALE | G_FEMALE, S_WORDS},
    {"family_first", LX_SURFIRST, 0, S_WORDS},
    {"particles", LX_PARTICLE, 0, S_WORDS},
    {"not_names", LX_NONAME, 0, S_WORDS},
    {"not_name_ends", LX_NOTEND, 0, S_WORDS},
    {"anonymous", LX_ANON, 0, S_WORDS},
    {"org_nouns", LX_ORGNOUN, 0, S_WORDS},
    {"demonyms", LX_DEMONYM, 0, S_NAMED},
    {"places", LX_PLACE, 0, S_NAMED},
    {"organizations", LX_ORG, 0, S_NAMED},
};

/* Records one word of a section; canon is the canonical name it stands for. */
static void add_item(loader *ld, const section *sec, const char *word, const char *canon,
                     const char *value, const yaml_mark_t *m)
{
    if (!*word)
        return;
    uint32_t flags = sec->flags;
    if (ld->alias_file) {
        lx_entry *e = put_word(ld, word, 0);
        if (e)
            e->alias = lex_strdup(ld->lx, canon);
        return;
    }
    lx_entry *e = put_word(ld, word, flags);
    if (!e)
        return;
    if (sec->shape == S_GENDERED) {
        if (!value || !*value) {
            report(ld, m, "'%s' needs a gender (m, f, p or x)", word);
            return;
        }
        e->gender |= gender_of(value);
    } else if (sec->gender) {
        e->gender |= sec->gender;
    }
    if (flags & LX_PLACE) {
        if (!e->place)
            e->place = lex_strdup(ld->lx, canon);
        if (all_caps(word))
            e->caps = 1;
    } else if (flags & LX_ORG) {
        if (!e->org)
            e->org = lex_strdup(ld->lx, canon);
        if (all_caps(word))
            e->caps = 1;
    } else if (flags & LX_DEMONYM) {
        if (!e->country)
            e->country = lex_strdup(ld->lx, canon);
    }
}

static const section *find_section(const char *name)
{
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
        if (strcmp(sections[i].name, name) == 0)
            return &sections[i];
    return NULL;
}

static int next_event(loader *ld, yaml_parser_t *p, yaml_event_t *ev)
{
    if (!yaml_parser_parse(p, ev)) {
        char msg[300];
        snprintf(msg, sizeof msg, "%s%s%s", p->problem ? p->problem : "syntax error",
                 p->context ? " " : "", p->context ? p->context : "");
        report(ld, &p->problem_mark, "%s", msg);
        return 0;
    }
    return 1;
}

/* Skips the value that starts with ev (already parsed). */
static int skip_value(loader *ld, yaml_parser_t *p, yaml_event_t *ev)
{
    int depth = 0;
    for (;;) {
        if (ev->type == YAML_SEQUENCE_START_EVENT || ev->type == YAML_MAPPING_START_EVENT)
            depth++;
        else if (ev->type == YAML_SEQUENCE_END_EVENT || ev->type == YAML_MAPPING_END_EVENT)
            depth--;
        yaml_event_delete(ev);
        if (depth <= 0)
            return 1;
        if (!next_event(ld, p, ev))
            return 0;
    }
}

/* A list of scalars: each is a word standing for canon (or itself). */
static int read_list(loader *ld, yaml_parser_t *p, const section *sec, const char *canon)
{
    yaml_event_t ev;
    for (;;) {
        if (!next_event(ld, p, &ev))
            return 0;
        if (ev.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&ev);
            return 1;
        }
        if (ev.type != YAML_SCALAR_EVENT) {
            report(ld, &ev.start_mark, "%s", "expected a word here");
            if (!skip_value(ld, p, &ev))
                return 0;
            continue;
        }
        const char *w = (const char *)ev.data.scalar.value;
        add_item(ld, sec, w, canon ? canon : w, NULL, &ev.start_mark);
        yaml_event_delete(&ev);
    }
}

/* A mapping: canonical -> aliases (named), word -> gender (gendered). */
static int read_map(loader *ld, yaml_parser_t *p, const section *sec)
{
    yaml_event_t k, v;
    /* the alias file's names, to say when one is given twice */
    struct seen { char *name; size_t line; } *seen = NULL;
    size_t n_seen = 0;
    int rc;
    for (;;) {
        if (!next_event(ld, p, &k)) {
            rc = 0;
            break;
        }
        if (k.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&k);
            rc = 1;
            break;
        }
        if (k.type != YAML_SCALAR_EVENT) {
            report(ld, &k.start_mark, "%s", "expected a name as key");
            if (!skip_value(ld, p, &k) || !next_event(ld, p, &v) || !skip_value(ld, p, &v)) {
                rc = 0;
                break;
            }
            continue;
        }
        char *key = xstrdup((const char *)k.data.scalar.value);
        yaml_mark_t km = k.start_mark;
        yaml_event_delete(&k);
        if (ld->alias_file) {
            size_t i = 0;
            while (i < n_seen && strcmp(seen[i].name, key))
                i++;
            if (i < n_seen) {
                report(ld, &km, "'%s' is given twice (also on line %zu); the names of both are kept", key,
                       seen[i].line);
            } else {
                seen = xrealloc(seen, (n_seen + 1) * sizeof *seen);
                seen[n_seen].name = xstrdup(key);
                seen[n_seen++].line = km.line + 1;
            }
        }
        if (!next_event(ld, p, &v)) {
            free(key);
            rc = 0;
            break;
        }
        int ok = 1;
        if (v.type == YAML_SCALAR_EVENT) {
            const char *val = (const char *)v.data.scalar.value;
            if (sec->shape == S_GENDERED) {
                add_item(ld, sec, key, key, val, &km);
            } else {
                add_item(ld, sec, key, key, NULL, &km);
                if (*val && strcmp(val, "~") != 0 && strcmp(val, "null") != 0)
                    add_item(ld, sec, val, key, NULL, &v.start_mark);
            }
            yaml_event_delete(&v);
        } else if (v.type == YAML_SEQUENCE_START_EVENT && sec->shape != S_GENDERED) {
            yaml_event_delete(&v);
            add_item(ld, sec, key, key, NULL, &km);
            ok = read_list(ld, p, sec, key);
        } else {
            report(ld, &v.start_mark, "'%s': expected a word or a list of words", key);
            ok = skip_value(ld, p, &v);
        }
        free(key);
        if (!ok) {
            rc = 0;
            break;
        }
    }
    for (size_t i = 0; i < n_seen; i++)
        free(seen[i].name);
    free(seen);
    return rc;
}

static const section alias_section = {"aliases", 0, 0, S_NAMED};

static void load_stream(loader *ld, yaml_parser_t *p)
{
    yaml_event_t ev;
    /* stream start, document start, mapping start */
    for (;;) {
        if (!next_event(ld, p, &ev))
            return;
        yaml_event_type_t t = ev.type;
        if (t == YAML_STREAM_END_EVENT || t == YAML_MAPPING_START_EVENT) {
            yaml_event_delete(&ev);
            if (t == YAML_STREAM_END_EVENT)
                return; /* empty file */
            break;
        }
        if (t == YAML_SEQUENCE_START_EVENT || t == YAML_SCALAR_EVENT) {
            report(ld, &ev.start_mark, "%s", "expected a mapping of sections");
            yaml_event_delete(&ev);
            return;
        }
        yaml_event_delete(&ev);
    }
    if (ld->alias_file) {
        read_map(ld, p, &alias_section);
        return;
    }
    for (;;) {
        if (!next_event(ld, p, &ev))
            return;
        if (ev.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&ev);
            return;
        }
        if (ev.type != YAML_SCALAR_EVENT) {
            report(ld, &ev.start_mark, "%s", "expected a section name");
            yaml_event_delete(&ev);
            return;
        }
        const section *sec = find_section((const char *)ev.data.scalar.value);
        if (!sec)
            report(ld, &ev.start_mark, "unknown section '%s'", (const char *)ev.data.scalar.value);
        yaml_event_delete(&ev);
        if (!next_event(ld, p, &ev))
            return;
        int ok;
        if (!sec) {
            ok = skip_value(ld, p, &ev);
        } else if (ev.type == YAML_SEQUENCE_START_EVENT) {
            yaml_event_delete(&ev);
            ok = read_list(ld, p, sec, NULL);
        } else if (ev.type == YAML_MAPPING_START_EVENT) {
            yaml_event_delete(&ev);
            ok = read_map(ld, p, sec);
        } else if (ev.type == YAML_SCALAR_EVENT && ev.data.scalar.length == 0) {
            yaml_event_delete(&ev); /* empty section */
            ok = 1;
        } else {
            report(ld, &ev.start_mark, "section '%s' must be a list or a mapping", sec->name);
            ok = skip_value(ld, p, &ev);
        }
        if (!ok)
            return;
    }
}

static void load_file(loader *ld, const char *path)
{
    char why[256];
    FILE *f = safefile_fopen_read(path, why, sizeof why);
    ld->file = path;
    if (!f) {
        report(ld, NULL, "cannot open: %s", why);
        return;
    }
    yaml_parser_t p;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_file(&p, f);
    load_stream(ld, &p);
    yaml_parser_delete(&p);
    fclose(f);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *p)
{
    DIR *d = opendir(p);
    if (!d)
        return 0;
    closedir(d);
    return 1;
}

/* Files in a directory that are not lexicons (the user's config dir). */
static int not_lexicon(const char *name)
{
    return strcmp(name, "newsroom.yaml") == 0 || strcmp(name, "aliases.yaml") == 0 ||
           strcmp(name, "config.yaml") == 0;
}

/* ---- sorted tables, read in place ---- */

/* Length of the key of the line at off. */
static size_t line_key(const lx_table *t, size_t off)
{
    size_t e = off;
    while (e < t->len && t->data[e] != '\t' && t->data[e] != '\n')
        e++;
    return e - off;
}

/* Reads the bucket offsets of a generated table ("!B<TAB>n<TAB>o0 o1 …
 * on"), 0 when the line is missing or malformed. */
static int table_buckets(lx_table *t)
{
    const char *p = t->bucket_line + 3, *end = t->bucket_line + t->bucket_len;
    char *q;
    unsigned long nb = strtoul(p, &q, 10);
    if (q == p || nb == 0 || (nb & (nb - 1)) || nb > (1u << 24) || q >= end || *q != '\t')
        return 0;
    uint32_t *off = xmalloc((nb + 1) * sizeof *off);
    p = q + 1;
    for (size_t i = 0; i <= nb; i++) {
        unsigned long v = 0;
        int digits = 0;
        while (p < end && *p == ' ')
            p++;
        while (p < end && *p >= '0' && *p <= '9' && v <= t->len) {
            v = v * 10 + (unsigned long)(*p++ - '0');
            digits = 1;
        }
        if (!digits || v > t->len || (i && v < off[i - 1])) {
            free(off);
            return 0;
        }
        off[i] = (uint32_t)v;
    }
    t->boff = off;
    t->nb = nb;
    return 1;
}

/* A table without buckets (a user's own): hashes every key once, at the
 * first lookup; lookups then probe a slot or two. */
static void table_index(lx_table *t)
{
    if (t->bucket_line && t->len < UINT32_MAX && table_buckets(t))
        return;
    size_t lines = 0;
    for (const char *p = t->data, *end = t->data + t->len; p < end; p++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        lines++;
        if (!nl)
            break;
        p = nl;
    }
    if (!lines || t->len >= UINT32_MAX)
        return;
    size_t cap = 1024;
    while (cap < lines * 2)
        cap *= 2;
    t->slots = xcalloc(cap, sizeof *t->slots);
    t->mask = cap - 1;
    const char *d = t->data;
    for (size_t off = 0; off < t->len;) {
        /* hash the key as it is read */
        uint32_t h = HASH_INIT;
        size_t e = off;
        while (e < t->len && d[e] != '\t' && d[e] != '\n') {
            h = HASH_STEP(h, d[e]);
            e++;
        }
        if (e > off) {
            size_t i = h & t->mask;
            while (t->slots[i])
                i = (i + 1) & t->mask;
            t->slots[i] = (uint32_t)off + 1;
        }
        const char *nl = memchr(d + e, '\n', t->len - e);
        if (!nl)
            break;
        off = (size_t)(nl - d) + 1;
    }
}

/* The fields after key in a table, or NULL: the lines of the key's hash
 * bucket, or a probe of the slots. */
static const char *table_find(const lx_table *ct, const char *key, size_t n)
{
    /* read once, by the first lookup: loading stays a map */
    lx_table *t = (lx_table *)ct;
    if (!atomic_load_explicit(&t->ready, memory_order_acquire)) {
        pthread_mutex_lock(&t->lock);
        if (!atomic_load_explicit(&t->ready, memory_order_relaxed)) {
            table_index(t);
            atomic_store_explicit(&t->ready, 1, memory_order_release);
        }
        pthread_mutex_unlock(&t->lock);
    }
    uint32_t h = hash_bytes(key, n);
    if (t->boff) {
        /* a bucket's lines are sorted by key: compare byte by byte, stop
         * at the first line past the key */
        size_t b = h & (t->nb - 1);
        const char *d = t->data;
        for (size_t off = t->boff[b], end = t->boff[b + 1]; off < end;) {
            size_t i = 0;
            while (i < n && off + i < end && d[off + i] == key[i])
                i++;
            unsigned char lc = off + i < end ? (unsigned char)d[off + i] : '\n';
            int line_ended = lc == '\t' || lc == '\n';
            if (i == n && line_ended)
                return d + off + i;
            /* the line's key is longer (it goes after), or differs at i */
            if (i == n || (!line_ended && lc > (unsigned char)key[i]))
                return NULL;
            const char *nl = memchr(d + off + i, '\n', end - off - i);
            if (!nl)
                break;
            off = (size_t)(nl - d) + 1;
        }
        return NULL;
    }
    if (t->slots) {
        for (size_t i = h & t->mask; t->slots[i]; i = (i + 1) & t->mask) {
            size_t off = t->slots[i] - 1;
            size_t kl = line_key(t, off);
            if (kl == n && memcmp(t->data + off, key, n) == 0)
                return t->data + off + kl;
        }
        return NULL;
    }
    /* no index could be made (a table of 4 GB): search the sorted lines */
    const char *d = t->data;
    size_t lo = 0, hi = t->len;
    while (lo < hi) {
        size_t s = lo + (hi - lo) / 2;
        while (s > lo && d[s - 1] != '\n')
            s--;
        size_t e = s;
        while (e < t->len && d[e] != '\t' && d[e] != '\n')
            e++;
        size_t kl = e - s;
        int c = memcmp(key, d + s, n < kl ? n : kl);
        if (c == 0)
            c = n < kl ? -1 : n > kl;
        if (c == 0)
            return d + e;
        if (c < 0) {
            hi = s;
        } else {
            while (e < t->len && d[e] != '\n')
                e++;
            lo = e + 1;
        }
    }
    return NULL;
}

/* Next tab-separated field of a table line (p at its '\t'); n its length. */
static const char *field(const char *p, const char *end, size_t *n)
{
    if (p >= end || *p != '\t') {
        *n = 0;
        return p;
    }
    p++;
    const char *q = p;
    while (q < end && *q != '\t' && *q != '\n')
        q++;
    *n = (size_t)(q - p);
    return p;
}

int lex_given(const lexicon *lx, const char *key, size_t n, lx_given *out)
{
    for (size_t i = 0; lx && i < lx->n_given && n; i++) {
        const char *p = table_find(lx->given[i], key, n);
        if (!p)
            continue;
        size_t fl;
        const char *f = field(p, lx->given[i]->data + lx->given[i]->len, &fl);
        out->gender = fl && f[0] == 'm' ? G_MALE : fl && f[0] == 'f' ? G_FEMALE : G_NONE;
        out->starts = fl >= 2 && f[1] == 'n';
        return 1;
    }
    return 0;
}

int lex_gazetteer(const lexicon *lx, const char *key, size_t n, lx_place *out)
{
    for (size_t i = 0; lx && i < lx->n_gaz && n; i++) {
        const char *p = table_find(lx->gaz[i], key, n);
        if (!p)
            continue;
        const char *end = lx->gaz[i]->data + lx->gaz[i]->len;
        size_t l;
        const char *f = field(p, end, &l);
        uint32_t pop = 0;
        for (size_t k = 0; k < l && f[k] >= '0' && f[k] <= '9'; k++)
            pop = pop * 10 + (uint32_t)(f[k] - '0');
        out->pop = pop;
        f = field(f + l, end, &l);
        out->cc[0] = l >= 2 ? f[0] : '\0';
        out->cc[1] = l >= 2 ? f[1] : '\0';
        out->cc[2] = '\0';
        f = field(f + l, end, &l);
        out->flags = 0;
        for (size_t k = 0; k < l; k++)
            out->flags |= f[k] == 'w' ? GZ_WORD : f[k] == 'f' ? GZ_GIVEN : f[k] == 's' ? GZ_SECTION :
                          f[k] == 'a' ? GZ_SUBDIV : 0;
        return 1;
    }
    return 0;
}

const lx_country *lex_country(const lexicon *lx, const char *cc)
{
    for (size_t i = 0; lx && cc[0] && i < lx->n_countries; i++)
        if (memcmp(lx->countries[i].code, cc, 2) == 0)
            return &lx->countries[i];
    return NULL;
}

/* "!CC<TAB>Name<TAB>part<TAB>part" header line of a gazetteer. */
static void read_country(lexicon *lx, const char *s, size_t n)
{
    if (n < 4 || s[3] != '\t')
        return;
    const char *name = s + 4, *end = s + n;
    const char *q = name;
    while (q < end && *q != '\t')
        q++;
    lx->countries = xrealloc(lx->countries, (lx->n_countries + 1) * sizeof *lx->countries);
    lx_country *c = &lx->countries[lx->n_countries++];
    c->code[0] = s[1];
    c->code[1] = s[2];
    c->code[2] = '\0';
    char *nm = arena_alloc(lx, (size_t)(q - name) + 1);
    memcpy(nm, name, (size_t)(q - name));
    nm[q - name] = '\0';
    c->name = nm;
    /* the parts, folded, each between tabs */
    buf b = BUF_INIT;
    buf_addc(&b, '\t');
    while (q < end) {
        const char *p = q + 1;
        q = p;
        while (q < end && *q != '\t')
            q++;
        size_t before = b.len;
        fold_text(&b, p, (size_t)(q - p));
        if (b.len > before)
            buf_addc(&b, '\t');
    }
    c->parts = lex_strdup(lx, b.data);
    buf_free(&b);
}

/* Maps dir/name when it exists; the user's directory is consulted first. */
static void load_table(loader *ld, const char *dir, const char *name, int gaz)
{
    lexicon *lx = ld->lx;
    size_t *n = gaz ? &lx->n_gaz : &lx->n_given;
    lx_table **tabs = gaz ? lx->gaz : lx->given;
    buf path = BUF_INIT;
    buf_printf(&path, "%s/%s", dir, name);
    int fd = open(path.data, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || *n >= LX_MAX_TABLES || fstat(fd, &sb) != 0 || sb.st_size == 0) {
        if (fd < 0 && errno != ENOENT) {
            ld->file = path.data;
            report(ld, NULL, "cannot open: %s", strerror(errno));
        }
        if (fd >= 0)
            close(fd);
        buf_free(&path);
        return;
    }
    void *map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        ld->file = path.data;
        report(ld, NULL, "cannot read: %s", strerror(errno));
        buf_free(&path);
        return;
    }
    lx_table *t = xcalloc(1, sizeof *t);
    t->data = map;
    t->len = t->maplen = (size_t)sb.st_size;
    t->map = map;
    pthread_mutex_init(&t->lock, NULL);
    /* header lines, then the sorted data */
    while (t->len && t->data[0] == '!') {
        const char *nl = memchr(t->data, '\n', t->len);
        size_t l = nl ? (size_t)(nl - t->data) : t->len;
        if (l > 3 && t->data[1] == 'B' && t->data[2] == '\t') {
            t->bucket_line = t->data;
            t->bucket_len = l;
        } else if (gaz) {
            read_country(lx, t->data, l);
        }
        size_t skip = nl ? l + 1 : l;
        t->data += skip;
        t->len -= skip;
    }
    memmove(tabs + 1, tabs, *n * sizeof *tabs);
    tabs[0] = t;
    (*n)++;
    buf_free(&path);
}

static void load_dir(loader *ld, const char *dir)
{
    /* a config directory keeps its lexicons in lexicons/ */
    buf sub = BUF_INIT;
    buf_printf(&sub, "%s/lexicons", dir);
    if (is_dir(sub.data))
        dir = sub.data;
    DIR *d = opendir(dir);
    if (!d) {
        if (errno != ENOENT && errno != ENOTDIR) {
            ld->file = dir;
            report(ld, NULL, "cannot read directory: %s", strerror(errno));
        }
        buf_free(&sub);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (de->d_name[0] == '.' || l < 6 || strcmp(de->d_name + l - 5, ".yaml") != 0 ||
            not_lexicon(de->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(de->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        buf path = BUF_INIT;
        buf_printf(&path, "%s/%s", dir, names[i]);
        load_file(ld, path.data);
        buf_free(&path);
        free(names[i]);
    }
    free(names);
    load_table(ld, dir, "given_names.tsv", 0);
    load_table(ld, dir, "gazetteer.tsv", 1);
    buf_free(&sub);
}

lexicon *lexicon_load(const char *const *dirs, size_t n_dirs, const char *alias_file,
                      lexicon_diag_fn diag, void *ctx)
{
    lexicon *lx = xcalloc(1, sizeof *lx);
    rehash(lx, 4096);
    loader ld = {lx, NULL, diag, ctx, 0, 0};
    for (size_t i = 0; i < n_dirs; i++)
        if (dirs[i])
            load_dir(&ld, dirs[i]);
    if (alias_file) {
        ld.alias_file = 1;
        char why[256];
        FILE *f = safefile_fopen_read(alias_file, why, sizeof why);
        if (f) {
            fclose(f);
            load_file(&ld, alias_file);
        } else if (errno != ENOENT) {
            ld.file = alias_file;
            report(&ld, NULL, "cannot open: %s", why);
        }
    }
    return lx;
}

void lexicon_free(lexicon *lx)
{
    if (!lx)
        return;
    struct lx_block *b = lx->blocks;
    while (b) {
        struct lx_block *next = b->next;
        free(b);
        b = next;
    }
    for (size_t i = 0; i < lx->n_given + lx->n_gaz; i++) {
        lx_table *t = i < lx->n_given ? lx->given[i] : lx->gaz[i - lx->n_given];
        munmap(t->map, t->maplen);
        free(t->slots);
        free(t->boff);
        pthread_mutex_destroy(&t->lock);
        free(t);
    }
    free(lx->countries);
    free(lx->tab);
    free(lx->tags);
    free(lx);
}

const char *lexicon_default_dir(void)
{
    static char path[4200];
    const char *env = getenv("NEWSROOM_DATADIR");
    if (env && *env) {
        snprintf(path, sizeof path, "%s/lexicons", env);
        return path;
    }
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        /* beside the binary, then up to two levels up (build/<flavour>/);
         * an installed tree moved as a whole finds ../share/newsroom */
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            snprintf(path, sizeof path, "%s/config/lexicons", exe[0] ? exe : "");
            if (is_dir(path))
                return path;
            if (up == 0) {
                snprintf(path, sizeof path, "%s/../share/newsroom/lexicons", exe);
                if (is_dir(path))
                    return path;
            }
        }
    }
    snprintf(path, sizeof path, "%s", NEWSROOM_DATADIR "/lexicons");
    return path;
}
