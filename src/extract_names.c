/* extract_names: people, places and organisations.  A first pass reads
 * capitalised runs into candidates (titled names, names led by a given
 * name of the lexicon or of the Social Security records, gazetteer
 * matches, unknown words); lines that name no one of the article (labels,
 * captions, credits, bylines) and Title Case headlines are marked; a
 * person whose given name is in no list is known by context (a role and a
 * comma, an age, a verb and his/her, "Mr" + the surname later); a name of
 * the GeoNames gazetteer is a place only on evidence.  A second pass, in
 * text order, links surname-only and given-name-only mentions to the
 * person they stand for ("Trump" -> Donald Trump; "Kim" -> the latest
 * Kim); gender comes from the name, an honorific or his/her after it. */
#include "extract_int.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

/* ---- string map ---- */

static uint32_t shash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

void smap_init(smap *m)
{
    memset(m, 0, sizeof *m);
}

void smap_free(smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) /* most slots are empty: skip the call */
            free(m->keys[i]);
    free(m->keys); /* vals live in the same block */
    memset(m, 0, sizeof *m);
}

int smap_get(const smap *m, const char *k, int dflt)
{
    if (!m->cap)
        return dflt;
    for (size_t i = shash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return dflt;
        if (strcmp(m->keys[i], k) == 0)
            return m->vals[i];
    }
}

void smap_set(smap *m, const char *k, int v)
{
    if (!m->cap || (m->n + 1) * 2 > m->cap) {
        smap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        /* one block: keys, then vals */
        m->keys = xcalloc(m->cap, sizeof *m->keys + sizeof *m->vals);
        m->vals = (int *)(m->keys + m->cap);
        m->n = 0;
        for (size_t i = 0; i < old.cap; i++) {
            if (!old.keys[i])
                continue;
            size_t j = shash(old.keys[i]) & (m->cap - 1);
            while (m->keys[j])
                j = (j + 1) & (m->cap - 1);
            m->keys[j] = old.keys[i];
            m->vals[j] = old.vals[i];
            m->n++;
        }
        free(old.keys);
    }
    size_t i = shash(k) & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) {
            m->keys[i] = xstrdup(k);
            m->vals[i] = v;
            m->n++;
            return;
        }
        if (strcmp(m->keys[i], k) == 0) {
            m->vals[i] = v;
            return;
        }
    }
}

/* ---- entities and mentions ---- */

int ex_ent_root(const exctx *x, int e)
{
    while (e >= 0 && x->e[e].dead)
        e = x->e[e].merged_into;
    return e;
}

int ex_ent_add(exctx *x, const char *name, const char *key, actor_kind k)
{
    if (x->ne == x->cape) {
        x->cape = x->cape ? x->cape * 2 : 32;
        x->e = xrealloc(x->e, x->cape * sizeof *x->e);
    }
    ent *e = &x->e[x->ne];
    memset(e, 0, sizeof *e);
    e->name = xstrdup(name);
    e->key = xstrdup(key);
    e->kind = k;
    e->first = -1;
    return (int)x->ne++;
}

static void add_ment(exctx *x, int t0, int t1, int e)
{
    if (t1 <= t0)
        return;
    if (x->nm == x->capm) {
        x->capm = x->capm ? x->capm * 2 : 64;
        x->m = xrealloc(x->m, x->capm * sizeof *x->m);
    }
    ment *m = &x->m[x->nm];
    m->t0 = t0;
    m->t1 = t1;
    m->s = x->t[t0].s;
    m->e = x->t[t1 - 1].e;
    m->ent = e;
    m->kind = x->e[e].kind;
    x->t[t0].ment = (int32_t)x->nm;
    x->t[t1 - 1].ment_end = (int32_t)x->nm;
    x->e[e].n_ment++;
    if (x->e[e].first < 0)
        x->e[e].first = (int)x->nm;
    x->nm++;
}

/* ---- candidates ---- */

enum { C_PERSON, C_PLACE, C_ORG, C_WEAK1, C_WEAKN,
       C_GAZ,     /* a gazetteer name admitted by evidence */
       C_DROP };  /* no name of the article's (label, caption, byline) */

typedef struct cand {
    int t0, t1;
    int kind;
    int strong;
    uint8_t gender;
    const char *canon;     /* place/org */
    int title0;            /* first title token before t0, or -1 */
    int kept_title;        /* "Pope" kept in a lone name */
    int honor;             /* led by an honorific: "Mr Dogusoy" */
    int label;             /* capitals before a colon that may be a label */
    int transcript;        /* capitals before a colon opening a paragraph */
    int gaz_run;           /* a name led by a given name that may be a place */
    char *sur;             /* surname key, once computed */
} cand;

typedef struct cands {
    cand *v;
    size_t n, cap;
} cands;

static cand *cand_add(cands *c, int t0, int t1, int kind)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->v = xrealloc(c->v, c->cap * sizeof *c->v);
    }
    cand *k = &c->v[c->n++];
    memset(k, 0, sizeof *k);
    k->t0 = t0;
    k->t1 = t1;
    k->kind = kind;
    k->title0 = -1;
    return k;
}

static int word(const exctx *x, int i)
{
    return i >= 0 && (size_t)i < x->nt && x->t[i].type == T_WORD;
}

/* The names pass's own state beside the extractor's. */
enum { GV_DONE = 1, GV_NAME = 2, GV_STARTS = 4, GV_MALE = 8, GV_FEMALE = 16 };

/* The last answers of a table, by word: an article names its people and
 * places again and again, and each table lookup may wait on memory. */
enum { MEMO_SLOTS = 64, MEMO_KEY = 30 };
typedef struct memo {
    uint8_t len;      /* key length, 0: empty */
    uint8_t found;
    uint8_t bits;     /* given names: GV_* */
    char key[MEMO_KEY];
    lx_place place;   /* gazetteer */
} memo;

typedef struct names {
    exctx *x;
    uint8_t *gv;      /* per token: GV_* from given_names.tsv, read once */
    uint8_t *skip;    /* per token: inside a label line, caption, credit or
                       * byline: names there are not the article's */
    uint8_t *tc;      /* per paragraph: a headline in Title Case */
    memo given_memo[MEMO_SLOTS], gaz_memo[MEMO_SLOTS];
    uint32_t *fold_at; /* per token: offset + 1 of its fold in folds, 0: not yet */
    uint8_t *fold_len;
    buf folds;         /* the folds of the words read so far, each once */
} names;

/* ex_fold_tok of word i, folded once per article: longest() reads the
 * same words again from every start.  Valid until the next call. */
static const char *fold_word(names *nm, int i, size_t *n)
{
    /* a word the lexicon holds: its key is the fold (lex_find folded it
     * whole, unless the word was too long to be looked up) */
    const tok *t = &nm->x->t[i];
    if (t->lx && t->e - t->s <= 64 && t->lx->klen < 127) {
        *n = t->lx->klen;
        return t->lx->key;
    }
    if (!nm->fold_at[i]) {
        char w[128];
        size_t wl = ex_fold_tok(nm->x, (size_t)i, w, sizeof w);
        nm->fold_at[i] = (uint32_t)nm->folds.len + 1;
        nm->fold_len[i] = (uint8_t)wl;
        buf_add(&nm->folds, w, wl);
    }
    *n = nm->fold_len[i];
    return nm->folds.data + nm->fold_at[i] - 1;
}

/* The memo slot of key: *hit when it holds key's answer. */
static memo *memo_slot(memo *m, const char *key, size_t n, int *hit)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    memo *s = &m[h & (MEMO_SLOTS - 1)];
    *hit = n < MEMO_KEY && s->len == n && memcmp(s->key, key, n) == 0;
    return s;
}

static void memo_keep(memo *s, const char *key, size_t n)
{
    if (n >= MEMO_KEY || n == 0) {
        s->len = 0; /* the answer is not kept: no other key may take it */
        return;
    }
    s->len = (uint8_t)n;
    memcpy(s->key, key, n);
}

/* Given-name table bits of word i (GV_NAME when listed). */
static uint8_t given_bits(names *nm, int i)
{
    exctx *x = nm->x;
    if (!word(x, i))
        return 0;
    if (!(nm->gv[i] & GV_DONE)) {
        uint8_t b = GV_DONE;
        size_t wl;
        const char *w = fold_word(nm, i, &wl);
        int hit;
        memo *ms = memo_slot(nm->given_memo, w, wl, &hit);
        lx_given g;
        if (hit) {
            b = ms->bits;
        } else if (wl && lex_given(x->lx, w, wl, &g)) {
            b |= GV_NAME;
            if (g.starts)
                b |= GV_STARTS;
            if (g.gender == G_MALE)
                b |= GV_MALE;
            else if (g.gender == G_FEMALE)
                b |= GV_FEMALE;
        }
        if (!hit) {
            ms->bits = b;
            memo_keep(ms, w, wl);
        }
        nm->gv[i] = b;
    }
    return nm->gv[i];
}

static uint32_t lxf(const exctx *x, int i)
{
    return word(x, i) && x->t[i].lx ? x->t[i].lx->flags : 0;
}

/* A capitalised word that may be part of a name. */
static int name_word(const exctx *x, int i)
{
    if (!word(x, i))
        return 0;
    const tok *t = &x->t[i];
    if (!(t->flags & TF_CAP) || (t->flags & (TF_CAMEL | TF_NUM | TF_ABBR)))
        return 0;
    uint32_t f = t->lx ? t->lx->flags : 0;
    if ((f & LX_NONAME) && !(f & (LX_FIRST | LX_SURFIRST)))
        return 0;
    if ((f & (LX_TITLE | LX_HONOR)) && !(f & (LX_FIRST | LX_SURFIRST)))
        return 0;
    if ((f & LX_PRONOUN) && !(f & (LX_FIRST | LX_SURFIRST)))
        return 0;
    if ((f & LX_VERB) && !(f & (LX_FIRST | LX_SURFIRST)))
        return 0;
    return 1;
}

/* A capitalised word the lexicon marks as never starting a name, as an
 * organisation or as a verb, that is still a surname after a given name:
 * "Richard Black", "Liam Fox", "Stevie Wonder" (not "Theresa Monday"). */
static int surname_word(const exctx *x, int k)
{
    static const char *const never[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "january", "february", "march",
                                        "april", "june", "july", "august", "september",
                                        "october", "november", "december", "democratic",
                                        "republican", "democrat", "conservative", "liberal",
                                        "labour", "national", "federal", "state", NULL};
    if (!word(x, k))
        return 0;
    const tok *t = &x->t[k];
    if (!(t->flags & TF_CAP) || (t->flags & (TF_ALLCAPS | TF_CAMEL | TF_NUM | TF_ABBR | TF_SSTART)) ||
        t->e - t->s < 3 || !t->lx ||
        (t->lx->flags & ~(uint32_t)(LX_NONAME | LX_ORG | LX_VERB | LX_REPORT | LX_VERB_NOUN)))
        return 0;
    if ((size_t)k + 1 < x->nt && x->t[k + 1].type == T_WORD && (x->t[k + 1].flags & TF_CAP))
        return 0;
    for (int i = 0; never[i]; i++)
        if (ex_is_word(x, (size_t)k, never[i]))
            return 0;
    return 1;
}

static int word_in(const exctx *x, int i, const char *const *list);

/* Reads a name from j (a name word); returns its end.  join_caps: join
 * capitalised hyphen parts ("Jean-Yves"); weak runs split them
 * ("Trump-Putin"). */
static int read_name(const exctx *x, int j, int join_caps)
{
    int k = j + 1, words = 1;
    uint32_t para = x->t[j].para;
    while ((size_t)k < x->nt && words < 6) {
        const tok *t = &x->t[k];
        if (t->para != para)
            break;
        if (t->type == T_PUNCT && t->ch == '.' && (x->t[k - 1].flags & TF_INITIAL) && name_word(x, k + 1) &&
            !(x->t[k + 1].flags & TF_SSTART)) {
            k++;
            continue;
        }
        if (t->type != T_WORD)
            break;
        /* "Charles A Blixt": a middle initial written without its dot */
        if (t->e - t->s == 1 && (t->flags & TF_CAP) && k == j + 1 && name_word(x, k + 1) &&
            !(x->t[k + 1].flags & TF_SSTART) && x->t[k + 1].para == para) {
            k++;
            words++;
            continue;
        }
        if (t->flags & TF_HYJOIN) {
            /* "Jong-un", "Jean-Yves"; not "Oscar-nominated", "Graham-type" */
            static const char *const suffix[] = {"type", "like", "era", "led", "run", "esque", "ish",
                                                 "size", "free", "wide", NULL};
            if ((t->flags & TF_LOWER) && word_in(x, k, suffix))
                break; /* "a Donald Trump-led party" names Donald Trump */
            if (((t->flags & TF_LOWER) && t->e - t->s <= 4) || (join_caps && (t->flags & TF_CAP))) {
                k++;
                continue;
            }
            if (t->flags & TF_LOWER)
                return k - 1 > j ? k - 1 : j + 1;
            break;
        }
        if ((t->flags & TF_LOWER) && (lxf(x, k) & LX_PARTICLE)) {
            /* "von der Leyen", "de la Cruz" */
            int p = k;
            while ((size_t)p < x->nt && p - k < 3 && word(x, p) && (x->t[p].flags & TF_LOWER) &&
                   (lxf(x, p) & LX_PARTICLE))
                p++;
            if (!name_word(x, p))
                break;
            words += p - k + 1;
            k = p + 1;
            continue;
        }
        if ((t->flags & TF_SSTART) || !(name_word(x, k) || (join_caps && k == j + 1 && surname_word(x, k))))
            break;
        /* a place or organisation of several words starts here; one word
         * right after a given name is a surname ("Liam Fox") */
        const lx_entry *e = t->lx;
        /* "Kim Jong Un": "Un" is no "UN" */
        int not_acronym = t->e - t->s <= 3 && !(t->flags & TF_ALLCAPS);
        if (e && (e->flags & (LX_ORG)) && !not_acronym && !(e->flags & (LX_FIRST | LX_SURFIRST)) &&
            !(join_caps && k == j + 1 && !name_word(x, k + 1)))
            break;
        k++;
        words++;
    }
    /* a trailing initial (and its dot) is not part of the name */
    while (k - 1 > j && ((x->t[k - 1].flags & TF_INITIAL) ||
                         (x->t[k - 1].type == T_PUNCT && x->t[k - 1].ch == '.')))
        k--;
    return k;
}

/* Longest lexicon entry of several words at i; returns words consumed (0
 * when none) and the entry. */
static int longest(names *nm, int i, const lx_entry **out)
{
    const exctx *x = nm->x;
    char key[512];
    size_t kl = 0;
    int best = 0;
    int maxw = x->lx ? x->lx->max_words : 1;
    if (maxw > 8)
        maxw = 8;
    int words = 0;
    *out = NULL;
    uint32_t para = x->t[i].para;
    for (int k = i; (size_t)k < x->nt && words < maxw; k++) {
        const tok *t = &x->t[k];
        if (t->para != para)
            break;
        if (t->type == T_PUNCT) {
            if (t->ch == '.' && k > i && t->s == x->t[k - 1].e)
                continue; /* "St. Louis", "Gov." */
            break;
        }
        if (t->type != T_WORD)
            break;
        if (k > i && !(t->flags & (TF_CAP | TF_HYJOIN | TF_ABBR)) &&
            !ex_is_word(x, (size_t)k, "of") && !ex_is_word(x, (size_t)k, "the") &&
            !ex_is_word(x, (size_t)k, "and") && !ex_is_word(x, (size_t)k, "de") &&
            !ex_is_word(x, (size_t)k, "a") && !ex_is_word(x, (size_t)k, "for") &&
            !((t->flags & TF_LOWER) && (lxf(x, k) & (LX_TITLE | LX_ROLE))))
            break;
        size_t wl;
        const char *w = fold_word(nm, k, &wl);
        if (!wl)
            continue;
        if (kl + wl + 2 >= sizeof key)
            break;
        int single = kl == 0;
        if (kl)
            key[kl++] = ' ';
        memcpy(key + kl, w, wl);
        kl += wl;
        key[kl] = '\0';
        words++;
        if (!(t->flags & (TF_CAP | TF_ABBR)) && !(t->flags & TF_HYJOIN) &&
            !((t->flags & TF_LOWER) && (lxf(x, k) & (LX_TITLE | LX_ROLE))))
            continue; /* never end on "of" */
        /* one word, whole: the tokenizer looked it up already */
        const lx_entry *e = single && t->e - t->s <= 64 && wl < 127 ? t->lx : lex_get(x->lx, key, kl);
        if (e) {
            best = k - i + 1;
            *out = e;
        }
    }
    return best;
}

static int caps_ok(const exctx *x, const lx_entry *e, int i, int n)
{
    if (!e->caps)
        return 1;
    for (int k = i; k < i + n; k++) {
        const tok *t = &x->t[k];
        if (t->type != T_WORD)
            continue;
        for (size_t b = t->s; b < t->e; b++)
            if (x->text[b] >= 'a' && x->text[b] <= 'z')
                return 0;
    }
    return 1;
}

/* Gender of a given name: the hand-written list first, then the records
 * (a name mostly given to one sex); G_NONE when mixed or unknown. */
static uint8_t first_gender(names *nm, int i)
{
    const lx_entry *e = nm->x->t[i].lx;
    if (e && (e->flags & LX_FIRST)) {
        uint8_t g = e->gender & (G_MALE | G_FEMALE);
        return (g == G_MALE || g == G_FEMALE) ? g : G_NONE;
    }
    uint8_t b = given_bits(nm, i);
    return (b & GV_MALE) ? G_MALE : (b & GV_FEMALE) ? G_FEMALE : G_NONE;
}

/* Word i is a given name that may start a person's name: listed by hand,
 * or in the records and no common word, place or title ("Tariq", not
 * "Will", "Paris" or "Judge"). */
static int is_first(names *nm, int i)
{
    uint32_t f = lxf(nm->x, i);
    if (f & LX_FIRST)
        return 1;
    if (f & (LX_PLACE | LX_ORG | LX_DEMONYM | LX_NONAME | LX_TITLE | LX_HONOR | LX_ROLE | LX_VERB |
             LX_PRONOUN | LX_ANON | LX_ORGNOUN | LX_VERB_NOUN | LX_REPORT | LX_PARTICLE))
        return 0;
    if (!word(nm->x, i) || (nm->x->t[i].flags & TF_ALLCAPS))
        return 0;
    return (given_bits(nm, i) & GV_STARTS) != 0;
}

static int prev_word_is(const exctx *x, int i, uint32_t flags)
{
    return i > 0 && word(x, i - 1) && (x->t[i - 1].flags & TF_LOWER) && (lxf(x, i - 1) & flags);
}

/* Transcript speaker: "PENCE:" or "MIKE PENCE:" opening a paragraph. */
static int transcript(const exctx *x, int i)
{
    if (!(x->t[i].flags & TF_PSTART) || !(x->t[i].flags & TF_ALLCAPS))
        return 0;
    int k = i;
    while ((size_t)k < x->nt && k - i < 4 && word(x, k) && (x->t[k].flags & TF_ALLCAPS))
        k++;
    if ((size_t)k < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ':')
        return k - i;
    return 0;
}

/* ", 34," after a name: a person's age. */
static int age_after(const exctx *x, int k)
{
    return (size_t)k + 2 < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ',' &&
           (x->t[k + 1].flags & TF_NUM) && x->t[k + 1].e - x->t[k + 1].s <= 3 &&
           x->t[k + 2].type == T_PUNCT && x->t[k + 2].ch == ',';
}

/* Gender a kin word gives the name after it ("his wife, Jane"). */
static uint8_t kin_gender(const exctx *x, int k)
{
    static const char *const f[] = {"sister", "mother", "daughter", "wife", "aunt", "grandmother",
                                    "niece", "widow", NULL};
    static const char *const m[] = {"brother", "father", "son", "husband", "uncle", "grandfather",
                                    "nephew", "widower", NULL};
    return k < 0 ? G_NONE : word_in(x, k, f) ? G_FEMALE : word_in(x, k, m) ? G_MALE : G_NONE;
}

/* "The mayor, Jane Doe," / "its chief executive, Ruhi Dogusoy": a role
 * noun then a comma before the name. */
static int role_comma_before(const exctx *x, int i)
{
    /* "Her brother, Emeka, stayed": kin name a person as roles do */
    static const char *const kin[] = {"brother", "sister", "mother", "father", "son", "daughter",
                                      "wife", "husband", "partner", "cousin", "uncle", "aunt",
                                      "grandmother", "grandfather", "niece", "nephew", "friend",
                                      "neighbour", "neighbor", "colleague", "widow", "widower", NULL};
    return i >= 2 && x->t[i - 1].type == T_PUNCT && x->t[i - 1].ch == ',' && word(x, i - 2) &&
           (x->t[i - 2].flags & TF_LOWER) && ((lxf(x, i - 2) & (LX_ROLE | LX_TITLE)) || word_in(x, i - 2, kin));
}

/* Word i is one of list (lower case).  The passes test many tokens
 * against short lists: the first letter rules out most at once. */
static int word_in(const exctx *x, int i, const char *const *list)
{
    if (i < 0 || (size_t)i >= x->nt || x->t[i].type != T_WORD)
        return 0;
    const char *s = x->text + x->t[i].s;
    size_t n = x->t[i].e - x->t[i].s;
    char c0 = s[0] >= 'A' && s[0] <= 'Z' ? (char)(s[0] + 32) : s[0];
    for (int k = 0; list[k]; k++) {
        const char *w = list[k];
        if (w[0] != c0)
            continue;
        size_t j = 1;
        for (; j < n && w[j]; j++) {
            char c = s[j] >= 'A' && s[j] <= 'Z' ? (char)(s[j] + 32) : s[j];
            if (c != w[j])
                break;
        }
        if (j == n && !w[j])
            return 1;
    }
    return 0;
}

/* ---- a place inside a longer name, or the start of a fuller one ---- */

static const char *const compass[] = {"north", "south", "east", "west", "northern", "southern",
                                      "eastern", "western", "central", "greater", "upper",
                                      "lower", "inner", "outer", NULL};

/* Words after a place that make it a team's or an institution's name:
 * "Leicester City", "Scotland Yard" (beside not_name_ends: "Bank"). */
static const char *const team_tail[] = {"united", "city", "rovers", "wanderers", "athletic",
                                        "albion", "town", "yard", "fc", "hotspur", "villa",
                                        "rangers", "celtic", NULL};

/* Words after a place that name a fuller place: "Pacific Ocean". */
static const char *const geo_tail[] = {"ocean", "sea", "river", "island", "islands", "valley",
                                       "bay", "lake", "mountains", "peninsula", "strait", "gulf",
                                       "coast", "county", "province", "region", "basin", "desert",
                                       "delta", "canyon", "falls", "heights", "hills",
                                       "highlands", NULL};

/* First token of the compass words before t0 ("South East England"), or t0. */
static int compass_start(const exctx *x, int t0)
{
    int s = t0;
    while (s > 0 && s > t0 - 3 && word(x, s - 1) && (x->t[s - 1].flags & TF_CAP) &&
           x->t[s - 1].para == x->t[t0].para && word_in(x, s - 1, compass))
        s--;
    return s;
}

/* Capitalised words before a place that leave it a place: "Former
 * Florida Gov. Jeb Bush". */
static const char *const before_ok[] = {"former", "then", "late", "acting", "ex", "incoming",
                                        "outgoing", "downtown", "rural", "suburban", NULL};

/* 1 when the place at [t0, t1) is a word of a longer proper name: "Real
 * Madrid", "Old Trafford", "Bank of England", "Leicester City". */
static int in_longer_name(const exctx *x, int t0, int t1)
{
    if (t0 > 0 && word(x, t0 - 1) && !(x->t[t0].flags & TF_HYJOIN) && x->t[t0 - 1].e - x->t[t0 - 1].s >= 2) {
        const tok *p = &x->t[t0 - 1];
        uint32_t f = lxf(x, t0 - 1);
        if ((p->flags & TF_CAP) && !(p->flags & (TF_SSTART | TF_PSTART | TF_POSS | TF_ALLCAPS)) &&
            !(f & (LX_TITLE | LX_HONOR | LX_ROLE | LX_DEMONYM | LX_PLACE | LX_PRONOUN)) &&
            !word_in(x, t0 - 1, compass) && !word_in(x, t0 - 1, before_ok) && p->ment_end < 0)
            return 1;
    }
    /* "Bank of England", "University of Leeds" */
    if (t0 >= 2 && ex_is_word(x, (size_t)t0 - 1, "of") && word(x, t0 - 2) &&
        (x->t[t0 - 2].flags & TF_CAP) && (lxf(x, t0 - 2) & (LX_NOTEND | LX_ORGNOUN)))
        return 1;
    if ((size_t)t1 < x->nt && word(x, t1) && (x->t[t1].flags & TF_CAP) &&
        !(x->t[t1 - 1].flags & TF_POSS) &&
        ((lxf(x, t1) & LX_NOTEND) || word_in(x, t1, team_tail)))
        return 1;
    return 0;
}

static const char *const saints[] = {"st", "saint", "ste", NULL};
/* "the Vatican newspaper, L'Osservatore Romano, said": a title, no person */
static const char *const media_nouns[] = {"newspaper", "paper", "daily", "magazine", "weekly", "broadcaster",
                                          "network", "channel", "website", "agency", "station", "tabloid",
                                          "outlet", "journal", "company", "firm", "group", "party", NULL};
/* Members of a house who sit for a constituency: "the MP for Bristol West". */
static const char *const members[] = {"mp", "mps", "msp", "mla", "mpp", "mna", "am", "member",
                                      "congressman", "congresswoman", NULL};

/* The name read at [j, k) ends as a firm's, a court's or a ground's:
 * "Star Wars Battlefront", "Deputy High Court Judge", "St James' Park",
 * "David Rubin & Partners". */
static int firm_name(const exctx *x, int j, int k, int saint)
{
    if (k - j >= 2 && (lxf(x, k - 1) & LX_NOTEND))
        return 1;
    int a = k, poss = 0, amp = 0; /* past "&", or a saint's "'" or "'s" */
    if ((size_t)a < x->nt && x->t[a].type == T_PUNCT) {
        poss = saint && x->t[a].ch == '\'';
        amp = x->t[a].e - x->t[a].s == 1 && x->text[x->t[a].s] == '&';
        if (poss || amp)
            a++;
    }
    if ((size_t)a >= x->nt || !word(x, a) || !(x->t[a].flags & TF_CAP))
        return 0;
    uint32_t f = lxf(x, a);
    /* "Kim Jong Un": a word after the name is no firm's by itself */
    return (f & (amp ? LX_NOTEND | LX_ORG : LX_NOTEND)) && (poss || !(f & (LX_FIRST | LX_SURFIRST)));
}

/* End of a fuller place name after [t0, t1): "Pacific Ocean", or t1. */
static int geo_end(const exctx *x, int t1)
{
    if ((size_t)t1 < x->nt && word(x, t1) && (x->t[t1].flags & TF_CAP) &&
        !(x->t[t1 - 1].flags & TF_POSS) && word_in(x, t1, geo_tail))
        return t1 + 1;
    return t1;
}

/* "Zelmira Oskarsdottir opened her shop": a verb, then his or her. */
static int pronoun_after(const exctx *x, int i, int k)
{
    if ((size_t)k + 1 >= x->nt || !word(x, k) || !(x->t[k].flags & TF_LOWER) || !word(x, k + 1) ||
        x->t[k + 1].sent != x->t[k - 1].sent || (x->t[k - 1].flags & (TF_ALLCAPS | TF_HYJOIN)))
        return 0;
    for (int j = i + 1; j < k; j++)
        if (x->t[j].flags & TF_HYJOIN)
            return 0;
    return ex_is_word(x, (size_t)k + 1, "his") || ex_is_word(x, (size_t)k + 1, "her");
}

static void collect(names *nm, cands *c)
{
    exctx *x = nm->x;
    for (int i = 0; (size_t)i < x->nt; i++) {
        const tok *t = &x->t[i];
        if (t->type != T_WORD || !(t->flags & (TF_CAP | TF_ABBR)) || (t->flags & TF_CAMEL))
            continue;
        int tn = transcript(x, i);
        if (tn) {
            cand *k = cand_add(c, i, i + tn, C_PERSON);
            k->strong = 1;
            /* capitals before a colon name a person only when they hold a
             * given name; else the names pass asks whether the article
             * introduced the surname ("READ MORE:", "WATCH:" are labels) */
            k->label = !is_first(nm, i) && !(lxf(x, i) & LX_SURFIRST);
            k->transcript = 1;
            i += tn - 1;
            continue;
        }
        /* "G Thomas (Toulouse); D Peel (Llanelli)": an initial without a
         * dot, a surname and a bracket, as line-ups and lists give players */
        if (t->e - t->s == 1 && (t->flags & TF_CAP) && word(x, i + 1) && (x->t[i + 1].flags & TF_CAP) &&
            !(x->t[i + 1].flags & TF_SSTART) && !(lxf(x, i + 1) & (LX_NONAME | LX_PLACE | LX_ORG))) {
            int k = read_name(x, i + 1, 1);
            if ((size_t)k + 1 < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == '(' &&
                word(x, k + 1) && (x->t[k + 1].flags & TF_CAP)) {
                cand *cd = cand_add(c, i, k, C_PERSON);
                cd->strong = 1;
                i = k - 1;
                continue;
            }
        }
        const lx_entry *ge;
        int gl = longest(nm, i, &ge);
        uint32_t gf = ge ? ge->flags : 0;
        /* title or honorific, then a name */
        if (gl && (gf & (LX_TITLE | LX_HONOR)) && !(gl == 1 && (gf & (LX_FIRST | LX_SURFIRST)) &&
                                                     name_word(x, i + 1))) {
            int j = i + gl;
            if ((size_t)j < x->nt && x->t[j].type == T_PUNCT && x->t[j].ch == '.' &&
                x->t[j].s == x->t[j - 1].e)
                j++;
            /* a second title: "Vice President", "Secretary of State" */
            const lx_entry *g2;
            int gl2 = (size_t)j < x->nt && word(x, j) ? longest(nm, j, &g2) : 0;
            if (gl2 && (g2->flags & (LX_TITLE | LX_HONOR)) && !(g2->flags & (LX_FIRST | LX_SURFIRST)) &&
                name_word(x, j + gl2)) {
                j += gl2;
            }
            if (name_word(x, j) && !(lxf(x, j) & (LX_PLACE | LX_ORG) && !(lxf(x, j) & (LX_FIRST | LX_SURFIRST)) &&
                                     !name_word(x, j + 1))) {
                int k = read_name(x, j, 1);
                /* "St James' Park", "St Mary's Hospital": a place */
                if (firm_name(x, j, k, (gf & LX_TITLE_KEEP) && (word_in(x, i, saints)))) {
                    i = k - 1;
                    continue;
                }
                cand *cd = cand_add(c, j, k, C_PERSON);
                cd->strong = 1;
                cd->title0 = i;
                if (gf & LX_HONOR) {
                    cd->gender = ge->gender & (G_MALE | G_FEMALE);
                    cd->honor = 1;
                }
                if (!cd->gender)
                    cd->gender = first_gender(nm, j);
                if ((gf & LX_TITLE_KEEP) && k - j == 1)
                    cd->kept_title = 1;
                i = k - 1;
                continue;
            }
            if (!(gf & (LX_PLACE | LX_ORG))) {
                i += gl - 1;
                continue;
            }
        }
        /* "analysts at Morgan Stanley", "an economist at Capital
         * Economics": where people work, no person */
        if (i >= 2 && ex_is_word(x, (size_t)i - 1, "at") && (x->t[i - 2].flags & (TF_LOWER | TF_SSTART)) &&
            (lxf(x, i - 2) & (LX_ROLE | LX_ANON)) && name_word(x, i + 1) && !(lxf(x, i) & LX_TITLE) &&
            is_first(nm, i) && !(gl && (gf & (LX_PLACE | LX_ORG)))) {
            i = read_name(x, i, 1) - 1;
            continue;
        }
        /* "the MP for Bristol West": a constituency, no person */
        if (i >= 2 && ex_is_word(x, (size_t)i - 1, "for") && word_in(x, i - 2, members) && !gl) {
            while ((size_t)i + 1 < x->nt && word(x, i + 1) && (x->t[i + 1].flags & TF_CAP))
                i++;
            continue;
        }
        /* a given name (or a family name written first) and more */
        uint32_t f1 = lxf(x, i);
        int first = (is_first(nm, i) || (f1 & LX_SURFIRST)) && !(x->t[i].flags & TF_HYJOIN);
        /* "Tears of the Sun Willis plays": after an article, a family
         * name that is also a common word ends a title, it starts no person */
        static const char *const articles[] = {"the", "a", "an", NULL};
        if (first && !(f1 & LX_FIRST) && i > 0 && (x->t[i - 1].flags & TF_LOWER) && word_in(x, i - 1, articles) &&
            (given_bits(nm, i) & (GV_NAME | GV_STARTS)) == GV_NAME)
            first = 0;
        if (first && !(gl >= 2 && (gf & (LX_PLACE | LX_ORG)))) {
            int k = read_name(x, i, 1);
            int second = k - i >= 2;
            /* "Dodd-Frank", "Jean-Yves" alone: one hyphenated word */
            if (second && !(f1 & LX_SURFIRST)) {
                int h = i + 1;
                while (h < k && (x->t[h].flags & TF_HYJOIN))
                    h++;
                if (h == k)
                    second = 0;
            }
            /* "Will Congress act?": a given name that is also a common
             * word, opening the sentence, takes no surname the lexicon
             * knows otherwise */
            if (k == i + 2 && !name_word(x, i + 1) && (x->t[i].flags & TF_SSTART) &&
                (given_bits(nm, i) & (GV_NAME | GV_STARTS)) == GV_NAME)
                second = 0;

            if (second && ((lxf(x, k - 1) & LX_NOTEND) || word_in(x, k - 1, geo_tail) ||
                           word_in(x, k - 1, team_tail) || firm_name(x, i, k, 0))) {
                /* "Argus Research", "Upton Park", "Mason City": no person,
                 * perhaps a place of the gazetteer */
                cand_add(c, i, k, C_WEAKN);
                i = k - 1;
                continue;
            }
            if (second && !(x->t[i].flags & TF_ALLCAPS && x->t[i].e - x->t[i].s > 3)) {
                cand *cd = cand_add(c, i, k, C_PERSON);
                cd->strong = 1;
                cd->gender = first_gender(nm, i);
                cd->gaz_run = 1; /* "Milton Keynes": the gazetteer may claim it */
                i = k - 1;
                continue;
            }
        }
        if (gl && (gf & (LX_PLACE | LX_ORG)) && caps_ok(x, ge, i, gl)) {
            if (!(gf & LX_ORG)) {
                int s0 = compass_start(x, i), e0 = geo_end(x, i + gl);
                if (s0 == i && e0 == i + gl && in_longer_name(x, i, i + gl)) {
                    i += gl - 1;
                    continue;
                }
                if (s0 < i || e0 > i + gl) {
                    /* "East Lancashire", "Pacific Ocean": the text's fuller name */
                    cand *cd = cand_add(c, s0, e0, C_GAZ);
                    cd->strong = 1;
                    i = e0 - 1;
                    continue;
                }
            }
            cand *cd = cand_add(c, i, i + gl, (gf & LX_ORG) ? C_ORG : C_PLACE);
            cd->canon = (gf & LX_ORG) ? ge->org : ge->place;
            cd->strong = 1;
            i += gl - 1;
            continue;
        }
        if (gl && (gf & LX_DEMONYM)) {
            i += gl - 1;
            continue;
        }
        if (!name_word(x, i) || (x->t[i].flags & TF_HYJOIN))
            continue;
        /* "Making Michael Howard …": a capitalised word opening the
         * sentence before a given name is no part of the name */
        if ((x->t[i].flags & TF_SSTART) && !first &&
            ((lxf(x, i + 1) & (LX_TITLE | LX_HONOR)) || is_first(nm, i + 1)) && name_word(x, i + 1) &&
            name_word(x, i + 2) && !(i > 0 && x->t[i - 1].type == T_PUNCT && x->t[i - 1].ch == '-'))
            continue;
        /* the title's last word, read as above, is no part of a name */
        if (i > 0 && (x->t[i - 1].flags & TF_LOWER) && word_in(x, i - 1, articles) &&
            (lxf(x, i) & LX_SURFIRST) && (given_bits(nm, i) & (GV_NAME | GV_STARTS)) == GV_NAME)
            continue;
        int k = read_name(x, i, 0);
        /* "Sex Pistol John Lydon": a person starts at the given name */
        for (int j = i + 1; j + 1 < k; j++)
            if (is_first(nm, j) && name_word(x, j + 1) && !(x->t[j - 1].flags & TF_INITIAL) &&
                x->t[j - 1].type == T_WORD && !(x->t[j].flags & TF_HYJOIN)) {
                k = j;
                break;
            }
        if (k - i >= 2 && (lxf(x, k - 1) & LX_NOTEND)) {
            i = k - 1;
            continue;
        }
        if (k - i == 1) {
            cand *cd = cand_add(c, i, k, C_WEAK1);
            /* "said Cruz", "Cruz said", "spokesman Fallon", "Kanu, 28," */
            if (prev_word_is(x, i, LX_ROLE | LX_TITLE) || age_after(x, k))
                cd->strong = 1;
            /* "his wife, Jane,": a given name set off after a kin word; the
             * kin word tells the gender */
            if (!cd->strong && i >= 2 && (size_t)k < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ',' &&
                role_comma_before(x, i) && kin_gender(x, i - 2)) {
                cd->strong = 1;
                cd->gender = kin_gender(x, i - 2);
            }
        } else {
            cand *cd = cand_add(c, i, k, C_WEAKN);
            int sstart = (x->t[i].flags & TF_SSTART) != 0;
            if (prev_word_is(x, i, LX_ROLE | LX_TITLE | LX_VERB) || (lxf(x, k) & LX_VERB) ||
                age_after(x, k) || role_comma_before(x, i) || (k - i <= 3 && pronoun_after(x, i, k)) ||
                (!sstart && (size_t)k < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ',' &&
                 (ex_is_word(x, (size_t)k + 1, "the") || ex_is_word(x, (size_t)k + 1, "a") ||
                  ex_is_word(x, (size_t)k + 1, "an") || ex_is_word(x, (size_t)k + 1, "who"))) ||
                /* "The MP for Bristol West, Thangam Debbonaire, said" */
                (k - i >= 2 && i > 1 && x->t[i - 1].type == T_PUNCT && x->t[i - 1].ch == ',' &&
                 !(x->t[i].flags & TF_ALLCAPS) && !(lxf(x, i - 2) & LX_ORGNOUN) &&
                 !word_in(x, i - 2, media_nouns) &&
                 (size_t)k + 1 < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ',' &&
                 (lxf(x, k + 1) & LX_VERB) && (x->t[k + 1].flags & TF_LOWER)))
                cd->strong = 1;
            /* "said Real Madrid president …", "Lycos Europe announcing":
             * a place closing a run that no given name opens names a
             * team or a firm */
            if ((lxf(x, k - 1) & LX_PLACE) && !is_first(nm, i))
                cd->strong = 0;
            /* "— Sonya Herridge" after a quotation */
            if (i >= 2 && x->t[i - 1].type == T_PUNCT && x->t[i - 1].ch == '-' &&
                x->t[i - 2].type == T_QUOTE)
                cd->strong = 1;
        }
        i = k - 1;
    }
}

/* ---- resolution ---- */

static char *span_text(const exctx *x, int t0, int t1)
{
    buf b = BUF_INIT;
    for (int k = t0; k < t1; k++) {
        const tok *t = &x->t[k];
        if (k > t0 && !(t->flags & TF_NOSPACE) && !(t->flags & TF_HYJOIN))
            buf_addc(&b, ' ');
        if (t->flags & TF_HYJOIN)
            buf_addc(&b, '-');
        buf_add(&b, x->text + t->s, t->e - t->s);
    }
    if (!b.data)
        buf_adds(&b, "");
    return buf_steal(&b);
}

/* Title-cases an all-caps transcript name: "PENCE" -> "Pence". */
static void title_case(char *s)
{
    int start = 1;
    for (; *s; s++) {
        if ((unsigned char)*s >= 0x80) {
            start = 0;
            continue;
        }
        if (*s >= 'A' && *s <= 'Z' && !start)
            *s = (char)(*s + 32);
        start = !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '\'');
    }
}

static void key_of(exctx *x, const char *name, buf *out)
{
    buf_clear(out);
    ex_alias_key(out, name, strlen(name), x->lx);
    if (!out->data)
        buf_adds(out, "");
}

/* Surname key of a name span: its last word (alias-folded). */
static void surname_of(exctx *x, int t0, int t1, buf *out)
{
    int k = t1 - 1;
    while (k > t0 && x->t[k].type != T_WORD)
        k--;
    /* hyphen parts: "Jong-un" -> the whole last word */
    int s = k;
    while (s > t0 && (x->t[s].flags & TF_HYJOIN))
        s--;
    /* span_text's text, on the stack when it fits (almost always) */
    char w[256];
    size_t wl = 0;
    for (int i = s; i <= k; i++) {
        const tok *t = &x->t[i];
        size_t l = t->e - t->s;
        if (wl + l + 2 >= sizeof w) {
            char *long_name = span_text(x, s, k + 1);
            key_of(x, long_name, out);
            free(long_name);
            return;
        }
        if (i > s && !(t->flags & TF_NOSPACE) && !(t->flags & TF_HYJOIN))
            w[wl++] = ' ';
        if (t->flags & TF_HYJOIN)
            w[wl++] = '-';
        memcpy(w + wl, x->text + t->s, l);
        wl += l;
    }
    buf_clear(out);
    ex_alias_key(out, w, strnlen(w, wl), x->lx); /* as key_of: to a NUL */
    if (!out->data)
        buf_adds(out, "");
}

static int has_lower_or_initial(const exctx *x, int t0, int t1)
{
    for (int k = t0; k < t1; k++)
        if (x->t[k].flags & TF_INITIAL)
            return 1;
    return 0;
}

static int person_entity(exctx *x, int t0, int t1, uint8_t gender, int kept_title, int title0,
                         smap *by_sur_first, buf *kb)
{
    char *name = span_text(x, t0, t1);
    int allcaps = 1;
    for (int k = t0; k < t1; k++)
        if (word(x, k) && !(x->t[k].flags & TF_ALLCAPS))
            allcaps = 0;
    if (allcaps && (t1 - t0 > 1 || x->t[t0].e - x->t[t0].s > 3))
        title_case(name);
    if (kept_title && title0 >= 0) {
        char *t = span_text(x, title0, t0);
        buf b = BUF_INIT;
        buf_printf(&b, "%s %s", t, name);
        free(t);
        free(name);
        name = buf_steal(&b);
    }
    key_of(x, name, kb);
    int e = smap_get(&x->ent_by_key, kb->data, -1);
    if (e < 0) {
        e = ex_ent_add(x, name, kb->data, ACTOR_PERSON);
        smap_set(&x->ent_by_key, kb->data, e);
        smap_set(by_sur_first, kb->data, e);
    } else if (!has_lower_or_initial(x, t0, t1) && strlen(name) > strlen(x->e[e].name) &&
               !allcaps) {
        free(x->e[e].name);
        x->e[e].name = name;
        name = NULL;
    }
    if (gender && !x->e[e].gender)
        x->e[e].gender = gender;
    free(name);
    return e;
}

/* Binds role words around a person mention ("press secretary Karoline
 * Leavitt", "Steve Witkoff, the special envoy,") to that person. */
typedef struct binding {
    int tok;
    char *role;
    int ent;
} binding;

typedef struct bindings {
    binding *v;
    size_t n, cap;
} bindings;

static void bind_role(exctx *x, bindings *b, int tokpos, int k, int e)
{
    char w[128];
    size_t wl = ex_fold_tok(x, (size_t)k, w, sizeof w);
    if (!wl)
        return;
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 16;
        b->v = xrealloc(b->v, b->cap * sizeof *b->v);
    }
    b->v[b->n].tok = tokpos;
    b->v[b->n].role = xstrdup(w);
    b->v[b->n].ent = e;
    b->n++;
}

static void bind_around(exctx *x, bindings *b, int t0, int t1, int e)
{
    int k = t0 - 1, n = 0;
    if (k >= 0 && x->t[k].type == T_PUNCT && x->t[k].ch == ',')
        k--;
    /* the words that modify the name: "businessman says of Clinton"
     * binds nothing to Clinton */
    static const char *const stop[] = {"of", "to", "for", "with", "by", "from", "and", "or", "but",
                                       "than", "about", "against", NULL};
    for (; k >= 0 && n < 5 && x->t[k].type == T_WORD && x->t[k].sent == x->t[t0].sent; k--, n++) {
        if ((lxf(x, k) & (LX_VERB | LX_REPORT)) || word_in(x, k, stop))
            break;
        if (lxf(x, k) & (LX_ROLE | LX_TITLE))
            bind_role(x, b, t0, k, e);
    }
    if ((size_t)t1 < x->nt && x->t[t1].type == T_PUNCT && x->t[t1].ch == ',') {
        for (k = t1 + 1, n = 0; (size_t)k < x->nt && n < 7 && x->t[k].type == T_WORD; k++, n++)
            if (lxf(x, k) & (LX_ROLE | LX_TITLE))
                bind_role(x, b, t0, k, e);
    }
}

/* ---- lines that name no one: labels, captions, credits, bylines ---- */


/* Marks tokens [from, end of paragraph) as naming no one. */
static void skip_rest(names *nm, int from)
{
    exctx *x = nm->x;
    uint32_t para = x->t[from].para;
    for (int k = from; (size_t)k < x->nt && x->t[k].para == para; k++)
        nm->skip[k] = 1;
}

/* Paragraph starting at token p: every word a capitalised one or a small
 * joining word ("By Jane Roe, Harbour Gazette"). */
static int all_caps_words(const exctx *x, int p, int *n)
{
    static const char *const small[] = {"and", "of", "the", "for", "in", "at", "de", NULL};
    *n = 0;
    for (int k = p; (size_t)k < x->nt && x->t[k].para == x->t[p].para; k++) {
        if (x->t[k].type == T_QUOTE)
            return 0;
        if (x->t[k].type != T_WORD)
            continue;
        (*n)++;
        if (!(x->t[k].flags & (TF_CAP | TF_ABBR | TF_NUM)) && !word_in(x, k, small))
            return 0;
    }
    return 1;
}

static void mark_skips(names *nm)
{
    /* words that open a caption or a label line ("Photo:", "WATCH:") */
    static const char *const caption[] = {"photo", "photos", "photograph", "photographs", "image",
                                          "images", "picture", "pictures", "pictured", "caption",
                                          "credit", "credits", "illustration", "graphic", "video",
                                          "watch", "listen", "look", "analysis", "related",
                                          "source", "sources", "file", NULL};
    /* credits inside a paragraph: "With files from Sam Ortiz" */
    static const char *const credit_by[] = {"reporting", "writing", "editing", "written",
                                            "edited", "compiled", "produced", "photographed",
                                            "illustrated", NULL};
    exctx *x = nm->x;
    for (int i = 0; (size_t)i < x->nt; i++) {
        const tok *t = &x->t[i];
        if (t->type != T_WORD || nm->skip[i])
            continue;
        /* every rule opens on a capital, "with …" or "… by" */
        size_t len = t->e - t->s;
        int by_next = (size_t)i + 1 < x->nt && x->t[i + 1].e - x->t[i + 1].s == 2 &&
                      ex_is_word(x, (size_t)i + 1, "by");
        if (!(t->flags & (TF_CAP | TF_PSTART)) && !by_next && !(len == 4 && ex_is_word(x, (size_t)i, "with")))
            continue;
        /* "Photo: …", "(Photo: …)", "READ MORE: …" */
        int colon = (size_t)i + 1 < x->nt && x->t[i + 1].type == T_PUNCT && x->t[i + 1].ch == ':';
        int lead = (t->flags & TF_PSTART) || (i > 0 && x->t[i - 1].type == T_PUNCT &&
                                              (x->t[i - 1].ch == '(' || x->t[i - 1].ch == '|'));
        if (colon && (t->flags & TF_CAP) && word_in(x, i, caption) && (lead || (t->flags & TF_ALLCAPS))) {
            skip_rest(nm, i);
            continue;
        }
        if ((t->flags & TF_PSTART) && ex_is_word(x, (size_t)i, "read") &&
            ex_is_word(x, (size_t)i + 1, "more")) {
            skip_rest(nm, i);
            continue;
        }
        /* "With files from …", "Additional reporting by …" */
        if (ex_is_word(x, (size_t)i, "with") && ex_is_word(x, (size_t)i + 1, "files") &&
            ex_is_word(x, (size_t)i + 2, "from")) {
            skip_rest(nm, i);
            continue;
        }
        /* a credit names someone: not "…, produced by the firm." */
        int named = (size_t)i + 2 < x->nt && x->t[i + 2].type == T_WORD && (x->t[i + 2].flags & TF_CAP);
        if (by_next && named && word_in(x, i, credit_by) &&
            ((t->flags & (TF_PSTART | TF_SSTART)) || (i > 0 && x->t[i - 1].type == T_PUNCT) ||
             ex_is_word(x, (size_t)i - 1, "additional"))) {
            skip_rest(nm, i);
            continue;
        }
        /* "Follow Jane Roe on Twitter @janeroe" */
        if ((t->flags & TF_PSTART) && ex_is_word(x, (size_t)i, "follow")) {
            for (int k = i + 1; (size_t)k + 1 < x->nt && x->t[k].para == t->para && k < i + 8; k++)
                if (ex_is_word(x, (size_t)k, "on") && (x->t[k + 1].flags & TF_CAP)) {
                    skip_rest(nm, i);
                    break;
                }
            continue;
        }
        /* a byline: "By Jane Roe, Harbour Gazette" alone on its line */
        int n;
        if ((t->flags & TF_PSTART) && ex_is_word(x, (size_t)i, "by") && all_caps_words(x, i, &n) &&
            n <= 10) {
            skip_rest(nm, i);
            continue;
        }
    }
}

/* Headlines in Title Case ("Donald Trump Sounds Weirdly Sophisticated"):
 * a short paragraph, without a quotation, whose longer words are
 * nearly all capitalised.  They yield only names the article knows. */
static void mark_title_case(names *nm)
{
    exctx *x = nm->x;
    /* short words a Title Case headline capitalises ("With A", "Than") */
    static const char *const small_words[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for",
                                              "with", "and", "is", "are", "be", "will", "than", "as",
                                              "by", "from", "not", "it", "its", "up", "why", "how",
                                              "has", "was", NULL};
    /* the words Title Case leaves in lower case */
    static const char *const title_lower[] = {"a", "an", "the", "and", "but", "or", "nor", "for",
                                              "so", "yet", "as", "at", "by", "in", "of", "off",
                                              "on", "per", "to", "up", "via", "vs", "v", NULL};
    int caps = 0, longw = 0, words = 0, quote = 0, small = 0, lower = 0, brackets = 0;
    uint32_t para = 0;
    for (size_t i = 0; i <= x->nt; i++) {
        if (i == x->nt || x->t[i].para != para) {
            /* every other word capitalised ("Mary Walsh met John Brennan"
             * is a sentence), one slip allowed in a long headline */
            /* "R McBryde (Llanelli), J Yapp (Cardiff), …": a line-up is
             * a list of names, no headline */
            if (words <= 25 && longw >= 4 && !quote && brackets < 2 &&
                (lower == 0 || (lower == 1 && words >= 8 && small)) &&
                (caps == longw || (caps * 5 >= longw * 4 && small)))
                nm->tc[para] = 1;
            if (i == x->nt)
                break;
            para = x->t[i].para;
            caps = longw = words = quote = small = lower = brackets = 0;
        }
        const tok *t = &x->t[i];
        if (t->type == T_QUOTE)
            quote = 1;
        if (t->type == T_PUNCT && t->ch == '(')
            brackets++;
        if (t->type != T_WORD || (t->flags & (TF_NUM | TF_HYJOIN)))
            continue;
        words++;
        if (words > 25 || lower > 1)
            continue; /* no headline: the rest of the paragraph decides nothing */
        if ((t->flags & TF_LOWER) && !word_in(x, (int)i, title_lower))
            lower++;
        if (!small && !(t->flags & TF_PSTART) && (t->flags & TF_CAP) && t->e - t->s <= 5 &&
            word_in(x, (int)i, small_words))
            small = 1;
        if (t->e - t->s >= 4) {
            longw++;
            caps += (t->flags & TF_CAP) != 0;
        }
    }
}

/* ---- the gazetteer, admitted by evidence ---- */

static int gaz_find(names *nm, int t0, int t1, lx_place *p, char *key, size_t *kl)
{
    const exctx *x = nm->x;
    size_t s = x->t[t0].s, e = x->t[t1 - 1].e;
    if (e - s >= 200)
        return 0;
    *kl = lex_fold(key, 256, x->text + s, e - s);
    if (!*kl)
        return 0;
    int hit;
    memo *ms = memo_slot(nm->gaz_memo, key, *kl, &hit);
    if (!hit) {
        ms->found = (uint8_t)lex_gazetteer(x->lx, key, *kl, &ms->place);
        memo_keep(ms, key, *kl);
    }
    if (ms->found)
        *p = ms->place;
    return ms->found;
}

/* What the text says of a gazetteer name at [t0, t1): 2 a place, 1 a
 * place if the article is about its country, 0 not a place. */
static int gaz_evidence(names *nm, int t0, int t1, const lx_place *p)
{
    static const char *const loc[] = {"in", "at", "from", "near", "outside", "around", "across",
                                      "via", "throughout", "inside", "within", "between",
                                      "towards", "toward", "into", "through", NULL};
    static const char *const loc_weak[] = {"to", "of", NULL};
    exctx *x = nm->x;
    int strong = 0, weak = 0, region = 0;
    /* "in Kirkcaldy", "the mayor of Kirkcaldy", "in East Lancashire" */
    int c0 = compass_start(x, t0);
    if (c0 > 0 && word(x, c0 - 1) && (x->t[c0 - 1].flags & TF_LOWER)) {
        strong = word_in(x, c0 - 1, loc);
        weak = word_in(x, c0 - 1, loc_weak);
    }
    /* "Leeds-based", "Glasgow-born" */
    if ((size_t)t1 < x->nt && (x->t[t1].flags & TF_HYJOIN) &&
        (ex_is_word(x, (size_t)t1, "based") || ex_is_word(x, (size_t)t1, "born")))
        strong = 1;
    /* "Kirkcaldy, Fife", "Selma, Ala." either way round */
    if ((size_t)t1 + 1 < x->nt && x->t[t1].type == T_PUNCT && x->t[t1].ch == ',' &&
        word(x, t1 + 1) && (lxf(x, t1 + 1) & LX_PLACE) && (x->t[t1 + 1].flags & (TF_CAP | TF_ABBR)))
        region = 1;
    if (t0 >= 2 && x->t[t0 - 1].type == T_PUNCT && x->t[t0 - 1].ch == ',' && word(x, t0 - 2) &&
        (x->t[t0 - 2].flags & TF_CAP) && !(x->t[t0 - 2].flags & TF_SSTART)) {
        lx_place q;
        char key[256];
        size_t kl;
        if ((lxf(x, t0 - 2) & LX_PLACE) || (gaz_find(nm, t0 - 2, t0 - 1, &q, key, &kl) && !(q.flags & GZ_WORD)))
            region = 1;
    }
    if (p->flags & GZ_WORD)
        strong |= region;
    if (in_longer_name(x, t0, t1))
        return 0;
    /* a person's signs: "Dogusoy said", "Dogusoy, 34," */
    int personish = (lxf(x, t1) & LX_VERB) || age_after(x, t1) || (x->t[t1 - 1].flags & TF_POSS) ||
                    (t0 > 0 && (lxf(x, t0 - 1) & LX_VERB) && (x->t[t0 - 1].flags & TF_LOWER)); /* "said Palmer" */
    if (p->flags & GZ_WORD) {
        /* "in Police custody": a common word is a place only after a
         * preposition of place, and when big or in the article's country */
        if (!strong)
            return 0;
        return p->pop >= 100000 ? 2 : (p->pop >= 10000 || (p->flags & GZ_SUBDIV)) ? 1 : 0;
    }
    if (region)
        return 2;
    /* "from Obama": a small town abroad is more likely someone's surname */
    if (strong)
        return p->pop >= 50000 && !(p->flags & GZ_GIVEN) ? 2 : 1;
    if (personish)
        return 0;
    if (weak)
        return p->pop >= 50000 && !(p->flags & GZ_GIVEN) ? 2 : p->pop >= 10000 ? 1 : 0;
    if (p->flags & (GZ_GIVEN | GZ_SECTION))
        return 0;
    /* no word of context: a big city, or a city of the article's country */
    if (p->pop >= 1000000)
        return 2;
    return p->pop >= 100000 || (p->flags & GZ_SUBDIV) ? 1 : 0;
}

/* The countries an article is about: the places it names (folded keys)
 * and the codes of gazetteer places it admitted ("cc GB"). */
static int about_country(const exctx *x, const smap *countries, const char *cc)
{
    char k[8] = "cc ";
    memcpy(k + 3, cc, 3);
    if (smap_get(countries, k, 0))
        return 1;
    const lx_country *c = lex_country(x->lx, cc);
    if (!c)
        return 0;
    char key[256];
    size_t kl = lex_fold(key, sizeof key, c->name, strlen(c->name));
    key[kl] = '\0';
    if (smap_get(countries, key, 0))
        return 1;
    /* its parts: "\tengland\tscotland\t" */
    const char *p = c->parts;
    while (p && *p) {
        const char *q = strchr(p + 1, '\t');
        if (!q)
            break;
        size_t l = (size_t)(q - p - 1);
        if (l && l < sizeof key) {
            memcpy(key, p + 1, l);
            key[l] = '\0';
            if (smap_get(countries, key, 0))
                return 1;
        }
        p = q;
    }
    return 0;
}

static void add_place_key(smap *countries, const char *name)
{
    char key[256];
    size_t kl = lex_fold(key, sizeof key, name, strlen(name));
    key[kl] = '\0';
    if (kl)
        smap_set(countries, key, 1);
}

/* ---- gender from the text ---- */

/* A person of unknown gender followed, in the same sentence and before
 * any other person, by "he"/"his" or "she"/"her" takes that gender when
 * the text never says otherwise. */
static void text_gender(exctx *x)
{
    uint8_t *votes = xcalloc(x->ne + 1, 1);
    for (size_t m = 0; m < x->nm; m++) {
        int e = ex_ent_root(x, x->m[m].ent);
        if (e < 0 || x->e[e].kind != ACTOR_PERSON || x->e[e].gender)
            continue;
        int t1 = x->m[m].t1;
        for (int k = t1; (size_t)k < x->nt && k < t1 + 8; k++) {
            const tok *t = &x->t[k];
            if (t->sent != x->t[t1 - 1].sent || t->ment >= 0 || t->type == T_QUOTE)
                break;
            if (t->type != T_WORD || !(t->flags & TF_LOWER) || !t->lx || !(t->lx->flags & LX_PRONOUN))
                continue;
            uint8_t g = t->lx->gender & (G_MALE | G_FEMALE);
            if (g == G_MALE || g == G_FEMALE)
                votes[e] |= g;
            break;
        }
    }
    for (size_t e = 0; e < x->ne; e++)
        if (!x->e[e].gender && (votes[e] == G_MALE || votes[e] == G_FEMALE))
            x->e[e].gender = votes[e];
    free(votes);
}

/* ---- places that are teams ---- */

/* "Burnley boss", "Wales coach", "Blackburn v Burnley", "Italy 38-8",
 * "G Thomas (Toulouse)": a place's name standing for its team (2); "beat
 * Italy", "England are" (1, a sign only in an article about sport). */
static int team_sign(const exctx *x, const ment *m)
{
    static const char *const noun[] = {"boss", "manager", "coach", "striker", "midfielder",
                                       "defender", "goalkeeper", "keeper", "skipper", "squad",
                                       "winger", "flanker", "outfit", "v", "vs", NULL};
    static const char *const after[] = {"are", "have", "were", "beat", "lost", "drew", "won",
                                        "side", "forward", "team", "captain", "fans",
                                        "supporters", "chairman", "finished", "conceded",
                                        "clinched", "trailed", "defeated", NULL};
    /* "defeat to Wales", "home to Leicester", "disposing of Cardiff",
     * "victory over Italy", "a draw with Ipswich" */
    static const char *const result[] = {"defeat", "defeats", "loss", "losses", "lost", "lose", "home",
                                         "trip", "draw", "drew", "drawn", "win", "wins", "victory",
                                         "victories", "clash", "tie", "disposing", "disposed", NULL};
    static const char *const result_prep[] = {"to", "over", "with", "of", "against", NULL};
    static const char *const before[] = {"beat", "beating", "beaten", "versus", "against", "face",
                                         "leaders", "champions", "rivals", "holders", "visitors",
                                         "faces", "facing", "play", "played", "playing",
                                         "joined", "join", "joins", "hosts", "host", "hosted",
                                         "v", "vs", NULL};
    static const char *const poss[] = {"defence", "defense", "attack", "win", "victory",
                                       "defeat", "goal", "goals", "striker", "manager", "coach",
                                       "boss", "captain", "keeper", "midfield", "squad", NULL};
    int t0 = m->t0, t1 = m->t1;
    int next = (size_t)t1 < x->nt && x->t[t1].type == T_WORD && !(x->t[t1].flags & TF_CAP);
    if (next && word_in(x, t1, noun))
        return 2;
    if ((size_t)t1 < x->nt && ex_is_word(x, (size_t)t1, "v"))
        return 2;
    /* a score beside it: "Italy 38-8", "Chelsea's 1-0 defeat" (or a poll's) */
    if ((size_t)t1 + 1 < x->nt && (x->t[t1].flags & TF_NUM) && (x->t[t1 + 1].flags & TF_NUM) &&
        ((x->t[t1 + 1].flags & TF_HYJOIN) || (x->t[t1 + 1].s > 0 && x->text[x->t[t1 + 1].s - 1] == '-')))
        return 1;
    /* a player's club: "G Thomas (Toulouse)" */
    if (t0 >= 2 && x->t[t0 - 1].type == T_PUNCT && x->t[t0 - 1].ch == '(' && x->t[t0 - 2].ment_end >= 0 &&
        x->m[x->t[t0 - 2].ment_end].kind == ACTOR_PERSON)
        return 1; /* or a senator's state: "Marco Rubio (Fla.)" */
    if ((x->t[t1 - 1].flags & TF_POSS) && (size_t)t1 < x->nt && word_in(x, t1, poss))
        return 2;
    /* "France's squad": the possessive is a token of its own; "Chelsea's
     * 1-0 defeat": a score after it */
    if ((size_t)t1 + 1 < x->nt && x->t[t1].type == T_PUNCT && (x->t[t1].flags & TF_POSS) &&
        (word_in(x, t1 + 1, poss) ||
         ((size_t)t1 + 2 < x->nt && (x->t[t1 + 1].flags & TF_NUM) && (x->t[t1 + 2].flags & TF_NUM) &&
          x->t[t1 + 1].e - x->t[t1 + 1].s <= 2 && x->t[t1 + 2].s == x->t[t1 + 1].e + 1 &&
          x->text[x->t[t1 + 1].e] == '-')))
        return 2;
    if (next && word_in(x, t1, after))
        return 1;
    if (t0 > 0 && x->t[t0 - 1].type == T_WORD && word_in(x, t0 - 1, before))
        return 1;
    if (t0 > 1 && word(x, t0 - 1) && word(x, t0 - 2) && word_in(x, t0 - 1, result_prep) &&
        word_in(x, t0 - 2, result))
        return 1;
    /* "France, who lost to Wales" */
    static const char *const played[] = {"lost", "won", "beat", "drew", NULL};
    if ((size_t)t1 + 2 < x->nt && x->t[t1].type == T_PUNCT && x->t[t1].ch == ',' &&
        ex_is_word(x, (size_t)t1 + 1, "who") && word(x, t1 + 2) && word_in(x, t1 + 2, played))
        return 1;
    return 0;
}

/* In an article about sport, a place named only as a team ("Burnley have
 * …", never "in Burnley") is the team: an organisation, not a place. */
static void team_places(exctx *x)
{
    static const char *const loc[] = {"in", "from", "near", "outside", "around", "across",
                                      "throughout", "inside", "within", NULL};
    int *team = xcalloc(x->ne + 1, sizeof *team), *loc_n = xcalloc(x->ne + 1, sizeof *loc_n);
    int strong = 0;
    for (size_t i = 0; i < x->nm; i++) {
        const ment *m = &x->m[i];
        if (m->kind != ACTOR_PLACE)
            continue;
        int sg = team_sign(x, m);
        team[m->ent] += sg;
        strong += sg == 2;
        int p = m->t0 - 1;
        if (p > 0 && ex_is_word(x, (size_t)p, "the"))
            p--;
        /* "from France's squad" is from the squad */
        int poss = (size_t)m->t1 < x->nt && x->t[m->t1].type == T_PUNCT && (x->t[m->t1].flags & TF_POSS);
        if (p >= 0 && word(x, p) && word_in(x, p, loc) && !poss)
            loc_n[m->ent]++;
    }
    /* an article about sport: team signs, or the words of match reports */
    static const char *const sport[] = {"striker", "midfielder", "goalkeeper", "defender", "winger",
                                        "referee", "penalty", "goals", "scored", "scorer",
                                        "premiership", "fixture", "squad", "wicket", "innings",
                                        "touchdown", "quarterback", "playoff", "playoffs",
                                        "hat-trick", "semi-final", "quarter-final", "caps",
                                        "fly-half", "scrum-half", NULL};
    int any = 0;
    for (size_t e = 0; e < x->ne; e++)
        any |= team[e] && !loc_n[e];
    int words = 0;
    for (size_t i = 0; any && strong < 2 && i < x->nt && words < 4; i++)
        words += x->t[i].type == T_WORD && (x->t[i].flags & TF_LOWER) && x->t[i].e - x->t[i].s >= 4 &&
                 word_in(x, (int)i, sport);
    int sporty = strong >= 2 || words >= 4 || (strong && words >= 2);
    for (size_t e = 0; e < x->ne; e++)
        team[e] = sporty && team[e] >= 1 && !loc_n[e];
    for (size_t i = 0; i < x->nm; i++)
        if (x->m[i].kind == ACTOR_PLACE && team[x->m[i].ent])
            x->m[i].kind = ACTOR_ORG;
    for (size_t e = 0; e < x->ne; e++)
        if (x->e[e].kind == ACTOR_PLACE && team[e])
            x->e[e].kind = ACTOR_ORG;
    free(team);
    free(loc_n);
}

/* A Title Case headline's run: the longest spans the article knows as a
 * person's full name or surname. */
static void tc_link(exctx *x, const cand *k, smap *by_sur_first, smap *by_sur_last, buf *kb)
{
    for (int s = k->t0; s < k->t1;) {
        int found = 0;
        for (int e = k->t1; e > s && !found; e--) {
            if (!word(x, e - 1) || !word(x, s))
                continue;
            char *name = span_text(x, s, e);
            key_of(x, name, kb);
            free(name);
            int p = smap_get(&x->ent_by_key, kb->data, -1);
            if (p < 0 && e - s == 1) {
                p = smap_get(by_sur_last, kb->data, -1);
                if (p < 0)
                    p = smap_get(by_sur_first, kb->data, -1);
            }
            if (p >= 0 && x->e[p].kind == ACTOR_PERSON) {
                add_ment(x, s, e, p);
                s = e;
                found = 1;
            }
        }
        if (!found)
            s++;
    }
}

static void cand_sur(exctx *x, cand *k, buf *sb);

/* The surnames of the article's people: of every name that a given
 * name, a title or an honorific leads, or that context showed a person's. */
static void known_surnames(names *nm, cands *c, smap *known, buf *sb)
{
    exctx *x = nm->x;
    for (size_t i = 0; i < c->n; i++) {
        cand *k = &c->v[i];
        if (nm->skip[k->t0] || nm->tc[x->t[k->t0].para])
            continue;
        if (((k->kind == C_PERSON || ((k->kind == C_WEAKN || k->kind == C_WEAK1) && k->strong)) &&
             !k->label) || k->honor) {
            cand_sur(x, k, sb);
            smap_set(known, sb->data, 1);
        }
    }
}

/* The candidate's surname key into sb, computed once. */
static void cand_sur(exctx *x, cand *k, buf *sb)
{
    if (!k->sur) {
        surname_of(x, k->t0, k->t1, sb);
        k->sur = xstrdup(sb->data ? sb->data : "");
        return;
    }
    buf_clear(sb);
    buf_adds(sb, k->sur);
}

void ex_names(exctx *x)
{
    names nm;
    memset(&nm, 0, sizeof nm);
    nm.x = x;
    nm.gv = xcalloc(x->nt + 1, 1);
    nm.fold_at = xcalloc(x->nt + 1, sizeof *nm.fold_at);
    nm.fold_len = xcalloc(x->nt + 1, 1);
    nm.skip = xcalloc(x->nt + 1, 1);
    nm.tc = xcalloc(x->n_para + 1, 1);
    cands c = {NULL, 0, 0};
    collect(&nm, &c);
    mark_skips(&nm);
    mark_title_case(&nm);
    smap by_sur_first, by_sur_last, by_first;
    smap_init(&by_sur_first);
    smap_init(&by_sur_last);
    smap_init(&by_first);
    buf kb = BUF_INIT, sb = BUF_INIT;
    /* surnames the article gives with a first name or an honorific: a
     * label ("READ MORE:") is none of them; "Ruhi Dogusoy" is a person
     * when the text later says "Mr Dogusoy" */
    smap known_sur, titled;
    smap_init(&known_sur);
    smap_init(&titled);
    int have_known = 0; /* known_sur filled: only labels and the gazetteer ask */
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        /* and surnames alone with a person's evidence: "Saka, 22,", "said
         * Saka" make "Bukayo Saka" a person */
        if ((k->honor || (k->kind == C_WEAK1 && k->strong)) && !nm.skip[k->t0] && !nm.tc[x->t[k->t0].para]) {
            cand_sur(x, k, &sb);
            smap_set(&titled, sb.data, k->honor ? 2 : 1);
        }
    }
    /* capitals before a colon: a label ("READ MORE:", "WATCH:"), or a
     * transcript's speaker when they name a person the article knows, or
     * when several paragraphs open so (an interview's transcript) */
    static const char *const labels[] = {"read", "watch", "look", "analysis", "listen", "update",
                                         "updated", "breaking", "related", "photos", "photo",
                                         "video", "editor", "editors", "correction", "clarification",
                                         "more", "also", "opinion", "exclusive", "live", "warning",
                                         "note", "source", "see", "trending", "sponsored",
                                         "advertisement", "explainer", "recommended", "subscribe",
                                         "follow", "share", "comment", "comments", "key", "latest",
                                         "top", "inside", "highlights", "timeline", NULL};
    int speakers = 0;
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        if (k->transcript && word_in(x, k->t0, labels))
            k->label = 2;
        speakers += k->transcript && k->label != 2;
    }
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        if (k->label) {
            if (!have_known) {
                known_surnames(&nm, &c, &known_sur, &sb);
                have_known = 1;
            }
            cand_sur(x, k, &sb);
            if (k->label == 2 || (!smap_get(&known_sur, sb.data, 0) && speakers < 2))
                skip_rest(&nm, k->t0);
        }
        if (nm.skip[k->t0])
            k->kind = C_DROP;
        else if (k->kind == C_WEAKN && !k->strong) {
            cand_sur(x, k, &sb);
            /* a bare surname's evidence holds for a run inside a sentence
             * only ("Understated Perez raises …" opens a headline) */
            int t = smap_get(&titled, sb.data, 0);
            if (t == 2 || (t == 1 && !(x->t[k->t0].flags & (TF_SSTART | TF_PSTART))))
                k->strong = 1;
        }
    }
    /* the countries the article names, then the gazetteer names that the
     * text shows are places */
    smap countries, gaz_ok;
    smap_init(&countries);
    smap_init(&gaz_ok);
    for (size_t i = 0; i < c.n; i++)
        if (c.v[i].kind == C_PLACE && c.v[i].canon)
            add_place_key(&countries, c.v[i].canon);
    for (size_t i = 0; i < x->nt; i++)
        if (x->t[i].type == T_WORD && x->t[i].lx && (x->t[i].lx->flags & LX_DEMONYM) && x->t[i].lx->country)
            add_place_key(&countries, x->t[i].lx->country);
    int8_t *gzl = xcalloc(c.n + 1, 1);
    lx_place *gzp = xcalloc(c.n + 1, sizeof *gzp);
    uint8_t *gzhit = xcalloc(c.n + 1, 1);
    char gkey[256];
    size_t gkl;
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < c.n; i++) {
            cand *k = &c.v[i];
            lx_place p;
            int tc = nm.tc[x->t[k->t0].para];
            if (!((k->kind == C_WEAK1 || k->kind == C_WEAKN) && !k->strong) &&
                !(k->kind == C_PERSON && k->gaz_run && k->title0 < 0))
                continue;
            if (x->t[k->t0].flags & TF_HYJOIN)
                continue;
            if (round == 0 && k->kind != C_PERSON) {
                /* "Kentish Town", "Bordesley Green": a gazetteer name goes on
                 * over words that never start a name */
                int e = k->t1;
                while ((size_t)e < x->nt && e < k->t1 + 2 && word(x, e) && (x->t[e].flags & TF_CAP) &&
                       !(x->t[e].flags & TF_SSTART) && (lxf(x, e) & LX_NONAME) &&
                       (i + 1 >= c.n || c.v[i + 1].t0 > e))
                    e++;
                for (; e > k->t1; e--)
                    if (gaz_find(&nm, k->t0, e, &p, gkey, &gkl)) {
                        k->t1 = e;
                        free(k->sur);
                        k->sur = NULL;
                        break;
                    }
            }
            if (round == 0)
                gzhit[i] = (uint8_t)gaz_find(&nm, k->t0, k->t1, &gzp[i], gkey, &gkl);
            else if (gzhit[i] && (gzl[i] == 1 || tc)) {
                gkl = lex_fold(gkey, sizeof gkey, x->text + x->t[k->t0].s, x->t[k->t1 - 1].e - x->t[k->t0].s);
                gkey[gkl] = '\0';
            }
            if (!gzhit[i])
                continue;
            p = gzp[i];
            if (k->kind != C_PERSON) {
                /* "Willis" after "Bruce Willis" is the person */
                if (!have_known) {
                    known_surnames(&nm, &c, &known_sur, &sb);
                    have_known = 1;
                }
                cand_sur(x, k, &sb);
                if (smap_get(&known_sur, sb.data, 0))
                    continue;
            }
            if (round == 0) {
                gzl[i] = (int8_t)(tc ? 0 : gaz_evidence(&nm, k->t0, k->t1, &p));
                /* a given name and more ("Milton Keynes") is a person unless
                 * the place is sure, or big and never a person's sign */
                if (k->kind == C_PERSON && gzl[i] == 1 && p.pop >= 100000)
                    gzl[i] = 2;
                if (gzl[i] == 2) {
                    char cc[8] = "cc ";
                    memcpy(cc + 3, p.cc, 3);
                    smap_set(&countries, cc, 1);
                    smap_set(&gaz_ok, gkey, 1);
                }
            } else if ((gzl[i] == 1 && about_country(x, &countries, p.cc)) ||
                       (tc && smap_get(&gaz_ok, gkey, 0))) {
                gzl[i] = 2;
            }
        }
    }
    for (size_t i = 0; i < c.n; i++)
        if (gzl[i] == 2 && (c.v[i].kind != C_PERSON || c.v[i].gaz_run)) {
            c.v[i].kind = C_GAZ;
            c.v[i].canon = NULL;
        }
    free(gzl);
    free(gzp);
    free(gzhit);
    /* pass A: entities of full names, so a surname seen earlier finds them */
    int *cent = xmalloc((c.n + 1) * sizeof *cent);
    smap full_keys;
    smap_init(&full_keys);
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        cent[i] = -1;
        if (nm.tc[x->t[k->t0].para])
            continue;
        int multi = k->t1 - k->t0 >= 2;
        if (k->kind == C_PERSON && (multi || k->kept_title)) {
            cent[i] = person_entity(x, k->t0, k->t1, k->gender, k->kept_title, k->title0, &full_keys, &kb);
            cand_sur(x, k, &sb);
            if (smap_get(&by_sur_first, sb.data, -1) < 0)
                smap_set(&by_sur_first, sb.data, cent[i]);
            char w[128];
            size_t wl = ex_fold_tok(x, (size_t)k->t0, w, sizeof w);
            if (wl && is_first(&nm, k->t0) && smap_get(&by_first, w, -1) < 0)
                smap_set(&by_first, w, cent[i]);
            if (wl && (lxf(x, k->t0) & LX_SURFIRST) && smap_get(&by_sur_first, w, -1) < 0)
                smap_set(&by_sur_first, w, cent[i]);
        } else if (k->kind == C_WEAKN && k->strong) {
            k->kind = C_PERSON;
            cent[i] = person_entity(x, k->t0, k->t1, 0, 0, -1, &full_keys, &kb);
            cand_sur(x, k, &sb);
            if (smap_get(&by_sur_first, sb.data, -1) < 0)
                smap_set(&by_sur_first, sb.data, cent[i]);
        }
    }
    /* pass B, in text order: link the rest */
    bindings b = {NULL, 0, 0};
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        int e = cent[i];
        int have_sb = 0; /* sb holds this candidate's surname key */
        if (k->kind == C_DROP)
            continue;
        if (k->kind == C_PLACE || k->kind == C_ORG || k->kind == C_GAZ) {
            actor_kind ak = k->kind == C_ORG ? ACTOR_ORG : ACTOR_PLACE;
            char *gname = NULL;
            buf_clear(&kb);
            buf_addc(&kb, ak == ACTOR_ORG ? 'o' : 'p');
            buf_addc(&kb, ':');
            if (k->kind == C_GAZ) {
                /* the gazetteer's places go by the text's spelling, with
                 * the compass words before them ("East Lancashire") */
                int s0 = compass_start(x, k->t0);
                if (s0 < k->t0 && (i == 0 || c.v[i - 1].t1 <= s0))
                    k->t0 = s0;
                gname = span_text(x, k->t0, k->t1);
                /* a dateline's capitals ("TRENTON, N.J. —") are no spelling */
                int caps = 1;
                for (int t = k->t0; t < k->t1 && caps; t++)
                    caps = x->t[t].type != T_WORD || (x->t[t].flags & TF_ALLCAPS);
                for (char *p = gname; caps && *p; p++)
                    if (*p >= 'A' && *p <= 'Z' && p > gname && p[-1] != ' ' && p[-1] != '-')
                        *p = (char)(*p + 32);
                gkl = lex_fold(gkey, sizeof gkey, gname, strlen(gname));
                buf_add(&kb, gkey, gkl);
            } else {
                buf_adds(&kb, k->canon ? k->canon : "");
            }
            e = smap_get(&x->ent_by_key, kb.data, -1);
            if (e < 0) {
                e = ex_ent_add(x, gname ? gname : k->canon ? k->canon : "", kb.data, ak);
                smap_set(&x->ent_by_key, kb.data, e);
            }
            free(gname);
            add_ment(x, k->t0, k->t1, e);
            continue;
        }
        if (nm.tc[x->t[k->t0].para]) {
            tc_link(x, k, &by_sur_first, &by_sur_last, &kb);
            continue;
        }
        if (k->kind == C_WEAKN) {
            /* an unknown run whose surname is a known person's */
            cand_sur(x, k, &sb);
            have_sb = 1;
            int p = smap_get(&by_sur_last, sb.data, -1);
            if (p < 0)
                p = smap_get(&by_sur_first, sb.data, -1);
            if (p < 0)
                continue;
            if (!(given_bits(&nm, k->t0) & GV_NAME) && !(lxf(x, k->t0) & LX_FIRST) &&
                ((x->t[k->t0].flags & TF_SSTART) || ex_is_word(x, (size_t)k->t0 - 1, "the") ||
                 ex_is_word(x, (size_t)k->t0 - 1, "a") || ex_is_word(x, (size_t)k->t0 - 1, "an"))) {
                /* "Vote Blair!", "the Stop Trump movement": the surname
                 * alone is the person ("Rakeyia Scott" mid-sentence is not) */
                int s = k->t1 - 1;
                while (s > k->t0 && (x->t[s].flags & TF_HYJOIN))
                    s--;
                add_ment(x, s, k->t1, p);
                continue;
            }
            e = person_entity(x, k->t0, k->t1, 0, 0, -1, &full_keys, &kb);
        } else if (e < 0) {
            /* one word: a surname, a given name or an unknown */
            cand_sur(x, k, &sb);
            have_sb = 1;
            /* "Okonkwo-Pratt, now 34,": a hyphenated surname a person
             * of the article holds, read in two parts at a sentence's start */
            int h = k->t1;
            while ((size_t)h < x->nt && (x->t[h].flags & TF_HYJOIN) && (x->t[h].flags & TF_CAP) && h < k->t1 + 3)
                h++;
            if (h > k->t1) {
                buf hk = BUF_INIT;
                surname_of(x, k->t0, h, &hk);
                int he = smap_get(&by_sur_last, hk.data ? hk.data : "", -1);
                buf_free(&hk);
                if (he >= 0) {
                    k->t1 = h;
                    free(k->sur);
                    k->sur = NULL;
                    cand_sur(x, k, &sb);
                }
            }
            e = smap_get(&by_sur_last, sb.data, -1);
            if (e < 0)
                e = smap_get(&by_sur_first, sb.data, -1);
            if (e < 0 && is_first(&nm, k->t0)) {
                char w[128];
                ex_fold_tok(x, (size_t)k->t0, w, sizeof w);
                e = smap_get(&by_first, w, -1);
            }
            if (e < 0 && (k->kind == C_PERSON || k->strong)) {
                e = person_entity(x, k->t0, k->t1, k->gender, 0, -1, &full_keys, &kb);
                smap_set(&by_sur_first, sb.data, e);
            }
            if (e < 0)
                continue;
            if (k->gender && !x->e[e].gender)
                x->e[e].gender = k->gender;
        }
        if (!have_sb)
            cand_sur(x, k, &sb);
        if (k->t1 - k->t0 >= 2) {
            smap_set(&by_sur_last, sb.data, e);
            if (lxf(x, k->t0) & LX_SURFIRST) {
                char w[128];
                ex_fold_tok(x, (size_t)k->t0, w, sizeof w);
                smap_set(&by_sur_last, w, e);
            }
        }
        add_ment(x, k->t0, k->t1, e);
        bind_around(x, &b, k->title0 >= 0 ? k->title0 : k->t0, k->t1, e);
        if (k->title0 >= 0)
            for (int t = k->title0; t < k->t0; t++)
                if (lxf(x, t) & (LX_ROLE | LX_TITLE))
                    bind_role(x, &b, k->t0, t, e);
    }
    /* role bindings are kept in text order for the attribution pass */
    for (size_t i = 0; i < b.n; i++) {
        smap_set(&x->roles, b.v[i].role, b.v[i].ent);
        free(b.v[i].role);
    }
    free(b.v);
    free(cent);
    for (size_t i = 0; i < c.n; i++)
        free(c.v[i].sur);
    free(c.v);
    smap_free(&by_sur_first);
    smap_free(&by_sur_last);
    smap_free(&by_first);
    smap_free(&full_keys);
    smap_free(&known_sur);
    smap_free(&titled);
    smap_free(&countries);
    smap_free(&gaz_ok);
    buf_free(&kb);
    buf_free(&sb);
    text_gender(x);
    team_places(x);
    free(nm.gv);
    free(nm.fold_at);
    free(nm.fold_len);
    buf_free(&nm.folds);
    free(nm.skip);
    free(nm.tc);
}

