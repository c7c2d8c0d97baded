/* extract_quotes: pairs double quote marks (straight and curly) into
 * quotations.  A paragraph that opens a quote without closing it continues
 * into the next one when that one opens with a quote mark (the newspaper
 * convention for multi-paragraph quotes): the whole stretch is one
 * quotation.  Otherwise the quote ends with its paragraph.  Where a
 * paragraph break was lost ("…in the first half. "After the break…"), an opening mark
 * after a sentence end inside an open quotation reopens it: the quotation
 * goes on, and the mark starts a new piece.  A transcript quoted in
 * this way ("WALLACE: … / "PENCE: …) is one quotation per turn. */
#include "extract_int.h"
#include <string.h>

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void add_quote(exctx *x, int o, int c, size_t s, size_t e, int cont)
{
    /* trim white space (and a leading stray mark-space) */
    while (s < e && is_ws(x->text[s]))
        s++;
    while (e > s && is_ws(x->text[e - 1]))
        e--;
    if (s >= e)
        return;
    if (x->nq == x->capq) {
        x->capq = x->capq ? x->capq * 2 : 32;
        x->q = xrealloc(x->q, x->capq * sizeof *x->q);
    }
    qrec *q = &x->q[x->nq];
    memset(q, 0, sizeof *q);
    q->o = o;
    q->c = c;
    q->s = s;
    q->e = e;
    q->para = x->t[o].para;
    q->cont_prev = cont;
    q->cue = -1;
    q->speaker = -1;
    q->sp_tok = -1;
    int qi = (int)x->nq++;
    q->stmt = qi;
    q->join = qi;
    for (size_t k = (size_t)o; k < x->nt; k++) {
        if (c >= 0 ? k >= (size_t)c : x->t[k].s >= e)
            break;
        x->t[k].quote = qi;
    }
    if (c >= 0)
        x->t[c].quote = qi;
}

int ex_turn_label(const exctx *x, size_t k)
{
    size_t j = k + 1;
    int n = 0;
    while (j < x->nt && n < 3 && x->t[j].type == T_WORD && (x->t[j].flags & TF_ALLCAPS) &&
           x->t[j].para == x->t[k].para) {
        j++;
        n++;
    }
    if (n > 0 && j < x->nt && x->t[j].type == T_PUNCT && x->t[j].ch == ':' && x->t[j].para == x->t[k].para)
        return (int)j;
    return -1;
}

/* Does paragraph starting at token k open with a quote mark? */
static int para_opens_quote(const exctx *x, size_t k)
{
    return k < x->nt && x->t[k].type == T_QUOTE && x->t[k].ch != QM_CLOSE;
}

/* Token i (a quote mark, inside an open quotation) opens the next
 * sentence of that quotation: it follows . ! ? and a space, and a word
 * follows it with no space. */
static int reopens(const exctx *x, size_t i, int open)
{
    const tok *t = &x->t[i];
    if ((t->flags & TF_NOSPACE) || (size_t)open + 1 >= i || i + 1 >= x->nt)
        return 0;
    const tok *p = &x->t[i - 1], *n = &x->t[i + 1];
    if (p->type != T_PUNCT || (p->ch != '.' && p->ch != '!' && p->ch != '?'))
        return 0;
    return n->type == T_WORD && (n->flags & TF_NOSPACE) && n->para == t->para &&
           (n->flags & (TF_CAP | TF_NUM));
}

void ex_pair_quotes(exctx *x)
{
    int open = -1;          /* token of the open mark */
    int cont = -1;          /* quote the open one continues */
    for (size_t i = 0; i < x->nt; i++) {
        tok *t = &x->t[i];
        if (open >= 0 && t->para != x->t[i - 1].para) {
            /* paragraph ended inside a quote: a quote mark opening the next
             * one carries it on (one quotation over several paragraphs);
             * otherwise it ends with its paragraph */
            if (para_opens_quote(x, i) && ex_turn_label(x, i) < 0)
                continue;
            add_quote(x, open, -1, x->t[open].e, x->t[i - 1].e, cont);
            cont = -1;
            open = -1;
        }
        if (t->type != T_QUOTE)
            continue;
        if (t->ch != QM_CLOSE && open >= 0 && reopens(x, i, open)) {
            t->flags |= TF_REOPEN;
            continue;
        }
        if (t->ch == QM_OPEN && open >= 0 && x->t[open].ch == QM_STRAIGHT) {
            /* '"PENCE: … an episode of “Shark Tank.” But …': curly
             * marks inside a straight-quoted passage quote within it */
            size_t j = i + 1;
            while (j < x->nt && x->t[j].para == t->para && !(x->t[j].type == T_QUOTE && x->t[j].ch != QM_OPEN))
                j++;
            if (j < x->nt && x->t[j].para == t->para && x->t[j].ch == QM_CLOSE) {
                i = j;
                continue;
            }
        }
        /* '…for her here,“ said Jim Clyburn': an opening mark stuck to
         * the word before it and followed by a space closes the open quote */
        int close_shape = (t->flags & TF_NOSPACE) && !(t->flags & TF_PSTART) &&
                          (i + 1 >= x->nt || x->t[i + 1].para != t->para || !(x->t[i + 1].flags & TF_NOSPACE));
        if (t->ch == QM_OPEN && open >= 0 && close_shape && x->t[open].ch == QM_OPEN) {
            add_quote(x, open, (int)i, x->t[open].e, t->s, cont);
            open = -1;
            cont = -1;
        } else if (t->ch == QM_OPEN) {
            open = (int)i;
            cont = -1;
        } else if (t->ch == QM_CLOSE) {
            if (open >= 0) {
                add_quote(x, open, (int)i, x->t[open].e, t->s, cont);
                open = -1;
                cont = -1;
            } else if (t->flags & TF_PSTART) {
                open = (int)i; /* a closing mark used to open */
            }
        } else { /* straight */
            int sp_after = i + 1 >= x->nt || x->t[i + 1].para != t->para ||
                           !(x->t[i + 1].flags & TF_NOSPACE);
            int sp_before = !(t->flags & TF_NOSPACE) || (t->flags & TF_PSTART);
            /* '… for terrorists".': punctuation after it closes too */
            const tok *nx = i + 1 < x->nt ? &x->t[i + 1] : NULL;
            int punct_after = nx && nx->para == t->para && nx->type == T_PUNCT &&
                              strchr(".,;:!?)", nx->ch) != NULL;
            if (open < 0) {
                if ((sp_after || punct_after) && !sp_before)
                    continue; /* a stray closing mark */
                open = (int)i;
                cont = -1;
            } else {
                add_quote(x, open, (int)i, x->t[open].e, t->s, cont);
                open = -1;
                cont = -1;
            }
        }
    }
    if (open >= 0 && x->nt)
        add_quote(x, open, -1, x->t[open].e, x->t[x->nt - 1].e, cont);
}
