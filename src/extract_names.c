/* extract_names: people, places and organisations.  A first pass reads
 * capitalised runs into candidates (titled names, names led by a known
 * given name, gazetteer matches, unknown words); a second pass, in text
 * order, links surname-only and given-name-only mentions to the person
 * they stand for ("Trump" -> Donald Trump; "Kim" -> the latest Kim). */
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
    free(m->keys);
    free(m->vals);
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
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
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
        free(old.vals);
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

enum { C_PERSON, C_PLACE, C_ORG, C_WEAK1, C_WEAKN };

typedef struct cand {
    int t0, t1;
    int kind;
    int strong;
    uint8_t gender;
    const char *canon;     /* place/org */
    int title0;            /* first title token before t0, or -1 */
    int kept_title;        /* "Pope" kept in a lone name */
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
        if (t->flags & TF_HYJOIN) {
            /* "Jong-un", "Jean-Yves"; not "Oscar-nominated" */
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
        if (!name_word(x, k) || (t->flags & TF_SSTART))
            break;
        /* a place or organisation of several words starts here */
        const lx_entry *e = t->lx;
        if (e && (e->flags & (LX_ORG)) && !(e->flags & (LX_FIRST | LX_SURFIRST)))
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
static int longest(const exctx *x, int i, const lx_entry **out)
{
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
        char w[128];
        size_t wl = ex_fold_tok(x, (size_t)k, w, sizeof w);
        if (!wl)
            continue;
        if (kl + wl + 2 >= sizeof key)
            break;
        if (kl)
            key[kl++] = ' ';
        memcpy(key + kl, w, wl);
        kl += wl;
        key[kl] = '\0';
        words++;
        if (!(t->flags & (TF_CAP | TF_ABBR)) && !(t->flags & TF_HYJOIN) &&
            !((t->flags & TF_LOWER) && (lxf(x, k) & (LX_TITLE | LX_ROLE))))
            continue; /* never end on "of" */
        const lx_entry *e = lex_get(x->lx, key, kl);
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

static uint8_t first_gender(const exctx *x, int i)
{
    const lx_entry *e = x->t[i].lx;
    if (!e || !(e->flags & LX_FIRST))
        return G_NONE;
    uint8_t g = e->gender & (G_MALE | G_FEMALE);
    return (g == G_MALE || g == G_FEMALE) ? g : G_NONE;
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

static void collect(exctx *x, cands *c)
{
    for (int i = 0; (size_t)i < x->nt; i++) {
        const tok *t = &x->t[i];
        if (t->type != T_WORD || !(t->flags & (TF_CAP | TF_ABBR)) || (t->flags & TF_CAMEL))
            continue;
        int tn = transcript(x, i);
        if (tn) {
            cand *k = cand_add(c, i, i + tn, C_PERSON);
            k->strong = 1;
            i += tn - 1;
            continue;
        }
        const lx_entry *ge;
        int gl = longest(x, i, &ge);
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
            int gl2 = (size_t)j < x->nt && word(x, j) ? longest(x, j, &g2) : 0;
            if (gl2 && (g2->flags & (LX_TITLE | LX_HONOR)) && !(g2->flags & (LX_FIRST | LX_SURFIRST)) &&
                name_word(x, j + gl2)) {
                j += gl2;
            }
            if (name_word(x, j) && !(lxf(x, j) & (LX_PLACE | LX_ORG) && !(lxf(x, j) & (LX_FIRST | LX_SURFIRST)) &&
                                     !name_word(x, j + 1))) {
                int k = read_name(x, j, 1);
                cand *cd = cand_add(c, j, k, C_PERSON);
                cd->strong = 1;
                cd->title0 = i;
                if (gf & LX_HONOR)
                    cd->gender = ge->gender & (G_MALE | G_FEMALE);
                if (!cd->gender)
                    cd->gender = first_gender(x, j);
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
        /* a given name (or a family name written first) and more */
        uint32_t f1 = lxf(x, i);
        if ((f1 & (LX_FIRST | LX_SURFIRST)) && !(gl >= 2 && (gf & (LX_PLACE | LX_ORG)))) {
            int k = read_name(x, i, 1);
            int second = k - i >= 2;
            if (second && !(x->t[i].flags & TF_ALLCAPS && x->t[i].e - x->t[i].s > 3)) {
                cand *cd = cand_add(c, i, k, C_PERSON);
                cd->strong = 1;
                cd->gender = first_gender(x, i);
                i = k - 1;
                continue;
            }
        }
        if (gl && (gf & (LX_PLACE | LX_ORG)) && caps_ok(x, ge, i, gl)) {
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
        if (!name_word(x, i))
            continue;
        /* "Making Michael Howard …": a capitalised word opening the
         * sentence before a given name is no part of the name */
        if ((x->t[i].flags & TF_SSTART) && !(f1 & (LX_FIRST | LX_SURFIRST)) &&
            (lxf(x, i + 1) & (LX_FIRST | LX_TITLE | LX_HONOR)) && name_word(x, i + 1) &&
            name_word(x, i + 2) && !(i > 0 && x->t[i - 1].type == T_PUNCT && x->t[i - 1].ch == '-'))
            continue;
        int k = read_name(x, i, 0);
        if (k - i == 1) {
            cand *cd = cand_add(c, i, k, C_WEAK1);
            /* "said Cruz", "Cruz said", "spokesman Fallon" */
            if (prev_word_is(x, i, LX_ROLE | LX_TITLE))
                cd->strong = 1;
        } else {
            cand *cd = cand_add(c, i, k, C_WEAKN);
            int sstart = (x->t[i].flags & TF_SSTART) != 0;
            if (prev_word_is(x, i, LX_ROLE | LX_TITLE | LX_VERB) || (lxf(x, k) & LX_VERB) ||
                (!sstart && (size_t)k < x->nt && x->t[k].type == T_PUNCT && x->t[k].ch == ',' &&
                 (ex_is_word(x, (size_t)k + 1, "the") || ex_is_word(x, (size_t)k + 1, "a") ||
                  ex_is_word(x, (size_t)k + 1, "an") || ex_is_word(x, (size_t)k + 1, "who"))))
                cd->strong = 1;
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
    char *w = span_text(x, s, k + 1);
    key_of(x, w, out);
    free(w);
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
    for (; k >= 0 && n < 5 && x->t[k].type == T_WORD && x->t[k].sent == x->t[t0].sent; k--, n++)
        if (lxf(x, k) & (LX_ROLE | LX_TITLE))
            bind_role(x, b, t0, k, e);
    if ((size_t)t1 < x->nt && x->t[t1].type == T_PUNCT && x->t[t1].ch == ',') {
        for (k = t1 + 1, n = 0; (size_t)k < x->nt && n < 7 && x->t[k].type == T_WORD; k++, n++)
            if (lxf(x, k) & (LX_ROLE | LX_TITLE))
                bind_role(x, b, t0, k, e);
    }
}

void ex_names(exctx *x)
{
    cands c = {NULL, 0, 0};
    collect(x, &c);
    smap by_sur_first, by_sur_last, by_first;
    smap_init(&by_sur_first);
    smap_init(&by_sur_last);
    smap_init(&by_first);
    buf kb = BUF_INIT, sb = BUF_INIT;
    /* pass A: entities of full names, so a surname seen earlier finds them */
    int *cent = xmalloc((c.n + 1) * sizeof *cent);
    smap full_keys;
    smap_init(&full_keys);
    for (size_t i = 0; i < c.n; i++) {
        cand *k = &c.v[i];
        cent[i] = -1;
        int multi = k->t1 - k->t0 >= 2;
        if (k->kind == C_PERSON && (multi || k->kept_title)) {
            cent[i] = person_entity(x, k->t0, k->t1, k->gender, k->kept_title, k->title0, &full_keys, &kb);
            surname_of(x, k->t0, k->t1, &sb);
            if (smap_get(&by_sur_first, sb.data, -1) < 0)
                smap_set(&by_sur_first, sb.data, cent[i]);
            char w[128];
            size_t wl = ex_fold_tok(x, (size_t)k->t0, w, sizeof w);
            if (wl && (lxf(x, k->t0) & LX_FIRST) && smap_get(&by_first, w, -1) < 0)
                smap_set(&by_first, w, cent[i]);
            if (wl && (lxf(x, k->t0) & LX_SURFIRST) && smap_get(&by_sur_first, w, -1) < 0)
                smap_set(&by_sur_first, w, cent[i]);
        } else if (k->kind == C_WEAKN && k->strong) {
            k->kind = C_PERSON;
            cent[i] = person_entity(x, k->t0, k->t1, 0, 0, -1, &full_keys, &kb);
            surname_of(x, k->t0, k->t1, &sb);
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
        if (k->kind == C_PLACE || k->kind == C_ORG) {
            actor_kind ak = k->kind == C_ORG ? ACTOR_ORG : ACTOR_PLACE;
            buf_clear(&kb);
            buf_addc(&kb, ak == ACTOR_ORG ? 'o' : 'p');
            buf_addc(&kb, ':');
            buf_adds(&kb, k->canon ? k->canon : "");
            e = smap_get(&x->ent_by_key, kb.data, -1);
            if (e < 0) {
                e = ex_ent_add(x, k->canon ? k->canon : "", kb.data, ak);
                smap_set(&x->ent_by_key, kb.data, e);
            }
            add_ment(x, k->t0, k->t1, e);
            continue;
        }
        if (k->kind == C_WEAKN) {
            /* an unknown run whose surname is a known person's */
            surname_of(x, k->t0, k->t1, &sb);
            have_sb = 1;
            int p = smap_get(&by_sur_last, sb.data, -1);
            if (p < 0)
                p = smap_get(&by_sur_first, sb.data, -1);
            if (p < 0)
                continue;
            e = person_entity(x, k->t0, k->t1, 0, 0, -1, &full_keys, &kb);
        } else if (e < 0) {
            /* one word: a surname, a given name or an unknown */
            surname_of(x, k->t0, k->t1, &sb);
            have_sb = 1;
            e = smap_get(&by_sur_last, sb.data, -1);
            if (e < 0)
                e = smap_get(&by_sur_first, sb.data, -1);
            if (e < 0 && (lxf(x, k->t0) & LX_FIRST)) {
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
            surname_of(x, k->t0, k->t1, &sb);
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
    free(c.v);
    smap_free(&by_sur_first);
    smap_free(&by_sur_last);
    smap_free(&by_first);
    smap_free(&full_keys);
    buf_free(&kb);
    buf_free(&sb);
}

