/* extract_tok: one pass over the bytes into words, punctuation and quote
 * marks, with paragraph breaks; then outer sentences, in which a quotation
 * counts as one unit so that its tag stays in its sentence. */
#include "extract_int.h"
#include "utf8.h"
#include <string.h>
#include <utf8proc.h>

/* Character kinds.  ASCII is decided inline; anything else asks utf8proc
 * once, out of line: the tokenizer looks at every byte of every text. */
enum { K_WORD = 1, K_UPPER = 2, K_LOWER = 4, K_DIGIT = 8, K_SPACE = 16 };

static unsigned uni_kind(uint32_t c) __attribute__((noinline));

static unsigned uni_kind(uint32_t c)
{
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
        c == 0xFEFF)
        return K_SPACE;
    if (c == 0xFFFD)
        return 0;
    utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)c);
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
        return K_WORD | K_UPPER;
    if (cat == UTF8PROC_CATEGORY_LL)
        return K_WORD | K_LOWER;
    if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
        (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
        (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO))
        return K_WORD;
    return 0;
}

static inline unsigned kind_of(uint32_t c)
{
    if (c >= 0x80)
        return uni_kind(c);
    if (c >= 'a' && c <= 'z')
        return K_WORD | K_LOWER;
    if (c >= 'A' && c <= 'Z')
        return K_WORD | K_UPPER;
    if (c >= '0' && c <= '9')
        return K_WORD | K_DIGIT;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0)
        return K_SPACE;
    return 0;
}

static inline int is_space_cp(uint32_t c)
{
    return (kind_of(c) & K_SPACE) != 0;
}

static inline int is_word_cp(uint32_t c)
{
    return (kind_of(c) & K_WORD) != 0;
}

static inline int is_lower_cp(uint32_t c)
{
    return (kind_of(c) & K_LOWER) != 0;
}

static inline size_t dec(const exctx *x, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)x->text[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return utf8_decode(x->text + i, x->len - i, cp);
}

static tok *push(exctx *x, size_t s, size_t e, tok_type type, char ch)
{
    if (x->nt == x->capt) {
        /* news text runs about one token per five bytes: start there
         * rather than doubling up from nothing */
        x->capt = x->capt ? x->capt * 2 : 256 + x->len / 5;
        x->t = xrealloc(x->t, x->capt * sizeof *x->t);
    }
    tok *t = &x->t[x->nt++];
    memset(t, 0, sizeof *t);
    t->s = s;
    t->e = e;
    t->type = (uint8_t)type;
    t->ch = ch;
    t->para = x->n_para;
    t->quote = -1;
    t->ment = -1;
    t->ment_end = -1;
    return t;
}

/* Scans a word from i; returns its end.  Stops before a possessive 's,
 * a hyphen, or a dot that is not part of an abbreviation. */
static size_t scan_word(const exctx *x, size_t i, uint16_t *flags)
{
    size_t n = x->len, start = i;
    int letters = 0, upper = 0, lower = 0, lowrun = 0, first = 1;
    uint16_t f = 0;
    while (i < n) {
        uint32_t c;
        size_t l = dec(x, i, &c);
        unsigned k = kind_of(c);
        if (k & K_WORD) {
            if (first) {
                if (k & K_UPPER)
                    f |= TF_CAP;
                else if (k & K_LOWER)
                    f |= TF_LOWER;
                else if (k & K_DIGIT)
                    f |= TF_NUM;
                first = 0;
            }
            if (k & K_UPPER) {
                upper++;
                letters++;
                if (lowrun >= 3)
                    f |= TF_CAMEL;
                lowrun = 0;
            } else if (k & K_LOWER) {
                lower++;
                letters++;
                lowrun++;
            }
            i += l;
            continue;
        }
        /* apostrophe inside a word: don't, O'Brien; not the possessive 's */
        if (c == '\'' || c == 0x2019) {
            size_t j = i + l;
            if (j < n && i > start) {
                uint32_t d;
                size_t l2 = dec(x, j, &d);
                if (is_word_cp(d)) {
                    if ((d == 's' || d == 'S')) {
                        uint32_t e2 = ' ';
                        if (j + l2 < n)
                            dec(x, j + l2, &e2);
                        if (!is_word_cp(e2))
                            break; /* possessive */
                    }
                    i = j;
                    continue;
                }
            }
            break;
        }
        /* dotted abbreviation: U.S., U.K., a.m. */
        if (c == '.' && i + 1 < n && i - start == 1 && letters == 1) {
            size_t j = i;
            int ok = 0;
            while (j + 2 < n + 1 && j < n && x->text[j] == '.' && j + 1 < n) {
                unsigned char a = (unsigned char)x->text[j + 1];
                if (!((a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z')))
                    break;
                if (j + 2 < n && x->text[j + 2] == '.') {
                    j += 2;
                    ok = 1;
                } else {
                    break;
                }
            }
            if (ok) {
                f |= TF_ABBR | TF_CAP;
                i = j + 1; /* keep the final dot */
                upper += 2;
                letters += 2;
                break;
            }
            break;
        }
        /* 3.5 and 1,000 */
        if ((c == '.' || c == ',') && (f & TF_NUM) && i + 1 < n && x->text[i + 1] >= '0' &&
            x->text[i + 1] <= '9') {
            i++;
            continue;
        }
        break;
    }
    if (letters >= 2 && lower == 0 && upper >= 2)
        f |= TF_ALLCAPS;
    *flags = f;
    return i;
}

/* "shot back", "hit back", "went on" (before a mark): the verb is a
 * speech verb; token k is the particle. */
static void mark_phrasal(exctx *x, size_t k)
{
    static const char *const BACK[] = {"shot", "shoots", "fired", "fires", "hit", "hits", NULL};
    static const char *const ON[] = {"went", "goes", NULL};
    tok *v = &x->t[k - 1];
    if (v->type != T_WORD || !(v->flags & TF_LOWER))
        return;
    const char *const *set = NULL;
    if (ex_is_word(x, k, "back"))
        set = BACK;
    else if (ex_is_word(x, k, "on") && (k + 1 >= x->nt || x->t[k + 1].type != T_WORD))
        set = ON;
    for (int i = 0; set && set[i]; i++)
        if (ex_is_word(x, k - 1, set[i])) {
            v->flags |= TF_PHRASAL;
            return;
        }
}

void ex_tokenize(exctx *x)
{
    size_t i = 0, n = x->len;
    int pending_nl = 0;     /* newlines seen since the last token */
    int space = 1;
    int hyjoin = 0;
    x->n_para = 0;
    while (i < n) {
        uint32_t c;
        size_t l = dec(x, i, &c);
        if (c == '\n') {
            pending_nl++;
            space = 1;
            hyjoin = 0;
            i += l;
            continue;
        }
        if (is_space_cp(c)) {
            space = 1;
            hyjoin = 0;
            i += l;
            continue;
        }
        if (pending_nl && x->nt) {
            /* a blank line always breaks; a single newline breaks unless
             * the line was wrapped mid-sentence */
            int brk = pending_nl >= 2;
            if (!brk) {
                const tok *p = &x->t[x->nt - 1];
                int mid = (p->type == T_WORD || (p->type == T_PUNCT && p->ch == ',')) &&
                          is_lower_cp(c);
                brk = !mid;
            }
            if (brk)
                x->n_para++;
        }
        int newpara = pending_nl > 0 || x->nt == 0;
        pending_nl = 0;
        tok *t;
        size_t ti = x->nt; /* index of this token: push() may move the array */
        if (is_word_cp(c)) {
            uint16_t f;
            size_t e = scan_word(x, i, &f);
            if (e == i)
                e = i + l;
            t = push(x, i, e, T_WORD, 0);
            t->flags = f;
            if (hyjoin)
                t->flags |= TF_HYJOIN;
            hyjoin = 0;
            i = e;
            /* possessive right after the word */
            if (i < n && (x->text[i] == '\'' || (unsigned char)x->text[i] == 0xE2)) {
                uint32_t a;
                size_t la = dec(x, i, &a);
                if (a == '\'' || a == 0x2019) {
                    size_t j = i + la;
                    uint32_t d = ' ';
                    size_t ld = 0;
                    if (j < n)
                        ld = dec(x, j, &d);
                    if (d == 's' || d == 'S') {
                        uint32_t e2 = ' ';
                        if (j + ld < n)
                            dec(x, j + ld, &e2);
                        if (!is_word_cp(e2)) {
                            tok *p = push(x, i, j + ld, T_PUNCT, '\'');
                            p->flags |= TF_POSS | TF_NOSPACE;
                            i = j + ld;
                        }
                    } else if (!is_word_cp(d) && d != '\'' && x->text[i - 1] == 's' &&
                               a == 0x2019 && is_space_cp(d)) {
                        /* Francis' funeral: bare possessive after -s */
                        tok *p = push(x, i, j, T_PUNCT, '\'');
                        p->flags |= TF_POSS | TF_NOSPACE;
                        i = j;
                    }
                }
            }
            /* hyphen joining the next word */
            if (i + 1 < n && x->text[i] == '-') {
                uint32_t d;
                dec(x, i + 1, &d);
                if (is_word_cp(d)) {
                    hyjoin = 1;
                    i++;
                }
            }
        } else {
            char ch = 'x';
            tok_type type = T_PUNCT;
            switch (c) {
            case '"': type = T_QUOTE; ch = QM_STRAIGHT; break;
            case 0x201C: case 0x201E: case 0x00AB: case 0x201F: type = T_QUOTE; ch = QM_OPEN; break;
            case 0x201D: case 0x00BB: type = T_QUOTE; ch = QM_CLOSE; break;
            case '.': case ',': case ':': case ';': case '!': case '?': case '(': case ')':
                ch = (char)c; break;
            case 0x2026: ch = '.'; break; /* ellipsis */
            case '-': case 0x2013: case 0x2014: case 0x2015: case 0x2012: ch = '-'; break;
            case '\'': ch = '\''; break;
            case 0x2018: case 0x2019: case 0x201A: case 0x2039: case 0x203A: ch = '\''; break;
            case '[': ch = '('; break;
            case ']': ch = ')'; break;
            default: break;
            }
            /* ''…'': old newspaper copy's quote marks */
            if (c == '\'' && i + 1 < n && x->text[i + 1] == '\'' && (i + 2 >= n || x->text[i + 2] != '\'')) {
                type = T_QUOTE;
                ch = QM_STRAIGHT;
                l = 2;
            }
            t = push(x, i, i + l, type, ch);
            if (l == 2 && type == T_QUOTE)
                t->flags |= TF_APOS;
            hyjoin = 0;
            i += l;
        }
        t = &x->t[ti];
        if (!space)
            t->flags |= TF_NOSPACE;
        if (newpara)
            t->flags |= TF_PSTART;
        t->para = x->n_para;
        space = 0;
    }
    x->n_para++;
    /* lexicon entry of each word */
    char key[256];
    for (size_t k = 0; k < x->nt; k++) {
        tok *t = &x->t[k];
        if (t->type != T_WORD || t->e - t->s > 64)
            continue;
        char c0 = (char)(x->text[t->s] | 0x20);
        if (k > 0 && (t->e - t->s == 4 || t->e - t->s == 2) && (c0 == 'b' || c0 == 'o'))
            mark_phrasal(x, k);
        size_t kl;
        t->lx = lex_find(x->lx, x->text + t->s, t->e - t->s, key, &kl);
        if (t->e - t->s == 1 && (t->flags & TF_CAP) && k + 1 < x->nt && x->t[k + 1].type == T_PUNCT &&
            x->t[k + 1].ch == '.' && x->t[k + 1].s == t->e)
            t->flags |= TF_INITIAL;
    }
}

size_t ex_fold_tok(const exctx *x, size_t i, char *out, size_t cap)
{
    const tok *t = &x->t[i];
    return lex_fold(out, cap, x->text + t->s, t->e - t->s);
}

/* A '.' after an abbreviation or initial does not end a sentence. */
static int abbrev_dot(const exctx *x, size_t i)
{
    if (i == 0)
        return 0;
    const tok *p = &x->t[i - 1];
    if (p->type != T_WORD || p->e != x->t[i].s)
        return 0;
    if (p->flags & TF_INITIAL)
        return 1;
    /* "Gov.", "Sen.", "Dr." but not "… a campaign aide." */
    if (p->lx && (p->lx->flags & (LX_TITLE | LX_HONOR)) && p->e - p->s <= 5 && (p->flags & TF_CAP))
        return 1;
    size_t len = p->e - p->s;
    if (len <= 4 && (p->flags & TF_CAP)) {
        static const char *const ab[] = {"st", "no", "vs", "jr", "sr", "inc", "co", "corp", "ltd",
                                         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                         "sept", "oct", "nov", "dec", "mt", "ft", "gen", NULL};
        for (int k = 0; ab[k]; k++)
            if (ex_is_word(x, i - 1, ab[k]))
                return 1;
    }
    if (ex_is_word(x, i - 1, "vs") || ex_is_word(x, i - 1, "etc") || ex_is_word(x, i - 1, "e.g") ||
        ex_is_word(x, i - 1, "i.e"))
        return 1;
    return 0;
}

static void add_sent(exctx *x, size_t start)
{
    x->sent_start[x->n_sent++] = (uint32_t)start;
}

/* Outer sentences: quotes are opaque.  Also flags the first word of every
 * sentence, inner ones included, for the name finder. */
void ex_sentences(exctx *x)
{
    x->sent_start = xmalloc((x->nt + 1) * sizeof *x->sent_start);
    x->n_sent = 0;
    int start_next = 1;       /* next token starts an outer sentence */
    int inner_next = 1;       /* next word starts a sentence (inner too) */
    uint32_t para = UINT32_MAX;
    for (size_t i = 0; i < x->nt; i++) {
        tok *t = &x->t[i];
        if (t->para != para) {
            para = t->para;
            /* a quotation running over paragraphs stays one unit */
            if (!(t->quote >= 0 && x->q[t->quote].o < (int)i))
                start_next = 1;
            inner_next = 1;
        }
        if (start_next) {
            /* an opening quote mark or the quote's words both start it */
            add_sent(x, i);
            start_next = 0;
        }
        t->sent = x->n_sent - 1;
        if (t->type == T_WORD) {
            if (inner_next)
                t->flags |= TF_SSTART;
            inner_next = 0;
        }
        int inside = t->quote >= 0 && t->type != T_QUOTE;
        if (t->type == T_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?')) {
            if (t->ch == '.' && abbrev_dot(x, i))
                continue;
            /* "3.5" handled in the word; a dot before a lower-case word
             * (e.g. "p.m. on") does not end a sentence */
            size_t j = i + 1;
            while (j < x->nt && x->t[j].type == T_PUNCT && (x->t[j].ch == '.' || x->t[j].ch == '!' ||
                                                             x->t[j].ch == '?' || x->t[j].ch == ')'))
                j++;
            if (j < x->nt && x->t[j].type == T_WORD && (x->t[j].flags & TF_LOWER) &&
                x->t[j].para == t->para)
                continue;
            /* "McConnell, R-Ky., said", "McCaskill (D-Mo.), who …": a comma
             * after the dot */
            if (t->ch == '.' && j < x->nt && x->t[j].type == T_PUNCT && x->t[j].ch == ',')
                continue;
            inner_next = 1;
            if (!inside) {
                /* a closing quote mark right after stays in this sentence */
                if (j < x->nt && x->t[j].type == T_QUOTE && x->t[j].quote >= 0 &&
                    x->q[x->t[j].quote].c == (int)j)
                    continue;
                start_next = 1;
            }
        } else if (t->type == T_QUOTE && t->quote >= 0 && x->q[t->quote].c == (int)i) {
            /* closing mark: the quote ended its sentence when its last
             * word was followed by . ! ? and a capitalised word follows */
            size_t j = i;
            int fin = 0;
            if (j > 0) {
                const tok *p = &x->t[j - 1];
                fin = p->type == T_PUNCT && (p->ch == '.' || p->ch == '!' || p->ch == '?');
            }
            if (fin && i + 1 < x->nt) {
                const tok *nx = &x->t[i + 1];
                if (nx->para == t->para &&
                    ((nx->type == T_WORD && (nx->flags & TF_CAP)) || nx->type == T_QUOTE))
                    start_next = 1;
            }
        }
    }
    x->sent_start[x->n_sent] = (uint32_t)x->nt;
}
